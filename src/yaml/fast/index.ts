import { Composer, LineCounter, Parser, type Document, type Node } from 'yaml';
import type { JsonPath, PathLocation, SourceMap } from '../../types.js';
import { CompactSourceMap, type CompactFileData, type CompactMapBuilder } from '../compact-map.js';
import type { ParseLimits, ParsedDocument, ParsedStream } from '../parsed.js';
import { TextPositions } from '../source-map.js';
import { goYamlBoolean } from '../tags.js';
import { FALLBACK, MAP, Scanner, SEQ, STRIDE } from './scanner.js';

/** Off: every file takes the yaml path (the differential test and the bench compare the two). */
export const fastPath = { enabled: process.env.KUBEGRADE_YAML_FAST !== '0' };

/**
 * The fast path of parseYamlStream: the purpose-built scanner (scanner.ts) reads the file when it
 * can, with values and source maps equal to the yaml path's, and without any yaml Document. It
 * returns undefined for anything it leaves to yaml (then yaml reads the whole file, and reports
 * every problem as before). test/yaml/fast-parse.differential.test.ts holds it to yaml's answers.
 */
export function fastParseYamlStream(text: string, limits: ParseLimits): ParsedStream | undefined {
  if (!fastPath.enabled) return undefined;
  let scanned;
  try {
    scanned = new Scanner(text, limits.maxDepth).scan();
  } catch (error) {
    if (error === FALLBACK) return undefined;
    // A stack overflow or a bug: yaml reads the file and says what is wrong with it.
    return undefined;
  }
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  const positions = new TextPositions(text, lineCounter);
  const nodes = scanned.nodes * STRIDE;
  const table = new Int32Array(nodes + lineCounter.lineStarts.length);
  table.set(scanned.table.subarray(0, nodes));
  table.set(lineCounter.lineStarts, nodes);
  const file: CompactFileData = { table, lines: nodes, keyNames: scanned.keyNames };
  const lazy = new LazyDocuments(text);
  const documents: ParsedDocument[] = scanned.documents.map(
    (doc, index) => new FastDocument(index, doc.value, doc.empty, FastSourceMap.of(file, doc.node), lazy) as unknown as ParsedDocument,
  );
  return { documents, findings: [], lineCounter, positions, text };
}

/** yaml's Documents of the text, composed only when a caller asks for one (none of ours do on this path). */
class LazyDocuments {
  private documents?: Document.Parsed[];
  constructor(private readonly text: string) {}
  get(index: number): Document.Parsed {
    this.documents ??= Array.from(
      new Composer({ uniqueKeys: true, merge: true, customTags: [goYamlBoolean], logLevel: 'error' }).compose(
        new Parser().parse(this.text),
        true,
        this.text.length,
      ),
    );
    return this.documents[index]!;
  }
}

class FastDocument implements Omit<ParsedDocument, 'map'> {
  readonly broken = false;
  constructor(
    readonly index: number,
    readonly value: ParsedDocument['value'],
    readonly empty: boolean,
    readonly map: FastSourceMap,
    private readonly lazy: LazyDocuments,
  ) {}

  get document(): Document {
    return this.lazy.get(this.index);
  }

  get root(): Node | null {
    return (this.lazy.get(this.index).contents as Node | null) ?? null;
  }
}

/**
 * The map of one document (or List item) on the fast path: already compact, so compactInto hands
 * over the same table instead of building one from a yaml Document.
 */
export class FastSourceMap implements SourceMap {
  private constructor(
    readonly compact: CompactSourceMap,
    private readonly file: CompactFileData,
    private readonly node: number,
  ) {}

  static of(file: CompactFileData, node: number): FastSourceMap {
    return new FastSourceMap(CompactSourceMap.fromPortable({ file, root: node < 0 ? 0 : node, rootOffsets: rootOffsets(file, node) }), file, node);
  }

  locate(path: JsonPath): PathLocation {
    // A document without contents: YamlSourceMap answers every path with its (empty) root.
    if (this.node < 0) return { key: undefined, value: undefined, exact: true };
    return this.compact.locate(path);
  }

  compactInto(builder: CompactMapBuilder): CompactSourceMap {
    // The builder only reads the Document to link aliases, and a map without a node has none.
    return this.node < 0 ? builder.add(undefined as unknown as Document, null) : this.compact;
  }

  /** The map of the `index`th item of the document's `items` list (a `kind: List`). */
  listItem(index: number): FastSourceMap {
    const { table, keyNames } = this.file;
    const items = keyNames.indexOf('items');
    const kind = (node: number) => table[node * STRIDE]! & 7;
    const size = (node: number) => table[node * STRIDE]! >>> 3;
    let list = -1;
    if (this.node >= 0 && kind(this.node) === MAP && items >= 0) {
      for (let i = this.node + 1; i < this.node + size(this.node); i += size(i)) if (table[i * STRIDE + 1] === items) list = i;
    }
    let found = -1;
    if (list >= 0 && kind(list) === SEQ) {
      let position = 0;
      for (let i = list + 1; i < list + size(list); i += size(i), position++) {
        if (position === index) {
          found = i;
          break;
        }
      }
    }
    return FastSourceMap.of(this.file, found);
  }
}

/** YamlSourceMap.rootLocation's offsets: a mapping's first key, and the node itself. */
function rootOffsets({ table }: CompactFileData, node: number): [number, number, number, number] {
  if (node < 0) return [-1, -1, -1, -1];
  const base = node * STRIDE;
  const value: [number, number] = [table[base + 4]!, table[base + 5]!];
  if ((table[base]! & 7) === MAP && table[base]! >>> 3 > 1) {
    const first = (node + 1) * STRIDE;
    return [table[first + 2]!, table[first + 3]!, value[0], value[1]];
  }
  return [value[0], value[1], value[0], value[1]];
}
