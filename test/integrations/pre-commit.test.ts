/**
 * Runs the real pre-commit client (Debian: apt-get install pre-commit) against this repository's
 * .pre-commit-hooks.yaml: pre-commit clones a copy of the repo, builds it with npm (the `prepare`
 * script), installs it, and runs it from a git hook on a commit. Slow (npm install + tsc twice):
 * it has its own file and timeout, and it is skipped when pre-commit is not installed.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenJob, copyOfCheckout, removeTempDirs, makeTempDir } from './support.js';

afterAll(removeTempDirs);

const preCommitInstalled = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 540_000 });
}

function git(args: string[], cwd: string): string {
  const result = run(
    'git',
    ['-c', 'user.name=kubegrade test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    cwd,
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** This repository as a clone would have it, committed as a fresh one-commit repo for pre-commit to clone. */
function snapshotOfThisRepo(): { dir: string; rev: string } {
  const dir = copyOfCheckout('kubegrade-hook-repo-');
  git(['init', '-q'], dir);
  git(['add', '-A'], dir);
  git(['commit', '-q', '-m', 'snapshot'], dir);
  return { dir, rev: git(['rev-parse', 'HEAD'], dir) };
}

const goodJob = brokenJob.replace('restartPolicy: Always', 'restartPolicy: Never');

describe.skipIf(!preCommitInstalled)('pre-commit hook (real pre-commit client)', () => {
  it('refuses a commit with a broken manifest, printing file:line:col, and accepts the fixed one', () => {
    const hookRepo = snapshotOfThisRepo();
    const student = makeTempDir('kubegrade-student-');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PRE_COMMIT_HOME: makeTempDir('kubegrade-pre-commit-home-'),
      // Nothing is downloaded: npm installs from its cache (warm after the project's own npm ci / npm install).
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    git(['init', '-q'], student);
    writeFileSync(
      path.join(student, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo.dir}\n    rev: ${hookRepo.rev}\n    hooks:\n      - id: kubegrade\n`,
    );
    mkdirSync(path.join(student, 'ex2'));
    writeFileSync(path.join(student, 'ex2', 'job.yaml'), brokenJob);
    writeFileSync(path.join(student, 'notes.txt'), 'not YAML, so not passed to the hook\n');
    writeFileSync(path.join(student, '.kubegrade.yaml'), 'rules: { image-tag: off }\n');
    const install = run('pre-commit', ['install'], student, env);
    expect(install.status, install.stderr).toBe(0);
    git(['add', '-A'], student);

    const refused = run('git', ['-c', 'user.name=s', '-c', 'user.email=s@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-m', 'ex2'], student, env);
    const output = `${refused.stdout}${refused.stderr}`;
    expect(refused.status, output).not.toBe(0);
    expect(output).toMatch(/kubegrade \(lint Kubernetes manifests\)\.+Failed/);
    expect(output).toContain("ex2/job.yaml:9:22: A Job's pod template cannot use restartPolicy Always");
    expect(output).toContain('[error/job-restart-policy]');
    // Staged YAML that is not a manifest (pre-commit's and kubegrade's own configuration) is not checked.
    expect(output).not.toContain('manifest-shape');
    expect(run('git', ['rev-parse', '--verify', '-q', 'HEAD'], student).status).not.toBe(0);

    writeFileSync(path.join(student, 'ex2', 'job.yaml'), goodJob);
    git(['add', '-A'], student);
    const accepted = run(
      'git',
      ['-c', 'user.name=s', '-c', 'user.email=s@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-m', 'ex2 fixed'],
      student,
      env,
    );
    expect(accepted.status, `${accepted.stdout}${accepted.stderr}`).toBe(0);
    expect(`${accepted.stdout}${accepted.stderr}`).toMatch(/kubegrade \(lint Kubernetes manifests\)\.+Passed/);
  }, 600_000);
});
