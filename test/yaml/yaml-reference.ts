/**
 * The reference for the one source map (src/yaml/compact-map.ts): where yaml itself puts each node,
 * read from yaml's own Document nodes (node.range, Pair keys, Alias.resolve) and yaml's own
 * LineCounter, with none of kubegrade's position code. The rules it encodes are the position
 * contract: a block value loses its trailing blanks, a null scalar is one character, `key:` with
 * no value points past the colon, a sequence item is anchored on its first key, the last of
 * duplicate keys is the field, and a path that misses answers with its closest ancestor, not exact.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { JsonPath, PathLocation, Range } from '../../src/types.js';
// The tags decide what a key is called (go-yaml reads `y:` as the key "true"), not where it is.
import { goYamlBinary, goYamlBoolean } from '../../src/yaml/tags.js';

type Located = { key?: Range; value?: Range };

class Reference {
  constructor(
    private readonly text: string,
    private readonly lines: LineCounter,
    private readonly document: Document,
  ) {}

  private range(start: number, end: number): Range {
    const from = this.lines.linePos(start);
    const last = Math.max(end, start + 1);
    const to = this.lines.linePos(last);
    // One character on a line break is on the line it ends, not on the next one.
    if (last === start + 1 && to.line !== from.line) return { line: from.line, column: from.col, endLine: from.line, endColumn: from.col + 1 };
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  private nodeRange(node: unknown): Range | undefined {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (!node || !range) return undefined;
    if (isScalar(node) && node.value === null) return this.range(range[0], range[0] + 1);
    let end = range[1];
    while (end > range[0] + 1 && /\s/.test(this.text[end - 1] ?? '')) end--;
    return this.range(range[0], end);
  }

  private rootLocation(root: Node | null): PathLocation {
    const value = this.nodeRange(root);
    if (isMap(root) && root.items.length > 0) return { key: this.nodeRange((root.items[0] as Pair).key), value, exact: true };
    return { key: value, value, exact: true };
  }

  /** Where `path` is below `root` (a document's contents or a List item), by walking yaml's nodes. */
  locate(root: Node | null, path: JsonPath): PathLocation {
    let node: Node | null | undefined = root;
    let found: PathLocation = this.rootLocation(root);
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(this.document) as Node | undefined;
      if (!node) break;
      let next: (Located & { node: Node | null }) | undefined;
      if (typeof segment === 'number' && isSeq(node)) {
        const item = node.items[segment] as Node | undefined;
        const first = isMap(item) ? item.items[0] : undefined;
        if (item !== undefined) next = { node: item, key: first && isPair(first) ? this.nodeRange(first.key) : undefined };
      } else if (isMap(node)) {
        const pair = node.items.filter((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment)).pop();
        if (pair) next = { node: pair.value as Node | null, key: this.nodeRange(pair.key) };
      }
      if (!next) return { ...found, exact: false };
      node = next.node;
      const key = next.key;
      const value =
        this.nodeRange(node) ?? (key ? { line: key.endLine, column: key.endColumn, endLine: key.endLine, endColumn: key.endColumn + 1 } : undefined);
      found = { key, value, exact: true };
    }
    return found;
  }
}

export interface ReferenceDocument {
  /** Where a path of the document is. */
  locate(path: JsonPath): PathLocation;
  /** Where a path of the `index`th item of the document's last `items:` list is. */
  locateInItem(index: number, path: JsonPath): PathLocation;
}

/** yaml's answers for each document of `text` (BOM removed, as kubegrade reads it). */
export function yamlReference(source: string): ReferenceDocument[] {
  const text = source.replace(/^\uFEFF/, '');
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter: lines,
    uniqueKeys: false,
    merge: true,
    customTags: [goYamlBoolean, goYamlBinary],
    logLevel: 'silent',
  });
  return (Array.isArray(documents) ? documents : []).map((document) => {
    const reference = new Reference(text, lines, document);
    const root = (document.contents as Node | null) ?? null;
    return {
      locate: (path) => reference.locate(root, path),
      locateInItem: (index, path) => {
        const list = isMap(root) ? root.items.filter((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === 'items').pop()?.value : undefined;
        return reference.locate(isSeq(list) ? ((list.items[index] as Node | undefined) ?? null) : null, path);
      },
    };
  });
}
