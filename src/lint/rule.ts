import type { PlainObject, Resource, RuleReport } from '../types.js';
import type { RuleMeta } from '../messages.js';
import type { ResourceIndex } from '../resources/resource-index.js';
import type { ResourceUses } from './resource-uses.js';

// The rule API is this file: rules import what they need of the engine from here (and the kit, src/k8s).
export type { ReportData, RuleReport } from '../types.js';
export { memoKey, type MemoKey, type ResourceIndex } from '../resources/resource-index.js';
export { fileAndLine } from '../yaml/resource-location.js';
export type { ResourceUses, ValuePath } from './resource-uses.js';
export { fillTemplate, translate, type RuleDocs, type RuleMeta } from '../messages.js';

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
  /** A rule that looks at other resources says what it reads of them, and of its own resource when it runs there. */
  uses?: ResourceUses;
  /**
   * The rule reads the index before it reports anything: the first stage (rule-stages.ts) leaves it
   * for the second without running it into the index's tripwire on every resource.
   */
  readsIndexFirst?: boolean;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
