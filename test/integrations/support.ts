import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export const repoRoot = path.join(import.meta.dirname, '..', '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, in `cwd`, with no terminal and no colour. */
export async function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => new Uint8Array(),
    env: { NO_COLOR: '1', ...env },
    cwd,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const madeDirs: string[] = [];

/** A fresh temporary folder, removed by removeTempDirs() (call it in afterAll). */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes { 'ex2/job.yaml': '...' } into a fresh temp folder and returns its path. */
export function writeTree(files: Readonly<Record<string, string>>, prefix = 'kubegrade-int-'): string {
  const dir = makeTempDir(prefix);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A Job whose pod template says restartPolicy: Always (job-restart-policy: error at 9:22-9:28), and nothing else wrong. */
export const brokenJob = [
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata:',
  '  name: traceroute',
  'spec:',
  '  template:',
  '    spec:',
  '      containers: [{ name: traceroute, image: "alpine:3.8", command: ["traceroute", "google.com"] }]',
  '      restartPolicy: Always',
  '      automountServiceAccountToken: false',
  '',
].join('\n');

export interface JsonFinding {
  ruleId: string;
  severity: string;
  messageId?: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface JsonReport {
  kubernetesVersion: string;
  findings: JsonFinding[];
  exercises?: { id: string; score: number; maxScore: number; passed: boolean; checks: { id: string; passed: boolean; points: number; maxPoints: number }[] }[];
  score?: number;
  maxScore?: number;
  summary: { errors: number; warnings: number; infos: number };
}

/** The findings of one rule, as "line:column" strings, for compact assertions. */
export function spotsOf(report: JsonReport, ruleId: string): string[] {
  return report.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.line}:${finding.column}`);
}

/**
 * A copy of this repository as a fresh clone would have it: the files git would commit (tracked and
 * new, minus .gitignore'd ones such as node_modules/ and build/). What an action runner or pre-commit sees.
 */
export function copyOfCheckout(prefix: string): string {
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const dir = makeTempDir(prefix);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const source = path.join(repoRoot, file);
    if (!existsSync(source)) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(source, path.join(dir, file));
  }
  return dir;
}
