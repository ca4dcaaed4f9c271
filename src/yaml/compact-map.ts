import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { JsonPath, PathLocation, Range, SourceMap } from '../types.js';
import { emptyValueAfter, offsetsToRange } from './positions.js';
import { StringTable } from './compact-strings.js';

/**
 * The one source map: one flat table of offsets per file, written by the fast scanner (fast/) or,
 * on the yaml path, by CompactMapBuilder right after composing, so no syntax tree outlives parsing.
 * Its plain data survives structured cloning to and from worker threads (`portable` /
 * `CompactSourceMap.fromPortable`). test/yaml/compact-map.test.ts holds its answers to yaml's own
 * node ranges.
 */

// The table layout, shared with the fast parser's scanner (src/yaml/fast/scanner.ts), which writes the same table.
export const NONE = 0; // a pair without a value node, or a missing sequence item
export const LEAF = 1; // a scalar, or anything without children
export const MAP = 2;
export const SEQ = 3;
export const ALIAS = 4;

/** Fields per node: kind (low 3 bits) and subtree size (the rest), key name, then key and value offsets. */
export const STRIDE = 6;
export const KIND_SIZE = 0;
/** Index into the file's keyNames, for a node reached through a pair with a scalar key; else -1. */
export const KEY_NAME = 1;
export const KEY_START = 2;
export const KEY_END = 3;
export const VALUE_START = 4;
export const VALUE_END = 5;

/** The table of one file; every resource of the file shares it. */
export interface CompactFileData {
  /**
   * Nodes in pre-order (a node's children follow it, and its size says where its subtree ends),
   * then the offset of every line start: one buffer per file. Empty while packed (`tableOf`).
   */
  table: Int32Array;
  /** Where the line starts begin in `table`. */
  lines: number;
  /** The distinct mapping keys of the file (once packed: every packed file's, `packedKeyNames`). */
  keyNames: string[];
  /** For each alias node, the node it stands for (absent when the anchor is unknown). */
  aliases?: Map<number, number>;
  /** The id in keyTable of each of keyNames, when the fast scanner wrote the table (packing needs no lookups then); gone once packed. */
  globalKeys?: number[];
  /** Once packed (`CompactSourceMap.pack`): the bytes of the table, in a slab shared with other files. */
  slab?: Uint8Array;
  /** Where in `slab` this file's bytes start. */
  start?: number;
}

/** A file's data with every field present from the start, in one order: packFile and locate then see one object shape, not several. */
export function fileData(table: Int32Array, lines: number, keyNames: string[], aliases?: Map<number, number>, globalKeys?: number[]): CompactFileData {
  return { table, lines, keyNames, aliases, globalKeys, slab: undefined, start: undefined };
}

/** What one resource's map is made of: plain data, cloneable. */
export interface PortableCompactMap {
  file: CompactFileData;
  root: number;
  /** Where a finding about the whole resource goes: [keyStart, keyEnd, valueStart, valueEnd]. */
  rootOffsets: [number, number, number, number];
}

const kindAt = (table: Int32Array, node: number) => table[node * STRIDE + KIND_SIZE]! & 7;
const sizeAt = (table: Int32Array, node: number) => table[node * STRIDE + KIND_SIZE]! >>> 3;

/**
 * Where a finding about the whole node goes, [keyStart, keyEnd, valueStart, valueEnd]: a mapping's
 * first key (a document-level problem goes there, not on the whole document), else the node itself.
 */
function rootOffsetsIn(table: Int32Array, node: number): [number, number, number, number] {
  if (node < 0) return [-1, -1, -1, -1];
  const base = node * STRIDE;
  const value: [number, number] = [table[base + VALUE_START]!, table[base + VALUE_END]!];
  if (kindAt(table, node) === MAP && sizeAt(table, node) > 1) {
    const first = (node + 1) * STRIDE;
    return [table[first + KEY_START]!, table[first + KEY_END]!, value[0], value[1]];
  }
  return [value[0], value[1], value[0], value[1]];
}

export class CompactSourceMap implements SourceMap {
  // Plain fields, no arrays: one small object per resource is all a map adds to its file's table.
  private constructor(
    private readonly file: CompactFileData,
    private readonly root: number,
    private readonly rootKeyStart: number,
    private readonly rootKeyEnd: number,
    private readonly rootValueStart: number,
    private readonly rootValueEnd: number,
  ) {}

  static fromPortable({ file, root, rootOffsets }: PortableCompactMap): CompactSourceMap {
    return new CompactSourceMap(file, root, ...rootOffsets);
  }

  /** The map of the node at `node` of a finished table (-1: a document without contents). */
  static of(file: CompactFileData, node: number): CompactSourceMap {
    return new CompactSourceMap(file, node, ...rootOffsetsIn(file.table, node));
  }

  /** The map of the `index`th item of the `items` list (a `kind: List`); the last `items` key is the field. */
  listItem(index: number): CompactSourceMap {
    const table = tableOf(this.file);
    const keyNames = this.file.keyNames;
    const items = keyNames.indexOf('items');
    const root = this.root;
    let list = -1;
    if (root >= 0 && kindAt(table, root) === MAP && items >= 0) {
      for (let i = root + 1; i < root + sizeAt(table, root); i += sizeAt(table, i)) if (table[i * STRIDE + KEY_NAME] === items) list = i;
    }
    let found = -1;
    if (list >= 0 && kindAt(table, list) === SEQ) {
      let position = 0;
      for (let i = list + 1; i < list + sizeAt(table, list); i += sizeAt(table, i), position++) {
        if (position === index) {
          found = i;
          break;
        }
      }
    }
    return CompactSourceMap.of(this.file, found);
  }

  get portable(): PortableCompactMap {
    return { file: unpackedCopy(this.file), root: this.root, rootOffsets: [this.rootKeyStart, this.rootKeyEnd, this.rootValueStart, this.rootValueEnd] };
  }

  /**
   * Keeps the file's table packed (about a quarter of its size) from now on; each later `locate`
   * unpacks it again (the last few stay unpacked). For maps that outlive their file's checks.
   */
  pack(): void {
    if (this.file.slab === undefined) packFile(this.file);
  }

  private range(table: Int32Array, start: number, end: number): Range | undefined {
    return start < 0 ? undefined : offsetsToRange(table, start, end, this.file.lines);
  }

  locate(path: JsonPath): PathLocation {
    const table = tableOf(this.file);
    const { keyNames, aliases } = this.file;
    // The last node found (-1: the root's own offsets); positions are computed for it alone, at the end.
    let found = -1;
    let exact = true;
    let node = this.root;
    // A document without contents answers every path with its (empty) root.
    if (node >= 0) {
      for (const segment of path) {
        let at = node;
        if (kindAt(table, at) === ALIAS) at = aliases?.get(at) ?? -1;
        if (at < 0 || kindAt(table, at) === NONE) break;
        const kind = kindAt(table, at);
        const end = at + sizeAt(table, at);
        let child = -1;
        if (typeof segment === 'number' && kind === SEQ) {
          let position = 0;
          for (let i = at + 1; i < end; i += sizeAt(table, i), position++) {
            if (position === segment) {
              child = i;
              break;
            }
          }
        } else if (kind === MAP) {
          const name = String(segment);
          // Duplicate keys: kubectl keeps the last one, so the last one is "the" field.
          for (let i = at + 1; i < end; i += sizeAt(table, i)) {
            const keyName = table[i * STRIDE + KEY_NAME]!;
            if (keyName >= 0 && keyNames[keyName] === name) child = i;
          }
        }
        if (child < 0) {
          exact = false;
          break;
        }
        found = child;
        node = child;
      }
    }
    if (found < 0)
      return { key: this.range(table, this.rootKeyStart, this.rootKeyEnd), value: this.range(table, this.rootValueStart, this.rootValueEnd), exact };
    const base = found * STRIDE;
    const key = this.range(table, table[base + KEY_START]!, table[base + KEY_END]!);
    const value = this.range(table, table[base + VALUE_START]!, table[base + VALUE_END]!) ?? (key ? emptyValueAfter(key) : undefined);
    return { key, value, exact };
  }
}

/*
 * Packed tables. A map that outlives its file's checks (lint mode keeps every resource for the
 * cross-resource rules) is asked for few positions, so its table is kept as bytes: per node its
 * kind and size, its key name as an id shared by all packed files, then its offsets as varints,
 * each relative to the last offset written (a key and a value are usually short and close
 * together); then the line starts as line lengths. A typical node takes 6-7 bytes instead of 24.
 * Files' bytes share 1 MB slabs, so a file costs no buffer objects of its own.
 */

/**
 * Every mapping key name seen, by the id packed tables use: the fast scanner looks keys up here
 * while it reads them (fast/scanner.ts), so its files are packed without a lookup per key.
 */
export const keyTable = new StringTable();
const packedKeyNames = keyTable.strings;
const emptyTable = new Int32Array(0);
const slabSize = 1 << 20;
let slab = new Uint8Array(slabSize);
let slabUsed = 0;
let packScratch = new Uint8Array(1 << 16);
/** The files unpacked last, oldest first: a few stay unpacked, since findings come in file order. */
const unpackedFiles: CompactFileData[] = [];
const keptUnpacked = 32;

/** The key's id in keyTable, which holds it as a string of its own, so it does not keep its file's text alive. */
function packedKeyId(name: string): number {
  return keyTable.idOf(name);
}

/** Zigzag (small magnitudes stay small whatever the sign), shifted by one: 0 stands for -1 (no offset). */
function offsetCode(value: number, from: number): number {
  if (value < 0) return 0;
  const delta = value - from;
  return (delta >= 0 ? delta * 2 : -delta * 2 - 1) + 1;
}

function offsetFrom(code: number, from: number): number {
  if (code === 0) return -1;
  const zigzag = code - 1;
  return from + (zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2);
}

function packFile(file: CompactFileData): void {
  const table = file.table;
  const nodes = file.lines / STRIDE;
  const lineCount = table.length - file.lines;
  const ids = file.globalKeys ?? file.keyNames.map(packedKeyId);
  // At most 5 bytes per varint: 6 per node, one per line, the line count.
  if (packScratch.length < (nodes * STRIDE + lineCount + 1) * 5) packScratch = new Uint8Array((nodes * STRIDE + lineCount + 1) * 5);
  const out = packScratch;
  let at = 0;
  const put = (value: number) => {
    while (value >= 128) {
      out[at++] = (value % 128) | 128;
      value = Math.floor(value / 128);
    }
    out[at++] = value;
  };
  put(lineCount);
  let from = 0;
  for (let node = 0; node < nodes; node++) {
    const base = node * STRIDE;
    put(table[base + KIND_SIZE]!);
    const keyName = table[base + KEY_NAME]!;
    put(keyName < 0 ? 0 : ids[keyName]! + 1);
    const keyStart = table[base + KEY_START]!;
    put(offsetCode(keyStart, from));
    if (keyStart >= 0) from = keyStart;
    const keyEnd = table[base + KEY_END]!;
    put(offsetCode(keyEnd, from));
    if (keyEnd >= 0) from = keyEnd;
    const valueStart = table[base + VALUE_START]!;
    put(offsetCode(valueStart, from));
    if (valueStart >= 0) from = valueStart;
    // The value's end is relative to its start and moves nothing: the next node starts near the start.
    put(offsetCode(table[base + VALUE_END]!, from));
  }
  let previous = 0;
  for (let i = file.lines; i < table.length; i++) {
    put(table[i]! - previous);
    previous = table[i]!;
  }
  if (at > slabSize / 4) {
    file.slab = out.slice(0, at);
    file.start = 0;
  } else {
    if (slabUsed + at > slabSize) {
      slab = new Uint8Array(slabSize);
      slabUsed = 0;
    }
    slab.set(out.subarray(0, at), slabUsed);
    file.slab = slab;
    file.start = slabUsed;
    slabUsed += at;
  }
  file.table = emptyTable;
  file.keyNames = packedKeyNames;
  file.globalKeys = undefined;
}

function unpack(file: CompactFileData): Int32Array {
  const bytes = file.slab!;
  let at = file.start!;
  const get = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++]!;
      value += (byte & 127) * scale;
      if (byte < 128) return value;
      scale *= 128;
    }
  };
  const lineCount = get();
  const table = new Int32Array(file.lines + lineCount);
  let from = 0;
  for (let base = 0; base < file.lines; base += STRIDE) {
    table[base + KIND_SIZE] = get();
    table[base + KEY_NAME] = get() - 1;
    const keyStart = offsetFrom(get(), from);
    table[base + KEY_START] = keyStart;
    if (keyStart >= 0) from = keyStart;
    const keyEnd = offsetFrom(get(), from);
    table[base + KEY_END] = keyEnd;
    if (keyEnd >= 0) from = keyEnd;
    const valueStart = offsetFrom(get(), from);
    table[base + VALUE_START] = valueStart;
    if (valueStart >= 0) from = valueStart;
    table[base + VALUE_END] = offsetFrom(get(), from);
  }
  let previous = 0;
  for (let i = file.lines; i < table.length; i++) {
    previous += get();
    table[i] = previous;
  }
  return table;
}

/** The file's table, unpacked again if it was packed. */
function tableOf(file: CompactFileData): Int32Array {
  if (file.table !== emptyTable) return file.table;
  file.table = unpack(file);
  unpackedFiles.push(file);
  if (unpackedFiles.length > keptUnpacked) unpackedFiles.shift()!.table = emptyTable;
  return file.table;
}

/** A packed file as plain data of its own (its key names its own again), to be cloned. */
function unpackedCopy(file: CompactFileData): CompactFileData {
  // keyTable's ids are this thread's: they are not sent.
  if (file.slab === undefined) return file.globalKeys === undefined ? file : fileData(file.table, file.lines, file.keyNames, file.aliases);
  const table = tableOf(file).slice();
  const keyNames: string[] = [];
  const local = new Map<number, number>();
  for (let base = 0; base < file.lines; base += STRIDE) {
    const id = table[base + KEY_NAME]!;
    if (id < 0) continue;
    let own = local.get(id);
    if (own === undefined) {
      own = keyNames.length;
      keyNames.push(packedKeyNames[id]!);
      local.set(id, own);
    }
    table[base + KEY_NAME] = own;
  }
  return fileData(table, file.lines, keyNames, file.aliases);
}

const whitespace = /\s/;

/** /\s/ on one character, without the regular expression for ASCII (it runs for every node). */
export function isBlank(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code >= 128 && whitespace.test(String.fromCharCode(code));
}

/** Growable scratch table reused by every file (one thread builds one file at a time). */
let scratch = new Int32Array(STRIDE * 8192);

function ensure(nodes: number): void {
  if (nodes * STRIDE <= scratch.length) return;
  const grown = new Int32Array(Math.max(scratch.length * 2, nodes * STRIDE));
  grown.set(scratch);
  scratch = grown;
}

/**
 * Builds the table of one file, one resource at a time (`add`), then `finish` freezes it. The
 * maps handed out before `finish` see the final table: they share the file's data object.
 */
export class CompactMapBuilder {
  private count = 0;
  private readonly keyIds = new Map<string, number>();
  /** The node at each index; only kept while building, to link aliases. */
  private nodes: unknown[] = [];
  private readonly data: CompactFileData = fileData(new Int32Array(0), 0, []);
  private readonly aliasTargets = new Map<Document, Map<unknown, Node | undefined>>();

  constructor(
    private readonly text: string,
    private readonly lineStarts: readonly number[],
  ) {}

  /** The map of one resource rooted at `root` (a document root or a List item). */
  add(document: Document, root: Node | null): CompactSourceMap {
    const first = this.count;
    const at = this.node(root, null, -1);
    this.linkAliases(document, first);
    // The table is final only after finish(); the root's offsets are read from the scratch table now.
    return CompactSourceMap.fromPortable({ file: this.data, root: at, rootOffsets: rootOffsetsIn(scratch, at) });
  }

  finish(): void {
    const nodes = this.count * STRIDE;
    const table = new Int32Array(nodes + this.lineStarts.length);
    table.set(scratch.subarray(0, nodes));
    table.set(this.lineStarts, nodes);
    this.data.table = table;
    this.data.lines = nodes;
    this.nodes = [];
  }

  private keyId(name: string): number {
    let id = this.keyIds.get(name);
    if (id === undefined) {
      id = this.data.keyNames.length;
      this.data.keyNames.push(name);
      this.keyIds.set(name, id);
    }
    return id;
  }

  /**
   * A node's range as two offsets, written to scratch[at] and scratch[at + 1]: yaml's node range,
   * except that a null scalar is one character and block values lose the trailing blanks and
   * line breaks yaml counts in. (No tuples: this runs per node.)
   */
  private writeOffsets(node: unknown, at: number): void {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!node || !range) {
      scratch[at] = -1;
      scratch[at + 1] = -1;
      return;
    }
    let end = range[1];
    if (isScalar(node) && node.value === null) end = range[0] + 1;
    else while (end > range[0] + 1 && isBlank(this.text.charCodeAt(end - 1))) end--;
    scratch[at] = range[0];
    scratch[at + 1] = end;
  }

  /** A sequence item has no key: "this item" is anchored on its first key, if it is a mapping. */
  private static firstKey(item: unknown): unknown {
    const first = isMap(item) ? item.items[0] : undefined;
    return first && isPair(first) ? first.key : null;
  }

  /** Adds `node` with the key range of `keyNode` (the pair's key, a list item's first key, or null). */
  private node(node: unknown, keyNode: unknown, keyName: number): number {
    const at = this.count++;
    ensure(this.count);
    this.nodes[at] = node;
    const base = at * STRIDE;
    scratch[base + KEY_NAME] = keyName;
    this.writeOffsets(keyNode, base + KEY_START);
    this.writeOffsets(node, base + VALUE_START);
    let kind = LEAF;
    if (node === null || node === undefined) {
      kind = NONE;
    } else if (isMap(node)) {
      kind = MAP;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as unknown;
        this.node(pair.value, keyNode, isScalar(keyNode) ? this.keyId(String(keyNode.value)) : -1);
      }
    } else if (isSeq(node)) {
      kind = SEQ;
      for (const item of node.items) this.node(item ?? null, CompactMapBuilder.firstKey(item), -1);
    } else if (isAlias(node)) {
      kind = ALIAS;
    }
    scratch[base + KIND_SIZE] = kind | ((this.count - at) << 3);
    return at;
  }

  /**
   * Where each alias of a document points: the last node with that anchor before the alias, in
   * yaml's visit order (Alias.resolve's rule), found in one pass instead of one pass per alias.
   */
  private targetsIn(document: Document): Map<unknown, Node | undefined> {
    const cached = this.aliasTargets.get(document);
    if (cached) return cached;
    const lastWithAnchor = new Map<string, Node>();
    const targets = new Map<unknown, Node | undefined>();
    visit(document, {
      Node: (_key, node) => {
        if (isAlias(node)) targets.set(node, lastWithAnchor.get(node.source));
        else if ((node as { anchor?: string }).anchor) lastWithAnchor.set((node as { anchor: string }).anchor, node);
      },
    });
    this.aliasTargets.set(document, targets);
    return targets;
  }

  /** Links the aliases added since `first`, appending targets that lie outside the resource's subtree. */
  private linkAliases(document: Document, first: number): void {
    let indexOf: Map<unknown, number> | undefined;
    // The loop also visits subtrees appended on the way: their aliases need links too.
    for (let i = first; i < this.count; i++) {
      if ((scratch[i * STRIDE + KIND_SIZE]! & 7) !== ALIAS) continue;
      const target = this.targetsIn(document).get(this.nodes[i]);
      if (!target) continue;
      if (!indexOf) {
        indexOf = new Map();
        for (let j = first; j < this.count; j++) if (!indexOf.has(this.nodes[j])) indexOf.set(this.nodes[j], j);
      }
      let known = indexOf.get(target);
      if (known === undefined) {
        // Appended subtrees sit outside every parent's size, so they never show up as children.
        const appendedFrom = this.count;
        known = this.node(target, null, -1);
        for (let j = appendedFrom; j < this.count; j++) if (!indexOf.has(this.nodes[j])) indexOf.set(this.nodes[j], j);
      }
      (this.data.aliases ??= new Map()).set(i, known);
    }
  }
}
