import type { Finding } from '../types.js';
import type { Report } from '../report.js';
import type { FormatContext } from './types.js';
import { printable, safeLineStart } from './log-safety.js';
import { displayPath } from './located.js';
import { plural } from './text.js';

/** Text from the answers on one output line: control characters and line breaks spelled out, no CI commands. */
export const lineText = printable;

/** The finding's path as it opens from the working directory, safe at the start of a line. */
export function linePath(report: Report, context: FormatContext, finding: Finding): string {
  return safeLineStart(lineText(displayPath(report, context, finding.file)));
}

/** ESLint's closing count: a blank line and "N problems", nothing when clean. */
export function problemCountLines(report: Report): string[] {
  const total = report.findings.length;
  return total === 0 ? [] : ['', plural(total, 'problem')];
}

export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
