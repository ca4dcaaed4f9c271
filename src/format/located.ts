import type { Finding } from '../types.js';
import type { ExerciseResult, CheckResultEntry, Report } from '../report.js';
import type { FormatContext } from './types.js';
import { repositoryPath } from './paths.js';

/** What a finding without a file is shown against. */
export const noFilePath = '(answers)';

/** A file as it opens from the working directory (or repository), '(answers)' for none. */
export function displayPath(report: Report, context: Pick<FormatContext, 'rootPath'>, file: string | undefined): string {
  return file === undefined ? noFilePath : repositoryPath(report, context, file);
}

/** `path:line:column` of a finding (the path alone without a line). */
export function locationOf(report: Report, context: Pick<FormatContext, 'rootPath'>, finding: Finding): string {
  const file = displayPath(report, context, finding.file);
  return finding.line === undefined ? file : `${file}:${finding.line}:${finding.column ?? 1}`;
}

/** The findings that explain one rubric check. */
export function findingsOfCheck(report: Report, exercise: ExerciseResult, check: CheckResultEntry): Finding[] {
  return report.findings.filter((finding) => finding.exercise === exercise.id && finding.check === check.id);
}

/** Findings that belong to no check of the rubric (every finding in lint mode). */
export function findingsOutsideChecks(report: Report): Finding[] {
  const checks = new Set((report.exercises ?? []).flatMap((exercise) => exercise.checks.map((check) => `${exercise.id}\u0000${check.id}`)));
  return report.findings.filter((finding) => finding.check === undefined || !checks.has(`${finding.exercise ?? ''}\u0000${finding.check}`));
}

export function isNotAttempted(exercise: ExerciseResult): boolean {
  return exercise.attempted === false;
}

/** The one line a not-attempted exercise gets in every format. */
export function notAttemptedText(exercise: ExerciseResult): string {
  return exercise.optional
    ? 'Optional exercise, not attempted: it counts toward nothing.'
    : `Not attempted: none of its resources is in the answers (0/${exercise.maxScore} points).`;
}

/** Files in report order, then files only findings mention; findings without a file last. */
export function findingsByFile(report: Report, findings: readonly Finding[]): Map<string | undefined, Finding[]> {
  const groups = new Map<string | undefined, Finding[]>(report.files.map((file) => [file.path, []]));
  for (const finding of findings) {
    const list = groups.get(finding.file) ?? [];
    list.push(finding);
    groups.set(finding.file, list);
  }
  const withoutFile = groups.get(undefined);
  if (withoutFile) {
    groups.delete(undefined);
    groups.set(undefined, withoutFile);
  }
  return groups;
}
