import type { Finding } from '../types.js';
import type { ExerciseResult, Report } from '../report.js';
import type { FormatContext, Formatter } from './types.js';
import { repositoryPath } from './paths.js';
import { safeLineStart } from './log-safety.js';
import { displayPath, findingsByFile, findingsOfCheck, findingsOutsideChecks, isNotAttempted, locationOf, notAttemptedText } from './located.js';
import { uniqueNamer } from './unique-names.js';
import { xmlDocument, type XmlElement } from './xml.js';

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  failure?: { message: string; type: string; text: string[] };
  skipped?: string;
  output?: string[];
}

interface TestSuite {
  name: string;
  cases: TestCase[];
}

/** A finding as a line of failure text, with its fix on the next; the path never starts a line with "::". */
function findingText(report: Report, context: FormatContext, finding: Finding): string[] {
  const line = `${safeLineStart(locationOf(report, context, finding))}: ${finding.severity}: ${finding.message} (${finding.ruleId})`;
  return finding.hint ? [line, `  Fix: ${finding.hint}`] : [line];
}

function fileOf(report: Report, context: FormatContext, findings: readonly Finding[]): Pick<TestCase, 'file' | 'line'> {
  const located = findings.find((finding) => finding.file !== undefined);
  if (!located?.file) return {};
  return { file: repositoryPath(report, context, located.file), line: located.line };
}

function exerciseSuite(report: Report, context: FormatContext, exercise: ExerciseResult, uniqueName: (name: string) => string): TestSuite {
  const classname = `kubegrade.${exercise.id}`;
  const notAttempted = 'optional exercise, not attempted';
  if (isNotAttempted(exercise) && !exercise.optional) {
    return {
      name: `${exercise.id} · ${exercise.title}`,
      cases: [
        {
          name: uniqueName(`${exercise.id} · ${exercise.title}`),
          classname,
          failure: { message: notAttemptedText(exercise), type: 'not-attempted', text: [notAttemptedText(exercise)] },
        },
      ],
    };
  }
  if (isNotAttempted(exercise) && exercise.checks.length === 0) {
    return {
      name: `${exercise.id} · ${exercise.title}`,
      cases: [{ name: uniqueName(`${exercise.id} · ${exercise.title}`), classname, skipped: notAttempted }],
    };
  }
  const cases = exercise.checks.map((check): TestCase => {
    const name = uniqueName(`${exercise.id} · ${check.title}`);
    if (isNotAttempted(exercise)) return { name, classname, skipped: notAttempted };
    const findings = findingsOfCheck(report, exercise, check);
    const text = findings.flatMap((finding) => findingText(report, context, finding));
    if (check.passed) return { name, classname, ...(text.length > 0 ? { output: text } : {}) };
    // Extra credit: a missed optional check is not a failure.
    if (exercise.optional) return { name, classname, skipped: `optional exercise (extra credit): ${check.points}/${check.maxPoints} points` };
    return {
      name,
      classname,
      ...fileOf(report, context, findings),
      failure: {
        message: `${check.title}: ${check.points}/${check.maxPoints} points`,
        type: findings[0]?.ruleId ?? 'rubric',
        text: text.length > 0 ? text : [check.hint ?? check.title],
      },
    };
  });
  return { name: `${exercise.id} · ${exercise.title}`, cases };
}

/** Lint-style cases: one per finding (errors and warnings fail, infos pass with output), one passing case per clean file. */
function findingSuites(
  report: Report,
  context: FormatContext,
  findings: readonly Finding[],
  includeCleanFiles: boolean,
  uniqueName: (name: string) => string,
): TestSuite[] {
  const suites: TestSuite[] = [];
  for (const [file, fileFindings] of findingsByFile(report, findings)) {
    const path = displayPath(report, context, file);
    if (fileFindings.length === 0) {
      if (includeCleanFiles)
        suites.push({ name: path, cases: [{ name: uniqueName(`${path}: no problems`), classname: path, ...(file === undefined ? {} : { file: path }) }] });
      continue;
    }
    const cases = fileFindings.map((finding): TestCase => {
      const where = finding.line === undefined ? '' : `:${finding.line}:${finding.column ?? 1}`;
      const base = { name: uniqueName(`${path}${where} ${finding.ruleId}`), classname: path, ...fileOf(report, context, [finding]) };
      const text = findingText(report, context, finding);
      if (finding.severity === 'info') return { ...base, output: text };
      return { ...base, failure: { message: finding.message, type: finding.ruleId, text } };
    });
    suites.push({ name: path, cases });
  }
  return suites;
}

function counts(cases: readonly TestCase[]) {
  return {
    tests: cases.length,
    failures: cases.filter((testCase) => testCase.failure).length,
    errors: 0,
    skipped: cases.filter((testCase) => testCase.skipped !== undefined).length,
  };
}

function caseElement(testCase: TestCase): XmlElement {
  const children: XmlElement[] = [];
  if (testCase.failure)
    children.push({ name: 'failure', attributes: { message: testCase.failure.message, type: testCase.failure.type }, text: testCase.failure.text });
  if (testCase.skipped !== undefined) children.push({ name: 'skipped', attributes: { message: testCase.skipped } });
  if (testCase.output) children.push({ name: 'system-out', text: testCase.output });
  return { name: 'testcase', attributes: { name: testCase.name, classname: testCase.classname, file: testCase.file, line: testCase.line, time: 0 }, children };
}

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, ...). Grading: one testcase per rubric check, grouped by
 * exercise; findings outside the rubric follow, one per finding. Linting: one per finding, one per clean file.
 * Names are unique across the document: GitLab drops repeated (classname, name) pairs.
 */
export const formatJunit: Formatter = (report: Report, context: FormatContext) => {
  const uniqueName = uniqueNamer();
  const suites = report.exercises
    ? [
        ...report.exercises.map((exercise) => exerciseSuite(report, context, exercise, uniqueName)),
        ...findingSuites(report, context, findingsOutsideChecks(report), false, uniqueName),
      ]
    : findingSuites(report, context, report.findings, true, uniqueName);
  const all = counts(suites.flatMap((suite) => suite.cases));
  return xmlDocument({
    name: 'testsuites',
    attributes: { name: 'kubegrade', tests: all.tests, failures: all.failures, errors: all.errors, time: 0 },
    children: suites.map((suite) => ({
      name: 'testsuite',
      attributes: { name: suite.name, ...counts(suite.cases), time: 0 },
      children: suite.cases.map(caseElement),
    })),
  });
};
