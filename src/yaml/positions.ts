import type { PathLocation, Range } from '../types.js';

export { fallbackRange } from '../findings.js';

/** Anything that turns an offset into a 1-based line and column (yaml's LineCounter, a compact table). */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

/** Converts character offsets (UTF-16 units, BOM already stripped) to 1-based ranges: the one converter. */
export function offsetsToRange(lines: LinePositions, start: number, end: number): Range {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(end, start + 1));
  // A one-character range on a line break stays on its own line.
  if (to.line !== from.line && Math.max(end, start + 1) === start + 1)
    return { line: from.line, column: from.col, endLine: from.line, endColumn: from.col + 1 };
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** `key:` with nothing after it: point just past the colon. */
export function emptyValueAfter(key: Range): Range {
  return { line: key.endLine, column: key.endColumn, endLine: key.endLine, endColumn: key.endColumn + 1 };
}

/** Picks the range a finding should use. */
export function pickRange(location: PathLocation, target: 'key' | 'value'): Range | undefined {
  if (!location.exact) return location.key ?? location.value;
  return target === 'key' ? (location.key ?? firstLine(location.value)) : (location.value ?? location.key);
}

function firstLine(range: Range | undefined): Range | undefined {
  if (!range || range.line === range.endLine) return range;
  return { line: range.line, column: range.column, endLine: range.line, endColumn: range.column + 1 };
}

/** Keeps positions inside the text: an error "at end of file" goes on the last character. */
export function clampOffset(text: string, offset: number): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.max(0, Math.min(offset, Math.max(end - 1, 0)));
}
