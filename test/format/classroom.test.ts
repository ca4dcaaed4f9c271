import { describe, expect, it } from 'vitest';
import { encodeClassroomResult, formatClassroom, type ClassroomResult } from '../../src/format/classroom.js';
import { exercises, gradeReport, lintReport, plainContext } from '../support/report-builder.js';

const parse = (text: string) => JSON.parse(text) as ClassroomResult;

describe('classroom format, grading', () => {
  const result = parse(formatClassroom(gradeReport(), plainContext));

  it('is the grader result: version 1, overall status, max_score = the total', () => {
    expect(result).toMatchObject({ version: 1, status: 'fail', max_score: 9 });
    expect(Object.keys(result)).toEqual(['version', 'status', 'max_score', 'tests']);
  });

  it('has one test per exercise whose score is the points earned, with every field the reporter reads', () => {
    expect(result.tests.map((test) => [test.name, test.status, test.score])).toEqual([
      ['ex2 · Launch a traceroute batch Job', 'fail', 3],
      ['ex3 · Configure Jobs from a ConfigMap', 'pass', 4],
      ['ex6 · Peek at the service account token', 'pass', 0],
    ]);
    expect(result.tests[0]).toEqual({
      name: 'ex2 · Launch a traceroute batch Job',
      status: 'fail',
      score: 3,
      message:
        'Check "restartPolicy is Never or OnFailure": 0/2 points\n- error at answers/ex2/job.yaml:14:22: A Job\'s pod template cannot use restartPolicy Always: a Job\'s pods must be allowed to finish. (job-restart-policy)\n  Fix: Change it to restartPolicy: Never (or OnFailure).',
      test_code: 'k8s-for-users-day2 ex2',
      filename: 'answers/ex2/job.yaml',
      line_no: 14,
      duration: 0,
    });
    expect(result.tests[1]).toMatchObject({ message: 'Passed: 4/4 points.', filename: '', line_no: 0 });
  });

  it('the reporter totals (sum of test scores, max_score) equal the report score', () => {
    expect(result.tests.reduce((sum, test) => sum + test.score, 0)).toBe(gradeReport().score);
    expect(result.max_score).toBe(gradeReport().maxScore);
  });

  it('passes when every attempted exercise passed, whatever the optional one did', () => {
    const passing = exercises().filter((exercise) => exercise.id !== 'ex2');
    expect(parse(formatClassroom(gradeReport({ exercises: passing }), plainContext)).status).toBe('pass');
  });
});

describe('classroom format, linting', () => {
  it('has no points: one test per file, failed when the file has an error', () => {
    const result = parse(formatClassroom(lintReport(), plainContext));
    expect(result).toMatchObject({ version: 1, status: 'fail', max_score: 0 });
    expect(result.tests.map((test) => [test.name, test.status, test.score, test.filename, test.line_no])).toEqual([
      ['answers/clean.yaml', 'pass', 0, '', 0],
      ['answers/ex2/job.yaml', 'fail', 0, 'answers/ex2/job.yaml', 14],
      ['answers/ex3/configmap.yaml', 'pass', 0, 'answers/ex3/configmap.yaml', 7],
    ]);
    expect(parse(formatClassroom(lintReport({ findings: [] }), plainContext)).status).toBe('pass');
  });
});

describe('encodeClassroomResult', () => {
  it('is the base64 of the compact result JSON, for the action output `result`', () => {
    const encoded = encodeClassroomResult(gradeReport());
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    expect(decoded).not.toContain('\n');
    expect(JSON.parse(decoded)).toEqual(parse(formatClassroom(gradeReport(), plainContext)));
  });
});
