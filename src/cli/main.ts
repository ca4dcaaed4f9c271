import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yargs, { type Argv } from 'yargs';
import { checkPaths } from '../engine/check.js';
import { allRuleMeta, findRuleMeta } from '../engine/registry.js';
import { formatters, formatNames } from '../format/index.js';
import { buildReport, filterFindings, type Report } from '../report.js';
import { packageRoot, packageVersion } from '../paths.js';
import { UsageError } from './errors.js';
import { parseSize } from './size.js';

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

export const defaultKubeVersion = '1.30';

/** yargs swallows a bare "-", so it is swapped for this token before parsing. */
const stdinToken = '\u0000stdin';

interface CheckArgs {
  paths: string[];
  lint: boolean;
  format: string;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  color?: boolean;
  ignorePattern: string[];
  ext: string[];
  stdinFilename: string;
  maxFileSize: string;
  kubeVersion: string;
  debug: boolean;
}

function exitCodeFor(report: Report, args: CheckArgs): number {
  if (report.summary.errors > 0) return 1;
  if (args.maxWarnings >= 0 && report.summary.warnings > args.maxWarnings) return 1;
  if (report.exercises && report.exercises.some((exercise) => exercise.attempted !== false && !exercise.passed)) return 1;
  return 0;
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const formatter = formatters[args.format];
  if (!formatter) throw new UsageError(`unknown format "${args.format}"; choose one of: ${formatNames.join(', ')}`);
  const inputs = args.paths.length > 0 ? args.paths.map((p) => (p === stdinToken ? '-' : p)) : ['.'];
  const stdin = inputs.includes('-') ? { bytes: await io.readStdin(), filename: args.stdinFilename } : undefined;
  const result = await checkPaths({
    inputs,
    cwd: io.cwd,
    stdin,
    ignorePatterns: args.ignorePattern,
    extensions: args.ext.map((ext) => ext.replace(/^\./, '')),
    readLimits: { maxFileBytes: parseSize(args.maxFileSize) },
  });
  if (result.missing.length > 0) throw new UsageError(`no such file or folder: ${result.missing.join(', ')}`);
  let report = buildReport({
    toolVersion: packageVersion(),
    root: result.root,
    kubernetesVersion: args.kubeVersion,
    files: result.files,
    findings: result.findings,
  });
  const exitCode = exitCodeFor(report, args);
  if (args.quiet) report = filterFindings(report, 'error');
  const color = args.outputFile ? false : (args.color ?? (io.isTTY && !io.env.NO_COLOR));
  const output = formatter(report, { color });
  if (args.outputFile) {
    const target = path.resolve(io.cwd, args.outputFile);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, output);
  } else {
    io.stdout(output);
  }
  return exitCode;
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
    throw new UsageError(`unknown rule "${id}"; \`grade rules\` lists the ${known.length} rules`);
  }
  io.stdout(await readFile(path.join(packageRoot(), 'docs', 'rules', `${meta.id}.md`), 'utf8'));
  return 0;
}

function checkOptions(y: Argv) {
  return y
    .positional('paths', { type: 'string', array: true, default: [], describe: 'Files or folders to check; - reads stdin' })
    .option('lint', { type: 'boolean', default: false, describe: 'Lint only: no rubric, no score' })
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `Output format: ${formatNames.join(', ')}` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this' })
    .option('color', { type: 'boolean', describe: 'Force colours on or off (--no-color); NO_COLOR is honoured' })
    .option('ignore-pattern', { type: 'string', array: true, default: [], describe: 'gitignore-style pattern of files to skip (repeatable)' })
    .option('ext', { type: 'string', array: true, default: ['yaml', 'yml'], describe: 'Extensions searched for in folders (add json with --ext json)' })
    .option('stdin-filename', { type: 'string', default: '<stdin>', describe: 'Name used for stdin in findings' })
    .option('max-file-size', { type: 'string', default: '5MB', describe: 'Files larger than this are reported, not read' })
    .option('kube-version', { type: 'string', default: defaultKubeVersion, describe: 'Kubernetes version to validate against' })
    .option('debug', { type: 'boolean', default: false, describe: 'Show stack traces for internal errors' });
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
    .command('$0 [paths..]', 'Grade or lint manifests', checkOptions, async (args) => {
      exitCode = await runCheck({ ...(args as unknown as CheckArgs), ext: normaliseExtensions(args.ext as string[]) }, io);
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
