import type { PathLocation, Range } from '../types.js';

export { fallbackRange } from '../findings.js';

/** Where each line of `text` starts: a line ends at LF (CRLF included), as the parser counts lines. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** 1-based line and column of `offset`, over the line starts in starts[first..] (yaml's LineCounter.linePos contract). */
function linePos(starts: ArrayLike<number>, first: number, offset: number): { line: number; col: number } {
  let low = first;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (low < starts.length && starts[low] === offset) return { line: low - first + 1, col: 1 };
  if (low === first) return { line: 0, col: offset };
  return { line: low - first, col: offset - starts[low - 1]! + 1 };
}

/**
 * The one converter: character offsets (UTF-16 units, BOM already stripped) to a 1-based range,
 * over the text's line starts (lineStartsOf), which may sit at starts[first..] of a larger table.
 */
export function offsetsToRange(starts: ArrayLike<number>, start: number, end: number, first = 0): Range {
  const from = linePos(starts, first, start);
  const to = linePos(starts, first, Math.max(end, start + 1));
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
