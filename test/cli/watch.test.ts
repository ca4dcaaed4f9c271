/**
 * grade --watch: a real process, a real file write, a real SIGINT. Waits poll the output with a
 * generous bound (no assertion of speed: that is the benchmark's business).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/pipeline/check.js';
import { FileOutcomeCache } from '../../src/pipeline/parallel.js';
import { relevantChange } from '../../src/cli/watch.js';
import { main } from '../../src/cli/main.js';
import { gradeBin, repoRoot, runGrade, writeTree } from '../support/cli.js';

const job = (policy: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: ${policy}\n      automountServiceAccountToken: false\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n`;
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startWatch(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const child = spawn(process.execPath, [gradeBin, '--watch', ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  /** Polls until the test holds, failing after a generous bound. */
  const until = async (what: string, test: () => boolean, ms = 30_000) => {
    const end = Date.now() + ms;
    while (!test()) {
      if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}; stdout:\n${out.stdout}\nstderr:\n${out.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, out, exited, until };
}

const waiting = 'grade --watch: waiting for changes (Ctrl-C stops)\n';
const count = (text: string, part: string) => text.split(part).length - 1;

describe('grade --watch', () => {
  it('grades, grades again after a save with the score line, and exits 0 on Ctrl-C', async () => {
    const dir = writeTree({ 'ex2/job.yaml': job('Always') });
    const watch = startWatch([dir]);
    await watch.until('the first report', () => count(watch.out.stderr, waiting) === 1);
    expect(watch.out.stdout).toContain("A Job's pod template cannot use restartPolicy Always");
    expect(watch.out.stdout).toMatch(/^Total: \d+\/\d+$/m);
    // Piped output is never cleared: no terminal escape codes.
    expect(watch.out.stdout).not.toContain('\u001b');
    const first = watch.out.stdout;

    writeFileSync(path.join(dir, 'ex2', 'job.yaml'), job('Never'));
    await watch.until('the second report', () => count(watch.out.stderr, waiting) === 2);
    const second = watch.out.stdout.slice(first.length);
    expect(second).not.toContain('restartPolicy Always');
    expect(second).toMatch(/^Total: \d+\/\d+$/m);

    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
    expect(watch.out.stderr).toBe(waiting + waiting);
  });

  it('lints again when a file appears, and ignores files that are not manifests', async () => {
    const dir = writeTree({ 'job.yaml': job('Never') });
    const watch = startWatch(['--lint', dir]);
    await watch.until('the first report', () => count(watch.out.stderr, waiting) === 1);
    expect(watch.out.stdout).toBe('✔ no problems in 1 file\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'not a manifest');
    // Longer than the debounce: had notes.txt woken the watch, its run would come before broken.yaml's.
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(path.join(dir, 'broken.yaml'), 'kind: [\n');
    await watch.until('the report of broken.yaml', () => watch.out.stdout.includes('broken.yaml') && count(watch.out.stderr, waiting) >= 2);
    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
    expect(count(watch.out.stderr, waiting)).toBe(2);
  });

  it('clears the screen before each report on a terminal', async () => {
    const dir = writeTree({ 'job.yaml': job('Always') });
    let stdout = '';
    let stderr = '';
    const code = main(['--watch', '--lint', dir], {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      readStdin: async () => new Uint8Array(),
      env: { NO_COLOR: '1' },
      cwd: dir,
      isTTY: true,
    });
    const end = Date.now() + 30_000;
    while (!stderr.includes(waiting) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
    process.emit('SIGINT');
    expect(await code).toBe(0);
    expect(stdout.startsWith('\u001b[2J\u001b[3J\u001b[H')).toBe(true);
    expect(stdout).toContain('job-restart-policy');
  });

  it.each([
    [['--each', 'submissions/*'], '--watch checks one set of files again on every save, and --each grades a class once: use one or the other'],
    [['--lint', '-'], '--watch needs files or folders to watch, not stdin (-)'],
  ])('%j with --watch is a usage error', (args, message) => {
    const run = runGrade(['--watch', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`grade: ${message}`);
  });

  it('ends with exit 2 when the first run is a usage error', () => {
    const run = runGrade(['--watch', '--lint', path.join(tmpdir(), 'kubegrade-no-such-folder')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^grade: no such file or folder: /);
  });
});

describe('the file cache of --watch', () => {
  it('parses only the files whose size, times or inode changed, and forgets removed ones', async () => {
    const dir = writeTree({ 'a/job.yaml': job('Always'), 'b/configmap.yaml': configMap });
    const cache = new FileOutcomeCache();
    const check = () => checkPaths({ inputs: [dir], jobs: 1, cache, schema: { kubeVersion: '1.30', strictKinds: false, tolerate: [] } });
    const first = await check();
    expect(cache.parsed).toEqual(['a/job.yaml', 'b/configmap.yaml']);
    const again = await check();
    expect(cache.parsed).toEqual([]);
    expect(again.findings).toEqual(first.findings);

    writeFileSync(path.join(dir, 'a', 'job.yaml'), job('Never'));
    const changed = await check();
    expect(cache.parsed).toEqual(['a/job.yaml']);
    expect(changed.findings.filter((finding) => finding.ruleId === 'job-restart-policy')).toEqual([]);

    // Same size, new time: read again.
    utimesSync(path.join(dir, 'b', 'configmap.yaml'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    await check();
    expect(cache.parsed).toEqual(['b/configmap.yaml']);
  });

  it('starts afresh when the settings that shape a file outcome change', async () => {
    const dir = writeTree({ 'job.yaml': job('Always') });
    const cache = new FileOutcomeCache();
    await checkPaths({ inputs: [dir], jobs: 1, cache, schema: { kubeVersion: '1.30', strictKinds: false, tolerate: [] } });
    await checkPaths({ inputs: [dir], jobs: 1, cache, schema: { kubeVersion: '1.25', strictKinds: false, tolerate: [] } });
    expect(cache.parsed).toEqual(['job.yaml']);
  });
});

describe('which changes wake --watch', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'kubegrade-watch-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'kubegrade-outside-'));
  mkdirSync(path.join(root, 'folder'));
  mkdirSync(path.join(root, 'inner'));
  writeFileSync(path.join(outside, 'x.yaml'), configMap);
  symlinkSync(outside, path.join(root, 'out-link'));
  symlinkSync(path.join(root, 'inner'), path.join(root, 'in-link'));
  it.each([
    ['job.yaml', true],
    ['JOB.YML', true],
    ['.kubegrade.yaml', true],
    ['folder', true],
    ['removed-folder', true],
    ['notes.txt', false],
    ['job.yaml.swp', false],
    ['node_modules/x/a.yaml', false],
    ['.git/index', false],
    ['out-link', false],
    ['in-link', true],
  ])('%s: %s', (name, wakes) => {
    expect(relevantChange(path.join(root, name), root, ['yaml', 'yml'])).toBe(wakes);
  });
});
