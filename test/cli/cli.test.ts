import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { repoRoot, runGrade, writeTree } from '../support/cli.js';

const job = (policy: string, image = 'alpine:3.8') =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: ${policy}\n      containers:\n        - name: traceroute\n          image: ${image}\n          command: ["traceroute", "google.com"]\n      automountServiceAccountToken: false\n`;

const reportSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'report.schema.json'), 'utf8'));
const validateReport = new Ajv({ allErrors: true }).compile(reportSchema);

describe('grade CLI', () => {
  const broken = writeTree({ 'ex2/job.yaml': job('Always') });
  const clean = writeTree({ 'job.yaml': job('Never') });

  it('prints stylish findings with a hint and exits 1 on errors', () => {
    const run = runGrade(['--lint', broken]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('ex2/job.yaml');
    expect(run.stdout).toMatch(/^ {2}8:22 {2}error {2}A Job's pod template cannot use restartPolicy Always.* {2}job-restart-policy$/m);
    expect(run.stdout).toMatch(/→ Change it to restartPolicy: Never/);
    expect(run.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 1 file/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('exits 0 on a clean folder', () => {
    const run = runGrade(['--lint', clean]);
    expect(run.stdout).toMatch(/no problems in 1 file/);
    expect(run.status).toBe(0);
  });

  it('prints a version-1 JSON report that validates against schemas/report.schema.json', () => {
    const run = runGrade(['--lint', '--format', 'json', broken]);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'job-restart-policy',
      file: 'ex2/job.yaml',
      line: 8,
      column: 22,
      endLine: 8,
      endColumn: 28,
      path: 'spec.template.spec.restartPolicy',
    });
    expect(report.root).toBe(broken.split(path.sep).join('/'));
    expect(run.status).toBe(1);
  });

  it('gives byte-identical output for the same input', () => {
    expect(runGrade(['--lint', '-f', 'json', broken]).stdout).toBe(runGrade(['--lint', '-f', 'json', broken]).stdout);
  });

  it('reads one stream from stdin, named by --stdin-filename', () => {
    const run = runGrade(['--lint', '-', '--stdin-filename', 'rendered.yaml'], { input: job('Always') });
    expect(run.stdout).toContain('rendered.yaml');
    expect(run.stdout).toMatch(/8:22/);
    expect(run.status).toBe(1);
  });

  it('writes to --output-file and nothing to stdout', () => {
    const out = path.join(broken, '..', `${path.basename(broken)}-report.json`);
    const run = runGrade(['--lint', '-f', 'json', '-o', out, broken]);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).findings).toHaveLength(1);
  });

  it('honours --ignore-pattern (gitignore-style)', () => {
    const run = runGrade(['--lint', '--ignore-pattern', 'ex2/', broken]);
    expect(run.stdout).toMatch(/no problems in 0 files/);
    expect(run.status).toBe(0);
  });

  it('searches .json only with --ext json, and reads an explicit JSON manifest', () => {
    const manifest = JSON.stringify({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'j' },
      spec: { template: { spec: { restartPolicy: 'Always', automountServiceAccountToken: false, containers: [{ name: 'j', image: 'alpine:3.8' }] } } },
    });
    const dir = writeTree({ 'job.json': manifest });
    expect(runGrade(['--lint', '--no-error-on-unmatched-pattern', dir]).stdout).toMatch(/in 0 files/);
    const withExt = runGrade(['--lint', '--ext', 'json', '-f', 'json', dir]);
    expect(JSON.parse(withExt.stdout).findings.map((f: { ruleId: string; line: number; column: number }) => [f.ruleId, f.line, f.column])).toEqual([
      ['job-restart-policy', 1, manifest.indexOf('"Always"') + 1],
    ]);
    const explicit = runGrade(['--lint', '-f', 'json', path.join(dir, 'job.json')], { cwd: dir });
    expect(JSON.parse(explicit.stdout).files).toEqual([{ path: 'job.json', documents: 1 }]);
  });

  it('colours only on request or on a TTY, and honours NO_COLOR', () => {
    expect(runGrade(['--lint', '--color', broken]).stdout).toMatch(/\u001b\[/);
    expect(runGrade(['--lint', '--no-color', broken]).stdout).not.toMatch(/\u001b\[/);
    expect(runGrade(['--lint', broken], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('turns usage mistakes into one clear line and exit code 2, without a stack trace', () => {
    const unknown = runGrade(['--lint', '--bogus-flag', broken]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('grade: unknown option --bogus-flag (grade --help lists the options)');
    expect(unknown.stderr).toMatch(/^Usage: grade/m);
    expect(unknown.stderr).not.toMatch(/at .*\.js:\d+/);
    const missing = runGrade(['--lint', 'no/such/dir']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^grade: no such file or folder: no\/such\/dir$/m);
    const badFormat = runGrade(['--lint', '-f', 'nope', broken]);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toMatch(/unknown format "nope"/);
  });

  it('lists rules and explains one', () => {
    const rules = runGrade(['rules']);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/^job-restart-policy +error +A Job's or CronJob's pod template/m);
    const explain = runGrade(['explain', 'job-restart-policy']);
    expect(explain.stdout).toMatch(/^# job-restart-policy/);
    expect(explain.stdout).toMatch(/## Incorrect/);
    const unknown = runGrade(['explain', 'no-such-rule']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown rule "no-such-rule"/);
  });
});
