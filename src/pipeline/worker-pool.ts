import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { packageRoot } from '../paths.js';

/**
 * A worker module that lives beside the calling module: `check-worker.js` next to parallel.js in
 * build/src/pipeline, or next to grade.js in a bundle. From the TypeScript sources (tests), the
 * built copy under build/ is used, so workers always run the same code as a built CLI.
 */
export function siblingWorker(callerUrl: string, name: string, builtDir: string): URL {
  const beside = new URL(`./${name}.js`, callerUrl);
  if (existsSync(fileURLToPath(beside))) return beside;
  return pathToFileURL(path.join(packageRoot(), 'build', builtDir, `${name}.js`));
}

export interface PoolOptions<Task, Result> {
  worker: URL;
  /** Whatever the worker module needs besides its tasks (options, settings): plain data. */
  workerData: unknown;
  /** Worker threads to start (the calling thread works too when `local` is given). */
  threads: number;
  tasks: readonly Task[];
  /** What a task comes back as when its thread ran out of time or died on it. */
  lost(task: Task, why: 'timeout' | string): Result;
  /** Milliseconds one task may take before its thread is terminated; none by default (see parallel.ts). */
  budget?: number;
  /** Heap cap per thread, so one hostile input exhausts its own thread only. */
  maxOldGenerationSizeMb?: number;
  /** Called as each result arrives (progress bars), in completion order. */
  onResult?(index: number, result: Result): void;
  /** False: results are only handed to onResult, and run() resolves to an empty list (a caller that keeps less of each). */
  retain?: boolean;
  /** The calling thread takes tasks from the same queue with this function, instead of waiting idle. */
  local?(task: Task, index: number): Result;
}

/** What every worker of one pool shares: the tasks, and counters all threads update atomically. */
interface SharedQueue {
  tasks: readonly unknown[];
  /** [0]: the next unclaimed task. */
  next: Int32Array;
  /** Per worker slot: the task it is on, or -1. */
  current: Int32Array;
  /** Per worker slot: when it started that task (Date.now()). */
  since: Float64Array;
}

interface WorkerInit {
  queue: SharedQueue;
  slot: number;
  data: unknown;
}

/**
 * Worker side: claims tasks from the shared queue until it is empty, answering each. A worker
 * module calls this once with its handler; `workerData()` gives it the pool's `workerData`.
 */
export function serveTasks<Task, Result>(handle: (task: Task) => Result | Promise<Result>): void {
  const init = workerData as WorkerInit;
  const { queue, slot } = init;
  parentPort!.postMessage({ ready: true });
  void (async () => {
    for (;;) {
      const index = Atomics.add(queue.next, 0, 1);
      if (index >= queue.tasks.length) break;
      queue.since[slot] = Date.now();
      Atomics.store(queue.current, slot, index);
      const result = await handle(queue.tasks[index] as Task);
      Atomics.store(queue.current, slot, -1);
      parentPort!.postMessage({ index, result });
    }
  })();
}

/** The pool's `workerData`, inside a worker. */
export function poolData<Data>(): Data {
  return (workerData as WorkerInit).data as Data;
}

interface Running {
  worker: Worker;
  slot: number;
  retired: boolean;
  /** Whether its module has loaded (it says so first): a thread that cannot even start is our bug, not the input's. */
  ready: boolean;
}

/**
 * Runs tasks on worker threads (and on this one, with `local`) that claim them from one shared
 * queue: no thread waits for another to hand it work. Results come back in task order. A thread
 * over budget is terminated and a thread that dies is replaced; either way only the task it was on
 * is lost (`lost(...)`), and its replacement goes on with the queue.
 */
export function runPool<Task, Result>(options: PoolOptions<Task, Result>): Promise<Result[]> {
  return new Pool(options).run();
}

class Pool<Task, Result> {
  private readonly results: (Result | undefined)[];
  private readonly done: boolean[];
  private readonly running = new Set<Running>();
  private readonly queue: SharedQueue;
  private settled = 0;
  private finished = false;
  private resolve!: (results: Result[]) => void;
  private reject!: (error: Error) => void;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(private readonly options: PoolOptions<Task, Result>) {
    this.results = new Array(options.tasks.length);
    this.done = new Array(options.tasks.length).fill(false);
    const slots = Math.max(1, options.threads);
    this.queue = {
      tasks: options.tasks,
      next: new Int32Array(new SharedArrayBuffer(4)),
      current: new Int32Array(new SharedArrayBuffer(4 * slots)).fill(-1),
      since: new Float64Array(new SharedArrayBuffer(8 * slots)),
    };
  }

  run(): Promise<Result[]> {
    const finished = new Promise<Result[]>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    if (this.options.tasks.length === 0) {
      this.finish();
      return finished;
    }
    for (let slot = 0; slot < this.options.threads; slot++) this.spawn(slot);
    // A stuck task cannot be interrupted inside its thread; terminating the thread can.
    const budget = this.options.budget;
    if (budget !== undefined) this.watchdog = setInterval(() => this.checkBudgets(budget), Math.min(1000, Math.max(50, budget / 4)));
    if (this.options.local) void this.workLocally(this.options.local);
    return finished;
  }

  /** Claims tasks like a worker does, yielding after each so worker messages and the watchdog run. */
  private async workLocally(local: (task: Task, index: number) => Result): Promise<void> {
    for (;;) {
      const index = Atomics.add(this.queue.next, 0, 1);
      if (index >= this.options.tasks.length || this.finished) return;
      this.settle(index, local(this.options.tasks[index]!, index));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private spawn(slot: number): void {
    Atomics.store(this.queue.current, slot, -1);
    const worker = new Worker(this.options.worker, {
      workerData: { queue: this.queue, slot, data: this.options.workerData } satisfies WorkerInit,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 1024 },
    });
    const running: Running = { worker, slot, retired: false, ready: false };
    this.running.add(running);
    worker.on('message', (message: { index: number; result: Result } | { ready: true }) => {
      if ('ready' in message) running.ready = true;
      else this.settle(message.index, message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!running.ready && !outOfMemory) this.abort(error);
      else this.replace(running, outOfMemory ? 'out of memory' : error.message);
    });
    worker.on('exit', (code) => {
      if (!running.retired) this.replace(running, `exit code ${code}`);
    });
  }

  private settle(index: number, result: Result): void {
    if (this.done[index] || this.finished) return;
    this.done[index] = true;
    if (this.options.retain !== false) this.results[index] = result;
    this.settled++;
    this.options.onResult?.(index, result);
    if (this.settled === this.options.tasks.length) this.finish();
  }

  /** The task a thread was on is lost; a new thread takes its slot and goes on with the queue. */
  private replace(running: Running, why: string): void {
    if (running.retired || this.finished) return;
    running.retired = true;
    this.running.delete(running);
    void running.worker.terminate();
    const current = Atomics.load(this.queue.current, running.slot);
    if (current >= 0) this.settle(current, this.options.lost(this.options.tasks[current]!, why));
    if (!this.finished) this.spawn(running.slot);
  }

  private abort(error: Error): void {
    this.stop();
    this.reject(new Error(`a worker thread failed to start: ${error.message}`));
  }

  private checkBudgets(budget: number): void {
    const now = Date.now();
    for (const running of [...this.running]) {
      const current = Atomics.load(this.queue.current, running.slot);
      if (current >= 0 && !this.done[current] && now - this.queue.since[running.slot]! > budget) this.replace(running, 'timeout');
    }
  }

  private stop(): void {
    this.finished = true;
    clearInterval(this.watchdog);
    for (const running of [...this.running]) {
      running.retired = true;
      void running.worker.terminate();
    }
    this.running.clear();
  }

  private finish(): void {
    this.stop();
    this.resolve(this.options.retain === false ? [] : (this.results as Result[]));
  }
}
