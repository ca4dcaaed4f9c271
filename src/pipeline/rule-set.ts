import { rules } from '../../rules/index.js';
import { RuleRegistry } from '../lint/registry.js';

/** The registered rules (rules/index.ts is generated from the files in rules/ by scripts/rule-index.ts). */
export const registry = new RuleRegistry(rules);

export { rules };

export function allRuleMeta() {
  return registry.allMeta();
}

export function findRuleMeta(id: string) {
  return registry.findMeta(id);
}
