import type { Finding } from '../types.js';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gradeFolder, lintFolder, loadBuiltinRubric, loadRubric, loadRubricOrThrow } from '../pipeline/run.js';
import { allRuleMeta, findRuleMeta } from '../pipeline/rule-set.js';
import { chunkedFormatters, formatters, formatNames } from '../format/index.js';
import { filterFindings, type Report } from '../report.js';
import { packageRoot, packageVersion } from '../paths.js';
import { UsageError } from '../errors.js';
import { suggestName } from '../k8s/did-you-mean.js';
import { configFileNames, findConfigFile, type LoadedConfig } from '../pipeline/config.js';
import { FileOutcomeCache } from '../pipeline/parallel.js';
import { formatContext } from '../pipeline/format-context.js';
import { checkFormatName, checkKubeVersion, configSearchStart, resolveConfig as resolveEntryConfig } from '../pipeline/entry-checks.js';
import { pairOutputTargets, writeReportFile, type OutputTarget } from './outputs.js';
import type { CustomSchemaPaths } from '../pipeline/custom-schemas.js';
import { allValues, commands, helpText, lastValue, parseCommandLine, wholeNumber, type CommandLine } from './args.js';
import { parseSize } from './size.js';
import { readStreamAtMost } from '../load/read.js';
import { printable } from '../format/log-safety.js';
import { newestKubeVersion } from '../schema/versions.js';
import { listSchemas } from './schemas-command.js';
import type { Io } from './io.js';

export type { Io } from './io.js';
import type { Rubric } from '../grade/index.js';
import { formatProblems } from '../schema/validated-yaml.js';
import { gradeExtensions } from '../pipeline/submission.js';

export const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stdoutDrained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
  stderr: (text) => process.stderr.write(text),
  readStdin: (maxBytes) => readStreamAtMost(process.stdin, maxBytes),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
});

export const defaultKubeVersion: string = newestKubeVersion;

interface CheckArgs {
  paths: string[];
  lint: boolean;
  /** Each --format with the -o written after it. */
  targets: (defaultFormat: string) => OutputTarget[];
  config?: string;
  quiet: boolean;
  maxWarnings: number;
  color?: boolean;
  ignorePattern: string[];
  ext: string[];
  stdinFilename: string;
  maxFileBytes: number;
  /** A named folder without manifests is a usage error unless this is false. */
  errorOnUnmatchedPattern: boolean;
  /** Unset means: the config file's kubernetesVersion, else defaultKubeVersion. */
  kubeVersion?: string;
  /** Custom resources (kinds without a bundled schema) are errors. */
  strictKinds: boolean;
  /** --crd and --schema-location: custom schemas, read from disk (never fetched). */
  customSchemas: CustomSchemaPaths;
  debug: boolean;
  jobs?: number;
  /** grade --each PATTERN: every matched folder is one student's answer set (src/cli/each.ts). */
  each?: string;
  gradebook?: string;
  reportsDir?: string;
  /** A rubric file instead of the built-in day-2 rubric. */
  rubric?: string;
  /** Exit 0 when the score reaches this many points, or this percentage of the maximum. */
  passScore?: { points: number; percent: boolean };
  /** Check again on every save (src/cli/watch.ts). */
  watch: boolean;
  /** --fix writes the fixes, --fix-dry-run prints them as a diff (src/cli/fix.ts). */
  fix?: 'write' | 'dry-run';
}

/** What --watch keeps from one run to the next. */
interface WatchRun {
  cache: FileOutcomeCache;
}

/** Erases the screen and its scrollback, cursor home: each run of --watch starts on a clean terminal. */
const clearScreen = '\u001b[2J\u001b[3J\u001b[H';

function exitCodeFor(report: Report, args: CheckArgs): number {
  if (args.passScore !== undefined && report.score !== undefined) {
    const threshold = args.passScore.percent ? ((report.maxScore ?? 0) * args.passScore.points) / 100 : args.passScore.points;
    return report.score >= threshold ? 0 : 1;
  }
  // An optional exercise never lowers the exit status: its errors and failed checks do not count here.
  const optional = new Set((report.exercises ?? []).filter((exercise) => exercise.optional).map((exercise) => exercise.id));
  const counts = (finding: Finding) => finding.exercise === undefined || !optional.has(finding.exercise);
  if (report.findings.some((finding) => finding.severity === 'error' && counts(finding))) return 1;
  if (args.maxWarnings >= 0 && report.findings.filter((finding) => finding.severity === 'warning' && counts(finding)).length > args.maxWarnings) return 1;
  if (report.exercises && report.exercises.some((exercise) => !exercise.optional && !exercise.passed)) return 1;
  return 0;
}

/**
 * --config FILE, or in lint mode the nearest .kubegrade.yaml above the inputs. Grade mode never
 * searches: the answers' folder belongs to the student, and nothing there may change a score.
 */
function resolveConfig(args: CheckArgs, inputs: readonly string[], io: Io): Promise<LoadedConfig | undefined> {
  return resolveEntryConfig({ file: args.config, lint: args.lint, inputs, cwd: io.cwd });
}

/** --color/--no-color, then FORCE_COLOR (0 or false turns colour off), then NO_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, io: Io): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force.toLowerCase());
  return io.isTTY && !io.env.NO_COLOR;
}

async function writeOutputs(report: Report, targets: readonly OutputTarget[], args: CheckArgs, io: Io): Promise<void> {
  for (const target of targets) {
    const formatter = formatters[target.format]!;
    const chunked = chunkedFormatters[target.format];
    if (target.file === undefined) {
      const context = formatContext(report, io.cwd, useColor(args.color, io));
      if (chunked) {
        for (const chunk of chunked(report, context)) {
          io.stdout(chunk);
          await io.stdoutDrained?.();
        }
      } else io.stdout(formatter(report, context));
      continue;
    }
    const context = formatContext(report, io.cwd, false);
    await writeReportFile(path.resolve(io.cwd, target.file), target.file, chunked ? chunked(report, context) : formatter(report, context));
  }
}

/** The rubric in force: none with --lint, --rubric FILE, else the built-in day-2 workshop. */
async function resolveRubric(args: CheckArgs, io: Io): Promise<Rubric | undefined> {
  if (args.lint) {
    if (args.rubric !== undefined) throw new UsageError('--rubric grades against a rubric, and --lint turns grading off: use one or the other');
    if (args.passScore !== undefined) throw new UsageError('--pass-score needs a score, and --lint does not grade: use one or the other');
    return undefined;
  }
  if (args.rubric !== undefined) return loadRubricOrThrow(path.resolve(io.cwd, args.rubric), args.rubric);
  return loadBuiltinRubric();
}

/** The paths checked: the named ones, less config files; '.' when none is named. */
function checkedInputs(args: CheckArgs): string[] {
  const named = args.paths.length > 0 ? args.paths : ['.'];
  return named.filter((input) => !configFileNames.includes(path.basename(input)));
}

/** The extensions searched in folders. */
function searchedExtensions(args: CheckArgs): string[] {
  // kubectl apply -f DIR reads .json as well: grade mode does too (lint mode keeps --ext).
  const given = args.ext.map((ext) => ext.replace(/^\./, ''));
  return args.lint ? given : [...new Set([...given, ...gradeExtensions])];
}

async function runCheck(args: CheckArgs, io: Io, watch?: WatchRun): Promise<number> {
  // A config file is never a manifest, even when named (a pre-commit hook passes every staged YAML file).
  const inputs = checkedInputs(args);
  const rubric = await resolveRubric(args, io);
  const config = await resolveConfig(args, inputs, io);
  const targets = args.targets(config?.format ?? 'stylish');
  for (const target of targets) checkFormatName(target.format);
  if (config && !args.lint && (Object.keys(config.ruleSettings.severity ?? {}).length > 0 || config.ignorePatterns.length > 0)) {
    io.stderr(`grade: the rules and ignorePatterns of ${args.config} apply with --lint only; grading always runs every check\n`);
  }
  const kubeVersion = args.kubeVersion ?? config?.kubernetesVersion ?? defaultKubeVersion;
  checkKubeVersion(kubeVersion);
  const readLimits = { maxFileBytes: args.maxFileBytes };
  // The cap applies while reading: one byte past it is enough to say "too large".
  const stdin = inputs.includes('-') ? { bytes: await io.readStdin(readLimits.maxFileBytes + 1), filename: args.stdinFilename } : undefined;
  const pipelineOptions = {
    inputs,
    cwd: io.cwd,
    stdin,
    // A config file is never a manifest, in either mode.
    // Workflows in .github/ are not Kubernetes manifests (the Action skips them too).
    ignorePatterns: [...configFileNames, '.github/', ...args.ignorePattern, ...(args.lint ? (config?.ignorePatterns ?? []) : [])],
    extensions: searchedExtensions(args),
    readLimits,
    jobs: args.jobs,
    kubeVersion,
    strictKinds: args.strictKinds,
    customSchemas: args.customSchemas,
    cache: watch?.cache,
  };
  if (args.fix) {
    if (stdin) throw new UsageError(`--${args.fix === 'write' ? 'fix' : 'fix-dry-run'} works on files: it cannot fix stdin (-)`);
    if (rubric?.allowFix === false)
      throw new UsageError(`the rubric ${rubric.id} does not allow --fix (allowFix: false): make the changes yourself, guided by the findings`);
    const { fixFiles } = await import('./fix.js');
    const fixed = await fixFiles({
      inputs,
      cwd: io.cwd,
      ignorePatterns: pipelineOptions.ignorePatterns,
      extensions: [...new Set(['yaml', 'yml', ...pipelineOptions.extensions])],
      maxFileBytes: args.maxFileBytes,
      write: args.fix === 'write',
      lint: !rubric,
      ruleSettings: rubric ? undefined : config?.ruleSettings,
      tolerate: rubric?.tolerate,
      kubeVersion,
      strictKinds: args.strictKinds,
    });
    const problems = `${fixed.applied} problem${fixed.applied === 1 ? '' : 's'} in ${fixed.files} file${fixed.files === 1 ? '' : 's'}`;
    // A dry run prints the diff and nothing else; like `diff`, it exits 1 when there is something to change.
    if (args.fix === 'dry-run') {
      io.stdout(fixed.diff);
      io.stderr(fixed.files > 0 ? `grade: --fix would fix ${problems}\n` : 'grade: --fix would change nothing\n');
      return fixed.files > 0 ? 1 : 0;
    }
    io.stderr(fixed.files > 0 ? `grade: fixed ${problems}\n` : 'grade: nothing to fix\n');
  }
  // Settings and suppressions are lint-mode only, so no scored check can be switched off.
  const { report: fullReport, check: result } = rubric
    ? await gradeFolder({ ...pipelineOptions, rubric })
    : await lintFolder({ ...pipelineOptions, ruleSettings: config?.ruleSettings });
  if (result.missing.length > 0) throw new UsageError(`no such file or folder: ${result.missing.join(', ')}${commandGuess(result.missing)}`);
  if (args.errorOnUnmatchedPattern && result.empty.length > 0) {
    const extensions = args.ext.map((ext) => `*.${ext}`).join(', ');
    throw new UsageError(`no manifests (${extensions}) in ${result.empty.join(', ')}; --no-error-on-unmatched-pattern allows a folder without any`);
  }
  let report = fullReport;
  const exitCode = exitCodeFor(report, args);
  if (args.quiet) report = filterFindings(report, 'error');
  // Only a terminal is cleared: piped, every run's report follows the last one.
  if (watch && io.isTTY) io.stdout(clearScreen);
  await writeOutputs(report, targets, args, io);
  return exitCode;
}

async function checkRubric(file: string, io: Io): Promise<number> {
  const parsed = await loadRubric(path.resolve(io.cwd, file), file);
  if (parsed.rubric) {
    io.stdout('ok\n');
    return 0;
  }
  io.stdout(`${formatProblems(parsed.problems)}\n`);
  return 1;
}

function listRules(io: Io, format: string): number {
  const metas = allRuleMeta();
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        metas.map((meta) => ({ id: meta.id, severity: meta.severity, description: meta.description })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (format !== 'text') throw new UsageError(`grade rules prints text or json, not "${format}"`);
  const width = Math.max(...metas.map((meta) => meta.id.length));
  for (const meta of metas) io.stdout(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${meta.description}\n`);
  return 0;
}

async function explainRule(id: string, io: Io): Promise<number> {
  const meta = findRuleMeta(id);
  if (!meta) {
    const known = allRuleMeta().map((m) => m.id);
    const suggestion = suggestName(id, known);
    throw new UsageError(
      `unknown rule "${id}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; \`grade rules\` lists the ${known.length} rules`,
    );
  }
  io.stdout(await readFile(path.join(packageRoot(), 'docs', 'rules', `${meta.id}.md`), 'utf8'));
  return 0;
}

/** A missing path that is a misspelt command: `grade rule` meant `grade rules`. */
function commandGuess(missing: readonly string[]): string {
  if (missing.length !== 1) return '';
  const guess = suggestName(
    missing[0]!,
    commands.map((command) => command.name),
  );
  return guess ? ` (did you mean the command \`grade ${guess}\`?)` : '';
}

/** "80" points or "80%" of the maximum score. */
function parsePassScore(text: string | undefined): CheckArgs['passScore'] {
  if (text === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!match || (match[2] === '%' && Number(match[1]) > 100))
    throw new UsageError(`--pass-score takes points (e.g. 40) or a percentage of the maximum (e.g. 80%), not "${text}"`);
  return { points: Number(match[1]), percent: match[2] === '%' };
}

/** Extensions given with --ext add to the defaults, as ESLint's --ext does. */
function normaliseExtensions(ext: string[]): string[] {
  const all = new Set([
    'yaml',
    'yml',
    ...ext
      .flatMap((e) => e.split(','))
      .map((e) => e.trim().replace(/^\./, ''))
      .filter(Boolean),
  ]);
  return [...all];
}

/** The positional arguments a command needs, or a usage error naming them. */
function needPositionals(line: CommandLine): string[] {
  const spec = commands.find((command) => command.name === line.command)!;
  if (line.positionals.length < spec.positionals.length) {
    const missing = spec.positionals.slice(line.positionals.length).join(' ');
    throw new UsageError(`grade ${spec.name} needs ${missing}: ${spec.usage}${spec.name === 'explain' ? ' (`grade rules` lists the rule ids)' : ''}`);
  }
  if (line.positionals.length > spec.positionals.length)
    throw new UsageError(
      `grade ${spec.name} takes ${spec.positionals.length === 0 ? 'no arguments' : spec.positionals.join(' ')}, but "${line.positionals[spec.positionals.length]}" follows: ${spec.usage}`,
    );
  return line.positionals;
}

async function runCommandLine(line: CommandLine, io: Io): Promise<number> {
  if (lastValue(line, 'help')) {
    io.stdout(helpText(line.command, Math.max(40, Math.min(io.columns ?? 80, 120)), formatNames));
    return 0;
  }
  if (lastValue(line, 'version')) {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  switch (line.command) {
    case 'rules':
      needPositionals(line);
      return listRules(io, lastValue<string>(line, 'format') ?? 'text');
    case 'explain':
      return explainRule(needPositionals(line)[0]!, io);
    case 'schemas': {
      needPositionals(line);
      const version = lastValue<string>(line, 'kube-version');
      if (version !== undefined) checkKubeVersion(version);
      return listSchemas(io, version);
    }
    case 'lsp':
      // bin/grade.js starts the server itself (src/lsp sits beside src/cli, not beneath it).
      needPositionals(line);
      throw new UsageError('grade lsp is started by an editor with --stdio: grade lsp --stdio');
    case 'rubric': {
      const [action, file] = [line.positionals[0], line.positionals[1]];
      if (action !== undefined && action !== 'check') {
        throw new UsageError(`unknown rubric action "${action}"${suggestName(action, ['check']) ? '; did you mean check?' : ''}: grade rubric check FILE`);
      }
      needPositionals(line);
      return checkRubric(file!, io);
    }
  }
  const string = (name: string) => lastValue<string>(line, name);
  const lint = lastValue<boolean>(line, 'lint') ?? false;
  const jobs = wholeNumber('jobs', string('jobs'), 1, 'a whole number of threads, 1 or more');
  const maxWarnings = wholeNumber('max-warnings', string('max-warnings'), -1, 'a whole number of warnings, 0 or more') ?? -1;
  const kubeVersion = string('kube-version');
  if (kubeVersion !== undefined) checkKubeVersion(kubeVersion);
  const each = string('each');
  const gradebook = string('gradebook');
  const reportsDir = string('reports-dir');
  if (each === undefined && (gradebook !== undefined || reportsDir !== undefined)) throw new UsageError('--gradebook and --reports-dir go with --each');
  if (each !== undefined && lint) throw new UsageError('--each grades every folder, and --lint turns grading off: use one or the other');
  const args: CheckArgs = {
    paths: line.positionals,
    lint,
    targets: (defaultFormat) => pairOutputTargets(line.outputFlags, defaultFormat),
    config: string('config'),
    quiet: lastValue<boolean>(line, 'quiet') ?? false,
    maxWarnings,
    color: lastValue<boolean>(line, 'color'),
    ignorePattern: allValues(line, 'ignore-pattern'),
    ext: normaliseExtensions(allValues(line, 'ext')),
    stdinFilename: string('stdin-filename') ?? '<stdin>',
    maxFileBytes: parseSize(string('max-file-size') ?? '5MB'),
    errorOnUnmatchedPattern: lastValue<boolean>(line, 'error-on-unmatched-pattern') ?? true,
    kubeVersion,
    strictKinds: lastValue<boolean>(line, 'strict-kinds') ?? false,
    customSchemas: { crds: allValues(line, 'crd'), schemaLocations: allValues(line, 'schema-location') },
    debug: lastValue<boolean>(line, 'debug') ?? false,
    jobs,
    each,
    gradebook,
    reportsDir,
    rubric: string('rubric'),
    passScore: parsePassScore(string('pass-score')),
    watch: lastValue<boolean>(line, 'watch') ?? false,
    fix: lastValue<boolean>(line, 'fix-dry-run') ? 'dry-run' : lastValue<boolean>(line, 'fix') ? 'write' : undefined,
  };
  if (lastValue<boolean>(line, 'fix') && lastValue<boolean>(line, 'fix-dry-run'))
    throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them: use one or the other');
  if (args.watch) return watchCheck(args, line, io);
  if (each !== undefined) {
    if (args.fix) throw new UsageError("--each grades students' folders, and --fix would change them: use one or the other");
    if (args.paths.length > 0) throw new UsageError('--each finds the folders itself: give no other paths');
    // The gradebook is CSV: -f csv is all --each prints, and -o FILE is where it goes.
    const targets = args.targets('csv');
    for (const target of targets)
      if (target.format !== 'csv')
        throw new UsageError(`--each writes a CSV gradebook, not ${target.format}; use -f csv, or --reports-dir DIR for each student's JSON report`);
    const file = targets[0]?.file;
    if (targets.length > 1) throw new UsageError('--each writes one gradebook: give -f csv and -o FILE once');
    if (file !== undefined && gradebook !== undefined && file !== gradebook)
      throw new UsageError(`--gradebook ${gradebook} and -o ${file} both name the gradebook: give one`);
    const { runEach } = await import('./each.js');
    return runEach(
      { ...args, each, gradebook: gradebook ?? file, maxFileBytes: args.maxFileBytes, quiet: args.quiet },
      { ...io, stderrIsTTY: Boolean(process.stderr.isTTY) },
    );
  }
  return runCheck(args, io);
}

/** grade --watch: the options that make no sense for a check repeated on every save are usage errors. */
async function watchCheck(args: CheckArgs, line: CommandLine, io: Io): Promise<number> {
  if (args.each !== undefined)
    throw new UsageError('--watch checks one set of files again on every save, and --each grades a class once: use one or the other');
  if (args.paths.includes('-')) throw new UsageError('--watch needs files or folders to watch, not stdin (-)');
  // --fix and --fix-dry-run change the files being watched: each write would start another run.
  for (const name of ['fix', 'fix-dry-run'])
    if (line.values.has(name)) throw new UsageError(`--watch and --${name} do not go together: run --${name} once, then --watch`);
  const inputs = checkedInputs(args);
  const config = args.config ?? (args.lint ? findConfigFile(configSearchStart(inputs, io.cwd)) : undefined);
  const cache = new FileOutcomeCache();
  const { runWatch } = await import('./watch.js');
  return runWatch({
    inputs,
    alsoFiles: [...(config ? [config] : []), ...(args.rubric ? [args.rubric] : [])],
    extensions: searchedExtensions(args),
    io,
    run: () => runCheck(args, io, { cache }),
  });
}

/** Messages may quote paths from the input: each of their lines goes through the one filter. */
const printableLines = (text: string) => text.split('\n').map(printable).join('\n');

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await runCommandLine(parseCommandLine(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`grade: ${printableLines(error.message)}\n`);
      io.stderr('Usage: grade [PATH...] [options]   (grade --help lists the options)\n');
      return 2;
    }
    io.stderr(`grade: internal error: ${printableLines((error as Error).message)}\n`);
    if (debug) io.stderr(`${(error as Error).stack}\n`);
    else io.stderr('Run again with --debug to see where it happened.\n');
    return 2;
  }
}
