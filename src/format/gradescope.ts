import type { Finding } from '../types.js';
import type { ExerciseResult, Report } from '../report.js';
import type { FormatContext, Formatter } from './types.js';
import { displayPath, findingsByFile, findingsOfCheck, findingsOutsideChecks, isNotAttempted, locationOf, notAttemptedText } from './located.js';
import { markdownText } from './markdown.js';
import { printable, toSafeJson } from './log-safety.js';
import { plural } from './text.js';
import { uniqueNamer } from './unique-names.js';

interface GradescopeTest {
  name: string;
  number?: string;
  score?: number;
  max_score?: number;
  status?: 'passed' | 'failed';
  output: string;
  output_format: 'md';
  tags?: string[];
  visibility: 'visible';
}

/** Findings as a Markdown list: location, severity, message, fix. */
function findingsMarkdown(report: Report, context: FormatContext, findings: readonly Finding[]): string {
  return findings
    .map((finding) => {
      const line = `- **${finding.severity}** ${markdownText(locationOf(report, context, finding))}: ${markdownText(finding.message)} (${markdownText(finding.ruleId)})`;
      return finding.hint ? `${line}\n  Fix: ${markdownText(finding.hint)}` : line;
    })
    .join('\n');
}

function exerciseTests(
  report: Report,
  context: FormatContext,
  exercise: ExerciseResult,
  exerciseNumber: number,
  uniqueName: (name: string) => string,
): GradescopeTest[] {
  const tags = [printable(exercise.id)];
  if (isNotAttempted(exercise)) {
    // Counts toward nothing: no status and no points, so it reads as neither passed nor failed.
    return [
      {
        name: uniqueName(printable(`${exercise.id} · ${exercise.title}`)),
        number: `${exerciseNumber}`,
        score: 0,
        max_score: exercise.optional ? 0 : exercise.maxScore,
        ...(exercise.optional ? {} : { status: 'failed' as const }),
        output: notAttemptedText(exercise),
        output_format: 'md',
        tags,
        visibility: 'visible',
      },
    ];
  }
  return exercise.checks.map((check, index) => {
    const findings = findingsOfCheck(report, exercise, check);
    const explanation =
      findings.length > 0 ? findingsMarkdown(report, context, findings) : !check.passed && check.hint ? `Fix: ${markdownText(check.hint)}` : '';
    return {
      name: uniqueName(printable(`${exercise.id} · ${check.title}`)),
      number: `${exerciseNumber}.${index + 1}`,
      score: check.points,
      // Extra credit: an optional check adds points and never raises the maximum.
      max_score: exercise.optional ? 0 : check.maxPoints,
      status: check.passed ? 'passed' : 'failed',
      output: explanation,
      output_format: 'md',
      tags,
      visibility: 'visible',
    };
  });
}

/** Lint mode gives feedback, not points: one test per file, failed when it has an error. */
function fileTests(report: Report, context: FormatContext, uniqueName: (name: string) => string): GradescopeTest[] {
  return [...findingsByFile(report, report.findings)].map(([file, findings], index) => ({
    name: uniqueName(printable(displayPath(report, context, file))),
    number: `${index + 1}`,
    status: findings.some((finding) => finding.severity === 'error') ? 'failed' : 'passed',
    output: findings.length > 0 ? findingsMarkdown(report, context, findings) : 'No problems.',
    output_format: 'md',
    visibility: 'visible',
  }));
}

function overview(report: Report, context: FormatContext): string {
  const { errors, warnings, infos } = report.summary;
  const problems = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos > 0 ? `, ${plural(infos, 'info')}` : ''} in ${plural(report.files.length, 'file')}.`;
  const lines = report.exercises
    ? [`**Score: ${report.score ?? 0}/${report.maxScore ?? 0}${report.extraCredit ? ` (+${report.extraCredit} extra credit)` : ''}**`, '', problems]
    : [problems];
  const outside = report.exercises ? findingsOutsideChecks(report) : [];
  if (outside.length > 0) lines.push('', 'Findings outside the rubric checks:', '', findingsMarkdown(report, context, outside));
  return lines.join('\n');
}

/**
 * Gradescope's results.json: one test per rubric check ("ex3 · env from ConfigMap") with its points and the
 * findings that explain it; the top-level score is the report's. Lint mode has no points (score 0).
 */
export const formatGradescope: Formatter = (report: Report, context: FormatContext) => {
  const uniqueName = uniqueNamer();
  const tests = report.exercises
    ? report.exercises.flatMap((exercise, index) => exerciseTests(report, context, exercise, index + 1, uniqueName))
    : fileTests(report, context, uniqueName);
  const results = {
    score: report.exercises ? (report.score ?? 0) + (report.extraCredit ?? 0) : 0,
    output: overview(report, context),
    output_format: 'md',
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests,
  };
  return `${toSafeJson(results)}\n`;
};
