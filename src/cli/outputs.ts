import { UsageError } from '../errors.js';

/** One report to write: a format and where it goes (stdout when file is undefined). */
export interface OutputTarget {
  format: string;
  file?: string;
}

type Flag = { kind: 'format' | 'output'; value: string | undefined };

const longFlags: Record<string, Flag['kind']> = { '--format': 'format', '--output-file': 'output' };
const shortFlags: Record<string, Flag['kind']> = { f: 'format', o: 'output' };

/** The --format and --output-file flags in the order they were written, with their values. */
function scanFlags(argv: readonly string[]): Flag[] {
  const flags: Flag[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const long = /^(--[a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (long && longFlags[long[1]!]) {
      const value = long[2] ?? argv[++i];
      flags.push({ kind: longFlags[long[1]!]!, value });
      continue;
    }
    const short = /^-([fo])(?:=?(.+))?$/s.exec(arg);
    if (short) {
      const value = short[2] ?? argv[++i];
      flags.push({ kind: shortFlags[short[1]!]!, value });
    }
  }
  return flags;
}

/**
 * Pairs formats with output files the way they were written: `-o FILE` applies to the --format
 * just before it (or, written first, to the next one); a format without one prints to stdout,
 * and only one may. With no --format at all, `defaultFormat` is used.
 */
export function resolveOutputTargets(argv: readonly string[], defaultFormat: string): OutputTarget[] {
  const targets: OutputTarget[] = [];
  let pendingFile: string | undefined;
  for (const flag of scanFlags(argv)) {
    if (flag.value === undefined || flag.value === '') throw new UsageError(`${flag.kind === 'format' ? '--format' : '--output-file'} needs a value`);
    if (flag.kind === 'format') {
      targets.push({ format: flag.value, ...(pendingFile !== undefined ? { file: pendingFile } : {}) });
      pendingFile = undefined;
      continue;
    }
    const last = targets[targets.length - 1];
    if (last && last.file === undefined) last.file = flag.value;
    else if (pendingFile === undefined) pendingFile = flag.value;
    else throw new UsageError(`two output files in a row (${pendingFile}, ${flag.value}); write each -o FILE right after its --format`);
  }
  if (targets.length === 0) targets.push({ format: defaultFormat, ...(pendingFile !== undefined ? { file: pendingFile } : {}) });
  else if (pendingFile !== undefined) throw new UsageError(`-o ${pendingFile} follows a --format that already has an output file; write each -o FILE right after its --format`);

  const toStdout = targets.filter((target) => target.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`only one format can print to the terminal, but ${toStdout.map((t) => t.format).join(' and ')} have no output file; give all but one of them -o FILE`);
  }
  const seen = new Set<string>();
  for (const target of targets) {
    if (target.file === undefined) continue;
    if (seen.has(target.file)) throw new UsageError(`two formats write to ${target.file}; give each its own output file`);
    seen.add(target.file);
  }
  return targets;
}
