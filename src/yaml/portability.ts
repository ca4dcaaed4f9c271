/**
 * YAML that kubectl reads (go-yaml v2 via sigs.k8s.io/yaml) but a YAML 1.2 parser rejects: lone CR
 * line ends (go-yaml's is_break takes '\r' alone), and a multi-line double-quoted value whose
 * continuation lines are indented no deeper than its key. The text is made portable, with the same
 * line numbers, so the manifest is still checked; each place gets one yaml-portability warning.
 */
export interface PortabilityIssue {
  kind: 'lone-cr' | 'quoted-continuation';
  /** 1-based line of the issue (the key's line for a quoted value). */
  line: number;
  column: number;
  key?: string;
}

export interface PortableText {
  text: string;
  issues: PortabilityIssue[];
  /** 1-based line -> spaces put in front of it (quoted continuations): positions found in the text are that much right of the file's. */
  shifts?: Map<number, number>;
}

/** A range found in portable text, as it sits in the file: the spaces put in front of a line are taken back out. */
export function unshiftRange<T extends { line: number; column: number; endLine: number; endColumn: number }>(range: T, shifts: ReadonlyMap<number, number>): T {
  const start = shifts.get(range.line);
  const end = shifts.get(range.endLine);
  if (start === undefined && end === undefined) return range;
  const column = Math.max(1, range.column - (start ?? 0));
  const endColumn = Math.max(range.endLine === range.line ? column + 1 : 1, range.endColumn - (end ?? 0));
  return { ...range, column, endColumn };
}

/** Offset of the first unescaped double quote in `text` from `from`, or -1. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

const quotedValueStart = /^( *(?:- +)*)([^\s"'#\-?:{}[\],&*!|>%@`][^:#"']*?|"[^"]*"|'[^']*'): +"/;
/** A line that opens a block scalar (`key: |`, `- >-`): the lines below it, indented deeper, are text. */
const blockScalarStart = /(?:^|[:-] +)[|>][-+0-9]*\s*(?:#.*)?$/;
/** A double-quoted value longer than this many lines is left to the parser's own error. */
const maxContinuation = 50;

/**
 * Whether some line opens a double-quoted value it leaves open (the test the repair loop starts from),
 * looking only at lines with `: "` in them: most files have none, and skip the line-by-line pass.
 */
function opensUnclosedQuote(text: string): boolean {
  const colonQuote = /: +"/g;
  for (let found = colonQuote.exec(text); found; found = colonQuote.exec(text)) {
    const start = text.lastIndexOf('\n', found.index) + 1;
    const newline = text.indexOf('\n', found.index);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const match = quotedValueStart.exec(line);
    if (match && closingQuote(line, match[0].length) < 0) return true;
    colonQuote.lastIndex = end;
  }
  return false;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

export function makePortable(source: string): PortableText {
  const issues: PortabilityIssue[] = [];
  // Positions are counted as the parser counts them: after the byte-order mark.
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const loneCr = text.includes('\r') ? /\r(?!\n)/.exec(text) : null;
  if (loneCr) {
    issues.push({ kind: 'lone-cr', line: text.slice(0, loneCr.index).split('\n').length, column: loneCr.index - text.lastIndexOf('\n', loneCr.index - 1) });
    text = text.replace(/\r(?!\n)/g, '\n');
  }
  if (!text.includes('"') || !opensUnclosedQuote(text)) return { text, issues };
  const repaired = repairQuotedContinuations(text);
  return { text: repaired.text, issues: [...issues, ...repaired.issues], shifts: repaired.shifts };
}

/** The line-by-line pass over text without lone CRs; exported for the test that holds makePortable's shortcut to it. */
export function repairQuotedContinuations(text: string): PortableText {
  const issues: PortabilityIssue[] = [];
  const shifts = new Map<number, number>();
  const lines = text.split('\n');
  let changed = false;
  let blockIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const current = lines[i]!;
    if (blockIndent >= 0) {
      if (current.trim() === '' || indentOf(current) > blockIndent) continue;
      blockIndent = -1;
    }
    if (blockScalarStart.test(current) && !current.trimStart().startsWith('#')) {
      // The block's parent is the key's column, after any "- " of list items.
      blockIndent = /^ *(?:- +)*/.exec(current)![0].length;
      continue;
    }
    const match = quotedValueStart.exec(current);
    if (!match) continue;
    if (closingQuote(lines[i]!, match[0].length) >= 0) continue;
    const keyColumn = match[1]!.length;
    const repairs: number[] = [];
    let closed = -1;
    for (let j = i + 1; j < lines.length && j <= i + maxContinuation; j++) {
      const line = lines[j]!;
      if (line.trim() === '') continue;
      if (indentOf(line) <= keyColumn) repairs.push(j);
      if (closingQuote(line, 0) >= 0) {
        closed = j;
        break;
      }
    }
    if (closed < 0 || repairs.length === 0) continue;
    for (const j of repairs) {
      const added = keyColumn + 1 - indentOf(lines[j]!);
      lines[j] = ' '.repeat(added) + lines[j];
      shifts.set(j + 1, added);
    }
    issues.push({ kind: 'quoted-continuation', line: i + 1, column: keyColumn + 1, key: match[2] });
    changed = true;
    i = closed;
  }
  return changed ? { text: lines.join('\n'), issues, shifts } : { text, issues };
}
