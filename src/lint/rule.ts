import type { PlainObject, ReportData, Resource, RuleReport, Severity } from '../types.js';
import type { ResourceIndex } from '../resources/resource-index.js';

// The rule API is this file: rules import what they need of the engine from here (and the kit, src/k8s).
export type { ReportData, RuleReport } from '../types.js';
export type { ResourceIndex } from '../resources/resource-index.js';
export { fileAndLine } from '../yaml/resource-location.js';

export interface RuleDocs {
  /** Why the rule exists, in a short paragraph a beginner can follow. */
  rationale: string;
  /** A manifest the rule reports (at least one finding). */
  incorrect: string;
  /** The same manifest, fixed (no finding from this rule). */
  correct: string;
}

export interface RuleMeta {
  id: string;
  /** One line, shown by `grade rules`. */
  description: string;
  severity: Severity;
  /** Kinds the rule looks at; omitted means every kind. */
  kinds?: readonly string[];
  /** Message templates with {{placeholders}}, by message id. */
  messages: Readonly<Record<string, string>>;
  /** Optional fix hints, by message id, with the same placeholders. */
  hints?: Readonly<Record<string, string>>;
  /** JSON schema of the rule's options, if it takes any. */
  options?: Readonly<Record<string, unknown>>;
  docs: RuleDocs;
}

export interface RuleContext {
  resource: Resource;
  /** The resource's plain value (nulls dropped). */
  value: PlainObject;
  /** Every resource in the set being checked. */
  index: ResourceIndex;
  options: Readonly<Record<string, unknown>>;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Fills {{placeholders}}; an unknown placeholder stays visible so tests catch it. */
export function fillTemplate(template: string, data: ReportData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
