import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRubricPath, parseRubric } from '../../src/grade/rubric.js';
import { allRuleMeta } from '../../src/pipeline/rule-set.js';

function problems(text: string): [number | undefined, number | undefined, string][] {
  const parsed = parseRubric(text, 'course.yaml', allRuleMeta());
  expect(parsed.rubric).toBeUndefined();
  return parsed.problems.map((p) => [p.line, p.column, p.message]);
}

const minimal = (check: string, resource = '      - { id: job, kind: Job, name: hello }') => `id: week-3
title: Week 3
exercises:
  - id: w3
    title: A Job
    resources:
${resource}
    checks:
${check}`;

describe('rubric validation', () => {
  it('accepts the built-in day-2 rubric', () => {
    const parsed = parseRubric(readFileSync(builtinRubricPath(), 'utf8'), 'k8s-for-users-day2.yaml', allRuleMeta());
    expect(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
    expect(parsed.rubric?.exercises.map((e) => e.id)).toEqual(['ex1', 'ex2', 'ex3', 'ex4', 'ex5', 'ex6']);
    expect(parsed.rubric?.tolerate).toEqual([{ apiVersion: 'batch/v1beta1', kind: 'CronJob' }]);
    expect(parsed.rubric?.exercises.find((e) => e.id === 'ex6')?.optional).toBe(true);
  });

  it('reads allowFix: false (a course whose students make each change themselves); fixes are allowed by default', () => {
    const check = '      - { id: image, title: busybox, points: 1, assert: { path: "$pod.containers[*].image", equals: "busybox:1.36" } }';
    expect(parseRubric(minimal(check), 'course.yaml', allRuleMeta()).rubric?.allowFix).toBeUndefined();
    const forbidden = parseRubric(`allowFix: false\n${minimal(check)}`, 'course.yaml', allRuleMeta());
    expect(forbidden.problems).toEqual([]);
    expect(forbidden.rubric?.allowFix).toBe(false);
    expect(problems(`allowFix: nope\n${minimal(check)}`).map(([line]) => line)).toEqual([1]);
  });

  it('accepts a small rubric, and defaults the check resource when the exercise has one', () => {
    const parsed = parseRubric(
      minimal('      - { id: image, title: busybox, points: 1, assert: { path: "$pod.containers[*].image", equals: "busybox:1.36" } }'),
      'course.yaml',
      allRuleMeta(),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rubric?.exercises[0]?.checks[0]?.resources).toEqual(['job']);
    expect(parsed.rubric?.exercises[0]?.folder).toBe('w3');
  });

  it('places schema errors on the offending key or value', () => {
    const text = `id: Week 3
title: Week 3
exercises:
  - id: w3
    title: A Job
    resources:
      - id: job
        kind: Job
        nmae: hello
    checks:
      - id: image
        title: Uses busybox
        points: -1
        exists: job
      - id: policy
        points: 1
        rule: job-restart-policy
`;
    expect(problems(text)).toEqual([
      [1, 5, 'id may contain only letters, digits, "-" and "_" (lower case for the rubric id)'],
      [9, 9, 'unknown field "nmae" in this resource; allowed: id, kind, name, description, where'],
      [13, 17, 'points must be at least 0'],
      [15, 9, 'this check needs "title"'],
    ]);
  });

  it('checks what the schema cannot: handles, rule ids, one function per assertion, paths, regexes, schedules', () => {
    const text = minimal(`      - id: a
        title: A
        points: 1
        resource: jobb
        rule: job-restart-polcy
      - id: b
        title: B
        points: 1
        assert:
          path: $pod.containers[*.image
          equals: busybox
      - id: c
        title: C
        points: 1
        assert:
          - path: spec.schedule
            cronEquivalent: "61 * * * *"
          - path: metadata.name
            matches: "("
          - path: metadata.name
            equals: x
            oneOf: [x]
      - id: a
        title: D
        points: 1
        exists: job
        noErrors: true
`);
    expect(problems(text)).toEqual([
      [12, 19, 'no resource "jobb" in this exercise; did you mean "job"?'],
      [13, 15, '"job-restart-polcy" is not a kubegrade rule; did you mean "job-restart-policy"?'],
      [18, 32, 'invalid path: "[" is never closed'],
      [25, 29, '"61 * * * *" is not a schedule the CronJob controller accepts (five fields, or @hourly, @daily, ...)'],
      [27, 22, 'not a valid regular expression: Invalid regular expression: /(/: Unterminated group'],
      [28, 13, 'this assertion has 2 functions (equals, oneOf); give each its own assertion'],
      [31, 9, 'this check mixes exists and noErrors; split it into separate checks'],
      [31, 13, 'check id "a" is used twice'],
    ]);
  });

  it('reports a check that mixes kinds, and rule options that do not fit the rule', () => {
    const text = minimal(`      - id: a
        title: A
        points: 1
        exists: job
        noErrors: true
      - id: b
        title: B
        points: 1
        rule: job-restart-policy
        ruleOptions: { strict: true }
      - id: c
        title: C
        points: 1
        failOn: warning
        noErrors: true
`);
    expect(problems(text)).toEqual([
      [9, 9, 'this check mixes exists and noErrors; split it into separate checks'],
      [18, 9, 'rule job-restart-policy takes no options'],
      [22, 9, 'failOn and ruleOptions apply to a rule check only'],
    ]);
  });

  it('reads requires: earlier checks of the exercise, by id', () => {
    const parsed = parseRubric(
      minimal(`      - { id: image, title: Image, points: 1, assert: { path: "$pod.containers[*].image", equals: "busybox:1.36" } }
      - { id: policy, title: Policy, points: 1, rule: job-restart-policy }
      - { id: runs, title: Runs, points: 1, requires: [image, policy], assert: { path: "$pod.containers[*].name", exists: true } }
      - { id: one, title: One, points: 1, requires: image, assert: { path: metadata.name, exists: true } }`),
      'course.yaml',
      allRuleMeta(),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rubric?.exercises[0]?.checks.map((check) => [check.id, check.requires])).toEqual([
      ['image', []],
      ['policy', []],
      ['runs', ['image', 'policy']],
      ['one', ['image']],
    ]);
  });

  it('reports requires naming a check that is not above it (itself, a later one, a misspelt id)', () => {
    const text = minimal(`      - id: image
        title: Image
        points: 1
        requires: image
        assert: { path: "$pod.containers[*].image", equals: "busybox:1.36" }
      - id: runs
        title: Runs
        points: 1
        requires: [imag, later]
        assert: { path: "$pod.containers[*].name", exists: true }
      - { id: later, title: Later, points: 1, rule: job-restart-policy }
`);
    expect(problems(text)).toEqual([
      [12, 19, 'requires names "image", which is not a check above this one in the exercise'],
      [17, 20, 'requires names "imag", which is not a check above this one in the exercise; did you mean "image"?'],
      [17, 26, 'requires names "later", which is not a check above this one in the exercise'],
    ]);
  });

  it('needs a resource when the exercise expects several', () => {
    const text = minimal(
      '      - { id: a, title: A, points: 1, assert: { path: metadata.name, exists: true } }',
      '      - { id: job, kind: Job, name: hello }\n      - { id: cm, kind: ConfigMap, name: settings }',
    );
    expect(problems(text)).toEqual([[10, 11, 'this check needs "resource": the exercise expects 2 resources (job, cm)']]);
  });

  it('reports YAML errors in the rubric at their position, and more than one document', () => {
    expect(problems('id: x\ntitle: "a\n')).toEqual([[2, 9, 'The value of "title" opens a double quote that is never closed.']]);
    const two = problems('id: a\n---\nid: b\n');
    expect(two).toEqual([[3, 1, 'a rubric is one YAML document; this file has several']]);
  });
});
