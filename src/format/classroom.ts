import type { Finding } from '../types.js';
import type { ExerciseResult, Report } from '../report.js';
import type { FormatContext, Formatter } from './types.js';
import { displayPath, findingsByFile, findingsOfCheck, isNotAttempted, locationOf, notAttemptedText } from './located.js';
import { repositoryPath } from './paths.js';
import { lineText } from './lines.js';
import { safeLineStart, toSafeJson } from './log-safety.js';

interface ClassroomTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  score: number;
  message: string;
  test_code: string;
  filename: string;
  line_no: number;
  duration: number;
}

export interface ClassroomResult {
  version: 1;
  status: 'pass' | 'fail' | 'error';
  max_score: number;
  tests: ClassroomTest[];
}

/**
 * The reporter prints messages to the step log, so every line starts with our own text (never a path or a
 * value from the answers, which could form a "::command" there) and answers' text stays on its line.
 */
function findingLines(report: Report, context: FormatContext, findings: readonly Finding[]): string[] {
  return findings.flatMap((finding) => {
    const line = `- ${finding.severity} at ${lineText(locationOf(report, context, finding))}: ${lineText(finding.message)} (${lineText(finding.ruleId)})`;
    return finding.hint ? [line, `  Fix: ${lineText(finding.hint)}`] : [line];
  });
}

function firstLocation(report: Report, context: FormatContext, findings: readonly Finding[]): Pick<ClassroomTest, 'filename' | 'line_no'> {
  const located = findings.find((finding) => finding.file !== undefined);
  return located?.file
    ? { filename: safeLineStart(lineText(repositoryPath(report, context, located.file))), line_no: located.line ?? 0 }
    : { filename: '', line_no: 0 };
}

/** Files of the answers that were not read (a job.txt): one 0-point test naming them, as the tests are all a student sees. */
function skippedTest(report: Report, context: FormatContext): ClassroomTest[] {
  const skipped = report.findings.filter((finding) => finding.messageId === 'skipped');
  if (skipped.length === 0) return [];
  return [
    {
      name: 'Files not read',
      status: 'pass',
      score: 0,
      message: findingLines(report, context, skipped).join('\n'),
      test_code: lineText(`${report.rubric?.id ?? 'kubegrade'} files-not-read`),
      ...firstLocation(report, context, skipped),
      duration: 0,
    },
  ];
}

function exerciseTest(report: Report, context: FormatContext, exercise: ExerciseResult): ClassroomTest {
  const name = lineText(`${exercise.id} · ${exercise.title}`);
  const testCode = lineText(`${report.rubric?.id ?? 'kubegrade'} ${exercise.id}`);
  if (isNotAttempted(exercise)) {
    return {
      name,
      status: exercise.optional ? 'pass' : 'fail',
      score: 0,
      message: notAttemptedText(exercise),
      test_code: testCode,
      filename: '',
      line_no: 0,
      duration: 0,
    };
  }
  const failed = exercise.checks.filter((check) => !check.passed).map((check) => ({ check, explaining: findingsOfCheck(report, exercise, check) }));
  const findings = failed.flatMap(({ explaining }) => explaining);
  const message = failed.flatMap(({ check, explaining }) => {
    const head = `Check "${lineText(check.title)}": ${check.points}/${check.maxPoints} points`;
    if (explaining.length > 0) return [head, ...findingLines(report, context, explaining)];
    return check.hint ? [head, `  Fix: ${lineText(check.hint)}`] : [head];
  });
  return {
    name,
    status: exercise.passed || exercise.optional ? 'pass' : 'fail',
    score: exercise.score,
    message: message.length > 0 ? message.join('\n') : `Passed: ${exercise.score}/${exercise.maxScore} points.`,
    test_code: testCode,
    ...firstLocation(report, context, findings),
    duration: 0,
  };
}

/** Lint mode has no points: one test per file, failed when the file has an error. */
function fileTest(report: Report, context: FormatContext, file: string | undefined, findings: readonly Finding[]): ClassroomTest {
  const failed = findings.some((finding) => finding.severity === 'error');
  return {
    name: safeLineStart(lineText(displayPath(report, context, file))),
    status: failed ? 'fail' : 'pass',
    score: 0,
    message: findings.length > 0 ? findingLines(report, context, findings).join('\n') : 'No problems.',
    test_code: 'kubegrade --lint',
    ...firstLocation(report, context, findings),
    duration: 0,
  };
}

/** GitHub Classroom's grader result: one test per exercise, score = points earned, max_score = the total. */
export function classroomResult(report: Report, context: FormatContext): ClassroomResult {
  if (report.exercises) {
    const counted = report.exercises.filter((exercise) => !exercise.optional);
    return {
      version: 1,
      status: counted.every((exercise) => exercise.passed) ? 'pass' : 'fail',
      max_score: report.maxScore ?? 0,
      tests: [...report.exercises.map((exercise) => exerciseTest(report, context, exercise)), ...skippedTest(report, context)],
    };
  }
  const tests = [...findingsByFile(report, report.findings)].map(([file, findings]) => fileTest(report, context, file, findings));
  return { version: 1, status: report.summary.errors > 0 ? 'fail' : 'pass', max_score: 0, tests };
}

export const formatClassroom: Formatter = (report: Report, context: FormatContext) => `${toSafeJson(classroomResult(report, context))}\n`;

/** The grader action's `result` output: the result JSON, compact, base64-encoded. */
export function encodeClassroomResult(report: Report, context: FormatContext = { color: false }): string {
  return Buffer.from(JSON.stringify(classroomResult(report, context)), 'utf8').toString('base64');
}
