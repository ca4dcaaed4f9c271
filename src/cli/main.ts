import type { Finding } from '../types.js';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yargs, { type Argv } from 'yargs';
import { checkPaths } from '../engine/check.js';
import { allRuleMeta, findRuleMeta } from '../engine/registry.js';
import { formatters, formatNames } from '../format/index.js';
import { buildReport, filterFindings, type Report } from '../report.js';
import { packageRoot, packageVersion } from '../paths.js';
import { UsageError } from './errors.js';
import { suggestName } from '../engine/did-you-mean.js';
import { configFileNames, findConfigFile, loadConfig, type LoadedConfig } from './config.js';
import { resolveOutputTargets, type OutputTarget } from './outputs.js';
import { parseSize } from './size.js';
import { bundledKubeVersions, isBundledKubeVersion, newestKubeVersion } from '../schema/versions.js';
import { listSchemas } from './schemas-command.js';
import { gradeExtensions } from './submission.js';
import { builtinRubricPath, formatRubricProblems, gradeAnswers, loadRubric, loadRubricOrThrow, type Rubric } from '../grade/index.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

export const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});

export const defaultKubeVersion: string = newestKubeVersion;

/** yargs swallows a bare "-", so it is swapped for this token before parsing. */
const stdinToken = '\u0000stdin';

interface CheckArgs {
  paths: string[];
  lint: boolean;
  /** Read from the raw arguments instead (resolveOutputTargets), to keep each -o with its --format. */
  format?: string | string[];
  outputFile?: string | string[];
  config?: string;
  quiet: boolean;
  maxWarnings: number;
  color?: boolean;
  ignorePattern: string[];
  ext: string[];
  stdinFilename: string;
  maxFileSize: string;
  /** Unset means: the config file's kubernetesVersion, else defaultKubeVersion. */
  kubeVersion?: string;
  /** Custom resources (kinds without a bundled schema) are errors. */
  strictKinds: boolean;
  debug: boolean;
  jobs?: number;
  /** grade --each PATTERN: every matched folder is one student's answer set (src/cli/each.ts). */
  each?: string;
  gradebook?: string;
  reportsDir?: string;
  /** A rubric file instead of the built-in day-2 rubric. */
  rubric?: string;
  /** Exit 0 when the score reaches this, whatever else was found. */
  passScore?: number;
}

function exitCodeFor(report: Report, args: CheckArgs): number {
  if (args.passScore !== undefined && report.score !== undefined) return report.score >= args.passScore ? 0 : 1;
  // An optional exercise never lowers the exit status: its errors and failed checks do not count here.
  const optional = new Set((report.exercises ?? []).filter((exercise) => exercise.optional).map((exercise) => exercise.id));
  const counts = (finding: Finding) => finding.exercise === undefined || !optional.has(finding.exercise);
  if (report.findings.some((finding) => finding.severity === 'error' && counts(finding))) return 1;
  if (args.maxWarnings >= 0 && report.findings.filter((finding) => finding.severity === 'warning' && counts(finding)).length > args.maxWarnings) return 1;
  if (report.exercises && report.exercises.some((exercise) => !exercise.optional && !exercise.passed)) return 1;
  return 0;
}

/** The folder a config file is searched upward from: the deepest folder holding every input. */
function configSearchStart(inputs: readonly string[], cwd: string): string {
  const folders = inputs.filter((input) => input !== '-').map((input) => {
    const absolute = path.resolve(cwd, input);
    return existsSync(absolute) && statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
  });
  if (folders.length === 0) return cwd;
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (folder !== common && !folder.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) common = path.dirname(common);
  }
  return common;
}

/**
 * --config FILE, or in lint mode the nearest .kubegrade.yaml above the inputs. Grade mode never
 * searches: the answers' folder belongs to the student, and nothing there may change a score.
 */
async function resolveConfig(args: CheckArgs, inputs: readonly string[], io: Io): Promise<LoadedConfig | undefined> {
  const context = { rules: allRuleMeta(), formatNames };
  if (args.config) return loadConfig(path.resolve(io.cwd, args.config), { ...context, displayPath: args.config });
  if (!args.lint) return undefined;
  const found = findConfigFile(configSearchStart(inputs, io.cwd));
  return found ? loadConfig(found, { ...context, displayPath: path.relative(io.cwd, found) || found }) : undefined;
}

async function writeOutputs(report: Report, targets: readonly OutputTarget[], args: CheckArgs, io: Io): Promise<void> {
  for (const target of targets) {
    const formatter = formatters[target.format]!;
    if (target.file === undefined) {
      io.stdout(formatter(report, { color: args.color ?? (io.isTTY && !io.env.NO_COLOR) }));
      continue;
    }
    const file = path.resolve(io.cwd, target.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, formatter(report, { color: false }));
  }
}

/** The rubric in force: none with --lint, --rubric FILE, else the built-in day-2 workshop. */
async function resolveRubric(args: CheckArgs, io: Io): Promise<Rubric | undefined> {
  if (args.lint) {
    if (args.rubric !== undefined) throw new UsageError('--rubric grades against a rubric, and --lint turns grading off: use one or the other');
    if (args.passScore !== undefined) throw new UsageError('--pass-score needs a score, and --lint does not grade: use one or the other');
    return undefined;
  }
  if (args.passScore !== undefined && !(Number.isFinite(args.passScore) && args.passScore >= 0)) throw new UsageError('--pass-score takes a number of points, 0 or more');
  if (args.rubric !== undefined) return loadRubricOrThrow(path.resolve(io.cwd, args.rubric), args.rubric);
  return loadRubricOrThrow(builtinRubricPath(), 'rubrics/k8s-for-users-day2.yaml');
}

async function runCheck(args: CheckArgs, io: Io, argv: readonly string[]): Promise<number> {
  const named = args.paths.length > 0 ? args.paths.map((p) => (p === stdinToken ? '-' : p)) : ['.'];
  // A config file is never a manifest, even when named (a pre-commit hook passes every staged YAML file).
  const inputs = named.filter((input) => !configFileNames.includes(path.basename(input)));
  const rubric = await resolveRubric(args, io);
  const config = await resolveConfig(args, inputs, io);
  const targets = resolveOutputTargets(argv, config?.format ?? 'stylish');
  for (const target of targets) {
    if (!formatters[target.format]) throw new UsageError(`unknown format "${target.format}"; choose one of: ${formatNames.join(', ')}`);
  }
  if (config && !args.lint && (Object.keys(config.ruleSettings.severity ?? {}).length > 0 || config.ignorePatterns.length > 0)) {
    io.stderr(`grade: the rules and ignorePatterns of ${args.config} apply with --lint only; grading always runs every check\n`);
  }
  const kubeVersion = args.kubeVersion ?? config?.kubernetesVersion ?? defaultKubeVersion;
  if (!isBundledKubeVersion(kubeVersion)) throw new UsageError(`no schemas for Kubernetes ${kubeVersion}; bundled versions: ${bundledKubeVersions.join(', ')}`);
  const stdin = inputs.includes('-') ? { bytes: await io.readStdin(), filename: args.stdinFilename } : undefined;
  const result = await checkPaths({
    inputs,
    cwd: io.cwd,
    stdin,
    // A config file is never a manifest, in either mode.
    ignorePatterns: [...configFileNames, ...args.ignorePattern, ...(args.lint ? (config?.ignorePatterns ?? []) : [])],
    // kubectl apply -f DIR reads .json as well: grade mode does too (lint mode keeps --ext).
    extensions: args.lint ? args.ext : [...new Set([...args.ext, ...gradeExtensions])],
    readLimits: { maxFileBytes: parseSize(args.maxFileSize) },
    // Settings and suppressions are lint-mode only, so no scored check can be switched off.
    ruleSettings: args.lint ? config?.ruleSettings : undefined,
    suppressions: args.lint,
    jobs: args.jobs,
    // Plain options rather than a callback: validation runs per file, in the worker threads too.
    schema: { kubeVersion, strictKinds: args.strictKinds, tolerate: rubric?.tolerate ?? [] },
  });
  if (result.missing.length > 0) throw new UsageError(`no such file or folder: ${result.missing.join(', ')}`);
  // Grade mode runs without suppressions or rule settings, so result.findings is the unsuppressed scoring input.
  const graded = rubric ? gradeAnswers(result, rubric) : undefined;
  let report = buildReport({
    toolVersion: packageVersion(),
    root: result.root,
    kubernetesVersion: kubeVersion,
    files: result.files,
    findings: graded?.findings ?? result.findings,
    ...(graded ? { rubric: graded.rubric, exercises: graded.exercises } : {}),
  });
  const exitCode = exitCodeFor(report, args);
  if (args.quiet) report = filterFindings(report, 'error');
  await writeOutputs(report, targets, args, io);
  return exitCode;
}

async function checkRubric(file: string, io: Io): Promise<number> {
  const parsed = await loadRubric(path.resolve(io.cwd, file), file);
  if (parsed.rubric) {
    io.stdout('ok\n');
    return 0;
  }
  io.stdout(`${formatRubricProblems(parsed.problems)}\n`);
  return 1;
}

function listRules(io: Io): number {
  const metas = allRuleMeta();
  const width = Math.max(...metas.map((meta) => meta.id.length));
  for (const meta of metas) io.stdout(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${meta.description}\n`);
  return 0;
}

async function explainRule(id: string, io: Io): Promise<number> {
  const meta = findRuleMeta(id);
  if (!meta) {
    const known = allRuleMeta().map((m) => m.id);
    const suggestion = suggestName(id, known);
    throw new UsageError(`unknown rule "${id}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; \`grade rules\` lists the ${known.length} rules`);
  }
  io.stdout(await readFile(path.join(packageRoot(), 'docs', 'rules', `${meta.id}.md`), 'utf8'));
  return 0;
}

function checkOptions(y: Argv) {
  return y
    .positional('paths', { type: 'string', array: true, default: [], describe: 'Files or folders to check; - reads stdin' })
    .option('lint', { type: 'boolean', default: false, describe: 'Lint only: no rubric, no score' })
    .option('rubric', { type: 'string', describe: 'Grade against this rubric file instead of the built-in day-2 workshop' })
    .option('pass-score', { type: 'number', describe: 'Exit 0 when the score reaches this many points, whatever else was found' })
    .option('format', { alias: 'f', type: 'string', describe: `Output format: ${formatNames.join(', ')} (default stylish); repeatable, each with its own -o` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the --format just before it to this file instead of stdout' })
    .option('config', { alias: 'c', type: 'string', describe: 'Configuration file (default: the nearest .kubegrade.yaml, in --lint mode)' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this' })
    .option('color', { type: 'boolean', describe: 'Force colours on or off (--no-color); NO_COLOR is honoured' })
    // Not `array: true`: yargs would then swallow the paths that follow (--ignore-pattern x/ DIR).
    .option('ignore-pattern', { type: 'string', describe: 'gitignore-style pattern of files to skip (repeatable)' })
    .option('ext', { type: 'string', describe: 'Also search folders for this extension, e.g. json (repeatable; yaml and yml always)' })
    .option('stdin-filename', { type: 'string', default: '<stdin>', describe: 'Name used for stdin in findings' })
    .option('max-file-size', { type: 'string', default: '5MB', describe: 'Files larger than this are reported, not read' })
    .option('kube-version', { type: 'string', choices: [...bundledKubeVersions], describe: `Kubernetes version to validate against (default: the config's kubernetesVersion, else ${defaultKubeVersion})` })
    .option('strict-kinds', { type: 'boolean', default: false, describe: 'Report kinds without a bundled schema (custom resources) as errors instead of skipping them' })
    .option('debug', { type: 'boolean', default: false, describe: 'Show stack traces for internal errors' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'Threads that read and parse files (default: one per core; 1 for none)' })
    .option('each', { type: 'string', describe: "Grade every folder matching this pattern (quoted: --each 'submissions/*') as one student's answers" })
    .option('gradebook', { type: 'string', describe: 'With --each: write the class gradebook (CSV, one row per folder) to this file' })
    .option('reports-dir', { type: 'string', describe: "With --each: write each student's JSON report into this folder" })
    .check((argv) => {
      if (argv.jobs !== undefined && !(Number.isInteger(argv.jobs) && argv.jobs >= 1)) throw new UsageError('--jobs takes a whole number of threads, 1 or more');
      if (argv.each === undefined && (argv.gradebook !== undefined || argv.reportsDir !== undefined)) throw new UsageError('--gradebook and --reports-dir go with --each');
      if (argv.each !== undefined && argv.lint) throw new UsageError('--each grades every folder, and --lint turns grading off: use one or the other');
      return true;
    });
}

/** A repeatable option arrives as undefined, one string, or several. */
function toList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Extensions given with --ext add to the defaults, as ESLint's --ext does. */
function normaliseExtensions(ext: string[]): string[] {
  const all = new Set(['yaml', 'yml', ...ext.flatMap((e) => e.split(',')).map((e) => e.trim().replace(/^\./, '')).filter(Boolean)]);
  return [...all];
}

/** yargs names an unknown --foo-bar twice (foo-bar, fooBar): keep the spelling the user typed. */
function tidyYargsMessage(message: string): string {
  const match = /^Unknown arguments?: (.*)$/.exec(message);
  if (!match) return message;
  const names = match[1]!.split(', ');
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const kept = names.filter((name) => !names.some((other) => other !== name && camel(other) === name));
  return `Unknown argument${kept.length === 1 ? '' : 's'}: ${kept.join(', ')}`;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const args = argv.map((arg) => (arg === '-' ? stdinToken : arg));
  const parser = yargs(args)
    .scriptName('grade')
    .usage('Usage: grade [PATH...] [options]\n\nGrades Kubernetes manifests against the day-2 workshop rubric, or lints them with --lint.')
    .command('rules', 'List every rule with its id, default severity and description', {}, () => {
      exitCode = listRules(io);
    })
    .command('explain <rule>', "Print a rule's documentation", (y) => y.positional('rule', { type: 'string', demandOption: true }), async (args) => {
      exitCode = await explainRule(args.rule, io);
    })
    .command('schemas', 'List the bundled Kubernetes versions and their kinds; with --kube-version, that version\'s apiVersion/kind pairs', (y) => y.option('kube-version', { type: 'string', choices: [...bundledKubeVersions], describe: 'List the apiVersion/kind pairs of this version' }), (args) => {
      exitCode = listSchemas(io, args.kubeVersion);
    })
    .command('rubric <action> <file>', 'rubric check FILE: validate a rubric, printing "ok" or its problems at their lines', (y) => y.positional('action', { type: 'string', choices: ['check'], demandOption: true }).positional('file', { type: 'string', demandOption: true }), async (args) => {
      exitCode = await checkRubric(args.file, io);
    })
    .command('$0 [paths..]', 'Grade or lint manifests', checkOptions, async (args) => {
      const paths = [...(args.paths as string[]), ...args._.map(String)];
      if (args.each !== undefined) {
        if (paths.length > 0) throw new UsageError('--each finds the folders itself: give no other paths');
        const { runEach } = await import('./each.js');
        exitCode = await runEach({ ...(args as unknown as CheckArgs & { each: string }), maxFileBytes: parseSize(args.maxFileSize) }, { ...io, stderrIsTTY: Boolean(process.stderr.isTTY) });
        return;
      }
      exitCode = await runCheck({ ...(args as unknown as CheckArgs), paths, ignorePattern: toList(args.ignorePattern), ext: normaliseExtensions(toList(args.ext)) }, io, argv);
    })
    .strict()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(tidyYargsMessage(message));
    });
  try {
    let helpShown = false;
    await parser.parseAsync(args, {}, (error, _argv, output) => {
      if (output && !error) {
        helpShown = true;
        io.stdout(`${output}\n`);
      }
    });
    return helpShown ? 0 : exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`grade: ${error.message}\n`);
      io.stderr('Usage: grade [PATH...] [options]   (grade --help lists the options)\n');
      return 2;
    }
    io.stderr(`grade: internal error: ${(error as Error).message}\n`);
    if (debug) io.stderr(`${(error as Error).stack}\n`);
    else io.stderr('Run again with --debug to see where it happened.\n');
    return 2;
  }
}
