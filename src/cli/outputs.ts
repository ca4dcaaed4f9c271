import { parseCommandLine, type OutputFlag } from './args.js';
import { UsageError } from '../errors.js';
import type { OutputTarget } from '../pipeline/outputs.js';

// The target type and the writer sit below both entry points (the Action writes reports too).
export { writeReportFile, type OutputTarget } from '../pipeline/outputs.js';

/**
 * Pairs formats with output files the way they were written: `-o FILE` applies to the --format
 * just before it (or, written first, to the next one); a format without one prints to stdout,
 * and only one may. With no --format at all, `defaultFormat` is used.
 */
export function pairOutputTargets(flags: readonly OutputFlag[], defaultFormat: string): OutputTarget[] {
  const targets: OutputTarget[] = [];
  let pendingFile: string | undefined;
  for (const flag of flags) {
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
  else if (pendingFile !== undefined)
    throw new UsageError(`-o ${pendingFile} follows a --format that already has an output file; write each -o FILE right after its --format`);

  const toStdout = targets.filter((target) => target.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `only one format can print to the terminal, but ${toStdout.map((t) => t.format).join(' and ')} have no output file; give all but one of them -o FILE`,
    );
  }
  const seen = new Set<string>();
  for (const target of targets) {
    if (target.file === undefined) continue;
    if (seen.has(target.file)) throw new UsageError(`two formats write to ${target.file}; give each its own output file`);
    seen.add(target.file);
  }
  return targets;
}

/** pairOutputTargets over the --format and --output-file flags of a command line. */
export function resolveOutputTargets(argv: readonly string[], defaultFormat: string): OutputTarget[] {
  return pairOutputTargets(parseCommandLine(argv).outputFlags, defaultFormat);
}
