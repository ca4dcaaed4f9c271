import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/pipeline/worker-pool.js';
import { availableParallelism } from 'node:os';
import { plannedThreads } from '../../src/pipeline/parallel.js';

const worker = new URL('./support/pool-worker.mjs', import.meta.url);
const lost = (task: string, why: string) => `lost ${task}: ${why}`;

describe('worker pool', () => {
  it('returns results in task order, whatever thread answers first', async () => {
    const tasks = Array.from({ length: 40 }, (_, i) => `t${i}`);
    expect(await runPool({ worker, workerData: {}, threads: 3, tasks, budget: 60_000, lost })).toEqual(tasks.map((task) => `done ${task}`));
  });

  it('terminates a thread stuck on one task, reports that task, and finishes the rest', async () => {
    const tasks = ['a', 'hang', 'b', 'c', 'd', 'e'];
    const results = await runPool({ worker, workerData: {}, threads: 2, tasks, budget: 300, lost });
    expect(results).toEqual(['done a', 'lost hang: timeout', 'done b', 'done c', 'done d', 'done e']);
  });

  it('replaces a thread that dies, blaming only the task it was on', async () => {
    const results = await runPool({ worker, workerData: {}, threads: 1, tasks: ['a', 'die', 'b'], budget: 60_000, lost });
    expect(results).toEqual(['done a', 'lost die: exit code 3', 'done b']);
  });

  it('works the queue on the calling thread too when given a local function', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const results = await runPool({ worker, workerData: {}, threads: 1, tasks, budget: 60_000, lost, local: (task: string) => `done ${task}` });
    expect(results).toEqual(tasks.map((task) => `done ${task}`));
  });

  it('fails the run when a thread cannot even load (a bug, not bad input)', async () => {
    await expect(runPool({ worker, workerData: { failToLoad: true }, threads: 1, tasks: ['a'], budget: 60_000, lost })).rejects.toThrow(
      /failed to start: cannot load/,
    );
  });
});

describe('how many threads share the files', () => {
  it('keeps a few files on this thread and splits many', () => {
    expect(plannedThreads(10, { jobs: 4 })).toBe(1);
    expect(plannedThreads(127, { jobs: 2, minFilesPerWorker: 64 })).toBe(1);
    expect(plannedThreads(128, { jobs: 2, minFilesPerWorker: 64 })).toBe(2);
    expect(plannedThreads(10_000, { jobs: 3, minFilesPerWorker: 64 })).toBe(3);
    expect(plannedThreads(10_000, { jobs: 1 })).toBe(1);
    // The default: a thread per 2,500 files (the real-world corpus, 2,287 files, stays on one).
    expect(plannedThreads(4999, { jobs: 2 })).toBe(1);
    expect(plannedThreads(5000, { jobs: 2 })).toBe(2);
  });

  it('leaves one core to V8 when --jobs is not given', () => {
    const cores = availableParallelism();
    expect(plannedThreads(1_000_000, { minFilesPerWorker: 1 })).toBe(Math.max(1, cores - 1));
  });
});
