/** Timing and memory helpers for the benchmarks: medians of several runs, each beside its floor. */
import { spawnSync } from 'node:child_process';

export interface Sample {
  /** Wall time in milliseconds. */
  ms: number;
  /** Peak resident memory of the whole process (every thread), in kilobytes. */
  maxRssKb: number;
  status: number | null;
  stdout: string;
}

/** Printed by the child on exit: its own peak RSS, which the parent cannot otherwise read portably. */
const rssProbe = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n@@maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

/** Runs `node ...args` once and measures it. */
export function runNode(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Sample {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', rssProbe, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /@@maxrss (\d+)/.exec(child.stderr ?? '');
  if (child.error) throw child.error;
  return { ms, maxRssKb: rss ? Number(rss[1]) : Number.NaN, status: child.status, stdout: child.stdout };
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
    subjectRssKb: Math.max(...subjects.map((s) => s.maxRssKb)),
    floorRssKb: Math.max(...floors.map((s) => s.maxRssKb)),
    runs,
  };
}
