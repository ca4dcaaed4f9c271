/**
 * `--fix-dry-run`: what `--fix` would change, as a unified diff (the `diff` package computes the
 * hunks). A line that shows a value which must never be printed (a Secret's data, a password in
 * env: src/k8s/redact.ts) keeps its key and shows `<redacted>` instead of the value, on both sides,
 * so the diff says which line changes without saying what it held or will hold.
 */
import { structuredPatch } from 'diff';
import type { JsonPath, PlainValue, Resource } from '../types.js';
import { mustRedact } from '../k8s/redact.js';
import { lineStarts, offsetOf } from '../yaml/fix-edits.js';
import { checkSourceText } from './file-check.js';
import { printable } from '../format/log-safety.js';

const redacted = '<redacted>';

/** Line number (1-based) -> the line as it may be shown, for every line that shows a value to keep private. */
export function redactedLines(file: string, text: string): Map<number, string> {
  const lines = new Map<number, string>();
  const outcome = checkSourceText(file, text);
  const starts = lineStarts(text);
  const lineText = (line: number) => text.slice(starts[line - 1]!, starts[line] ?? text.length).replace(/\r?\n$|\r$/, '');
  const hide = (resource: Resource, path: JsonPath) => {
    const value = resource.map.locate(path).value;
    if (!value) return;
    const start = offsetOf(starts, text, value.line, value.column);
    if (start === undefined) return;
    // The value's first line keeps what stands before it (`  password: `); the lines it continues on are hidden whole.
    lines.set(value.line, `${text.slice(starts[value.line - 1]!, start)}${redacted}`);
    for (let line = value.line + 1; line <= value.endLine; line++) lines.set(line, `${/^\s*/.exec(lineText(line))![0]}${redacted}`);
  };
  const walk = (resource: Resource, value: PlainValue, path: JsonPath) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(resource, item, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(resource, item, [...path, key]);
    else if (path.length > 0 && typeof value !== 'boolean' && mustRedact(resource, path)) hide(resource, path);
  };
  for (const resource of outcome.resources) walk(resource, resource.value, []);
  return lines;
}

/** The unified diff of one file's text before and after fixing (empty when nothing changes), values to keep private redacted. */
export function fixDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  const hiddenBefore = redactedLines(file, before);
  const hiddenAfter = redactedLines(file, after);
  const name = printable(file);
  const out = [`--- a/${name}`, `+++ b/${name}`];
  for (const hunk of patch.hunks) {
    out.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    for (const line of hunk.lines) {
      const mark = line[0];
      // Text from the answers: no terminal controls, no CI commands (src/format/log-safety.ts).
      const body = line.slice(1).replace(/\r$/, '');
      if (mark === '\\') out.push(line);
      else if (mark === '-') out.push(`-${printable(hiddenBefore.get(oldLine++) ?? body)}`);
      else if (mark === '+') out.push(`+${printable(hiddenAfter.get(newLine++) ?? body)}`);
      else {
        out.push(` ${printable(hiddenBefore.get(oldLine) ?? body)}`);
        oldLine++;
        newLine++;
      }
    }
  }
  return `${out.join('\n')}\n`;
}
