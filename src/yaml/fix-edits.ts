/**
 * Turns a repair as a rule means it (FixIntent) into text edits on the file's own text, computed
 * from source offsets: only the characters that must change are touched, so comments, quoting
 * style, indentation and every other line stay byte-identical. Where the text is not laid out as
 * the edit needs (flow style, a block scalar, a key not first on its line), there is no fix.
 */
import type { FindingFix, FixIntent, JsonPath, PlainObject, PlainValue, Range, Resource, TextEdit } from '../types.js';

/** Offsets where each line starts; a lone CR ends a line as it does for kubectl and the parser. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The offset of a 1-based line and column, or undefined when it lies outside the text. */
export function offsetOf(starts: readonly number[], text: string, line: number, column: number): number | undefined {
  const start = starts[line - 1];
  if (start === undefined) return undefined;
  const offset = start + column - 1;
  const next = starts[line] ?? text.length;
  return column >= 1 && offset <= next ? offset : undefined;
}

function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

export function editAt(starts: readonly number[], start: number, end: number, text: string): TextEdit {
  const from = positionOf(starts, start);
  const to = positionOf(starts, end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text };
}

/** An edit's offsets in the text, or undefined when its range does not fit the text. */
export function editOffsets(starts: readonly number[], text: string, edit: Range): [number, number] | undefined {
  const start = offsetOf(starts, text, edit.line, edit.column);
  const end = offsetOf(starts, text, edit.endLine, edit.endColumn);
  return start === undefined || end === undefined || end < start ? undefined : [start, end];
}

/** Words YAML 1.1 (kubectl) reads as something other than a string, and anything number-like. */
const notPlainString = /^(?:y|yes|n|no|on|off|true|false|null|~)$/i;

/** Text that reads back as the same string when written unquoted. */
function isPlainSafe(value: string): boolean {
  return /^[A-Za-z_/][A-Za-z0-9._/+=-]*$/.test(value) && !notPlainString.test(value);
}

/** The new scalar text in the style of the old one: double-quoted, single-quoted, or plain when that reads back the same. */
function scalarInStyle(old: string, value: string): string {
  if (old.startsWith('"')) return JSON.stringify(value);
  if (old.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/** A scalar written on one line, not an anchor, alias, tag, block scalar or flow collection. */
function isFlowScalarText(old: string): boolean {
  return old.length > 0 && !/[\n\r]/.test(old) && !/^[&*!|>[{]/.test(old);
}

function get(value: PlainValue | undefined, path: JsonPath): PlainValue | undefined {
  let current: PlainValue | undefined = value;
  for (const segment of path) {
    if (current === undefined || current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, PlainValue>)[segment as string];
  }
  return current;
}

const isMapping = (value: PlainValue | undefined): value is PlainObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The last text's line starts: every fix of a file reads the same text (compared by reference, so cheaply). */
let lastText: { text: string; starts: number[]; eol: string } | undefined;

function textFacts(text: string): { starts: number[]; eol: string } {
  if (lastText?.text !== text) lastText = { text, starts: lineStarts(text), eol: text.includes('\r\n') ? '\r\n' : '\n' };
  return lastText;
}

class FixText {
  readonly starts: number[];
  readonly eol: string;

  constructor(
    readonly resource: Resource,
    readonly text: string,
  ) {
    ({ starts: this.starts, eol: this.eol } = textFacts(text));
  }

  offsets(range: Range | undefined): [number, number] | undefined {
    return range ? editOffsets(this.starts, this.text, range) : undefined;
  }

  edit(start: number, end: number, text: string): TextEdit {
    return editAt(this.starts, start, end, text);
  }

  /** The start of the key's line, when only spaces stand before the key (block style). */
  keyLine(path: JsonPath): { lineStart: number; indent: number; key: Range } | undefined {
    const location = this.resource.map.locate(path);
    if (!location.exact || !location.key) return undefined;
    const at = this.offsets(location.key);
    if (!at) return undefined;
    const lineStart = this.starts[location.key.line - 1]!;
    if (!/^ *$/.test(this.text.slice(lineStart, at[0]))) return undefined;
    return { lineStart, indent: at[0] - lineStart, key: location.key };
  }

  /** The offset just past the line break after a node's last line (its value's, else its key's). */
  endOfNode(path: JsonPath): number | undefined {
    const location = this.resource.map.locate(path);
    if (!location.exact) return undefined;
    const last = location.value ?? location.key;
    if (!last) return undefined;
    return this.starts[last.endLine] ?? this.text.length;
  }

  /** Where new keys of a block mapping go (after its last entry) and how deep they are indented. */
  mappingEnd(path: JsonPath): { at: number; indent: number; unit: number } | undefined {
    const mapping = get(this.resource.value, path);
    if (!isMapping(mapping)) return undefined;
    const keys = Object.keys(mapping);
    if (keys.length === 0) return undefined;
    const first = this.keyLine([...path, keys[0]!]);
    if (!first) return undefined;
    let at = 0;
    for (const key of keys) {
      const end = this.endOfNode([...path, key]);
      if (end === undefined) return undefined;
      at = Math.max(at, end);
    }
    const parent = path.length > 0 && typeof path[path.length - 1] === 'string' ? this.keyLine(path) : undefined;
    const unit = parent && first.indent > parent.indent ? first.indent - parent.indent : 2;
    return { at, indent: first.indent, unit };
  }

  /** Lines moved from `from` columns deep to `to` columns deep; blank lines stay as they are. */
  reindent(block: string, from: number, to: number): string {
    const lines = block.split(/(?<=\n)/);
    const moved = lines.map((line) => {
      if (/^\s*$/.test(line)) return line;
      const spaces = /^ */.exec(line)![0].length;
      return ' '.repeat(to) + line.slice(Math.min(spaces, from));
    });
    const out = moved.join('');
    return out.endsWith('\n') ? out : out + this.eol;
  }

  /** An insertion at `at`, with a line break first when it goes after a last line that has none. */
  insertion(at: number, text: string): string {
    return at === this.text.length && at > 0 && !/[\n\r]$/.test(this.text) ? this.eol + text : text;
  }
}

function replaceScalar(fix: FixText, path: JsonPath, target: 'key' | 'value', replacement: string): TextEdit[] | undefined {
  const location = fix.resource.map.locate(path);
  if (!location.exact) return undefined;
  const range = target === 'key' ? location.key : location.value;
  const at = fix.offsets(range);
  if (!at) return undefined;
  const old = fix.text.slice(at[0], at[1]);
  if (!isFlowScalarText(old)) return undefined;
  return [fix.edit(at[0], at[1], scalarInStyle(old, replacement))];
}

function quoteScalar(fix: FixText, path: JsonPath): TextEdit[] | undefined {
  const location = fix.resource.map.locate(path);
  const at = location.exact ? fix.offsets(location.value) : undefined;
  if (!at) return undefined;
  const old = fix.text.slice(at[0], at[1]);
  // Numbers and booleans written plain never hold a quote or a backslash; anything else is not this fix's case.
  if (!isFlowScalarText(old) || /["'\\#]/.test(old[0]!) || /["\\]/.test(old)) return undefined;
  return [fix.edit(at[0], at[1], `"${old}"`)];
}

/** Moves sibling keys (with their values) under the mapping at `to`, creating the missing levels. */
function moveKeys(fix: FixText, paths: readonly JsonPath[], to: JsonPath): TextEdit[] | undefined {
  if (paths.length === 0) return undefined;
  const blocks: { start: number; end: number; indent: number; name: string }[] = [];
  for (const path of paths) {
    const name = path[path.length - 1];
    if (typeof name !== 'string' || get(fix.resource.value, [...to, name]) !== undefined) return undefined;
    if (to.length >= path.length && path.every((segment, i) => to[i] === segment)) return undefined;
    const line = fix.keyLine(path);
    const end = fix.endOfNode(path);
    if (!line || end === undefined) return undefined;
    blocks.push({ start: line.lineStart, end, indent: line.indent, name });
  }
  blocks.sort((a, b) => a.start - b.start);
  for (let i = 1; i < blocks.length; i++) if (blocks[i]!.start < blocks[i - 1]!.end) return undefined;

  // The deepest existing mapping on the way to `to`; what lies below it is created.
  let existing = to.length;
  while (existing > 0 && !isMapping(get(fix.resource.value, to.slice(0, existing)))) {
    if (get(fix.resource.value, to.slice(0, existing)) !== undefined) return undefined;
    existing--;
  }
  const missing = to.slice(existing);
  if (missing.some((segment) => typeof segment !== 'string')) return undefined;
  const end = fix.mappingEnd(to.slice(0, existing));
  if (!end) return undefined;
  const depth = end.indent + missing.length * end.unit;
  let text = missing.map((segment, i) => `${' '.repeat(end.indent + i * end.unit)}${String(segment)}:${fix.eol}`).join('');
  for (const block of blocks) text += fix.reindent(fix.text.slice(block.start, block.end), block.indent, depth);
  text = fix.insertion(end.at, text);

  const edits: [number, number, string][] = blocks.map((block) => [block.start, block.end, '']);
  const host = edits.find(([start, stop]) => end.at === start || end.at === stop);
  if (host) host[2] = text;
  else if (blocks.some((block) => end.at > block.start && end.at < block.end)) return undefined;
  else edits.push([end.at, end.at, text]);
  edits.sort((a, b) => a[0] - b[0]);
  return edits.map(([start, stop, newText]) => fix.edit(start, stop, newText));
}

/** A one-level mapping as block lines: `key: value`, an empty mapping as `{}`. */
function entryLines(entry: PlainObject): string[] | undefined {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (!isPlainSafe(key)) return undefined;
    if (isMapping(value) && Object.keys(value).length === 0) lines.push(`${key}: {}`);
    else if (typeof value === 'string') lines.push(`${key}: ${isPlainSafe(value) ? value : JSON.stringify(value)}`);
    else if (typeof value === 'number' || typeof value === 'boolean') lines.push(`${key}: ${String(value)}`);
    else return undefined;
  }
  return lines.length > 0 ? lines : undefined;
}

/** Adds an entry to the block list at `path`, or creates the list in its parent mapping. */
function appendEntry(fix: FixText, path: JsonPath, entry: PlainObject): TextEdit[] | undefined {
  const lines = entryLines(entry);
  const name = path[path.length - 1];
  if (!lines || typeof name !== 'string') return undefined;
  const list = get(fix.resource.value, path);
  const item = (dash: number) => lines.map((line, i) => `${' '.repeat(i === 0 ? dash : dash + 2)}${i === 0 ? '- ' : ''}${line}${fix.eol}`).join('');
  if (list === undefined) {
    const end = fix.mappingEnd(path.slice(0, -1));
    if (!end) return undefined;
    const text = `${' '.repeat(end.indent)}${name}:${fix.eol}${item(end.indent + end.unit)}`;
    return [fix.edit(end.at, end.at, fix.insertion(end.at, text))];
  }
  if (!Array.isArray(list) || list.length === 0 || !isMapping(list[0])) return undefined;
  // The first item's dash: `- ` followed by its first key, alone on the line.
  const first = fix.resource.map.locate([...path, 0]);
  const at = first.exact ? fix.offsets(first.key) : undefined;
  if (!at || !first.key) return undefined;
  const prefix = fix.text.slice(fix.starts[first.key.line - 1]!, at[0]);
  const dash = /^( *)- +$/.exec(prefix);
  if (!dash || prefix.length !== dash[1]!.length + 2) return undefined;
  const after = fix.endOfNode([...path, list.length - 1]);
  if (after === undefined) return undefined;
  return [fix.edit(after, after, fix.insertion(after, item(dash[1]!.length)))];
}

/** The repair's edits, or undefined when the text is not laid out as the repair needs. */
export function fixEdits(resource: Resource, path: JsonPath, target: 'key' | 'value', intent: FixIntent): FindingFix | undefined {
  if (resource.source === undefined) return undefined;
  const fix = new FixText(resource, resource.source);
  let edits: TextEdit[] | undefined;
  try {
    if ('replacement' in intent) edits = replaceScalar(fix, path, target, intent.replacement);
    else if ('quote' in intent) edits = quoteScalar(fix, path);
    else if ('move' in intent) edits = moveKeys(fix, intent.move.paths, intent.move.to);
    else edits = appendEntry(fix, intent.append.path, intent.append.entry);
  } catch {
    // A repair is a convenience: odd text means no fix, never a crash of the check that found the problem.
    edits = undefined;
  }
  if (!edits || edits.length === 0) return undefined;
  if (!intent.sensitive) return { title: intent.title, edits };
  // Edits that hold a private value stay out of anything serialised (JSON, logs, other threads): only --fix and editors read them.
  const fixed: FindingFix = { title: intent.title, sensitive: true } as FindingFix;
  Object.defineProperty(fixed, 'edits', { value: edits, enumerable: false });
  return fixed;
}
