import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from '../values.js';
import { globEntries } from '../load/glob.js';
import { printable } from '../format/log-safety.js';
import { defaultJobs } from '../pipeline/parallel.js';
import { runPool, siblingWorker } from '../pipeline/worker-pool.js';
import { builtinRubricPath } from '../grade/index.js';
import { newestKubeVersion } from '../schema/versions.js';
import { UsageError } from '../errors.js';
import type { CustomSchemaPaths } from '../pipeline/custom-schemas.js';
import { writeReportFile } from './outputs.js';
import { formatGradebook } from './gradebook.js';
import { gradeSubmission, rubricFor, stoppedResult, type SubmissionResult, type SubmissionSettings, type SubmissionTask } from '../pipeline/submission.js';

export interface EachArgs {
  each: string;
  rubric?: string;
  kubeVersion?: string;
  strictKinds: boolean;
  customSchemas?: CustomSchemaPaths;
  maxFileBytes: number;
  gradebook?: string;
  reportsDir?: string;
  jobs?: number;
  /** No progress lines on stderr. */
  quiet?: boolean;
}

export interface EachIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stderr is a terminal: a progress bar there, plain lines otherwise. */
  stderrIsTTY?: boolean;
}

/**
 * A thread starts in ~0.1 s (parser, rules, schemas, rubric) and grades a typical student in
 * ~15 ms, so a second thread pays off from a few dozen students on.
 */
export const minStudentsPerWorker = 16;

/** Student folders matched by the pattern, in a stable order, each named by its folder (any name: line breaks, backslashes, controls). */
export async function findSubmissions(pattern: string, cwd: string): Promise<SubmissionTask[]> {
  const { entries, unlisted } = await globEntries(pattern.split(path.sep).join('/'), {
    cwd,
    onlyDirectories: true,
    dot: false,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  const folders = entries.map((entry) => entry.path).sort(compareStrings);
  if (folders.length === 0 && unlisted.length > 0) {
    throw new UsageError(
      `--each ${pattern} matches no folder: ${unlisted.map((folder) => `${printable(path.relative(cwd, folder.absolutePath) || '.')} could not be listed (${folder.code})`).join(', ')}`,
    );
  }
  const names = folders.map((folder) => path.posix.basename(folder));
  // Two folders with the same last name (a/alice, b/alice) keep their whole relative path.
  const unique = new Set(names).size === names.length;
  return folders.map((folder, i) => ({ student: unique ? names[i]! : folder, folder }));
}

/** A file name for a student's report: the student's name without characters a file system refuses. */
function reportName(student: string, taken: Set<string>): string {
  const base = student.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_') || '_';
  let name = `${base}.json`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.json`;
  taken.add(name.toLowerCase());
  return name;
}

interface Progress {
  tick(result: SubmissionResult): void;
  stop(): void;
}

async function progressFor(total: number, io: EachIo): Promise<Progress> {
  if (io.stderrIsTTY) {
    // Loaded only for a terminal: plain runs (CI, pipes) never pay for it.
    const { SingleBar, Presets } = await import('cli-progress');
    const bar = new SingleBar(
      { format: 'grading {bar} {value}/{total} students | {student}', stream: process.stderr, hideCursor: true, clearOnComplete: false },
      Presets.shades_classic,
    );
    bar.start(total, 0, { student: '' });
    return { tick: (result) => bar.increment(1, { student: printable(result.student) }), stop: () => bar.stop() };
  }
  let done = 0;
  return {
    // Folder names come from the students: through the one filter, like every format.
    tick: (result) =>
      io.stderr(`[${++done}/${total}] ${printable(result.student)}: ${result.score}/${result.maxScore}${result.note ? ` (${printable(result.note)})` : ''}\n`),
    stop: () => {},
  };
}

/** `grade --each 'submissions/*'`: every matched folder graded as its own answer set, then a gradebook. */
export async function runEach(args: EachArgs, io: EachIo): Promise<number> {
  const tasks = await findSubmissions(args.each, io.cwd);
  if (tasks.length === 0) throw new UsageError(`--each ${args.each} matches no folder`);
  const settings: SubmissionSettings = {
    cwd: io.cwd,
    rubricPath: args.rubric !== undefined ? path.resolve(io.cwd, args.rubric) : builtinRubricPath(),
    rubricLabel: args.rubric ?? 'rubrics/k8s-for-users-day2.yaml',
    kubeVersion: args.kubeVersion ?? newestKubeVersion,
    strictKinds: args.strictKinds,
    // Absolute, so every thread reads the same files whatever its folder.
    customSchemas: {
      crds: (args.customSchemas?.crds ?? []).map((file) => path.resolve(io.cwd, file)),
      schemaLocations: (args.customSchemas?.schemaLocations ?? []).map((dir) => path.resolve(io.cwd, dir)),
    },
    maxFileBytes: args.maxFileBytes,
  };
  // Loaded here first: a broken rubric is a usage error before any student is graded.
  const rubric = await rubricFor(settings);
  const progress: Progress = args.quiet ? { tick: () => {}, stop: () => {} } : await progressFor(tasks.length, io);
  const perThread = Number(process.env.KUBEGRADE_MIN_STUDENTS_PER_JOB || minStudentsPerWorker);
  const threads = Math.min(args.jobs ?? defaultJobs(), Math.floor(tasks.length / perThread));
  let results: SubmissionResult[];
  try {
    if (threads > 1) {
      results = await runPool<SubmissionTask, SubmissionResult>({
        worker: siblingWorker(import.meta.url, 'each-worker', 'src/cli'),
        workerData: settings,
        threads,
        tasks,
        // No time budget: every file's cost is bounded by its text, and a clock would make a
        // student's grade depend on the thread and the machine's load (docs/benchmarks.md).
        lost: (task, why) => stoppedResult(task, rubric, `the grader stopped (${why})`),
        onResult: (_, result) => progress.tick(result),
      });
    } else {
      results = [];
      for (const task of tasks) {
        const result = await gradeSubmission(task, settings);
        progress.tick(result);
        results.push(result);
      }
    }
  } finally {
    progress.stop();
  }

  if (args.reportsDir !== undefined) {
    const dir = path.resolve(io.cwd, args.reportsDir);
    await mkdir(dir, { recursive: true });
    const taken = new Set<string>();
    for (const result of results) if (result.reportJson !== undefined) await writeFile(path.join(dir, reportName(result.student, taken)), result.reportJson);
  }
  const gradebook = formatGradebook(
    rubric.exercises.map((exercise) => exercise.id),
    results,
  );
  if (args.gradebook !== undefined) {
    await writeReportFile(path.resolve(io.cwd, args.gradebook), args.gradebook, gradebook);
    if (!args.quiet)
      io.stdout(
        `graded ${results.length} folder${results.length === 1 ? '' : 's'}: gradebook ${args.gradebook}${args.reportsDir !== undefined ? `, reports in ${args.reportsDir}` : ''}\n`,
      );
  } else {
    io.stdout(gradebook);
  }
  return 0;
}
