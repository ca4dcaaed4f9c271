import { rules } from '../../rules/index.js';
import { builtinRules } from './builtin-rules.js';
import type { RuleMeta } from './rule.js';
import { compareStrings } from '../load/discover.js';

export { rules };

let sorted: readonly RuleMeta[] | undefined;
let byId: ReadonlyMap<string, RuleMeta> | undefined;

/** Every rule's metadata (built-in checks and registered rules), by id; built once, on first use. */
export function allRuleMeta(): readonly RuleMeta[] {
  sorted ??= Object.freeze([...builtinRules, ...rules.map((rule) => rule.meta)].sort((a, b) => compareStrings(a.id, b.id)));
  return sorted;
}

export function findRuleMeta(id: string): RuleMeta | undefined {
  byId ??= new Map(allRuleMeta().map((meta) => [meta.id, meta]));
  return byId.get(id);
}
