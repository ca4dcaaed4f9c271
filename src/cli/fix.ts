/**
 * `grade --fix` and `--fix-dry-run`: finds the files as a run would, fixes each one's text
 * (src/pipeline/fix.ts) and writes it back, or prints the diff. Only regular files whose real
 * path lies inside a graded root are touched: never through a symlink out of it. A byte-order mark
 * is kept; a file that is not UTF-8 text is left alone (a finding says why on the run).
 */
import { readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { discoverFiles, isInside } from '../load/discover.js';
import { UsageError } from '../errors.js';
import { fixText, type FixOptions } from '../pipeline/fix.js';
import { fixDiff } from '../pipeline/fix-diff.js';

export interface FixFilesOptions extends FixOptions {
  inputs: string[];
  cwd: string;
  ignorePatterns: string[];
  extensions: string[];
  maxFileBytes: number;
  /** true: write the files; false: only compute the diff. */
  write: boolean;
}

export interface FixFilesResult {
  /** Fixes applied (or that would be), over every file. */
  applied: number;
  /** Files changed (or that would be). */
  files: number;
  /** The unified diff of every change, values that must stay private redacted. */
  diff: string;
}

const bom = [0xef, 0xbb, 0xbf];

function realRoot(cwd: string, input: string): string | undefined {
  try {
    return realpathSync(path.resolve(cwd, input));
  } catch {
    return undefined;
  }
}

/** The file's text when it is a regular file inside a root and valid UTF-8; else undefined. */
function readFixable(absolute: string, roots: readonly string[], maxFileBytes: number): { real: string; text: string; bom: boolean } | undefined {
  let real: string;
  try {
    real = realpathSync(absolute);
    const info = statSync(real);
    if (!info.isFile() || info.size > maxFileBytes) return undefined;
  } catch {
    return undefined;
  }
  if (!roots.some((root) => isInside(root, real))) return undefined;
  const bytes = readFileSync(real);
  const hasBom = bom.every((byte, i) => bytes[i] === byte);
  try {
    // fatal: a file with an invalid byte is not rewritten; the BOM is stripped here and put back on writing.
    return { real, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom: hasBom };
  } catch {
    return undefined;
  }
}

export async function fixFiles(options: FixFilesOptions): Promise<FixFilesResult> {
  const { inputs, cwd } = options;
  const found = await discoverFiles(inputs, { cwd, ignorePatterns: options.ignorePatterns, extensions: options.extensions });
  // Nothing is written when a named path is not there: the command line is wrong.
  if (found.missing.length > 0) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  const roots = inputs.flatMap((input) => realRoot(cwd, input) ?? []);
  const candidates = [...found.candidates].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  let applied = 0;
  let files = 0;
  let diff = '';
  for (const candidate of candidates) {
    const read = readFixable(candidate.absolutePath, roots, options.maxFileBytes);
    if (!read) continue;
    const result = fixText(candidate.displayPath, read.text, options);
    if (result.text === read.text) continue;
    applied += result.applied.length;
    files++;
    if (options.write) writeFileSync(read.real, (read.bom ? '\uFEFF' : '') + result.text);
    else diff += fixDiff(candidate.displayPath, read.text, result.text);
  }
  return { applied, files, diff };
}
