import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runGrade, writeTree } from '../support/cli.js';

const answers = path.join(repoRoot, 'fixtures', 'answers');
const demo = path.join(repoRoot, 'fixtures', 'broken', 'one-per-exercise');
const reportSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'report.schema.json'), 'utf8'));
const validateReport = new Ajv({ allErrors: true }).compile(reportSchema);

/** The complete example in the README, so the documentation cannot drift from the code. */
const docsExample = /```yaml\n(version: 1\n[\s\S]*?)```/.exec(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'))![1]!;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tree(files: Record<string, string>): string {
  const dir = writeTree(files);
  made.push(dir);
  return dir;
}

describe('grade DIR (the built-in day-2 rubric)', () => {
  it('prints every exercise and the total, and exits 0 on the correct answers', () => {
    const run = runGrade([answers]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ex1 {2}Adding persistent storage to the voting app data pipeline {2}9\/9$/m);
    expect(run.stdout).toMatch(/^ex6 {2}Get the default ServiceAccount credentials \(optional\) {2}6\/6$/m);
    expect(run.stdout).toMatch(/^ {2}✔ It runs traceroute google.com \(1\/1\)$/m);
    expect(run.stdout).toMatch(/^Total: 49\/49 \(\+6 extra credit\)$/m);
    expect(run.status).toBe(0);
  });

  it('shows each failed check with its located finding and fix, and exits 1', () => {
    const run = runGrade([demo]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      [
        '  ✘ The db container runs postgres:9.4-alpine (0/2)',
        '      ex1/data-pipeline.yaml:39:18  spec.template.spec.containers[1].image is "postgres:9.4", but the exercise asks for the image "postgres:9.4-alpine".',
        '      → Change the image of the container named db to postgres:9.4-alpine.',
      ].join('\n'),
    );
    expect(run.stdout).toContain(
      [
        '  ✘ ConfigMap not-secret-config (0/1)',
        '      ex4/not-secret-config.yaml:4:9  ex4: no ConfigMap named not-secret-config; did you mean not-secret-conifg in ex4/not-secret-config.yaml:4?',
      ].join('\n'),
    );
    expect(run.stdout).toMatch(
      /✘ Every \$\(VAR\) in the commands names an env var of the container \(0\/1\)\n {6}ex3\/jobs\.yaml:36:38 {2}\$\(MAX_HOPS\) does not refer to the env var MAX-HOPS/,
    );
    expect(run.stdout).toMatch(/^Total: 43\/49 \(\+5 extra credit\)$/m);
  });

  it('reports the committed demo set exactly as its expected.json says', () => {
    const expected = JSON.parse(readFileSync(path.join(demo, 'expected.json'), 'utf8'));
    const run = runGrade(['--format', 'json', demo]);
    expect(run.status).toBe(expected.exitCode);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const failed = report.exercises.flatMap((e: { id: string; checks: { id: string; passed: boolean }[] }) =>
      e.checks.filter((c) => !c.passed).map((c) => `${e.id}/${c.id}`),
    );
    expect(failed).toEqual(expected.failed);
    expect([report.score, report.maxScore]).toEqual([expected.score, expected.maxScore]);
    const shown = report.findings
      .filter((f: { check?: string }) => f.check)
      .map((f: Record<string, unknown>) => ({ exercise: f.exercise, check: f.check, ruleId: f.ruleId, file: f.file, line: f.line, column: f.column }));
    expect(shown).toEqual(expected.findings);
  });

  it('fills rubric, exercises, score and maxScore in the JSON report; --lint leaves them out', () => {
    const graded = JSON.parse(runGrade(['-f', 'json', answers]).stdout);
    expect(graded.rubric).toEqual({ id: 'k8s-for-users-day2', title: 'Kubernetes for Users, day 2: Jobs, Persistent State, Configuration, and Secrets' });
    expect([graded.score, graded.maxScore, graded.exercises.length]).toEqual([49, 49, 6]);
    expect(graded.exercises[1].checks[0]).toEqual({
      id: 'job',
      title: 'A Job that runs traceroute google.com',
      points: 1,
      maxPoints: 1,
      passed: true,
      hint: 'Write a Job (apiVersion: batch/v1, kind: Job) whose container runs traceroute google.com.',
    });
    expect(validateReport(graded), JSON.stringify(validateReport.errors)).toBe(true);
    const linted = JSON.parse(runGrade(['--lint', '-f', 'json', answers]).stdout);
    for (const key of ['rubric', 'exercises', 'score', 'maxScore']) expect(linted).not.toHaveProperty(key);
  });

  it('exits 0 when the score meets --pass-score, 1 when it does not', () => {
    expect(runGrade(['--pass-score', '43', demo]).status).toBe(0);
    expect(runGrade(['--pass-score', '44', demo]).status).toBe(1);
  });

  it('exits 2 on usage errors', () => {
    for (const args of [
      ['--lint', '--pass-score', '3', answers],
      ['--lint', '--rubric', 'x.yaml', answers],
      ['--pass-score', '-1', answers],
      ['--rubric', 'no-such-rubric.yaml', answers],
    ]) {
      const run = runGrade(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^grade: /);
    }
  });

  it('never lets a comment, an annotation or a config file in the answers disable a scored check', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-gaming-'));
    made.push(dir);
    cpSync(answers, dir, { recursive: true });
    const job = path.join(dir, 'ex2', 'traceroute.yaml');
    writeFileSync(
      job,
      readFileSync(job, 'utf8')
        .replace('      restartPolicy: Never\n', '')
        .replace('  template:\n', '  template:\n    # kubegrade-disable-next-line job-restart-policy\n')
        .replace('  name: traceroute\n', '  name: traceroute\n  annotations:\n    kubegrade.io/ignore: job-restart-policy,rubric\n'),
    );
    writeFileSync(path.join(dir, '.kubegrade.yaml'), 'rules:\n  job-restart-policy: off\n');
    const run = runGrade(['-f', 'json', dir]);
    const report = JSON.parse(run.stdout);
    expect(run.status).toBe(1);
    expect(report.score).toBe(48);
    expect(
      report.findings.filter((f: { check?: string }) => f.check).map((f: Record<string, unknown>) => [f.exercise, f.check, f.ruleId, f.line, f.column]),
    ).toEqual([['ex2', 'restart-policy', 'job-restart-policy', 11, 5]]);
  });
});

describe('grade --rubric FILE and grade rubric check FILE', () => {
  const answersForExample = {
    'ex1/all.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  greeting: hello
---
apiVersion: batch/v1
kind: Job
metadata:
  name: greet
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: greet
          image: busybox:1.36
          command: ["sh", "-c", "echo $(GREETING)"]
          env:
            - name: GREETING
              valueFrom:
                configMapKeyRef:
                  name: settings
                  key: greeting
`,
  };

  it('grades with the documented example rubric', () => {
    const dir = tree(answersForExample);
    const rubric = path.join(tree({ 'course.yaml': docsExample }), 'course.yaml');
    expect(runGrade(['rubric', 'check', rubric])).toMatchObject({ status: 0, stdout: 'ok\n' });
    const good = runGrade(['--rubric', rubric, dir]);
    expect(good.stdout).toMatch(/^Total: 7\/7$/m);
    expect(good.status).toBe(0);
    writeFileSync(path.join(dir, 'ex1', 'all.yaml'), answersForExample['ex1/all.yaml'].replace('key: greeting', 'key: greting'));
    const broken = JSON.parse(runGrade(['--rubric', rubric, '-f', 'json', dir]).stdout);
    expect(broken.rubric).toEqual({ id: 'week-3', title: 'Week 3: configuration' });
    expect(broken.exercises[0].checks.filter((c: { passed: boolean }) => !c.passed).map((c: { id: string }) => c.id)).toEqual(['env']);
  });

  it('prints located problems of an invalid rubric: exit 1 for rubric check, exit 2 when grading', () => {
    const dir = tree({
      'bad.yaml': docsExample
        .replace('        exists: settings\n', '        exists: setings\n')
        .replace('equals: busybox:1.36', 'equals: busybox:1.36\n          oneOf: [x]'),
    });
    const rubric = path.join(dir, 'bad.yaml');
    const checked = runGrade(['rubric', 'check', 'bad.yaml'], { cwd: dir });
    expect(checked.status).toBe(1);
    expect(checked.stdout).toBe(
      [
        'bad.yaml:22:17: no resource "setings" in this exercise; did you mean "settings"?',
        'bad.yaml:37:9: this assertion has 2 functions (equals, oneOf); give each its own assertion',
        '',
      ].join('\n'),
    );
    const graded = runGrade(['--rubric', rubric, answers]);
    expect(graded.status).toBe(2);
    expect(graded.stderr).toContain(`bad.yaml:22:17: no resource "setings" in this exercise; did you mean "settings"?`);
    expect(graded.stdout).toBe('');
  });
});

describe('a check whose resource is missing', () => {
  it('says what it waits for instead of a field-level fix', () => {
    // ex3 attempted (its ConfigMap is there), its Jobs missing: their checks wait for them.
    const dir = tree({
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: "4"\n  max-hops: "15"\n',
    });
    const report = JSON.parse(runGrade(['-f', 'json', dir]).stdout);
    const ex3 = report.exercises.find((exercise: { id: string }) => exercise.id === 'ex3');
    const container = ex3.checks.find((check: { id: string }) => check.id === 'ping-container');
    expect(container).toMatchObject({ passed: false, hint: 'Needs the Job ping-google, which was not found in the answers.' });
    // An exercise none of whose resources is there is not attempted: no findings, no hints.
    expect(report.exercises.find((exercise: { id: string }) => exercise.id === 'ex2')).toMatchObject({ attempted: false, score: 0 });
    expect(report.findings.filter((finding: { exercise?: string }) => finding.exercise === 'ex2')).toEqual([]);
  });
});
