import { rules } from '../../rules/index.js';
import { builtinRules } from './builtin-rules.js';
import type { Rule, RuleMeta } from './rule.js';
import { compareStrings } from '../load/discover.js';

export { rules };

export function allRuleMeta(): RuleMeta[] {
  return [...builtinRules, ...rules.map((rule) => rule.meta)].sort((a, b) => compareStrings(a.id, b.id));
}

export function findRuleMeta(id: string): RuleMeta | undefined {
  return allRuleMeta().find((meta) => meta.id === id);
}
