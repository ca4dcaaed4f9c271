/** Timing and memory helpers for the benchmarks: medians of several runs, each beside its floor. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Sample {
  /** Wall time in milliseconds. */
  ms: number;
  /** Peak resident memory of the whole process (every thread), in kilobytes. */
  maxRssKb: number;
  /** User plus system CPU time of the whole process (every thread), in milliseconds. */
  cpuMs: number;
  status: number | null;
  stdout: string;
}

/** Printed by the child on exit: its own peak RSS and CPU time, which the parent cannot otherwise read portably. */
const usageProbe = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n@@usage '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

/** Runs `node ...args` once and measures it. */
export function runNode(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Sample {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', usageProbe, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = /@@usage (\d+) (\d+)/.exec(child.stderr ?? '');
  if (child.error) throw child.error;
  return {
    ms,
    maxRssKb: usage ? Number(usage[1]) : Number.NaN,
    cpuMs: usage ? Number(usage[2]) / 1000 : Number.NaN,
    status: child.status,
    stdout: child.stdout,
  };
}

/** GNU time, for the peak RSS and CPU time of a program that is not node (kubeconform); absent, those are NaN. */
const gnuTime = '/usr/bin/time';

/** Runs any program once and measures it (wall always; RSS and CPU through GNU time when installed). */
export function runProgram(program: string, args: readonly string[], options: { cwd?: string } = {}): Sample {
  const timed = existsSync(gnuTime);
  const started = process.hrtime.bigint();
  const child = spawnSync(timed ? gnuTime : program, timed ? ['-f', '@@time %M %U %S', program, ...args] : args, {
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) throw child.error;
  const usage = /@@time (\d+) ([\d.]+) ([\d.]+)/.exec(child.stderr ?? '');
  return {
    ms,
    maxRssKb: usage ? Number(usage[1]) : Number.NaN,
    cpuMs: usage ? (Number(usage[2]) + Number(usage[3])) * 1000 : Number.NaN,
    status: child.status,
    stdout: child.stdout,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Paired {
  subject: number;
  floor: number;
  ratio: number;
  /** Median CPU time (user + system, every thread) of each side, in milliseconds. */
  subjectCpu: number;
  floorCpu: number;
  subjectRssKb: number;
  floorRssKb: number;
  runs: number;
}

/**
 * Runs subject and floor alternately (so drift on a shared machine hits both alike) and returns
 * their medians and the ratio of medians.
 */
export function paired(subject: () => Sample, floor: () => Sample, runs: number, warmup = 1): Paired {
  for (let i = 0; i < warmup; i++) {
    subject();
    floor();
  }
  const subjects: Sample[] = [];
  const floors: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    subjects.push(subject());
    floors.push(floor());
  }
  const subjectMs = median(subjects.map((s) => s.ms));
  const floorMs = median(floors.map((s) => s.ms));
  return {
    subject: subjectMs,
    floor: floorMs,
    ratio: subjectMs / floorMs,
    subjectCpu: median(subjects.map((s) => s.cpuMs)),
    floorCpu: median(floors.map((s) => s.cpuMs)),
    subjectRssKb: Math.max(...subjects.map((s) => s.maxRssKb)),
    floorRssKb: Math.max(...floors.map((s) => s.maxRssKb)),
    runs,
  };
}
