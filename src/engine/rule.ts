import type { JsonPath, PlainObject, Resource, Severity } from '../types.js';
import type { ResourceIndex } from './resource-index.js';

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

export type ReportData = Readonly<Record<string, string | number>>;

export interface RuleReport {
  path: JsonPath;
  messageId: string;
  data?: ReportData;
  /** Which part of the node is wrong: its key or its value (default). */
  target?: 'key' | 'value';
  /** Overrides the rule's default severity for this report. */
  severity?: Severity;
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
