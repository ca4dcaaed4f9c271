import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { repoRoot, runGrade, writeTree } from '../support/cli.js';

// The core issue's acceptance scenario: three beginner mistakes, each at its exact position with a fix.
const answers = {
  'ex2/job.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: traceroute
spec:
  template:
    spec:
      restartPolicy: Always
      containers:
        - name: traceroute
          image: alpine:3.8
          command: ["traceroute", "google.com"]
`,
  'ex5/cronjob.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: login-heartbeat
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      containers:
        - name: heartbeat
          image: alpine:3.8
`,
  'ex5/secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: pretty-secret-config
data:
  username: SmVmZg==
  password: not base64!
`,
};

describe('acceptance: a broken Job, a CronJob one level off, a Secret with bad base64', () => {
  const dir = writeTree(answers);

  it('reports each problem at its exact line and column, with a fix, and exits 1', () => {
    const run = runGrade(['--lint', '--no-color', dir]);
    expect(run.status).toBe(1);
    const json = JSON.parse(runGrade(['--lint', '-f', 'json', dir]).stdout);
    const at = (ruleId: string) =>
      json.findings
        .filter((f: { ruleId: string }) => f.ruleId === ruleId)
        .map((f: { file: string; line: number; column: number; hint?: string }) => [f.file, f.line, f.column, Boolean(f.hint)]);
    expect(at('job-restart-policy')).toEqual([['ex2/job.yaml', 8, 22, true]]);
    expect(at('cronjob-structure')).toContainEqual(['ex5/cronjob.yaml', 9, 7, true]);
    expect(at('secret-data')).toEqual([['ex5/secret.yaml', 7, 13, true]]);
    expect(run.stdout).toMatch(/^ {2}9:7 +error +.*containers.*spec\.jobTemplate\.spec\.template\.spec.*cronjob-structure$/m);
    expect(run.stdout).not.toContain('not base64!');
  });

  it('prints JSON that validates against the shipped report schema', () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const report = JSON.parse(runGrade(['--lint', '-f', 'json', dir]).stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
