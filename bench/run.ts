/**
 * npm run bench: the speed and scale figures, each a median of several runs beside its floor,
 * measured in the same run (this machine is shared and noisy: absolute times drift, ratios hold).
 * Prints a table, writes .bench/results.json, and with --write-docs the tables in docs/benchmarks.md and the README
 * (--docs-only rewrites that table from the last results without measuring).
 *
 *   BENCH_RUNS=5 npm run bench [-- --only corpus,single,growth,class,threshold,lsp] [-- --write-docs]
 *   KUBECONFORM=/path/to/kubeconform KUBECONFORM_SCHEMAS=<local -schema-location> npm run bench -- --only corpus
 *
 * The kubeconform rows run only with both variables set: kubeconform would download its schemas
 * otherwise, and nothing here downloads anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateClass, generateCorpus, replicateFolder, writeCorpus } from '../scripts/gen-corpus.js';
import { median, paired, runNode, runProgram, type Paired, type Sample } from './measure.js';
import { newestKubeVersion } from '../src/schema/versions.js';
import { defaultCheckJobs } from '../src/pipeline/parallel.js';
import { keystrokeLatencies, lspWorkspace } from './lsp.js';

const root = path.join(import.meta.dirname, '..');
const work = path.join(root, '.bench');
const grade = path.join(root, 'bin', 'grade.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : [];
const wanted = (name: string) => only.length === 0 || only.includes(name);
const sharedCorpus = path.join(root, '..', 'shared', 'corpus', 'real');
/** The cores this process may use (os.availableParallelism), reported beside every thread figure. */
const cores = os.availableParallelism();
/** Marks the --jobs a run without the option uses on this machine. */
const ifDefault = (jobs: string) => (jobs === String(defaultCheckJobs()) ? ', the default' : '');

interface Row {
  figure: string;
  subject: string;
  ms: number;
  floor: string;
  floorMs: number;
  ratio: number;
  target: string;
  met: boolean | null;
  maxRssMb?: number;
  /** What `ms` and `floorMs` hold when they are not milliseconds. */
  unit?: 'MB';
}

const rows: Row[] = [];
const extra: Record<string, unknown> = {};

function row(
  figure: string,
  subject: string,
  floor: string,
  result: Pick<Paired, 'subject' | 'floor' | 'subjectRssKb'>,
  target: string,
  limit: number | null,
): void {
  const ratio = result.subject / result.floor;
  const entry: Row = {
    figure,
    subject,
    ms: Math.round(result.subject),
    floor,
    floorMs: Math.round(result.floor),
    ratio: Number(ratio.toFixed(2)),
    target,
    met: limit === null ? null : ratio <= limit,
    maxRssMb: Math.round(result.subjectRssKb / 1024),
  };
  rows.push(entry);
  console.log(
    `${figure.padEnd(34)} ${String(entry.ms).padStart(7)} ms  ${floor.padEnd(26)} ${String(entry.floorMs).padStart(7)} ms  ${entry.ratio.toFixed(2).padStart(6)}x  ${target.padEnd(10)} ${entry.met === null ? '' : entry.met ? 'met' : 'MISSED'}  rss ${entry.maxRssMb} MB`,
  );
}

function corpusFor(name: string, make: () => ReturnType<typeof generateCorpus>): string {
  const dir = path.join(work, name);
  if (!existsSync(dir)) writeCorpus(dir, make());
  return dir;
}

function lint(corpus: string, jobs: string, env: NodeJS.ProcessEnv = {}) {
  return () => runNode([grade, '--lint', '--format', 'json', '--jobs', jobs, corpus], { env });
}

/** A row whose figures are peak RSS in MB (the `ms` column holds MB). */
function rssRow(figure: string, subject: string, floor: string, subjectMb: number, floorMb: number, target: string, limit: number): void {
  const ratio = subjectMb / floorMb;
  rows.push({
    figure,
    subject,
    ms: subjectMb,
    floor,
    floorMs: floorMb,
    ratio: Number(ratio.toFixed(2)),
    target,
    met: ratio <= limit,
    maxRssMb: subjectMb,
    unit: 'MB',
  });
  console.log(
    `${figure.padEnd(34)} ${String(subjectMb).padStart(7)} MB  ${floor.padEnd(26)} ${String(floorMb).padStart(7)} MB  ${ratio.toFixed(2).padStart(6)}x  ${target.padEnd(10)} ${ratio <= limit ? 'met' : 'MISSED'}`,
  );
}

/** Wall and CPU (user + system, every thread) rows of one paired measurement. */
function wallAndCpu(figure: string, floor: string, result: Paired, target: string, limit: number): void {
  row(`${figure}, wall`, 'grade --lint', floor, result, target, limit);
  row(`${figure}, CPU`, 'grade --lint', floor, { subject: result.subjectCpu, floor: result.floorCpu, subjectRssKb: result.subjectRssKb }, target, limit);
}

/** 1. Whole-corpus lint against the floor (every file read, parsed with positions and turned into values), and kubeconform when given. */
function wholeCorpus(): void {
  const corpus = existsSync(sharedCorpus) ? sharedCorpus : corpusFor('corpus-fixtures', () => replicateFolder(path.join(root, 'fixtures', 'answers'), 250));
  extra.corpus = existsSync(sharedCorpus) ? '../shared/corpus/real' : '.bench/corpus-fixtures (fixtures/answers x 250)';
  const floor = () => runNode([path.join(root, 'bench', 'floor.mjs'), corpus]);
  for (const jobs of ['1', '2']) {
    wallAndCpu(
      `1. corpus lint, --jobs ${jobs} (${cores} cores${ifDefault(jobs)})`,
      'yaml parse floor',
      paired(lint(corpus, jobs), floor, runs),
      '<= 0.5x',
      0.5,
    );
  }
  const stages = JSON.parse(runNode([path.join(root, 'bench', 'yaml-stages.mjs'), corpus]).stdout) as Record<string, number>;
  extra.yamlStagesMs = stages;
  console.log(
    `   yaml, warm, in one process: lexer ${stages.lex} ms, CST ${stages.cst} ms, compose ${stages.compose} ms, compose+toJS ${stages.composeToJs} ms`,
  );
  versusKubeconform(corpus);
}

/**
 * 1b. The same corpus against kubeconform (strict, the same Kubernetes version and thread count,
 * custom resources skipped), when KUBECONFORM names a binary and KUBECONFORM_SCHEMAS a local
 * schema location (a -schema-location template or folder). Skipped otherwise: never downloaded.
 */
function versusKubeconform(corpus: string): void {
  const binary = process.env.KUBECONFORM;
  const schemas = process.env.KUBECONFORM_SCHEMAS;
  if (!binary || !schemas) {
    console.log('1. vs kubeconform: skipped (set KUBECONFORM=/path/to/kubeconform and KUBECONFORM_SCHEMAS=<local -schema-location>)');
    return;
  }
  const kubernetesVersion = `${newestKubeVersion}.0`;
  extra.kubeconform = { binary, schemas, kubernetesVersion };
  for (const jobs of ['1', '2']) {
    const peer = (): Sample =>
      runProgram(binary, [
        '-strict',
        '-ignore-missing-schemas',
        '-summary',
        '-kubernetes-version',
        kubernetesVersion,
        '-n',
        jobs,
        '-schema-location',
        schemas,
        corpus,
      ]);
    const result = paired(lint(corpus, jobs), peer, runs);
    const figure = `1. vs kubeconform, --jobs ${jobs} / -n ${jobs} (${cores} cores)`;
    wallAndCpu(figure, 'kubeconform', result, '<= 1.0x', 1);
    rssRow(`${figure}, peak RSS`, 'max RSS', 'kubeconform', Math.round(result.subjectRssKb / 1024), Math.round(result.floorRssKb / 1024), '<= 1.5x', 1.5);
  }
}

/** 2. One small file, as a pre-commit hook or an editor runs it, against bare node. */
function singleFile(): void {
  const file = path.join(root, 'fixtures', 'answers', 'ex2', 'traceroute.yaml');
  const bare = () => runNode(['-e', '0']);
  row(
    '2. one file, --lint',
    'grade --lint FILE',
    'node -e 0',
    paired(() => runNode([grade, '--lint', '--format', 'json', file]), bare, Math.max(runs, 11), 2),
    '<= 2.5x',
    2.5,
  );
  row(
    '2. one file, graded',
    'grade FILE',
    'node -e 0',
    paired(() => runNode([grade, '--format', 'json', file]), bare, Math.max(runs, 11), 2),
    '(info)',
    null,
  );
}

/** 6. The language server: a keystroke in a 200-line manifest of a 100-file workspace, to its diagnostics. */
async function keystroke(): Promise<void> {
  const measured = await keystrokeLatencies(grade, lspWorkspace(path.join(work, 'lsp-workspace')), Math.max(runs * 4, 20));
  const ms = Math.round(median(measured.samples));
  rows.push({
    figure: '6. lsp keystroke to diagnostics',
    subject: `${measured.lines}-line manifest, 100 files`,
    ms,
    floor: '100 ms target',
    floorMs: 100,
    ratio: Number((ms / 100).toFixed(2)),
    target: '< 100 ms',
    met: ms < 100,
  });
  extra.lsp = { coldMs: Math.round(measured.coldMs), minMs: Math.round(Math.min(...measured.samples)), keystrokeMs: measured.samples.map(Math.round) };
  console.log(
    `6. lsp keystroke to diagnostics (${measured.lines} lines, 100 files): median ${ms} ms (first open ${Math.round(measured.coldMs)} ms) ${ms < 100 ? 'met' : 'MISSED'}`,
  );
}

/** 3. Growth: synthetic corpora of 1k to 50k resources; time must grow linearly, memory stay bounded. */
function growth(): void {
  const sizes = [1_000, 5_000, 10_000, 50_000];
  const results: Record<string, { ms: number; maxRssMb: number; jobs: string }[]> = {};
  for (const jobs of ['1', String(cores)]) {
    for (const size of sizes) {
      const corpus = corpusFor(`corpus-${size / 1000}k`, () => generateCorpus(size));
      const samples = Array.from({ length: size >= 50_000 ? 3 : Math.max(3, Math.min(runs, 5)) }, () => lint(corpus, jobs)());
      const entry = {
        ms: Math.round(median(samples.map((sample) => sample.ms))),
        maxRssMb: Math.round(Math.max(...samples.map((sample) => sample.maxRssKb)) / 1024),
        jobs,
      };
      (results[String(size)] ??= []).push(entry);
      console.log(`3. ${String(size).padStart(6)} resources, --jobs ${jobs}: ${String(entry.ms).padStart(6)} ms, max RSS ${entry.maxRssMb} MB`);
    }
    const at = (size: number) => results[String(size)]!.find((entry) => entry.jobs === jobs)!;
    row(
      `3. growth 50k/5k, --jobs ${jobs}${ifDefault(jobs)}`,
      '50k resources',
      '5k resources',
      { subject: at(50_000).ms, floor: at(5_000).ms, subjectRssKb: at(50_000).maxRssMb * 1024 },
      '<= 10.5x',
      10.5,
    );
    rssRow(`3. peak RSS at 50k, --jobs ${jobs}${ifDefault(jobs)}`, 'max RSS', '200 MB budget', at(50_000).maxRssMb, 200, '<= 200 MB', 1);
  }
  extra.growth = results;
}

/** 4. A class at once: 200 generated answer sets with --each, against 200 separate one-set runs. */
function wholeClass(): void {
  const dir = path.join(work, 'class-200');
  if (!existsSync(dir)) writeCorpus(dir, generateClass(200));
  const students = readdirSync(dir).sort();
  const out = path.join(work, 'class-out');
  rmSync(out, { recursive: true, force: true });
  const each = () =>
    runNode([grade, '--each', 'class-200/*', '--gradebook', path.join(out, 'grades.csv'), '--reports-dir', path.join(out, 'reports')], { cwd: work });
  const separate = () => {
    const started = process.hrtime.bigint();
    let maxRssKb = 0;
    let cpuMs = 0;
    for (const student of students) {
      const sample = runNode([grade, path.join(dir, student), '--format', 'json']);
      maxRssKb = Math.max(maxRssKb, sample.maxRssKb);
      cpuMs += sample.cpuMs;
    }
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, maxRssKb, cpuMs, status: 0, stdout: '' };
  };
  row('4. 200 students, --each', 'grade --each', '200 separate runs', paired(each, separate, Math.max(1, Math.min(runs, 3)), 0), '(faster)', 1);
}

/** Parallel threshold: from how many files a second thread pays for its start-up. */
function threshold(): void {
  const corpus = corpusFor('corpus-5k', () => generateCorpus(5_000));
  const files = readdirSync(corpus, { recursive: true })
    .filter((name) => String(name).endsWith('.yaml'))
    .map(String)
    .sort();
  const sweep: { files: number; oneMs: number; twoMs: number; ratio: number }[] = [];
  for (const count of [64, 256, 512, 1024, 2048]) {
    const dir = path.join(work, `threshold-${count}`);
    if (!existsSync(dir)) {
      for (const name of files.slice(0, count)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), readFileSync(path.join(corpus, name)));
      }
    }
    const forced = { KUBEGRADE_MIN_FILES_PER_JOB: '1' };
    const result = paired(lint(dir, '2', forced), lint(dir, '1'), runs);
    sweep.push({ files: count, oneMs: Math.round(result.floor), twoMs: Math.round(result.subject), ratio: Number(result.ratio.toFixed(2)) });
    console.log(
      `threshold: ${String(count).padStart(4)} files: --jobs 1 ${Math.round(result.floor)} ms, two threads ${Math.round(result.subject)} ms (${result.ratio.toFixed(2)}x)`,
    );
  }
  extra.threshold = sweep;
}

function machine(): Record<string, string> {
  const free = spawnSync('free', ['-h'], { encoding: 'utf8' });
  return {
    nproc: String(cores),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory: free.status === 0 ? free.stdout.trimEnd() : `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    load: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
  };
}

interface Results {
  machine: Record<string, string>;
  loadAfter: string;
  runs: number;
  rows: Row[];
  yamlStagesMs?: Record<string, number>;
  threshold?: { files: number; oneMs: number; twoMs: number; ratio: number }[];
  growth?: Record<string, { ms: number; maxRssMb: number; jobs: string }[]>;
}

/** The docs section: the figures, then the measurements behind them. */
function markdown(results: Results): string {
  const lines = ['| figure | subject | measured | floor or peer | floor | ratio | target | |', '|---|---|---:|---|---:|---:|---|---|'];
  for (const entry of results.rows) {
    const unit = entry.unit === 'MB' ? ' MB' : ' ms';
    lines.push(
      `| ${entry.figure} | ${entry.subject} | ${entry.ms}${unit} | ${entry.floor} | ${entry.floorMs}${unit} | ${entry.ratio.toFixed(2)}x | ${entry.target} | ${entry.met === null ? '' : entry.met ? 'met' : '**missed**'} |`,
    );
  }
  if (results.growth) {
    lines.push(
      '',
      '| resources | ' +
        Object.values(results.growth)[0]!
          .map((entry) => `--jobs ${entry.jobs}`)
          .join(' | ') +
        ' |',
      '|---:|' +
        Object.values(results.growth)[0]!
          .map(() => '---:|')
          .join(''),
    );
    for (const [size, entries] of Object.entries(results.growth))
      lines.push(`| ${size} | ${entries.map((entry) => `${entry.ms} ms, ${entry.maxRssMb} MB`).join(' | ')} |`);
  }
  if (results.threshold) {
    lines.push('', '| files (generated corpus) | --jobs 1 | two threads (forced) | ratio |', '|---:|---:|---:|---:|');
    for (const entry of results.threshold) lines.push(`| ${entry.files} | ${entry.oneMs} ms | ${entry.twoMs} ms | ${entry.ratio.toFixed(2)}x |`);
  }
  if (results.yamlStagesMs) {
    const stages = results.yamlStagesMs;
    lines.push(
      '',
      `yaml alone, warm, in one process, over the same corpus: lexer ${stages.lex} ms, CST ${stages.cst} ms, compose ${stages.compose} ms, compose + toJS ${stages.composeToJs} ms.`,
    );
  }
  const machineInfo = results.machine;
  lines.push(
    '',
    `Machine: ${machineInfo.nproc} cores (\`os.availableParallelism()\`; ${machineInfo.cpu}), node ${machineInfo.node}, load average ${machineInfo.load} before and ${results.loadAfter} after; ${results.runs} runs per median.`,
    '',
    '```',
    machineInfo.memory ?? '',
    '```',
  );
  return lines.join('\n');
}

/** The README's share: the figures and the machine, without the tables behind them. */
function summary(results: Results): string {
  const full = markdown(results).split('\n');
  const figures = full.slice(0, full.indexOf(''));
  const machineLine = full.find((line) => line.startsWith('Machine: ')) ?? '';
  return [...figures, '', machineLine, '', 'The tables behind these figures and the profiles are in [docs/benchmarks.md](docs/benchmarks.md).'].join('\n');
}

function writeDocs(results: Results): void {
  for (const [file, section] of [
    [path.join(root, 'docs', 'benchmarks.md'), markdown(results)],
    [path.join(root, 'README.md'), summary(results)],
  ] as const) {
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, () => `<!-- bench:start -->\n${section}\n<!-- bench:end -->`),
    );
    console.log(`updated ${path.relative(root, file)}`);
  }
}

// --docs-only: rewrite the docs table from the last .bench/results.json, without measuring.
if (process.argv.includes('--docs-only')) {
  writeDocs(JSON.parse(readFileSync(path.join(work, 'results.json'), 'utf8')) as Results);
  process.exit(0);
}

mkdirSync(work, { recursive: true });
if (!existsSync(path.join(root, 'build', 'bundle', 'grade.js'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const before = machine();
console.log(`machine: ${before.nproc} cores (${before.cpu}), node ${before.node}, load ${before.load}; ${runs} runs per median`);
if (wanted('single')) singleFile();
if (wanted('corpus')) wholeCorpus();
if (wanted('threshold')) threshold();
if (wanted('class')) wholeClass();
if (wanted('growth')) growth();
if (wanted('lsp')) await keystroke();
const results = { date: new Date().toISOString(), machine: before, loadAfter: machine().load, runs, rows, ...extra } as Results & { date: string };
writeFileSync(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${markdown(results)}\n\nwrote .bench/results.json`);
if (process.argv.includes('--write-docs')) writeDocs(results);
