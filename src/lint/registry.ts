import { builtinRules } from './builtin-rules.js';
import type { Rule, RuleMeta } from './rule.js';
import { compareStrings } from '../values.js';

/**
 * The rules of a run, with the engine's own checks (yaml-syntax, schema, …) beside them. The rule
 * modules are handed in by the pipeline, so nothing in the engine imports rules/.
 */
export class RuleRegistry {
  private sorted: readonly RuleMeta[] | undefined;
  private byId: ReadonlyMap<string, RuleMeta> | undefined;

  constructor(readonly rules: readonly Rule[]) {}

  /** Every rule's metadata, built-in checks included, by id; built once, on first use. */
  allMeta(): readonly RuleMeta[] {
    this.sorted ??= Object.freeze([...builtinRules, ...this.rules.map((rule) => rule.meta)].sort((a, b) => compareStrings(a.id, b.id)));
    return this.sorted;
  }

  findMeta(id: string): RuleMeta | undefined {
    this.byId ??= new Map(this.allMeta().map((meta) => [meta.id, meta]));
    return this.byId.get(id);
  }
}
