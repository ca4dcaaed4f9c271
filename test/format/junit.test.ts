import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/format/junit.js';
import { exercises, finding, gradeReport, lintReport, plainContext } from '../support/report-builder.js';

interface Parsed {
  testsuites: {
    name: string;
    tests: string;
    failures: string;
    errors: string;
    time: string;
    testsuite: {
      name: string;
      tests: string;
      failures: string;
      skipped: string;
      testcase: {
        name: string;
        classname: string;
        file?: string;
        line?: string;
        time: string;
        failure?: { message: string; type: string; '#text': string };
        skipped?: { message: string };
        'system-out'?: string;
      }[];
    }[];
  };
}

const arrays = new Set(['testsuites.testsuite', 'testsuites.testsuite.testcase']);

function parse(xml: string): Parsed['testsuites'] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    htmlEntities: true,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (_name, jpath) => arrays.has(String(jpath)),
  });
  return (parser.parse(xml) as Parsed).testsuites;
}

const cases = (suites: Parsed['testsuites']) => suites.testsuite.flatMap((suite) => suite.testcase ?? []);

describe('junit format, grading', () => {
  const suites = parse(formatJunit(gradeReport(), plainContext));

  it('has one suite per exercise plus one for findings outside the rubric, with consistent counts', () => {
    expect(suites).toMatchObject({ name: 'kubegrade', tests: '6', failures: '2', errors: '0', time: '0' });
    expect(suites.testsuite.map((suite) => [suite.name, suite.tests, suite.failures, suite.skipped])).toEqual([
      ['ex2 · Launch a traceroute batch Job', '2', '1', '0'],
      ['ex3 · Configure Jobs from a ConfigMap', '2', '0', '0'],
      ['ex6 · Peek at the service account token', '1', '0', '1'],
      ['answers/ex2/job.yaml', '1', '1', '0'],
    ]);
  });

  it('has one testcase per (exercise, check), named uniquely', () => {
    expect(cases(suites).map((testCase) => [testCase.classname, testCase.name])).toEqual([
      ['kubegrade.ex2', 'ex2 · runs alpine:3.8'],
      ['kubegrade.ex2', 'ex2 · restartPolicy is Never or OnFailure'],
      ['kubegrade.ex3', 'ex3 · ConfigMap target-google exists'],
      ['kubegrade.ex3', 'ex3 · env from ConfigMap'],
      ['kubegrade.ex6', 'ex6 · Pod peek exists'],
      ['answers/ex2/job.yaml', 'answers/ex2/job.yaml:18:18 image-tag'],
    ]);
  });

  it('fails a check with its points, the rule id as type, its file and line, and the located findings as text', () => {
    const failed = cases(suites)[1]!;
    expect(failed).toMatchObject({ file: 'answers/ex2/job.yaml', line: '14', time: '0' });
    expect(failed.failure).toEqual({
      message: 'restartPolicy is Never or OnFailure: 0/2 points',
      type: 'job-restart-policy',
      '#text':
        "answers/ex2/job.yaml:14:22: error: A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish. (job-restart-policy)\n  Fix: Change it to restartPolicy: Never (or OnFailure).",
    });
    expect(cases(suites)[0]!.failure).toBeUndefined();
  });

  it('skips the checks of an optional exercise that was not attempted', () => {
    expect(cases(suites)[4]!.skipped).toEqual({ message: 'optional exercise, not attempted' });
  });

  it("falls back to the check's hint when no finding explains a failed check", () => {
    const report = gradeReport({ findings: [] });
    const failed = cases(parse(formatJunit(report, plainContext)))[1]!;
    expect(failed.failure).toEqual({ message: 'restartPolicy is Never or OnFailure: 0/2 points', type: 'rubric', '#text': 'Set restartPolicy: Never.' });
    expect(failed.file).toBeUndefined();
  });

  it('an optional exercise without checks that was not attempted is one skipped testcase', () => {
    const ex6 = { ...exercises()[2]!, checks: [] };
    const skipped = cases(parse(formatJunit(gradeReport({ exercises: [ex6], findings: [] }), plainContext)));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({
      name: 'ex6 · Peek at the service account token',
      classname: 'kubegrade.ex6',
      skipped: { message: 'optional exercise, not attempted' },
    });
  });

  it('keeps names unique when two checks share a title', () => {
    const [ex2] = exercises();
    const twin = { ...ex2!, checks: [...ex2!.checks, { ...ex2!.checks[0]!, id: 'image-again' }] };
    const names = cases(parse(formatJunit(gradeReport({ exercises: [twin], findings: [] }), plainContext))).map((testCase) => testCase.name);
    expect(names).toEqual(['ex2 · runs alpine:3.8', 'ex2 · restartPolicy is Never or OnFailure', 'ex2 · runs alpine:3.8 (2)']);
  });
});

describe('junit format, linting', () => {
  const suites = parse(formatJunit(lintReport(), plainContext));

  it('has one suite per file: a passing testcase for a clean file, one per finding otherwise', () => {
    expect(suites).toMatchObject({ tests: '4', failures: '2', errors: '0' });
    expect(suites.testsuite.map((suite) => [suite.name, suite.tests, suite.failures])).toEqual([
      ['answers/clean.yaml', '1', '0'],
      ['answers/ex2/job.yaml', '2', '2'],
      ['answers/ex3/configmap.yaml', '1', '0'],
    ]);
    expect(cases(suites).map((testCase) => [testCase.name, testCase.file, testCase.line])).toEqual([
      ['answers/clean.yaml: no problems', 'answers/clean.yaml', undefined],
      ['answers/ex2/job.yaml:14:22 job-restart-policy', 'answers/ex2/job.yaml', '14'],
      ['answers/ex2/job.yaml:18:18 image-tag', 'answers/ex2/job.yaml', '18'],
      ['answers/ex3/configmap.yaml:7:8 configmap-data', 'answers/ex3/configmap.yaml', '7'],
    ]);
  });

  it('fails errors and warnings with the message and rule, and keeps an info as output of a passing testcase', () => {
    const [, error, warning, info] = cases(suites);
    expect(error!.failure).toMatchObject({
      message: "A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.",
      type: 'job-restart-policy',
    });
    expect(warning!.failure!['#text']).toBe('answers/ex2/job.yaml:18:18: warning: Image alpine has no tag. (image-tag)\n  Fix: Pin a tag such as alpine:3.8.');
    expect(info!.failure).toBeUndefined();
    expect(info!['system-out']).toBe('answers/ex3/configmap.yaml:7:8: info: ttw is a number; ConfigMap values must be strings. (configmap-data)');
  });

  it('a clean run still has tests', () => {
    const clean = parse(formatJunit(lintReport({ findings: [] }), plainContext));
    expect(clean).toMatchObject({ tests: '3', failures: '0' });
  });

  it('names two findings of one rule at one position uniquely', () => {
    const report = lintReport({ findings: [finding({ message: 'first' }), finding({ message: 'second' })] });
    expect(
      cases(parse(formatJunit(report, plainContext)))
        .slice(1, 3)
        .map((testCase) => testCase.name),
    ).toEqual(['answers/ex2/job.yaml:14:22 job-restart-policy', 'answers/ex2/job.yaml:14:22 job-restart-policy (2)']);
  });

  it('escapes markup, and spells out line breaks, controls and characters XML 1.0 forbids', () => {
    const message = 'a <b> & "c" \'d\' ]]> e\nline two\ttab\u0000\u001b[31m\uffff';
    const xml = formatJunit(lintReport({ findings: [finding({ message, file: 'x]]>.yaml' })] }), plainContext);
    const testCase = cases(parse(xml)).find((candidate) => candidate.failure)!;
    const shown = 'a <b> & "c" \'d\' ]]> e\\nline two\ttab\\u0000\\u001b[31m\\uffff';
    expect(testCase.failure!.message).toBe(shown);
    expect(testCase.failure!['#text']).toBe(`answers/x]]>.yaml:14:22: error: ${shown} (job-restart-policy)`);
    expect(testCase.file).toBe('answers/x]]>.yaml');
  });

  it('is byte-identical for the same report and carries no timestamps', () => {
    const xml = formatJunit(lintReport(), plainContext);
    expect(xml).toBe(formatJunit(lintReport(), plainContext));
    expect(xml).not.toMatch(/timestamp|hostname/);
  });
});
