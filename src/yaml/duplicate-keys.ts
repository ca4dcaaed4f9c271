import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Finding } from '../types.js';
import { offsetsToRange } from './positions.js';

export interface DuplicateKeys {
  findings: Finding[];
  /** The top level repeats apiVersion or kind: two resources were written without "---" between them. */
  twoResources: boolean;
}

const resourceKeys = new Set(['apiVersion', 'kind']);

/** Children in document order, for a stack that pops the last pushed first. */
function pushChildren(stack: Node[], node: Node): void {
  const items = (isMap(node) || isSeq(node) ? node.items : []) as unknown[];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (isPair(item)) {
      if (item.value && typeof item.value === 'object') stack.push(item.value as Node);
    } else if (item && typeof item === 'object') stack.push(item as Node);
  }
}

/**
 * Keys given twice in one mapping, found in one linear pass per mapping (yaml's own check compares
 * every pair with every other). The document stays readable: like a reader, it keeps the last value.
 */
export function findDuplicateKeys(root: Node | null, lineStarts: readonly number[]): DuplicateKeys {
  const findings: Finding[] = [];
  let twoResources = false;
  const stack: Node[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isAlias(node)) continue;
    if (isMap(node)) {
      const seen = new Set<string>();
      const repeated: { name: string; range: [number, number] }[] = [];
      for (const pair of node.items) {
        const key = pair.key as unknown;
        if (!isScalar(key) || key.value === '<<' || (key.value !== null && typeof key.value === 'object')) continue;
        // toJS turns every key into a string: 1 and "1" land on the same property.
        const name = key.value === null || key.value === undefined ? '' : String(key.value);
        if (seen.has(name)) {
          if (key.range) repeated.push({ name, range: [key.range[0], key.range[1]] });
        } else seen.add(name);
      }
      if (node === root && repeated.some((r) => resourceKeys.has(r.name))) {
        twoResources = true;
        const first = repeated[0]!;
        findings.push({
          ruleId: 'yaml-syntax',
          severity: 'error',
          message: `${JSON.stringify(first.name)} appears a second time at the top level: this looks like two resources in one document, with no "---" line between them.`,
          messageId: 'missingDocumentStart',
          ...offsetsToRange(lineStarts, first.range[0], first.range[1]),
          hint: 'Put a line with only "---" before the second resource, so that each resource is its own document.',
        });
      } else {
        for (const { name, range } of repeated) {
          findings.push({
            ruleId: 'yaml-duplicate-key',
            severity: 'error',
            message: `${JSON.stringify(name)} appears more than once in the same mapping; kubectl rejects the file, and the other checks use the last one.`,
            messageId: 'duplicate',
            ...offsetsToRange(lineStarts, range[0], range[1]),
            hint: `Keep only one ${JSON.stringify(name)}: remove the other, or merge what is under both into one.`,
          });
        }
      }
    }
    pushChildren(stack, node);
  }
  return { findings, twoResources };
}
