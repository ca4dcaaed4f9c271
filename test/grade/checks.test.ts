import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { ResourceIndex } from '../../src/resources/resource-index.js';
import { gradeAnswers } from '../../src/grade/index.js';
import { parseRubric, type Rubric } from '../../src/grade/rubric.js';
import { allRuleMeta, rules } from '../../src/pipeline/rule-set.js';

/** Grades one YAML stream against a one-exercise rubric whose single check is `check`. */
function grade(yaml: string, resource: string, check: string) {
  const parsed = parseRubric(
    `id: t
title: T
exercises:
  - id: e
    title: E
    resources:
      - ${resource}
    checks:
      - id: c
        title: C
        points: 1
${check.replace(/^/gm, '        ')}
`,
    'rubric.yaml',
    allRuleMeta(),
  );
  if (!parsed.rubric) throw new Error(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  const checked = checkText('a.yaml', yaml);
  const result = gradeAnswers(
    { resources: checked.resources, index: new ResourceIndex(checked.resources), findings: checked.findings },
    parsed.rubric as Rubric,
    { rules },
  );
  const exercise = result.exercises[0]!;
  return {
    passed: exercise.checks[0]!.passed,
    findings: result.findings.filter((f) => f.check === 'c').map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, message: f.message })),
  };
}

const secret = `apiVersion: v1
kind: Secret
metadata:
  name: pretty-secret-config
data:
  username: SmVmZgo=
  password: TeachesThisClass
  endpoint: http://localhost:8080/login
`;

const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: not-secret-config
data:
  username: Jeff
  password: hunter2
  ttw: 4
`;

describe('assertion functions', () => {
  it('equals names a type slip (ttw: 4 for "4") at the value', () => {
    const result = grade(configMap, '{ id: cm, kind: ConfigMap, name: not-secret-config }', 'assert: { path: data.ttw, equals: "4" }');
    expect(result).toEqual({
      passed: false,
      findings: [{ ruleId: 'rubric', line: 8, column: 8, message: 'data.ttw is the number 4, but it must be the string "4": put it in quotes.' }],
    });
  });

  it('a missing key is reported on its parent, with a did-you-mean when a key is close', () => {
    const missing = grade(configMap, '{ id: cm, kind: ConfigMap, name: not-secret-config }', 'assert: { path: data.endpoint, exists: true }');
    expect(missing.findings).toEqual([{ ruleId: 'rubric', line: 5, column: 1, message: 'data.endpoint is not set.' }]);
    const near = grade(configMap, '{ id: cm, kind: ConfigMap, name: not-secret-config }', 'assert: { path: data.usernme, exists: true }');
    expect(near.findings).toEqual([
      { ruleId: 'rubric', line: 6, column: 3, message: 'data.usernme is not set; there is username instead: did you mean usernme?' },
    ]);
  });

  it('never prints Secret data or credential-like ConfigMap values, decoded or not', () => {
    const results = [
      grade(
        secret,
        '{ id: s, kind: Secret, name: pretty-secret-config }',
        'assert:\n  - { path: data.username, base64Equals: Jeff }\n  - { path: data.password, base64Equals: TeachesThisClass }\n  - { path: data.endpoint, base64Equals: "http://localhost:8080/login" }',
      ),
      grade(
        secret,
        '{ id: s, kind: Secret, name: pretty-secret-config }',
        'assert:\n  - { path: data.username, equals: Jeff }\n  - { path: data.password, oneOf: [x] }\n  - { path: data.endpoint, matches: "^x$" }',
      ),
      grade(configMap, '{ id: cm, kind: ConfigMap, name: not-secret-config }', 'assert: { path: data.password, equals: TeachesThisClass }'),
    ];
    const text = JSON.stringify(results);
    for (const value of ['Jeff', 'SmVmZgo', 'TeachesThisClass', 'localhost', 'hunter2']) expect(text).not.toContain(value);
    expect(results[0]!.findings.map((f) => [f.line, f.message])).toEqual([
      [6, 'data.username decodes to the right text plus a line break at the end (echo adds one).'],
      [7, 'data.password holds the plain text, not its base64 encoding; the API server rejects it or stores the wrong bytes.'],
      [8, 'data.endpoint holds the plain text, not its base64 encoding; the API server rejects it or stores the wrong bytes.'],
    ]);
    expect(results[2]!.findings.map((f) => f.message)).toEqual(['data.password does not have the value the exercise asks for.']);
  });

  it('never prints a credential held inside a structure, a pwd-style key, or a Secret field that is not a mapping', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: db
      image: mysql:8
      env:
        - name: MYSQL_ROOT_PASSWORD
          value: s3cr3t-root
`;
    const whole = grade(pod, '{ id: p, kind: Pod, name: p }', 'assert: { path: "spec.containers[0]", equals: { name: db } }');
    const env = grade(pod, '{ id: p, kind: Pod, name: p }', 'assert: { path: "spec.containers[0].env", oneOf: [[]] }');
    const pwd = grade(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  DB_PWD: hunter22\n',
      '{ id: c, kind: ConfigMap, name: c }',
      'assert: { path: data.DB_PWD, equals: x }',
    );
    const flat = grade(
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata: TeachesThisClass\n',
      '{ id: s, kind: Secret, name: s }',
      'assert: { path: data.password, exists: true }',
    );
    const text = JSON.stringify([whole, env, pwd, flat]);
    for (const value of ['s3cr3t-root', 'hunter22', 'TeachesThisClass']) expect(text).not.toContain(value);
    expect(whole.findings.map((f) => f.message)).toEqual(['spec.containers[0] does not have the value the exercise asks for.']);
    expect(flat.findings.map((f) => f.message)).toEqual(['data should be a mapping with password in it, but it is a single value.']);
  });

  it('match: any passes when one selected node passes; all needs every one', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  containers:
    - name: a
      image: alpine:3.8
    - name: b
      image: busybox
`;
    expect(grade(pod, '{ id: p, kind: Pod, name: two }', 'assert: { path: "spec.containers[*].image", match: any, equals: alpine:3.8 }').passed).toBe(true);
    const all = grade(pod, '{ id: p, kind: Pod, name: two }', 'assert: { path: "spec.containers[*].image", equals: alpine:3.8 }');
    expect(all.findings).toEqual([
      { ruleId: 'rubric', line: 10, column: 14, message: 'spec.containers[1].image is "busybox", but the exercise asks for "alpine:3.8".' },
    ]);
    const counted = grade(pod, '{ id: p, kind: Pod, name: two }', 'assert: { path: "spec.containers[*]", count: 1 }');
    expect(counted.findings).toEqual([
      { ruleId: 'rubric', line: 6, column: 3, message: 'spec.containers has 2 matching entries (spec.containers[*]); the exercise asks for exactly 1.' },
    ]);
  });

  it('optional: a path that selects nothing passes', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: peek\nspec:\n  containers:\n    - name: a\n      image: alpine:3.8\n';
    expect(grade(pod, '{ id: p, kind: Pod, name: peek }', 'assert: { path: spec.automountServiceAccountToken, optional: true, equals: true }').passed).toBe(
      true,
    );
    const off = grade(
      `${pod}  automountServiceAccountToken: false\n`,
      '{ id: p, kind: Pod, name: peek }',
      'assert: { path: spec.automountServiceAccountToken, optional: true, equals: true }',
    );
    expect(off.findings).toEqual([
      { ruleId: 'rubric', line: 9, column: 33, message: 'spec.automountServiceAccountToken is false, but the exercise asks for true.' },
    ]);
  });

  it('mountsVolume: a mount at the right path that names the wrong volume is reported on that name', () => {
    const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: c
          image: alpine:3.8
          volumeMounts:
            - name: secret-volume
              mountPath: /run/secret/
      volumes:
        - name: credentials
          secret:
            secretName: pretty-secret-config
`;
    const result = grade(
      job,
      '{ id: j, kind: Job, name: j }',
      'assert:\n  path: $pod\n  mountsVolume: { from: { secret.secretName: pretty-secret-config }, at: [/run/secret] }',
    );
    expect(result.passed).toBe(false);
    expect(result.findings).toContainEqual({
      ruleId: 'rubric',
      line: 13,
      column: 21,
      message:
        'The volumeMount at "/run/secret/" names "secret-volume", but the volume with secret.secretName: pretty-secret-config is named "credentials": a mount finds its volume by name.',
    });
    expect(
      grade(
        job.replace('secret-volume', 'credentials'),
        '{ id: j, kind: Job, name: j }',
        'assert:\n  path: $pod\n  mountsVolume: { from: { secret.secretName: pretty-secret-config }, at: [/run/secret] }',
      ).passed,
    ).toBe(true);
  });

  it('cronEquivalent accepts the same schedule written differently', () => {
    const cron = (schedule: string) => `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "${schedule}"\n`;
    expect(grade(cron('*/1 * * * *'), '{ id: c, kind: CronJob, name: c }', 'assert: { path: spec.schedule, cronEquivalent: "* * * * *" }').passed).toBe(true);
    expect(grade(cron('*/5 * * * *'), '{ id: c, kind: CronJob, name: c }', 'assert: { path: spec.schedule, cronEquivalent: "* * * * *" }').findings).toEqual([
      { ruleId: 'rubric', line: 6, column: 13, message: 'spec.schedule "*/5 * * * *" does not fire at the same times as "* * * * *".' },
    ]);
  });
});
