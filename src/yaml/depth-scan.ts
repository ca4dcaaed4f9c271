import type { CST } from 'yaml';

/** Where a document first nests past the limit: the offset of that value in the text. */
export interface TooDeep {
  /** Index of the document among the stream's documents. */
  document: number;
  offset: number;
}

type Slot = { key?: CST.Token | null; value?: CST.Token };

const collections = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Finds, in yaml's concrete syntax tree (built without recursion), every document whose values
 * nest deeper than `maxDepth` (the root value is depth 1), and cuts each collection below that
 * depth out of the tree. The composer recurses per level, so it then never sees more than
 * `maxDepth` levels: a deep file gives the same finding at the same place in every thread,
 * instead of wherever the stack happened to run out. Linear in the number of tokens.
 */
export function cutDeepNesting(tokens: CST.Token[], maxDepth: number): TooDeep[] {
  const found: TooDeep[] = [];
  let documentIndex = -1;
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    documentIndex++;
    let first: number | undefined;
    // [slot holding the token, which field, depth of the token]
    const stack: [Slot, 'key' | 'value', number][] = [[token as Slot, 'value', 1]];
    while (stack.length > 0) {
      const [slot, field, depth] = stack.pop()!;
      const node = slot[field];
      if (!node) continue;
      const isCollection = collections.has(node.type);
      // A scalar key is never a level of its own (it is not a value); a collection key is.
      const counts = field === 'value' || isCollection;
      if (counts && depth > maxDepth) {
        if (first === undefined || node.offset < first) first = node.offset;
        if (isCollection) slot[field] = undefined;
        continue;
      }
      if (!isCollection) continue;
      const items = (node as CST.BlockMap | CST.BlockSequence | CST.FlowCollection).items as Slot[];
      // Pushed in reverse so that items are visited in document order.
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i]!;
        if (item.value) stack.push([item, 'value', depth + 1]);
        if (item.key) stack.push([item, 'key', depth + 1]);
      }
    }
    if (first !== undefined) found.push({ document: documentIndex, offset: first });
  }
  return found;
}
