/**
 * Reads the source text line by line around a parser error: which key the line belongs to and
 * what the line looks like. Used only to word messages; values are looked at, never returned.
 */

export interface LineKey {
  /** The key's name (unquoted). Keys are not secret; only they may appear in messages. */
  name: string;
  /** 0-based column where the key starts. */
  column: number;
  /** 0-based column just past the colon. */
  afterColon: number;
}

export interface SourceLine {
  /** 0-based line index. */
  index: number;
  text: string;
  /** 0-based column of the first character that is neither space nor tab. */
  indent: number;
  /** True when the leading whitespace holds a tab. */
  tabIndent: boolean;
  /** 0-based column of the content after any "- " list markers. */
  contentColumn: number;
  /** The line starts (after indentation) with a "- " list marker. */
  listItem: boolean;
  key: LineKey | undefined;
}

const plainKey = /^([^\s#'"{}[\],&*!|>%@`-]|-[^\s-])[^:#]*?[ \t]*:(?=[ \t]|$)/;
const quotedKey = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?=[ \t]|$)/;
const maxKeyLength = 120;
/** How far up or down a line's context is looked for: enough for any manifest, bounded for hostile input. */
const maxScan = 200;

/** The mapping key that starts at `column` in `text`, if the text there is `key:` followed by a space or the line end. */
function keyAt(text: string, column: number): LineKey | undefined {
  const rest = text.slice(column, column + maxKeyLength + 8);
  const quoted = quotedKey.exec(rest);
  if (quoted) {
    const raw = quoted[1]!;
    const name = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw.slice(1, -1).replace(/''/g, "'");
    return name.length <= maxKeyLength ? { name, column, afterColon: column + quoted[0].length } : undefined;
  }
  const plain = plainKey.exec(rest);
  if (!plain) return undefined;
  const name = plain[0].slice(0, -1).trimEnd();
  return name.length <= maxKeyLength ? { name, column, afterColon: column + plain[0].length } : undefined;
}

export class SourceLines {
  private readonly starts: number[] = [0];
  private readonly cache = new Map<number, SourceLine>();

  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  indexOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  line(index: number): SourceLine {
    const cached = this.cache.get(index);
    if (cached) return cached;
    const line = this.read(index);
    this.cache.set(index, line);
    return line;
  }

  private read(index: number): SourceLine {
    const start = this.starts[index] ?? this.text.length;
    const end = this.starts[index + 1] ?? this.text.length;
    const text = this.text.slice(start, end).replace(/\r?\n$/, '');
    const indent = /^[ \t]*/.exec(text)![0].length;
    const marker = /^(?:-[ \t]+)*/.exec(text.slice(indent))![0].length;
    const contentColumn = indent + marker;
    return {
      index,
      text,
      indent,
      tabIndent: text.slice(0, indent).includes('\t'),
      contentColumn,
      listItem: marker > 0,
      key: keyAt(text, contentColumn),
    };
  }

  /** True for a line with nothing but spaces or a comment. */
  static blank(line: SourceLine): boolean {
    return line.indent === line.text.length || line.text[line.indent] === '#';
  }

  /** The nearest line above `index` (within the same document) that is not blank. */
  previous(index: number): SourceLine | undefined {
    for (let i = index - 1; i >= 0 && i >= index - maxScan; i--) {
      const line = this.line(i);
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.text)) return undefined;
      if (!SourceLines.blank(line)) return line;
    }
    return undefined;
  }

  /** The nearest line below `index` that is not blank. */
  next(index: number): SourceLine | undefined {
    for (let i = index + 1; i < this.count && i <= index + maxScan; i++) {
      const line = this.line(i);
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.text)) return undefined;
      if (!SourceLines.blank(line)) return line;
    }
    return undefined;
  }

  /** The nearest mapping key above `index` that starts left of `column`: the key this line is nested in. */
  parentKey(index: number, column: number): LineKey | undefined {
    let limit = column;
    for (let i = index - 1; i >= 0 && i >= index - maxScan; i--) {
      const line = this.line(i);
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.text)) return undefined;
      if (SourceLines.blank(line)) continue;
      if (line.key && line.key.column < limit) return line.key;
      // A list marker further left also encloses: keys above it must be further left still.
      if (line.indent < limit) limit = line.indent;
      if (limit === 0) return undefined;
    }
    return undefined;
  }
  /** The key a list at `column` belongs to: the nearest key above at or left of the list's "- ". */
  listParent(index: number, column: number): LineKey | undefined {
    for (let i = index - 1; i >= 0 && i >= index - maxScan; i--) {
      const line = this.line(i);
      if (/^(?:---|\.\.\.)(?:\s|$)/.test(line.text)) return undefined;
      // Items of the same list, even one misaligned by a space or two, are skipped.
      if (SourceLines.blank(line) || line.indent > column || (line.listItem && column - line.indent <= 2)) continue;
      return line.key && line.key.column <= column && !line.listItem ? line.key : undefined;
    }
    return undefined;
  }

  /** The nearest line at or above `index` (within the lines looked at) that passes `test`. */
  lineWhere(test: (line: SourceLine) => boolean, index: number): SourceLine | undefined {
    for (let i = index; i >= 0 && i > index - maxScan; i--) {
      const line = this.line(i);
      if (test(line)) return line;
    }
    return undefined;
  }

  /** The nearest line at or above `index` (within the lines looked at) that holds `char`: where an unclosed bracket was opened. */
  lineWith(char: string, index: number): SourceLine | undefined {
    for (let i = index; i >= 0 && i > index - maxScan; i--) {
      const line = this.line(i);
      if (line.text.includes(char)) return line;
    }
    return undefined;
  }
}
