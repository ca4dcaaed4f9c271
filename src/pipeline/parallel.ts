import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Finding } from '../types.js';
import { fallbackRange } from '../findings.js';
import { checkSourceFile, fromPortable, type FileCheckOptions, type FileOutcome, type PortableOutcome } from './file-check.js';
import { CompactSourceMap } from '../yaml/compact-map.js';
import { runPool, siblingWorker } from './worker-pool.js';
import { bigRunFiles } from './v8-flags.js';

/** What a check worker is started with: the options, and whether the run is big (src/pipeline/v8-flags.ts). */
export type CheckWorkerData = FileCheckOptions & { bigRun: boolean };

export interface FileTask {
  displayPath: string;
  absolutePath: string;
}

export interface ParallelOptions extends FileCheckOptions {
  /** Threads that parse files; 1 parses here. Default: defaultCheckJobs(). */
  jobs?: number;
  /** Below this many files per thread everything runs here: starting threads would cost more than it saves. */
  minFilesPerWorker?: number;
  /** `grade --watch`: outcomes of files unchanged since the last run are taken from here. */
  cache?: FileOutcomeCache;
  /** Pack each file's source maps as soon as it is checked (CompactSourceMap.pack): its positions are rarely asked for again. */
  packMaps?: boolean;
}

/**
 * One file's outcome per path, kept while the file's size, times and inode stay the same and the
 * options that shape an outcome do too (`grade --watch` re-parses only the files that changed).
 */
export class FileOutcomeCache {
  private readonly entries = new Map<string, { key: string; outcome: FileOutcome }>();
  private optionsKey: string | undefined;
  /** Files read and parsed in the last run (the rest came from the cache). */
  parsed: string[] = [];

  /** Outcomes depend on the settings (an edited .kubegrade.yaml changes them): other settings, empty cache. */
  startRun(options: FileCheckOptions): void {
    const { readLimits, parseLimits, suppressions, schema, ownRules } = options;
    const key = JSON.stringify({ readLimits, parseLimits, suppressions, schema, ownRules });
    if (key !== this.optionsKey) this.entries.clear();
    this.optionsKey = key;
    this.parsed = [];
  }

  /** The file's identity now; undefined when it cannot be stat'ed (it is read, and the read reports why). */
  static fileKey(task: FileTask, patches: readonly string[] | undefined): string | undefined {
    try {
      const info = statSync(task.absolutePath, { bigint: true });
      return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}:${patches?.includes(task.displayPath) ? 'patch' : ''}`;
    } catch {
      return undefined;
    }
  }

  get(task: FileTask, key: string | undefined): FileOutcome | undefined {
    const entry = this.entries.get(task.absolutePath);
    return key !== undefined && entry?.key === key && entry.outcome.path === task.displayPath ? entry.outcome : undefined;
  }

  set(task: FileTask, key: string | undefined, outcome: FileOutcome): void {
    this.parsed.push(task.displayPath);
    if (key === undefined) this.entries.delete(task.absolutePath);
    else this.entries.set(task.absolutePath, { key, outcome });
  }

  /** Forgets files that are gone, so a long watch does not keep them. */
  keepOnly(tasks: readonly FileTask[]): void {
    const kept = new Set(tasks.map((task) => task.absolutePath));
    for (const file of [...this.entries.keys()]) if (!kept.has(file)) this.entries.delete(file);
  }
}

/**
 * A worker thread costs ~0.1 s to start and warm up, and even a single-threaded run already keeps
 * a second core busy with V8's background compiling and garbage collection. Measured on 2 cores
 * (docs/benchmarks.md): a second thread is no faster up to ~2000 files, at best even and on a busy
 * machine 9-27% slower (and 20-27% more CPU) at 2,300-2,400 files, ~30% faster at 24k. So each
 * thread gets at least this many files; small and medium runs never start one.
 */
export const defaultMinFilesPerWorker = 2500;

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Threads for checking files when --jobs is not given: one core is left to V8's background work
 * (a one-thread run spends about a third of its wall time again there). On 2 cores a second thread was no
 * faster at 50k resources (10.1 s either way), for 43% more CPU and 31 MB more memory.
 */
export function defaultCheckJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * How many threads share this many files, this one included (1: everything here). With --jobs N,
 * N-1 worker threads and this thread work one queue.
 */
export function plannedThreads(files: number, options: ParallelOptions = {}): number {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultCheckJobs()));
  const minimum = options.minFilesPerWorker ?? Number(process.env.KUBEGRADE_MIN_FILES_PER_JOB || defaultMinFilesPerWorker);
  return Math.max(1, Math.min(jobs, Math.floor(files / minimum)));
}

function crashFinding(file: string, why: string): Finding {
  return {
    ruleId: 'file-unreadable',
    severity: 'error',
    message: `Checking this file stopped the checker (${why}); it was not checked.`,
    file,
    ...fallbackRange,
    hint: 'Split the file or simplify it; please report it if it is an ordinary manifest.',
  };
}

/**
 * Reads and parses files, in worker threads when there are enough of them. Outcomes come back in
 * task order whatever the thread count, so everything downstream is byte-identical for every N.
 */
export async function checkFiles(tasks: readonly FileTask[], options: ParallelOptions = {}): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  await eachFileOutcome(tasks, options, (outcome) => outcomes.push(outcome));
  return outcomes;
}

/**
 * checkFiles, handing each outcome to `accept` as soon as it and every earlier one are ready (in
 * task order): a big run need not hold every file's outcome at once.
 */
export async function eachFileOutcome(tasks: readonly FileTask[], options: ParallelOptions, accept: (outcome: FileOutcome) => void): Promise<void> {
  const cache = options.cache;
  if (!cache) return checkUncached(tasks, options, accept);
  cache.startRun(options);
  cache.keepOnly(tasks);
  // Stat before reading: a file written meanwhile gets a new key and is parsed again next run.
  const keys = tasks.map((task) => FileOutcomeCache.fileKey(task, options.patches));
  const outcomes = tasks.map((task, i) => cache.get(task, keys[i]));
  const missing = tasks.flatMap((task, i) => (outcomes[i] ? [] : [i]));
  const fresh: FileOutcome[] = [];
  await checkUncached(
    missing.map((i) => tasks[i]!),
    options,
    (outcome) => fresh.push(outcome),
  );
  missing.forEach((taskIndex, i) => {
    outcomes[taskIndex] = fresh[i]!;
    cache.set(tasks[taskIndex]!, keys[taskIndex], fresh[i]!);
  });
  for (const outcome of outcomes) accept(outcome!);
}

function packMaps(outcome: FileOutcome): FileOutcome {
  for (const resource of outcome.resources) if (resource.map instanceof CompactSourceMap) resource.map.pack();
  return outcome;
}

async function checkUncached(tasks: readonly FileTask[], options: ParallelOptions, accept: (outcome: FileOutcome) => void): Promise<void> {
  const threads = plannedThreads(tasks.length, options);
  const here = (task: FileTask) => checkSourceFile(task.displayPath, task.absolutePath, options);
  const finish = options.packMaps ? packMaps : (outcome: FileOutcome) => outcome;
  if (threads <= 1) {
    for (const task of tasks) accept(finish(here(task)));
    return;
  }
  // Outcomes wait here only until every earlier one has arrived.
  const waiting = new Map<number, FileOutcome>();
  let next = 0;
  const settle = (index: number, outcome: FileOutcome) => {
    waiting.set(index, finish(outcome));
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next++);
      accept(ready);
    }
  };
  const { readLimits, parseLimits, suppressions, schema, ownRules } = options;
  await runPool<FileTask, PortableOutcome | null>({
    worker: siblingWorker(import.meta.url, 'check-worker', 'src/pipeline'),
    workerData: { readLimits, parseLimits, suppressions, schema, ownRules, bigRun: tasks.length >= bigRunFiles } satisfies CheckWorkerData,
    threads: threads - 1,
    tasks,
    retain: false,
    // No time budget: a clock would stop a file in a worker that this thread would finish.
    // Results made here need no copying: they are settled as they are.
    local: (task, index) => {
      settle(index, here(task));
      return null;
    },
    onResult: (index, result) => {
      if (result) settle(index, fromPortable(result));
    },
    lost: (task, why) => ({
      path: task.displayPath,
      documents: 0,
      resources: [],
      findings: [crashFinding(task.displayPath, why)],
    }),
  });
}
