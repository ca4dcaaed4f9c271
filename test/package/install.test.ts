/**
 * The published package as a user gets it: `npm pack`, installed from the tarball into an empty
 * prefix with the network off, run from another folder. The package has no runtime dependencies
 * (bin/grade.js runs the bundle in build/bundle), so the install is one package and works offline.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const made: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  replicas: "3"\n`;
const brokenJob =
  'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers:\n        - name: j\n          image: alpine:3.8\n';

describe('the packed package, installed offline into an empty prefix', () => {
  let bin = '';
  let prefix = '';
  let files: string[] = [];
  const work = temp('kubegrade-user-');

  beforeAll(() => {
    const packDir = temp('kubegrade-pack-');
    // The build ran before the tests (pretest); packing must not rebuild.
    const packed = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], repoRoot);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    files = info.files.map((file) => file.path);
    prefix = temp('kubegrade-prefix-');
    const installed = run(npm, ['install', '--offline', '--ignore-scripts', '--no-package-lock', '--prefix', prefix, path.join(packDir, info.filename)], work);
    expect(installed.status, installed.stderr).toBe(0);
    bin = path.join(prefix, 'node_modules', '.bin', 'kubegrade');
    mkdirSync(path.join(work, 'k8s'));
    writeFileSync(path.join(work, 'k8s', 'job.yaml'), brokenJob);
    mkdirSync(path.join(work, 'many'));
    for (let i = 0; i < 130; i++) writeFileSync(path.join(work, 'many', `cm${String(i).padStart(3, '0')}.yaml`), configMap(`cm${i}`));
  }, 240_000);

  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('ships the bundle and the data it reads, not the module tree', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/grade.js',
        'build/bundle/grade.js',
        'build/bundle/check-worker.js',
        'build/bundle/each-worker.js',
        'schemas/config.schema.json',
        'rubrics/k8s-for-users-day2.yaml',
        'docs/rules/job-restart-policy.md',
        'package.json',
      ]),
    );
    expect(files.filter((file) => file.startsWith('build/src/') || file.startsWith('build/rules/') || file.startsWith('src/'))).toEqual([]);
  });

  it('installs one package: kubegrade, with no dependencies', () => {
    expect(
      readdirSync(path.join(prefix, 'node_modules'))
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual(['kubegrade']);
  });

  it('lints from another folder: the finding at its line, exit 1', () => {
    const lint = run(bin, ['--lint', 'k8s', '-f', 'unix'], work);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toMatch(/^k8s\/job\.yaml:8:22: A Job.s pod template cannot use restartPolicy Always.*\[error\/job-restart-policy\]$/m);
    expect(lint.status).toBe(1);
  });

  it('validates against the bundled schemas in worker threads (check-worker.js beside the bundle)', () => {
    const many = run(bin, ['--lint', 'many', '--jobs', '2', '-f', 'json'], work);
    const report = JSON.parse(many.stdout) as { files: unknown[]; findings: { ruleId: string }[] };
    expect(report.files).toHaveLength(130);
    expect(report.findings).toEqual([]);
    expect(many.status).toBe(0);
  });

  it('grades with the built-in rubric, explains a rule and prints its version', () => {
    const graded = run(bin, ['k8s', '-f', 'json'], work);
    const report = JSON.parse(graded.stdout) as { rubric?: unknown; maxScore?: number };
    expect(report.rubric).toBeDefined();
    expect(report.maxScore).toBeGreaterThan(0);
    expect(graded.status).toBe(1);
    expect(run(bin, ['explain', 'job-restart-policy'], work).stdout).toMatch(/^# job-restart-policy/);
    expect(run(bin, ['--version'], work).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('grades a class in worker threads (each-worker.js beside the bundle)', () => {
    for (let i = 0; i < 4; i++) {
      mkdirSync(path.join(work, 'class', `s${i}`), { recursive: true });
      writeFileSync(path.join(work, 'class', `s${i}`, 'job.yaml'), brokenJob);
    }
    const each = run(bin, ['--each', 'class/*', '--jobs', '2', '--quiet'], work, { KUBEGRADE_MIN_STUDENTS_PER_JOB: '2' });
    expect(each.stderr).toBe('');
    expect(
      each.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['s0', 's1', 's2', 's3']);
    expect(each.status).toBe(0);
  });
});
