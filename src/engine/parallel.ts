import { availableParallelism } from 'node:os';
import type { Finding } from '../types.js';
import { checkSourceFile, defaultMaxFileMillis, fromPortable, timeoutFinding, type FileCheckOptions, type FileOutcome, type PortableOutcome } from './file-check.js';
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
 * A worker thread takes ~40 ms to start and load the parser, and a typical manifest file parses in
 * ~0.7 ms, so splitting N files over two threads saves N x 0.35 ms and pays ~40: the break-even is
 * near 110 files (docs/benchmarks.md measures it). Each thread gets at least this many files.
 */
export const defaultMinFilesPerWorker = 64;

export function defaultJobs(): number {
  return availableParallelism();
}

/** How many threads to use for this many files (0 or 1: none, parse here). */
export function plannedWorkers(files: number, options: ParallelOptions = {}): number {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const minimum = options.minFilesPerWorker ?? defaultMinFilesPerWorker;
  return Math.min(jobs, Math.floor(files / minimum));
}

function crashFinding(file: string, why: string): Finding {
  return {
    ruleId: 'file-unreadable',
    severity: 'error',
    message: `Checking this file stopped the checker (${why}); it was not checked.`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    hint: 'Split the file or simplify it; please report it if it is an ordinary manifest.',
  };
}

/**
 * Reads and parses files, in worker threads when there are enough of them. Outcomes come back in
 * task order whatever the thread count, so everything downstream is byte-identical for every N.
 */
export async function checkFiles(tasks: readonly FileTask[], options: ParallelOptions = {}): Promise<FileOutcome[]> {
  const threads = plannedWorkers(tasks.length, options);
  if (threads <= 1) return tasks.map((task) => checkSourceFile(task.displayPath, task.absolutePath, options));
  const { readLimits, parseLimits, suppressions, maxFileMillis, schema, ownRules } = options;
  const budget = maxFileMillis ?? defaultMaxFileMillis;
  const portable = await runPool<FileTask, PortableOutcome>({
    worker: siblingWorker(import.meta.url, 'check-worker', 'src/engine'),
    workerData: { readLimits, parseLimits, suppressions, maxFileMillis, schema, ownRules } satisfies FileCheckOptions,
    threads,
    tasks,
    budget,
    lost: (task, why) => ({
      path: task.displayPath,
      documents: 0,
      resources: [],
      findings: [why === 'timeout' ? timeoutFinding(task.displayPath, budget) : crashFinding(task.displayPath, why)],
    }),
  });
  return portable.map(fromPortable);
}
