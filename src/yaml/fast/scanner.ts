import type { PlainObject, PlainValue } from '../../types.js';
import { compactRange, compactString, isShareable, sharedValues } from '../compact-strings.js';
import { isBlank, KEY_END, KEY_NAME, KEY_START, keyTable, KIND_SIZE, LEAF, MAP, SEQ, STRIDE, VALUE_END, VALUE_START } from '../compact-map.js';
import { MERGE, resolvePlain } from './scalars.js';

/**
 * A purpose-built reader for the YAML that manifests use: block and flow collections, plain and
 * quoted scalars, literal and folded block scalars, comments, CRLF, multi-document streams. It
 * gives the same plain values as parse.ts and writes the compact-map table (compact-map.ts) with
 * the same offsets yaml's nodes would have, without building any yaml object. Anything outside
 * that subset, or anything it is not sure about, throws FALLBACK and yaml reads the whole file.
 */

export class Fallback {}
export const FALLBACK = new Fallback();
function bail(): never {
  throw FALLBACK;
}

export interface ScannedDocument {
  value: PlainValue | undefined;
  empty: boolean;
  /** The document's root node in the table, or -1 for a document without contents. */
  node: number;
}

export interface ScannedStream {
  documents: ScannedDocument[];
  /** Node table in compact-map.ts's layout (not yet followed by line starts). */
  table: Int32Array;
  nodes: number;
  keyNames: string[];
  /** The id in keyTable of each of keyNames. */
  globalKeys: number[];
}

interface Peek {
  /** Start of the content line (or text.length at the end). */
  line: number;
  indent: number;
  /** First non-space character of the line. */
  at: number;
  /** The line is `---` (a new document) or the text ended. */
  end: boolean;
  /** Start of the first comment line before it, or -1 when none came. */
  firstComment: number;
  /** Where the text of the last comment line before it ends. */
  commentEnd: number;
  /** A blank line came, then a comment in column 0: yaml then reads a plain scalar below a key past its indentation. */
  blankThenOutdentedComment: boolean;
}

/** What the last value of the innermost collection is, for the comments after it (see close). */
const NO_LEAF = 0;
/** A scalar or flow collection: yaml adds comment lines more indented than its collection to its end. */
const LEAF_WITH_END = 1;
/** A block scalar: yaml gives it no end, so every comment line after it is its collection's. */
const LEAF_WITHOUT_END = 2;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/** Characters that cannot start a plain scalar (`-`, `?` and `:` can when a non-space follows). */
const indicators = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)));
const flowIndicators = new Set([44, 91, 93, 123, 125]);
/** Characters the reader does not take on: yaml reports some of them, so it must see them. */
const suspiciousCharacter = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/;
const loneCR = /\r(?!\n)/;

/** One node table and key index for every scan, grown as needed: a fresh 24 KB table per file cost more than the scan of a small one. */
let scratch = new Int32Array(STRIDE * 4096);
const emptyTable = new Int32Array(0);

/*
 * Keys are looked up in compact-map's keyTable straight from the text (no string per key). Per key
 * of that table: what a plain key of that text names (0: not known yet; id + 1 of its name; for a
 * null key -(id + 1), its name in the table being "null"), and the file id it has in the current scan.
 */
let keyNameOf = new Int32Array(1024);
let keyScan = new Int32Array(1024);
let keyLocal = new Int32Array(1024);
let scans = 0;
/**
 * Per key name: the serial of the mapping that took it as a property last. Mappings get rising
 * serials, so a stamp below a mapping's own says it has no such property yet, without a lookup.
 */
let keyTaken = new Int32Array(1024);
let mapSerials = 0;

function growKeyArrays(size: number): void {
  let length = keyNameOf.length;
  while (length <= size) length *= 2;
  const grow = (old: Int32Array) => {
    const grown = new Int32Array(length);
    grown.set(old);
    return grown;
  };
  keyNameOf = grow(keyNameOf);
  keyScan = grow(keyScan);
  keyLocal = grow(keyLocal);
  keyTaken = grow(keyTaken);
}

/** Whether the mapping `serial` (its object, its keys with null values) has the property keyTable.strings[prop] already; notes that it has now. */
function repeated(serial: number, prop: number, out: PlainObject, name: string, nullKeys: Set<string> | undefined): boolean {
  if (prop >= keyTaken.length) growKeyArrays(prop);
  const taken = keyTaken[prop]!;
  keyTaken[prop] = serial;
  if (taken < serial) return false;
  if (taken === serial) return true;
  // A mapping opened later (and closed since: mappings nest) took the name: ask the object.
  return Object.hasOwn(out, name) || nullKeys?.has(name) === true;
}

/** The name a null key is as a property: "". */
let emptyName = -1;

/** The value of a plain scalar, per string of sharedValues (undefined: not resolved yet; resolvePlain never gives undefined). */
const plainValues: (string | number | boolean | null | typeof MERGE | undefined)[] = [];

const escapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '"': '"',
  '/': '/',
  '\\': '\\',
  ' ': ' ',
};

export class Scanner {
  private pos = 0;
  private readonly n: number;
  /** The shared scratch table (scans never overlap): the caller copies the nodes out before the next scan. */
  private table: Int32Array;
  private count = 0;
  private readonly scanId = ++scans;
  private readonly keyNames: string[] = [];
  private readonly globalKeys: number[] = [];
  /** Where the last node's trailing content (a same-line comment included) ends: yaml's range[2], trimmed. */
  private tail = 0;
  /** The last node is an empty value with comments after it: yaml stretches its range over them, how far is not ours to say. */
  private openTail = false;
  /** The kind of the last leaf value, until the collection that holds it closes. */
  private lastLeaf = NO_LEAF;
  /** The deepest column of the trailing comments that closing collections pass up, or -1. */
  private groupColumn = -1;
  /** The block mapping key key() found last (fields, not an object per key). */
  private keyStart = 0;
  private keyEnd = 0;
  private keyColon = 0;
  /** The key's name: its id in keyTable; a null key has the name "null" but is the property "". */
  private keyName = 0;
  private keyNull = false;
  /** What plainLine() found last. */
  private lineTextEnd = 0;
  private lineNext = 0;
  private lineComment = -1;
  /** How deep in flow collections the reader is. */
  private flowLevel = 0;
  /** The last peek, by the line it started from: each collection that closes on a line asks again. */
  private peekFrom = -1;
  /** What peek() found, one object rewritten by each peek: every caller reads it before the next peek. */
  private readonly peeked: Peek = { line: 0, indent: 0, at: 0, end: false, firstComment: -1, commentEnd: -1, blankThenOutdentedComment: false };

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    this.n = text.length;
    // Written twice: V8 then never takes the field for a constant, which growing the table would undo in every optimized method.
    this.table = emptyTable;
    this.table = scratch;
  }

  scan(): ScannedStream {
    if (suspiciousCharacter.test(this.text) || (this.text.includes('\r') && loneCR.test(this.text))) bail();
    if (mapSerials > 0x7ffffff0) {
      keyTaken.fill(0);
      mapSerials = 0;
    }
    if (emptyName < 0) emptyName = keyTable.idOf('');
    const documents: ScannedDocument[] = [];
    let peek = this.peek(0);
    let first = true;
    while (first || peek.line < this.n) {
      let explicit = false;
      let emptyAt = -1;
      if (peek.line < this.n && peek.end) {
        // `---`: only blanks or a comment may follow it on its line.
        explicit = true;
        let p = peek.at + 3;
        while (this.code(p) === SPACE) p++;
        emptyAt = p;
        const c = this.code(p);
        if (c === HASH) {
          if (p === peek.at + 3) bail();
        } else if (!this.eol(p)) bail();
        peek = this.peek(this.nextLine(p));
      }
      if (peek.end) {
        // A document without contents (or a text without any document).
        if (!explicit) {
          if (!first) bail();
          documents.push({ value: undefined, empty: true, node: -1 });
          break;
        }
        const slot = this.alloc(1);
        this.setKey(slot, -1, -1, -1);
        this.leaf(slot, emptyAt, emptyAt + 1);
        documents.push({ value: undefined, empty: true, node: slot });
      } else {
        const slot = this.alloc(1);
        this.setKey(slot, -1, -1, -1);
        this.pos = peek.at;
        const value = this.blockNode(slot, -1, 1, peek);
        peek = this.peek(this.pos);
        if (!peek.end) bail();
        const empty = value === null && this.kind(slot) === LEAF;
        documents.push({ value: value === null ? undefined : value, empty, node: slot });
      }
      first = false;
    }
    return { documents, table: this.table, nodes: this.count, keyNames: this.keyNames, globalKeys: this.globalKeys };
  }

  // ---- characters and lines

  private code(p: number): number {
    return p < this.n ? this.text.charCodeAt(p) : -1;
  }

  private eol(p: number): boolean {
    if (p >= this.n) return true;
    const c = this.text.charCodeAt(p);
    return c === LF || c === CR;
  }

  private nextLine(p: number): number {
    const at = this.text.indexOf('\n', p);
    return at < 0 ? this.n : at + 1;
  }

  /** End of the line's text (before CR LF). */
  private lineEnd(p: number): number {
    let at = this.text.indexOf('\n', p);
    if (at < 0) at = this.n;
    return at > 0 && this.text.charCodeAt(at - 1) === CR ? at - 1 : at;
  }

  private isDocMarker(line: number): boolean {
    const t = this.text;
    if (!(t.startsWith('---', line) || t.startsWith('...', line))) return false;
    const c = this.code(line + 3);
    if (!(c === -1 || c === SPACE || c === TAB || c === LF || c === CR)) return false;
    if (t.charCodeAt(line) === 46) bail();
    return true;
  }

  /** The next content line from the line start `line`, over blank and comment lines (close() places the comments). */
  private peek(line: number): Peek {
    const result = this.peeked;
    if (line === this.peekFrom) return result;
    const from = line;
    const t = this.text;
    let firstComment = -1;
    let commentEnd = -1;
    let blank = false;
    let blankThenOutdentedComment = false;
    result.line = this.n;
    result.indent = -1;
    result.at = this.n;
    result.end = true;
    while (line < this.n) {
      let p = line;
      while (t.charCodeAt(p) === SPACE) p++;
      const c = this.code(p);
      if (c === TAB) bail();
      if (c === -1 || c === LF || c === CR) {
        blank = true;
        line = this.nextLine(p);
        continue;
      }
      if (c === HASH) {
        if (blank && p === line) blankThenOutdentedComment = true;
        if (firstComment < 0) firstComment = line;
        const stop = this.lineEnd(p);
        commentEnd = this.trim(p, stop);
        line = stop < this.n ? this.nextLine(stop) : this.n;
        continue;
      }
      const indent = p - line;
      result.end = indent === 0 && this.isDocMarker(line);
      result.line = line;
      result.indent = indent;
      result.at = p;
      break;
    }
    result.firstComment = firstComment;
    result.commentEnd = commentEnd;
    result.blankThenOutdentedComment = blankThenOutdentedComment;
    this.peekFrom = from;
    return result;
  }

  // ---- the table

  private alloc(depth: number): number {
    if (depth > this.maxDepth) bail();
    const at = this.count++;
    if (this.count * STRIDE > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      grown.set(this.table);
      this.table = grown;
      scratch = grown;
    }
    return at;
  }

  /** The file's id for the key named keyTable.strings[name]. */
  private keyId(name: number): number {
    if (name >= keyScan.length) growKeyArrays(name);
    if (keyScan[name] === this.scanId) return keyLocal[name]!;
    const id = this.keyNames.length;
    this.keyNames.push(keyTable.strings[name]!);
    this.globalKeys.push(name);
    keyScan[name] = this.scanId;
    keyLocal[name] = id;
    return id;
  }

  /** The name of the plain key text[start, end): its id in keyTable, or -(id + 1) for a null key (named "null"). */
  private plainKeyName(start: number, end: number): number {
    const raw = keyTable.idOfRange(this.text, start, end);
    if (raw >= keyNameOf.length) growKeyArrays(raw);
    const known = keyNameOf[raw]!;
    if (known !== 0) return known > 0 ? known - 1 : known;
    const resolved = resolvePlain(keyTable.strings[raw]!);
    if (resolved === MERGE) bail();
    const name = typeof resolved === 'string' ? raw : keyTable.idOf(String(resolved));
    keyNameOf[raw] = resolved === null ? -(name + 1) : name + 1;
    return resolved === null ? -(name + 1) : name;
  }

  /** The value of the plain scalar text[start, end) (one line), as resolvePlain and compactString give it. */
  private plainValue(start: number, end: number): string | number | boolean | null {
    const id = isShareable(end - start) ? sharedValues.idOfRange(this.text, start, end) : -1;
    if (id < 0) {
      const resolved = resolvePlain(this.text.slice(start, end));
      if (resolved === MERGE) bail();
      return typeof resolved === 'string' ? compactString(resolved) : resolved;
    }
    while (plainValues.length <= id) plainValues.push(undefined);
    let resolved = plainValues[id];
    if (resolved === undefined) resolved = plainValues[id] = resolvePlain(sharedValues.strings[id]!);
    if (resolved === MERGE) bail();
    return resolved;
  }

  private setKey(slot: number, name: number, start: number, end: number): void {
    // YAML caps an implicit key at 1024 characters; near that, yaml's own error message is wanted.
    if (end - start > 1000) bail();
    const base = slot * STRIDE;
    this.table[base + KEY_NAME] = name;
    this.table[base + KEY_START] = start;
    this.table[base + KEY_END] = end;
  }

  private leaf(slot: number, start: number, end: number): void {
    const base = slot * STRIDE;
    this.table[base + KIND_SIZE] = LEAF | (1 << 3);
    this.table[base + VALUE_START] = start;
    this.table[base + VALUE_END] = end;
  }

  private collection(slot: number, kind: number, start: number, end: number): void {
    const base = slot * STRIDE;
    this.table[base + KIND_SIZE] = kind | ((this.count - slot) << 3);
    this.table[base + VALUE_START] = start;
    this.table[base + VALUE_END] = end;
  }

  private kind(slot: number): number {
    return this.table[slot * STRIDE + KIND_SIZE]! & 7;
  }

  /** CompactMapBuilder's trimming, with its isBlank: a block node's range loses its trailing blanks, Unicode ones too. */
  private trim(start: number, end: number): number {
    const t = this.text;
    while (end > start + 1 && isBlank(t.charCodeAt(end - 1))) end--;
    return end;
  }

  /** A scalar's value; null values are one character long in the map. */
  private scalar(slot: number, value: unknown, start: number, end: number): void {
    this.leaf(slot, start, value === null ? start + 1 : end);
  }

  // ---- block structure

  /**
   * Where a collection that closes before `peek` ends, and what its parents see (this.tail). yaml
   * gives the comment lines after the last value to the innermost collection: those more indented
   * than it, before any other, join the value's end (when it has one) and so the collection's range.
   * The rest stay out of its range; as collections close they move up to the parent while all are
   * less indented than the closing one (or it is in column 0), and the first one that keeps them
   * ends where they end for its own parents.
   */
  private close(peek: Peek, column: number, start: number): number {
    if (this.openTail) bail();

    if (this.lastLeaf !== NO_LEAF) {
      this.groupColumn = -1;
      if (peek.firstComment >= 0) {
        let attaching = this.lastLeaf === LEAF_WITH_END;
        const t = this.text;
        for (let line = peek.firstComment; line < peek.line;) {
          let p = line;
          while (t.charCodeAt(p) === SPACE) p++;
          if (t.charCodeAt(p) === HASH) {
            const at = p - line;
            if (attaching && at > column) this.tail = this.trim(p, this.lineEnd(p));
            else {
              attaching = false;
              if (at > this.groupColumn) this.groupColumn = at;
            }
          }
          line = this.nextLine(p);
        }
      }
      this.lastLeaf = NO_LEAF;
    }
    const own = this.trim(start, this.tail);
    if (this.groupColumn >= 0 && column !== 0 && this.groupColumn >= column) {
      this.tail = peek.commentEnd;
      this.groupColumn = -1;
    }
    return own;
  }

  /** A node that starts on its own line (a document root, or a value below its key or dash). */
  private blockNode(slot: number, parentIndent: number, depth: number, peek: Peek): PlainValue | null {
    const p = peek.at;
    this.pos = p;
    if (this.isDash(p)) return this.blockSeq(slot, peek.indent, depth);
    if (this.key(p)) return this.blockMap(slot, peek.indent, depth);
    // A document's root may be a flow collection (JSON), not a scalar.
    if (parentIndent < 0 && this.code(p) !== 123 && this.code(p) !== 91) bail();
    return this.inline(slot, parentIndent, depth);
  }

  private isDash(p: number): boolean {
    if (this.code(p) !== DASH) return false;
    const c = this.code(p + 1);
    if (c === TAB) bail();
    return c === SPACE || c === -1 || c === LF || c === CR;
  }

  private blockSeq(slot: number, column: number, depth: number): PlainValue[] {
    const out: PlainValue[] = [];
    const start = this.pos;
    let end: number;
    for (;;) {
      const dash = this.pos;
      this.openTail = false;
      const item = this.alloc(depth + 1);
      this.setKey(item, -1, -1, -1);
      let p = dash + 1;
      while (this.code(p) === SPACE) p++;
      if (this.code(p) === TAB) bail();
      let value: PlainValue | null;
      if (this.eol(p) || this.code(p) === HASH) {
        value = this.valueBelow(item, column, depth + 1, p, false);
      } else if (this.isDash(p)) {
        bail();
      } else {
        const key = this.key(p);
        this.pos = p;
        value = key ? this.blockMap(item, p - this.lineStartOf(p), depth + 1) : this.inline(item, column, depth + 1);
      }
      if (this.kind(item) === MAP && this.count > item + 1) {
        const base = (item + 1) * STRIDE;
        this.setKey(item, -1, this.table[base + KEY_START]!, this.table[base + KEY_END]!);
      }
      out.push(value ?? (null as unknown as PlainValue));
      const peek = this.peek(this.pos);
      if (peek.end || peek.indent < column || (peek.indent === column && !this.isDash(peek.at))) {
        end = this.close(peek, column, start);
        break;
      }
      if (peek.indent > column) bail();
      this.lastLeaf = NO_LEAF;
      this.groupColumn = -1;
      this.pos = peek.at;
    }
    this.collection(slot, SEQ, start, end);
    return out;
  }

  private lineStartOf(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  /** A block mapping whose first key key() has just read. */
  private blockMap(slot: number, column: number, depth: number): PlainObject {
    const out: PlainObject = {};
    const serial = ++mapSerials;
    let nullKeys: Set<string> | undefined;
    const start = this.keyStart;
    let key = true;
    let end: number;
    for (;;) {
      if (!key) bail();
      this.openTail = false;
      const id = this.keyId(this.keyName);
      // The key table's own string: one V8 has seen as a property name before, so looking it up and storing it is fast.
      const name = this.keyNull ? '' : keyTable.strings[this.keyName]!;
      const isNull = this.keyNull;
      if (repeated(serial, isNull ? emptyName : this.keyName, out, name, nullKeys)) bail();
      const child = this.alloc(depth + 1);
      // A null key is a null scalar: one character long in the map, as every null.
      const keyStart = this.keyStart;
      this.setKey(child, id, keyStart, isNull ? keyStart + 1 : this.keyEnd);
      let p = this.keyColon + 1;
      while (this.code(p) === SPACE) p++;
      if (this.code(p) === TAB) {
        if (!this.blankToEnd(p)) bail();
        while (this.code(p) === SPACE || this.code(p) === TAB) p++;
      }
      let value: PlainValue | null;
      if (this.eol(p) || this.code(p) === HASH) value = this.valueBelow(child, column, depth + 1, p, true);
      else {
        this.pos = p;
        value = this.inline(child, column, depth + 1);
      }
      if (value === null) (nullKeys ??= new Set()).add(name);
      else if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
      const peek = this.peek(this.pos);
      if (peek.end || peek.indent < column || (peek.indent === column && this.isDash(peek.at))) {
        end = this.close(peek, column, start);
        break;
      }
      if (peek.indent > column) bail();
      this.lastLeaf = NO_LEAF;
      this.groupColumn = -1;
      key = this.key(peek.at);
      this.pos = peek.at;
    }
    this.collection(slot, MAP, start, end);
    return out;
  }

  /** The value of `key:` or `-` with nothing else on the line (but maybe a comment): below, or null. */
  private valueBelow(slot: number, column: number, depth: number, p: number, inMap: boolean): PlainValue | null {
    let commentEnd = -1;
    if (this.code(p) === HASH) {
      if (this.code(p - 1) !== SPACE && this.code(p - 1) !== TAB) bail();
      commentEnd = this.trim(p, this.lineEnd(p));
    }
    const peek = this.peek(this.nextLine(p));
    if (!peek.end && (peek.indent > column || (inMap && peek.indent === column && this.isDash(peek.at)))) {
      // yaml's quirk (a blank line, then a comment in column 0, then the value): left to yaml, which may read past the value.
      if (peek.blankThenOutdentedComment) bail();
      return this.blockNode(slot, column, depth, peek);
    }
    this.leaf(slot, p, p + 1);
    this.tail = commentEnd >= 0 ? commentEnd : p;
    this.openTail = commentEnd >= 0 || peek.firstComment >= 0;
    this.lastLeaf = LEAF_WITH_END;
    this.pos = this.nextLine(p);
    return null;
  }

  /** A node that starts on the current line after a key, a dash, or alone on its line: a scalar or flow collection. */
  private inline(slot: number, parentIndent: number, depth: number): PlainValue | null {
    const p = this.pos;
    const c = this.code(p);
    let value: PlainValue | null;
    if (c === 34 || c === 39) {
      const start = p;
      value = this.quotedValue(p, parentIndent);
      this.leaf(slot, start, this.pos);
      this.endOfLine(this.pos);
      return value;
    }
    if (c === 91 || c === 123) {
      value = this.flow(slot, parentIndent, depth);
      this.endOfLine(this.pos);
      return value;
    }
    if (c === 124 || c === 62) return this.blockScalar(slot, parentIndent);
    if (indicators.has(c)) {
      const next = this.code(p + 1);
      if (!(
        (c === DASH || c === 63 || c === COLON) &&
        next !== SPACE &&
        next !== TAB &&
        next !== -1 &&
        next !== LF &&
        next !== CR &&
        !flowIndicators.has(next)
      ))
        bail();
    }
    return this.plain(slot, parentIndent);
  }

  /** After a scalar or flow collection: blanks, maybe a comment, then the line ends. */
  private endOfLine(p: number): void {
    this.lastLeaf = LEAF_WITH_END;
    this.tail = p;
    let q = p;
    while (this.code(q) === SPACE) q++;
    const c = this.code(q);
    if (c === HASH && q > p) this.tail = this.trim(q, this.lineEnd(q));
    else if (!this.eol(q)) bail();
    this.pos = this.nextLine(q);
  }

  // ---- scalars

  /** A plain scalar in block context, over several lines when they are indented past `parentIndent`. */
  private plain(slot: number, parentIndent: number): PlainValue | null {
    const t = this.text;
    const start = this.pos;
    this.plainLine(start);
    let end = this.lineTextEnd;
    let next = this.lineNext;
    let comment = this.lineComment;
    let folded: string | undefined;
    let line = next;
    while (comment < 0 && line < this.n) {
      // Continuation lines: more indented than the parent, not a comment, not a new node.
      let blanks = 0;
      let q = line;
      let p = q;
      for (;;) {
        p = q;
        while (t.charCodeAt(p) === SPACE) p++;
        if (this.code(p) === TAB) bail();
        if (!this.eol(p) || p >= this.n) break;
        blanks++;
        q = this.nextLine(p);
      }
      if (p >= this.n || p - q <= parentIndent) break;
      const c = t.charCodeAt(p);
      if (c === HASH) break;
      if (p === q && this.isDocMarker(q)) break;
      this.plainLine(p);
      folded = (folded ?? t.slice(start, end)) + (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + t.slice(p, this.lineTextEnd);
      end = this.lineTextEnd;
      next = this.lineNext;
      comment = this.lineComment;
      line = next;
    }
    let resolved: string | number | boolean | null;
    if (folded === undefined) resolved = this.plainValue(start, end);
    else {
      const folding = resolvePlain(folded);
      if (folding === MERGE) bail();
      resolved = typeof folding === 'string' ? compactString(folding) : folding;
    }
    this.scalar(slot, resolved, start, end);
    this.tail = comment >= 0 ? comment : end;
    this.lastLeaf = LEAF_WITH_END;
    this.pos = next;
    return resolved;
  }

  /** One line of a plain scalar: where its text ends, where the next line starts, where a trailing comment ends (fields, not an object per line). */
  private plainLine(p: number): void {
    const t = this.text;
    const stop = this.lineEnd(p);
    let end = p;
    for (let q = p; q < stop; q++) {
      const c = t.charCodeAt(q);
      if (c === SPACE || c === TAB) {
        if (t.charCodeAt(q + 1) === HASH) {
          if (end > p) this.plainEdges(p, end);
          this.lineTextEnd = end;
          this.lineNext = this.nextLine(q);
          this.lineComment = this.trim(q + 1, stop);
          return;
        }
        continue;
      }
      if (c === COLON) {
        const after = q + 1 < stop ? t.charCodeAt(q + 1) : SPACE;
        if (after === SPACE || after === TAB) bail();
      }
      end = q + 1;
    }
    if (end > p) this.plainEdges(p, end);
    this.lineTextEnd = end;
    this.lineNext = this.nextLine(stop);
    this.lineComment = -1;
  }

  /**
   * A quoted scalar from its opening quote; sets pos after the closing quote. null when nothing was
   * escaped or folded: the value is then the text between the quotes, which callers look up as a range.
   */
  private quoted(p: number, parentIndent: number): string | null {
    const t = this.text;
    const double = t.charCodeAt(p) === 34;
    let out = '';
    let q = p + 1;
    let runStart = q;
    for (;;) {
      if (q >= this.n) bail();
      const c = t.charCodeAt(q);
      if (double && c === 34) break;
      if (!double && c === 39) {
        if (t.charCodeAt(q + 1) === 39) {
          out += t.slice(runStart, q + 1);
          q += 2;
          runStart = q;
          continue;
        }
        break;
      }
      if (double && c === 92) {
        out += t.slice(runStart, q);
        const e = t[q + 1] ?? '';
        if (e === '\n' || (e === '\r' && t.charCodeAt(q + 2) === LF)) {
          // An escaped line break: it and the next line's indentation are left out.
          let s = this.nextLine(q + 1);
          const line = s;
          while (t.charCodeAt(s) === SPACE) s++;
          if (this.code(s) === TAB || this.eol(s) || s - line <= parentIndent) bail();
          if (s === line && (t.startsWith('---', line) || t.startsWith('...', line))) bail();
          q = s;
        } else if (e in escapes) {
          out += escapes[e];
          q += 2;
        } else if (e === 'x' || e === 'u' || e === 'U') {
          const length = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = t.slice(q + 2, q + 2 + length);
          if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) bail();
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) bail();
          out += String.fromCodePoint(code);
          q += 2 + length;
        } else bail();
        runStart = q;
        continue;
      }
      if (c === LF || c === CR) {
        // Folding: trailing blanks go, each further empty line is a line break, one break is a space.
        let trimmed = q;
        while (trimmed > runStart && (t.charCodeAt(trimmed - 1) === SPACE || t.charCodeAt(trimmed - 1) === TAB)) trimmed--;
        if (double && trimmed > runStart && t.charCodeAt(trimmed - 1) === 92) bail();
        out += t.slice(runStart, trimmed);
        let breaks = 0;
        let r = q;
        for (;;) {
          r = this.nextLine(r);
          let s = r;
          while (t.charCodeAt(s) === SPACE) s++;
          if (this.code(s) === TAB) bail();
          if (s >= this.n) bail();
          if (this.eol(s)) {
            breaks++;
            continue;
          }
          if (s - r <= parentIndent) bail();
          if (s === r && (t.startsWith('---', r) || t.startsWith('...', r))) bail();
          q = s;
          break;
        }
        out += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        runStart = q;
        continue;
      }
      q++;
    }
    this.pos = q + 1;
    if (runStart === p + 1) return null;
    return out + t.slice(runStart, q);
  }

  /** A quoted scalar's value, as compactString gives it. */
  private quotedValue(p: number, parentIndent: number): string {
    const text = this.quoted(p, parentIndent);
    return text === null ? compactRange(this.text, p + 1, this.pos - 1) : compactString(text);
  }

  /** A quoted key's name: its id in keyTable. */
  private quotedKeyName(p: number, parentIndent: number): number {
    const text = this.quoted(p, parentIndent);
    return text === null ? keyTable.idOfRange(this.text, p + 1, this.pos - 1) : keyTable.idOf(text);
  }

  /** `|` and `>` with an optional chomping indicator; nothing unusual (indentation indicators, more-indented folded lines). */
  private blockScalar(slot: number, parentIndent: number): string {
    const t = this.text;
    const start = this.pos;
    const literal = t.charCodeAt(start) === 124;
    let p = start + 1;
    let chomp = 0; // -1 strip, 0 clip, 1 keep
    if (t.charCodeAt(p) === DASH) {
      chomp = -1;
      p++;
    } else if (t.charCodeAt(p) === 43) {
      chomp = 1;
      p++;
    }
    // Blanks, maybe a comment, after the header.
    if (t.charCodeAt(p) === SPACE) {
      while (t.charCodeAt(p) === SPACE) p++;
      if (t.charCodeAt(p) === HASH) p = this.lineEnd(p);
    }
    if (!this.eol(p)) bail();
    if (parentIndent < 0) bail();
    const lines: string[] = [];
    let indent = -1;
    let line = this.nextLine(p);
    let lastContentEnd = -1;
    let next = line;
    let trailingEmpty = 0;
    while (line < this.n) {
      let s = line;
      while (t.charCodeAt(s) === SPACE) s++;
      const ending = this.lineEnd(line);
      if (s >= ending) {
        if (this.code(s) === TAB) bail();
        if (indent >= 0 && s - line > indent) {
          // Spaces past the indentation: a content line of spaces (yaml's range still ends at the last other character).
          if (!literal) bail();
          lines.push(t.slice(line + indent, s));
          trailingEmpty = 0;
          line = this.nextLine(s);
          next = line;
          continue;
        }
        // An empty line: part of the scalar if a content line follows.
        trailingEmpty++;
        lines.push('');
        line = this.nextLine(s);
        continue;
      }
      const column = s - line;
      if (indent < 0) {
        if (column <= parentIndent) break;
        indent = column;
        // Leading empty lines longer than the indentation need an indentation indicator.
        for (let l = this.nextLine(p); l < line; l = this.nextLine(l)) if (this.lineEnd(l) - l > indent) bail();
      }
      if (column < indent) break;
      if (column === 0 && this.isDocMarker(line)) break;
      if (!literal && t.charCodeAt(line + indent) === TAB) bail();
      const content = t.slice(line + indent, ending);
      if (!literal && (column > indent || content.charCodeAt(0) === TAB)) bail();
      lines.push(content);
      trailingEmpty = 0;
      // Trimmed back from the scalar's start, as CompactMapBuilder trims the whole range: a line of Unicode blanks ends nothing.
      lastContentEnd = this.trim(start, ending);
      line = this.nextLine(ending);
      next = line;
    }
    if (indent < 0) bail();
    // Kept trailing lines (`|+`): where the last one ends is for yaml to say.
    if (chomp === 1 && trailingEmpty > 0) bail();
    const body = lines.slice(0, lines.length - trailingEmpty);
    let value: string;
    if (literal) value = body.join('\n');
    else {
      value = '';
      let emptyRun = 0;
      body.forEach((content, i) => {
        if (content === '') {
          emptyRun++;
          return;
        }
        if (i > 0) value += emptyRun > 0 ? '\n'.repeat(emptyRun) : ' ';
        else value += '\n'.repeat(emptyRun);
        emptyRun = 0;
        value += content;
      });
    }
    if (chomp === 0) value += '\n';
    else if (chomp === 1) value += '\n' + '\n'.repeat(trailingEmpty);
    this.leaf(slot, start, lastContentEnd);
    this.tail = lastContentEnd;
    this.lastLeaf = LEAF_WITHOUT_END;
    this.pos = next;
    return compactString(value);
  }

  // ---- flow collections

  /**
   * Blanks, line breaks and comments inside a flow collection; its lines must be indented past the
   * parent, but for a closing bracket of the outermost collection in the parent's column (yaml's lexer allows it).
   */
  private flowSpace(p: number, parentIndent: number): number {
    const t = this.text;
    for (;;) {
      const c = this.code(p);
      if (c === SPACE) p++;
      else if (c === LF || c === CR) {
        p = this.nextLine(p);
        const line = p;
        while (t.charCodeAt(p) === SPACE) p++;
        if (this.eol(p)) continue;
        const d = t.charCodeAt(p);
        if (d === HASH) continue;
        if (p - line <= parentIndent && !(p - line === parentIndent && this.flowLevel === 1 && (d === 93 || d === 125))) bail();
        if (p === line && (t.startsWith('---', line) || t.startsWith('...', line))) bail();
      } else if (c === HASH) {
        // Not in column 0 either: yaml says it touches the text before it.
        if (t.charCodeAt(p - 1) !== SPACE) bail();
        p = this.lineEnd(p);
      } else if (c === TAB || c === -1) bail();
      else return p;
    }
  }

  private flow(slot: number, parentIndent: number, depth: number): PlainValue {
    const t = this.text;
    const start = this.pos;
    const isMap = t.charCodeAt(start) === 123;
    const close = isMap ? 125 : 93;
    this.flowLevel++;
    let p = this.flowSpace(start + 1, parentIndent);
    const seq: PlainValue[] = [];
    const map: PlainObject = {};
    const serial = isMap ? ++mapSerials : 0;
    let nullKeys: Set<string> | undefined;
    let firstItem = true;
    while (t.charCodeAt(p) !== close) {
      if (!firstItem) {
        if (t.charCodeAt(p) !== 44) bail();
        p = this.flowSpace(p + 1, parentIndent);
        // A trailing comma.
        if (t.charCodeAt(p) === close) break;
      }
      firstItem = false;
      if (isMap) {
        const keyStart = p;
        let named: number;
        let keyEnd: number;
        const c = t.charCodeAt(p);
        if (c === 34 || c === 39) {
          named = this.quotedKeyName(p, parentIndent);
          keyEnd = this.pos;
          if (t.charCodeAt(keyEnd) !== COLON) {
            p = this.flowSpace(keyEnd, parentIndent);
            if (t.charCodeAt(p) !== COLON) bail();
            const after = this.code(p + 1);
            if (after !== SPACE && after !== LF && after !== CR) bail();
          } else p = keyEnd;
        } else {
          keyEnd = this.flowPlainEnd(p, true);
          named = this.plainKeyName(p, keyEnd);
          p = keyEnd;
          if (t.charCodeAt(p) !== COLON) bail();
        }
        const isNull = named < 0;
        const nameId = isNull ? -named - 1 : named;
        const name = isNull ? '' : keyTable.strings[nameId]!;
        if (repeated(serial, isNull ? emptyName : nameId, map, name, nullKeys)) bail();
        const child = this.alloc(depth + 1);
        this.setKey(child, this.keyId(nameId), keyStart, isNull ? keyStart + 1 : keyEnd);
        p = this.flowSpace(p + 1, parentIndent);
        const value = this.flowItem(child, p, parentIndent, depth + 1);
        p = this.flowSpace(this.pos, parentIndent);
        if (value === null) (nullKeys ??= new Set()).add(name);
        else Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
      } else {
        const item = this.alloc(depth + 1);
        this.setKey(item, -1, -1, -1);
        const value = this.flowItem(item, p, parentIndent, depth + 1);
        if (this.kind(item) === MAP && this.count > item + 1) {
          const base = (item + 1) * STRIDE;
          this.setKey(item, -1, this.table[base + KEY_START]!, this.table[base + KEY_END]!);
        }
        p = this.flowSpace(this.pos, parentIndent);
        if (t.charCodeAt(p) === COLON) bail();
        seq.push(value ?? (null as unknown as PlainValue));
      }
    }
    this.flowLevel--;
    this.pos = p + 1;
    this.collection(slot, isMap ? MAP : SEQ, start, p + 1);
    return isMap ? map : seq;
  }

  private flowItem(slot: number, p: number, parentIndent: number, depth: number): PlainValue | null {
    const c = this.text.charCodeAt(p);
    this.pos = p;
    if (c === 91 || c === 123) return this.flow(slot, parentIndent, depth);
    if (c === 34 || c === 39) {
      const value = this.quotedValue(p, parentIndent);
      this.leaf(slot, p, this.pos);
      return value;
    }
    const end = this.flowPlainEnd(p, false);
    const resolved = this.plainValue(p, end);
    this.scalar(slot, resolved, p, end);
    this.pos = end;
    return resolved;
  }

  /** End of a one-line plain scalar inside a flow collection. */
  private flowPlainEnd(p: number, key: boolean): number {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (indicators.has(c)) {
      const next = this.code(p + 1);
      if (!(
        (c === DASH || c === 63 || c === COLON) &&
        next !== SPACE &&
        next !== TAB &&
        next !== -1 &&
        next !== LF &&
        next !== CR &&
        !flowIndicators.has(next)
      ))
        bail();
    }
    let end = p;
    let q = p;
    for (; q < this.n; q++) {
      const d = t.charCodeAt(q);
      if (d === LF || d === CR || flowIndicators.has(d)) break;
      if (d === SPACE || d === TAB) {
        // A comment ends the scalar (flowSpace reads it).
        if (t.charCodeAt(q + 1) === HASH) break;
        continue;
      }
      if (d === COLON) {
        const after = this.code(q + 1);
        // A tab after the colon also separates key and value: rare enough to leave to yaml.
        if (after === TAB) bail();
        if (after === SPACE || after === LF || after === CR || after === -1 || flowIndicators.has(after)) {
          if (!key) bail();
          this.openTail = false;
          break;
        }
      }
      end = q + 1;
    }
    if (end === p) bail();
    if (end < q && t.charCodeAt(end) === TAB) bail();
    this.plainEdges(p, end);
    // A plain scalar that goes on past the line break: leave multi-line flow scalars to yaml.
    if (q < this.n && (t.charCodeAt(q) === LF || t.charCodeAt(q) === CR)) {
      const after = this.flowSpace(q, -1);
      const d = t.charCodeAt(after);
      if (!(flowIndicators.has(d) || (key && d === COLON))) bail();
    }
    return end;
  }

  /** yaml's plain scalar ranges leave out Unicode blanks at their edges (its values keep them): leave those to yaml. */
  private plainEdges(start: number, end: number): void {
    const first = this.text.charCodeAt(start);
    const last = this.text.charCodeAt(end - 1);
    if ((first >= 128 && isBlank(first)) || (last >= 128 && isBlank(last))) bail();
  }

  // ---- keys

  /** A block mapping key starting at p (`name:` or `"name":`), or null when the line is not a key. */
  private key(p: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 34 || c === 39) {
      const stop = this.lineEnd(p);
      // Single-line keys only: find the closing quote on this line.
      let q = p + 1;
      for (; q < stop; q++) {
        const d = t.charCodeAt(q);
        if (c === 34 && d === 92) q++;
        else if (d === c) {
          if (c === 39 && t.charCodeAt(q + 1) === 39) q++;
          else break;
        }
      }
      if (q >= stop) return false;
      let r = q + 1;
      while (t.charCodeAt(r) === SPACE) r++;
      if (t.charCodeAt(r) !== COLON) return false;
      const after = this.code(r + 1);
      if (after === TAB && !this.blankToEnd(r + 1)) bail();
      if (!(after === SPACE || after === TAB || this.eol(r + 1))) return false;
      return this.setKeyFound(p, q + 1, r, this.quotedKeyName(p, -1));
    }
    if (indicators.has(c)) {
      const next = this.code(p + 1);
      if (!((c === DASH || c === 63 || c === COLON) && next !== SPACE && next !== TAB && next !== -1 && next !== LF && next !== CR)) return false;
    }
    const stop = this.lineEnd(p);
    let end = p;
    for (let q = p; q < stop; q++) {
      const d = t.charCodeAt(q);
      if (d === SPACE || d === TAB) {
        if (t.charCodeAt(q + 1) === HASH) return false;
        continue;
      }
      if (d === COLON) {
        const after = q + 1 < stop ? t.charCodeAt(q + 1) : SPACE;
        // A tab after the colon only with nothing (or a comment) after it: the value is below.
        if (after === TAB && !this.blankToEnd(q + 1)) bail();
        if (after === SPACE || after === TAB) {
          if (end < q && t.charCodeAt(end) === TAB) bail();
          this.plainEdges(p, end);
          return this.setKeyFound(p, end, q, this.plainKeyName(p, end));
        }
      }
      end = q + 1;
    }
    return false;
  }

  /** Only blanks from p to the end of the line, or up to a comment. */
  private blankToEnd(p: number): boolean {
    for (;;) {
      const c = this.code(p);
      if (c === SPACE || c === TAB) p++;
      else return c === -1 || c === LF || c === CR || (c === HASH && p > 0);
    }
  }

  /** `named`: as plainKeyName gives it (a quoted key's is never null). */
  private setKeyFound(start: number, end: number, colon: number, named: number): true {
    this.keyStart = start;
    this.keyEnd = end;
    this.keyColon = colon;
    this.keyNull = named < 0;
    this.keyName = named < 0 ? -named - 1 : named;
    return true;
  }
}
