import { isAlias, isMap, isScalar, isSeq, type Alias, type Node } from 'yaml';

/**
 * The expanded size of a file's values: one per node plus the characters of every string, where
 * each alias counts as a full copy of what its anchor holds. Without aliases this is about the
 * file's own length, so the bound is a multiple of that: aliases may repeat values, not multiply them.
 */
export function expansionLimit(textLength: number): number {
  return Math.max(4 * textLength, 16 * 1024);
}

export type ExpansionProblem =
  | { kind: 'size'; alias: Alias | null }
  /** An alias inside the collection its anchor names: it expands without end. */
  | { kind: 'cycle'; alias: Alias }
  /** An alias that, expanded where it stands, nests past the depth limit. */
  | { kind: 'depth'; alias: Alias };

interface Measure {
  size: number;
  /** Levels below and including this node. */
  height: number;
}

const open: Measure = { size: Infinity, height: Infinity };

/**
 * Adds up documents' expanded sizes against one file's budget, linearly: an anchor is measured
 * once and each alias adds its anchor's measure. Anchors resolve as yaml resolves them: the last
 * anchor of that name before the alias, in document order.
 */
export class ExpansionBudget {
  private used = 0;

  constructor(
    readonly limit: number,
    private readonly maxDepth: number,
  ) {}

  /** Measures one document; the first problem found, or undefined. */
  add(root: Node | null): ExpansionProblem | undefined {
    const anchors = new Map<string, Measure>();
    let firstAlias: Alias | null = null;
    let problem: ExpansionProblem | undefined;
    const measure = (node: unknown, depth: number): Measure => {
      if (problem || !node || typeof node !== 'object') return { size: 1, height: 0 };
      if (isAlias(node)) {
        firstAlias ??= node;
        const target = anchors.get(node.source);
        // An unknown anchor is yaml's error to report; it expands to nothing.
        if (!target) return { size: 1, height: 0 };
        if (target === open) problem = { kind: 'cycle', alias: node };
        else if (depth - 1 + target.height > this.maxDepth) problem = { kind: 'depth', alias: node };
        else if (this.used + target.size > this.limit) problem = { kind: 'size', alias: firstAlias };
        else this.used += target.size;
        return target;
      }
      const anchor = (node as Node).anchor;
      if (anchor) anchors.set(anchor, open);
      let result: Measure;
      if (isScalar(node)) {
        result = { size: 1 + (typeof node.value === 'string' ? node.value.length : 0), height: 1 };
        this.used += result.size;
      } else if (isMap(node) || isSeq(node)) {
        this.used += 1;
        const before = this.used;
        let height = 0;
        for (const item of node.items as unknown[]) {
          if (isMap(node)) {
            const pair = item as { key: unknown; value: unknown };
            height = Math.max(height, measure(pair.key, depth + 1).height, measure(pair.value, depth + 1).height);
          } else height = Math.max(height, measure(item, depth + 1).height);
          if (problem) break;
        }
        result = { size: 1 + this.used - before, height: 1 + height };
      } else result = { size: 1, height: 1 };
      if (!problem && this.used > this.limit) problem = { kind: 'size', alias: firstAlias };
      if (anchor) anchors.set(anchor, result);
      return result;
    };
    measure(root, 1);
    return problem;
  }
}
