import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../paths.js';

/**
 * A worker module that lives beside the calling module: `check-worker.js` next to parallel.js in
 * build/src/engine, or next to grade.js in a bundle. From the TypeScript sources (tests), the
 * built copy under build/ is used, so workers always run the same code as a built CLI.
 */
export function siblingWorker(callerUrl: string, name: string, builtDir: string): URL {
  const beside = new URL(`./${name}.js`, callerUrl);
  if (existsSync(fileURLToPath(beside))) return beside;
  return pathToFileURL(path.join(packageRoot(), 'build', builtDir, `${name}.js`));
}

export interface PoolOptions<Task, Result> {
  worker: URL;
  workerData: unknown;
  threads: number;
  tasks: readonly Task[];
  /** What a task comes back as when its thread ran out of time or died on it. */
  lost(task: Task, why: 'timeout' | string): Result;
  /** Milliseconds one task may take before its thread is terminated. */
  budget: number;
  /** Tasks handed to a thread ahead of the one it is on, so it never waits for this one. */
  prefetch?: number;
  /** Heap cap per thread, so one hostile input exhausts its own thread only. */
  maxOldGenerationSizeMb?: number;
  /** Called as each result arrives (progress bars), in completion order. */
  onResult?(index: number, result: Result): void;
}

interface Running {
  worker: Worker;
  /** Task indexes sent and not yet answered, oldest first: the first is the one it is working on. */
  assigned: number[];
  /** When it started the first assigned task. */
  since: number;
  retired: boolean;
  /** Whether it has answered at least once (a thread that cannot even start is our bug, not the input's). */
  answered: boolean;
}

/**
 * Runs tasks on worker threads that answer `{ index, result }` for each `{ index, task }`. Results
 * come back in task order. A thread over budget is terminated, a thread that dies is replaced;
 * either way its current task gets `lost(...)` and the tasks queued behind it are re-queued.
 */
export function runPool<Task, Result>(options: PoolOptions<Task, Result>): Promise<Result[]> {
  return new Pool(options).run();
}

class Pool<Task, Result> {
  private readonly results: (Result | undefined)[];
  private readonly done: boolean[];
  private readonly queue: number[];
  private readonly running = new Set<Running>();
  private settled = 0;
  private resolve!: (results: Result[]) => void;
  private reject!: (error: Error) => void;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(private readonly options: PoolOptions<Task, Result>) {
    this.results = new Array(options.tasks.length);
    this.done = new Array(options.tasks.length).fill(false);
    this.queue = options.tasks.map((_, index) => index);
  }

  run(): Promise<Result[]> {
    const finished = new Promise<Result[]>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    if (this.options.tasks.length === 0) {
      this.resolve([]);
      return finished;
    }
    for (let i = 0; i < Math.min(this.options.threads, this.options.tasks.length); i++) this.spawn();
    // A stuck task cannot be interrupted inside its thread; terminating the thread can.
    this.watchdog = setInterval(() => this.checkBudgets(), Math.min(1000, Math.max(50, this.options.budget / 4)));
    return finished;
  }

  private spawn(): void {
    const worker = new Worker(this.options.worker, {
      workerData: this.options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 1024, ...(process.env.KG_YOUNG ? { maxYoungGenerationSizeMb: Number(process.env.KG_YOUNG) } : {}) },
    });
    const running: Running = { worker, assigned: [], since: performance.now(), retired: false, answered: false };
    this.running.add(running);
    worker.on('message', (message: { index: number; result: Result }) => {
      running.assigned.shift();
      running.answered = true;
      running.since = performance.now();
      this.settle(message.index, message.result);
      this.feed(running);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!running.answered && !outOfMemory) this.abort(error);
      else this.fail(running, outOfMemory ? 'out of memory' : error.message);
    });
    worker.on('exit', (code) => {
      if (!running.retired) this.fail(running, `exit code ${code}`);
    });
    this.feed(running);
  }

  private feed(running: Running): void {
    const prefetch = this.options.prefetch ?? 2;
    while (!running.retired && running.assigned.length < prefetch && this.queue.length > 0) {
      const index = this.queue.shift()!;
      running.assigned.push(index);
      running.worker.postMessage({ index, task: this.options.tasks[index] });
    }
  }

  private settle(index: number, result: Result): void {
    if (this.done[index]) return;
    this.done[index] = true;
    this.results[index] = result;
    this.settled++;
    this.options.onResult?.(index, result);
    if (this.settled === this.options.tasks.length) this.finish();
  }

  /** The task a thread was on is lost; the tasks queued behind it go back to the queue. */
  private replace(running: Running, why: string): void {
    if (running.retired) return;
    this.retire(running);
    const [current, ...waiting] = running.assigned;
    this.queue.unshift(...waiting);
    if (current !== undefined) this.settle(current, this.options.lost(this.options.tasks[current]!, why));
    if (this.settled < this.options.tasks.length) this.spawn();
  }

  private retire(running: Running): void {
    running.retired = true;
    this.running.delete(running);
    void running.worker.terminate();
  }

  private fail(running: Running, why: string): void {
    if (running.assigned.length === 0 && !running.retired) {
      // Died between tasks: nothing to blame, but the work must still get done.
      this.retire(running);
      if (this.settled < this.options.tasks.length) this.spawn();
      return;
    }
    this.replace(running, why);
  }

  private abort(error: Error): void {
    this.stop();
    this.reject(new Error(`a worker thread failed to start: ${error.message}`));
  }

  private checkBudgets(): void {
    const now = performance.now();
    for (const running of [...this.running]) {
      if (running.assigned.length > 0 && now - running.since > this.options.budget) this.replace(running, 'timeout');
    }
  }

  private stop(): void {
    clearInterval(this.watchdog);
    for (const running of [...this.running]) this.retire(running);
  }

  private finish(): void {
    this.stop();
    this.resolve(this.results as Result[]);
  }
}
