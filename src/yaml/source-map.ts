import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { JsonPath, PathLocation, Range, SourceMap } from '../types.js';
import { emptyValueAfter, offsetsToRange } from './positions.js';

// Callers import the position helpers from here too.
export { emptyValueAfter, fallbackRange, offsetsToRange, pickRange } from './positions.js';

/** Positions for one parsed text: offsets to ranges, with trailing line breaks trimmed off block nodes. */
export class TextPositions {
  constructor(
    readonly text: string,
    readonly lineCounter: LineCounter,
  ) {}

  range(start: number, end: number): Range {
    let trimmed = end;
    while (trimmed > start + 1 && /\s/.test(this.text[trimmed - 1] ?? '')) trimmed--;
    return offsetsToRange(this.lineCounter, start, trimmed);
  }
}

function nodeRange(positions: TextPositions, node: Node | null | undefined): Range | undefined {
  const lineCounter = positions.lineCounter;
  if (!node || !node.range) return undefined;
  // An empty value (`env:` and nothing else) is a null scalar whose range runs over the line break.
  if (isScalar(node) && node.value === null) return offsetsToRange(lineCounter, node.range[0], node.range[0] + 1);
  return positions.range(node.range[0], node.range[1]);
}

function findPair(node: Node, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(node)) return undefined;
  let found: Pair<Node, Node | null> | undefined;
  for (const item of node.items) {
    if (!isPair(item)) continue;
    const k = item.key;
    const name = isScalar(k) ? String(k.value) : undefined;
    // Duplicate keys: kubectl keeps the last one, so the last one is "the" field.
    if (name === key) found = item as Pair<Node, Node | null>;
  }
  return found;
}

/** Resolves JSON paths inside one YAML node (a document root or a List item). */
export class YamlSourceMap implements SourceMap {
  constructor(
    private readonly document: Document,
    private readonly root: Node | null,
    private readonly positions: TextPositions,
  ) {}

  /** The same answers from a flat table that holds no syntax tree, so the Document can be freed. */
  compactInto<Compact>(builder: { add(document: Document, root: Node | null): Compact }): Compact {
    return builder.add(this.document, this.root);
  }

  locate(path: JsonPath): PathLocation {
    let node: Node | null | undefined = this.root;
    let keyNode: Node | undefined;
    let lastGood: PathLocation = this.rootLocation();
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(this.document) as Node | undefined;
      if (!node) break;
      if (typeof segment === 'number' && isSeq(node)) {
        const item = node.items[segment] as Node | undefined;
        if (item === undefined) return { ...lastGood, exact: false };
        node = item;
        // A sequence item has no key: anchor "this item" on its first key, if it is a mapping.
        const firstPair = isMap(item) ? item.items[0] : undefined;
        keyNode = firstPair && isPair(firstPair) ? (firstPair.key as Node) : undefined;
      } else {
        const pair = findPair(node, String(segment));
        if (!pair) return { ...lastGood, exact: false };
        keyNode = pair.key;
        node = pair.value;
      }
      const key = keyNode ? nodeRange(this.positions, keyNode) : undefined;
      const value = nodeRange(this.positions, node) ?? (key ? emptyValueAfter(key) : undefined);
      lastGood = { key, value, exact: true };
    }
    return lastGood;
  }

  private rootLocation(): PathLocation {
    const root = this.root;
    if (isMap(root) && root.items.length > 0) {
      // A document-level problem goes on the first key, not on the whole document.
      const first = root.items[0];
      const key = first && isPair(first) ? nodeRange(this.positions, first.key as Node) : undefined;
      return { key, value: nodeRange(this.positions, root), exact: true };
    }
    const value = nodeRange(this.positions, root);
    return { key: value, value, exact: true };
  }
}
