import { availableParallelism } from 'node:os';
import type { Finding } from '../types.js';
import { fallbackRange } from '../findings.js';
import { checkSourceFile, fromPortable, toPortable, type FileCheckOptions, type FileOutcome, type PortableOutcome } from './file-check.js';
import { runPool, siblingWorker } from './worker-pool.js';

export interface FileTask {
  displayPath: string;
  absolutePath: string;
}

export interface ParallelOptions extends FileCheckOptions {
  /** Threads that parse files; 1 parses here. Default: one per core. */
  jobs?: number;
  /** Below this many files per thread everything runs here: starting threads would cost more than it saves. */
  minFilesPerWorker?: number;
}

/**
 * A worker thread costs ~0.1 s to start and warm up, and even a single-threaded run already keeps
 * a second core busy with V8's background compiling and garbage collection. Measured on 2 cores
 * (docs/benchmarks.md): a second thread is no faster up to ~2000 files, about even at 2300 and ~30%
 * faster at 24k. So each thread gets at least this many files; small runs never start one.
 */
export const defaultMinFilesPerWorker = 1000;

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * How many threads share this many files, this one included (1: everything here). With --jobs N,
 * N-1 worker threads and this thread work one queue.
 */
export function plannedThreads(files: number, options: ParallelOptions = {}): number {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
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
  const threads = plannedThreads(tasks.length, options);
  const here = (task: FileTask) => checkSourceFile(task.displayPath, task.absolutePath, options);
  if (threads <= 1) return tasks.map(here);
  const { readLimits, parseLimits, suppressions, schema, ownRules } = options;
  const portable = await runPool<FileTask, PortableOutcome>({
    worker: siblingWorker(import.meta.url, 'check-worker', 'src/pipeline'),
    workerData: { readLimits, parseLimits, suppressions, schema, ownRules } satisfies FileCheckOptions,
    threads: threads - 1,
    tasks,
    // No time budget: a clock would stop a file in a worker that this thread would finish.
    // Results made here need no copying: they pass through toPortable only to share one type.
    local: (task) => toPortable(here(task)),
    lost: (task, why) => ({
      path: task.displayPath,
      documents: 0,
      resources: [],
      findings: [crashFinding(task.displayPath, why)],
    }),
  });
  return portable.map(fromPortable);
}
