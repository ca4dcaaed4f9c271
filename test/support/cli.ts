import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.join(import.meta.dirname, '..', '..');
export const gradeBin = path.join(repoRoot, 'bin', 'grade.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (npm test builds first). */
export function runGrade(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [gradeBin, ...args], { cwd: options.cwd ?? repoRoot, input: options.input ?? '', env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Writes a folder of files ({ 'ex2/job.yaml': '...' }) into a fresh temp dir. */
export function writeTree(files: Record<string, string>, prefix = 'kubegrade-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
