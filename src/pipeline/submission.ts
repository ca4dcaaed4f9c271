import type { CustomSchemaPaths } from './custom-schemas.js';
import { gradeFolder, loadRubricOrThrow } from './run.js';

/** The extensions kubectl apply -f DIR reads: grade mode reads them all. */
export const gradeExtensions = ['yaml', 'yml', 'json'] as const;
import { formatJson } from '../format/json.js';
import { plural } from '../format/text.js';
import type { Rubric } from '../grade/index.js';
import type { Report } from '../report.js';

/** Everything needed to grade one student's folder: plain data, so it can be sent to a worker thread. */
export interface SubmissionSettings {
  cwd: string;
  rubricPath: string;
  rubricLabel: string;
  kubeVersion: string;
  strictKinds: boolean;
  /** --crd and --schema-location, as absolute paths. */
  customSchemas?: CustomSchemaPaths;
  maxFileBytes: number;
}

export interface SubmissionTask {
  student: string;
  folder: string;
}

export interface ExerciseScore {
  id: string;
  /** Undefined for an optional exercise the student did not attempt. */
  score: number | undefined;
}

export interface SubmissionResult {
  student: string;
  folder: string;
  exercises: ExerciseScore[];
  score: number;
  maxScore: number;
  /** Why this row deserves a look (unreadable files, YAML errors, a run that was stopped); '' when none. */
  note: string;
  /** The version-1 JSON report, as `--format json` prints it (absent when grading was stopped). */
  reportJson?: string;
}

/** The rubric is loaded once per thread and reused for every student. */
const rubrics = new Map<string, Promise<Rubric>>();

export function rubricFor(settings: SubmissionSettings): Promise<Rubric> {
  let rubric = rubrics.get(settings.rubricPath);
  if (!rubric) {
    rubric = loadRubricOrThrow(settings.rubricPath, settings.rubricLabel);
    rubrics.set(settings.rubricPath, rubric);
  }
  return rubric;
}

/** Why a file was not read, in a word or three (from the file-unreadable finding's message). */
function unreadableReason(message: string): string {
  if (/over the .* limit/.test(message)) return 'too large';
  if (/binary/.test(message)) return 'binary';
  if (/UTF-8/.test(message)) return 'not UTF-8';
  if (/symbolic link/.test(message)) return 'a link out of the folder';
  if (/stopped the checker/.test(message)) return 'crashed the checker';
  return 'unreadable';
}

/** One short sentence for the gradebook's note column. */
export function noteFor(report: Report): string {
  if (report.files.length === 0) return 'no YAML files found';
  const errorsOf = (ruleId: string) => report.findings.filter((finding) => finding.ruleId === ruleId && finding.severity === 'error');
  const notes: string[] = [];
  const unreadable = errorsOf('file-unreadable');
  if (unreadable.length > 0) {
    const reasons = [...new Set(unreadable.map((finding) => unreadableReason(finding.message)))].sort();
    notes.push(`${plural(new Set(unreadable.map((finding) => finding.file)).size, 'file')} not read (${reasons.join(', ')})`);
  }
  const syntax = new Set(errorsOf('yaml-syntax').map((finding) => finding.file)).size;
  if (syntax > 0) notes.push(`YAML errors in ${plural(syntax, 'file')}`);
  return notes.join('; ');
}

/** Points a student can reach: every check of every exercise that is not optional. */
export function rubricMaxScore(rubric: Pick<Rubric, 'exercises'>): number {
  return rubric.exercises
    .filter((exercise) => !exercise.optional)
    .reduce((sum, exercise) => sum + exercise.checks.reduce((points, check) => points + check.points, 0), 0);
}

/** The row of a student whose grading could not finish: zero points, and the reason. */
export function stoppedResult(task: SubmissionTask, rubric: Pick<Rubric, 'exercises'>, why: string): SubmissionResult {
  return {
    student: task.student,
    folder: task.folder,
    exercises: rubric.exercises.map((exercise) => ({ id: exercise.id, score: undefined })),
    score: 0,
    maxScore: rubricMaxScore(rubric),
    note: `not graded: ${why}`,
  };
}

/** The same pipeline as `grade FOLDER --format json`, for one student, in this thread. */
export async function gradeSubmission(task: SubmissionTask, settings: SubmissionSettings): Promise<SubmissionResult> {
  const rubric = await rubricFor(settings);
  try {
    const { report } = await gradeFolder({
      inputs: [task.folder],
      cwd: settings.cwd,
      readLimits: { maxFileBytes: settings.maxFileBytes },
      // Students are graded in parallel already; one student's few files are parsed here.
      jobs: 1,
      extensions: [...gradeExtensions],
      kubeVersion: settings.kubeVersion,
      strictKinds: settings.strictKinds,
      customSchemas: settings.customSchemas,
      rubric,
    });
    return {
      student: task.student,
      folder: task.folder,
      exercises: (report.exercises ?? []).map((exercise) => ({
        id: exercise.id,
        score: exercise.attempted === false && exercise.optional ? undefined : exercise.score,
      })),
      score: report.score ?? 0,
      // The gradebook's max is the rubric's, the same for every student (an attempted optional exercise is extra credit).
      maxScore: rubricMaxScore(rubric),
      note: noteFor(report),
      reportJson: formatJson(report, { color: false }),
    };
  } catch (error) {
    // One folder that cannot be graded (unreadable, vanished) costs its own row only.
    return stoppedResult(task, rubric, (error as Error).message);
  }
}
