import { describe, expect, it } from 'vitest';
import { formatGradescope } from '../../src/format/gradescope.js';
import { gradeReport, lintReport, plainContext } from '../support/report-builder.js';

const parse = (text: string) => JSON.parse(text) as Record<string, unknown> & { tests: Record<string, unknown>[] };

describe('gradescope format, grading', () => {
  const results = parse(formatGradescope(gradeReport(), plainContext));

  it('has the top-level score, a Markdown overview and visibility settings', () => {
    expect(results).toMatchObject({ score: 7, output_format: 'md', visibility: 'visible', stdout_visibility: 'hidden' });
    expect(results.output).toBe(
      '**Score: 7/9**\n\n1 error, 1 warning in 2 files.\n\nFindings outside the rubric checks:\n\n- **warning** answers/ex2/job.yaml:18:18: Image alpine has no tag. (image-tag)',
    );
  });

  it('has one test per rubric check with its points, status and the findings that explain it', () => {
    expect(results.tests.map((test) => [test.name, test.number, test.score, test.max_score, test.status])).toEqual([
      ['ex2 · runs alpine:3.8', '1.1', 3, 3, 'passed'],
      ['ex2 · restartPolicy is Never or OnFailure', '1.2', 0, 2, 'failed'],
      ['ex3 · ConfigMap target-google exists', '2.1', 2, 2, 'passed'],
      ['ex3 · env from ConfigMap', '2.2', 2, 2, 'passed'],
      ['ex6 · Peek at the service account token', '3', 0, 0, undefined],
    ]);
    expect(results.tests[1]).toEqual({
      name: 'ex2 · restartPolicy is Never or OnFailure',
      number: '1.2',
      score: 0,
      max_score: 2,
      status: 'failed',
      output:
        "- **error** answers/ex2/job.yaml:14:22: A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish. (job-restart-policy)\n  Fix: Change it to restartPolicy: Never (or OnFailure).",
      output_format: 'md',
      tags: ['ex2'],
      visibility: 'visible',
    });
  });

  it('the test scores add up to the top-level score', () => {
    expect(results.tests.reduce((sum, test) => sum + (test.score as number), 0)).toBe(results.score);
  });

  it("shows the check's hint when no finding explains a failed check", () => {
    const tests = parse(formatGradescope(gradeReport({ findings: [] }), plainContext)).tests;
    expect(tests[1]!.output).toBe('Fix: Set restartPolicy: Never.');
  });

  it('an optional exercise that was not attempted counts toward nothing', () => {
    expect(results.tests[4]).toMatchObject({ score: 0, max_score: 0, output: 'Optional exercise, not attempted: it counts toward nothing.' });
  });
});

describe('gradescope format, linting', () => {
  it('gives feedback without points: one test per file, failed when it has an error', () => {
    const results = parse(formatGradescope(lintReport(), plainContext));
    expect(results.score).toBe(0);
    expect(results.output).toBe('1 error, 1 warning, 1 info in 3 files.');
    expect(results.tests.map((test) => [test.name, test.number, test.status, test.score])).toEqual([
      ['answers/clean.yaml', '1', 'passed', undefined],
      ['answers/ex2/job.yaml', '2', 'failed', undefined],
      ['answers/ex3/configmap.yaml', '3', 'passed', undefined],
    ]);
    expect(results.tests[0]!.output).toBe('No problems.');
    expect(results.tests[2]!.output).toBe('- **info** answers/ex3/configmap.yaml:7:8: ttw is a number; ConfigMap values must be strings. (configmap-data)');
  });
});
