import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPaths, type CheckResult } from '../src/pipeline/check.js';
import { gradeBin, runGrade } from './support/cli.js';

const brokenJob = (name: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers:\n        - name: t\n          image: alpine:3.8\n      automountServiceAccountToken: false\n`;

function deepMapping(levels: number): string {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n';
  for (let i = 0; i < levels; i++) text += `${'  '.repeat(i + 1)}k${i}:\n`;
  return `${text}${'  '.repeat(levels + 1)}v: 1\n`;
}

const billionLaughs = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: lol',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  '',
].join('\n');

interface HostileCase {
  name: string;
  file: string;
  write: (target: string) => void;
  /** Expected findings in that file: [ruleId, line, column]; empty means the file is fine. */
  expected: [string, number, number][];
}

const cases: HostileCase[] = [
  {
    name: 'a syntax error',
    file: 'syntax.yaml',
    write: (f) => writeFileSync(f, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n'),
    expected: [['yaml-syntax', 3, 18]],
  },
  {
    name: 'a tab indent',
    file: 'tab.yaml',
    write: (f) => writeFileSync(f, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n'),
    expected: [['yaml-syntax', 4, 1]],
  },
  {
    name: 'a duplicate key',
    file: 'dup.yaml',
    write: (f) => writeFileSync(f, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"\n  a: "2"\n'),
    expected: [['yaml-duplicate-key', 7, 3]],
  },
  { name: 'a billion-laughs alias bomb', file: 'bomb.yaml', write: (f) => writeFileSync(f, billionLaughs), expected: [['yaml-syntax', 6, 8]] },
  { name: 'a 0-byte file', file: 'empty.yaml', write: (f) => writeFileSync(f, ''), expected: [] },
  { name: 'a comment-only file', file: 'comments.yaml', write: (f) => writeFileSync(f, '# nothing here yet\n---\n# still nothing\n'), expected: [] },
  {
    name: 'a binary file named .yaml',
    file: 'image.yaml',
    write: (f) => writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])),
    expected: [['file-unreadable', 1, 1]],
  },
  {
    name: 'invalid UTF-8',
    file: 'latin1.yaml',
    write: (f) =>
      writeFileSync(f, Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')])),
    expected: [['file-unreadable', 4, 12]],
  },
  {
    name: 'invalid UTF-8 after a lone CR, which ends a line as it does for kubectl (fuzz seed 1097680876)',
    file: 'latin1-cr.yaml',
    write: (f) =>
      writeFileSync(
        f,
        Buffer.concat([Buffer.from('# notes\rapiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
      ),
    expected: [['file-unreadable', 5, 12]],
  },
  {
    name: 'a 10 MB file',
    file: 'huge.yaml',
    write: (f) => writeFileSync(f, `# ${'x'.repeat(99)}\n`.repeat(100 * 1024)),
    expected: [['file-unreadable', 1, 1]],
  },
  { name: 'a symlink to /etc/passwd', file: 'passwd.yaml', write: (f) => symlinkSync('/etc/passwd', f), expected: [['file-unreadable', 1, 1]] },
  { name: 'a 1,000-level nested mapping', file: 'deep.yaml', write: (f) => writeFileSync(f, deepMapping(1000)), expected: [['yaml-syntax', -1, -1]] },
  { name: 'a 200-level nested mapping', file: 'deep200.yaml', write: (f) => writeFileSync(f, deepMapping(200)), expected: [['yaml-syntax', 133, 257]] },
  {
    name: 'a file named with spaces and unicode',
    file: 'my jöb ✓.yaml',
    write: (f) => writeFileSync(f, brokenJob('unicode')),
    expected: [['job-restart-policy', 8, 22]],
  },
  {
    name: 'a BOM and CRLF line ends',
    file: 'crlf.yaml',
    write: (f) => writeFileSync(f, `\uFEFF${brokenJob('crlf').replace(/\n/g, '\r\n')}`),
    expected: [['job-restart-policy', 8, 22]],
  },
];

describe('hostile input: every file gets a clear located finding and the rest is still checked', () => {
  let dir: string;
  let result: CheckResult;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-hostile-'));
    for (const c of cases) c.write(path.join(dir, c.file));
    writeFileSync(path.join(dir, 'good.yaml'), brokenJob('good'));
    result = await checkPaths({ inputs: [dir] });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('still reports the ordinary file beside them', () => {
    expect(result.findings.filter((f) => f.file === 'good.yaml').map((f) => [f.ruleId, f.line, f.column])).toEqual([['job-restart-policy', 8, 22]]);
  });

  for (const c of cases) {
    it(c.name, () => {
      const found = result.findings.filter((f) => f.file === c.file);
      expect(found.map((f) => f.ruleId)).toEqual(c.expected.map(([ruleId]) => ruleId));
      found.forEach((finding, i) => {
        const [, line, column] = c.expected[i]!;
        if (line > 0) expect([finding.line, finding.column]).toEqual([line, column]);
        else expect(finding.line).toBeGreaterThan(1);
        expect(finding.message.length).toBeGreaterThan(20);
        expect(finding.endLine! * 1e6 + finding.endColumn!).toBeGreaterThan(finding.line! * 1e6 + finding.column!);
      });
    });
  }

  it('lists every file it read, including the unreadable ones, and never reads outside the root', () => {
    const listed = result.files.map((f) => f.path);
    for (const c of cases) expect(listed).toContain(c.file === 'passwd.yaml' ? 'good.yaml' : c.file);
    expect(listed).not.toContain('passwd.yaml');
    expect(JSON.stringify(result.findings)).not.toMatch(/root:x:0:0/);
  });
});

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * Runs the built CLI with a guard: a run that hangs (a FIFO, an endless pipe) is killed and its status is
 * null, so the assertion on the status fails instead of the suite hanging. `asUser` runs it as that uid.
 */
function runGuarded(args: string[], options: { cwd: string; pipeFrom?: string; asUser?: number }) {
  const command = options.pipeFrom ? '/bin/sh' : process.execPath;
  const commandArgs = options.pipeFrom ? ['-c', `${options.pipeFrom} | "${process.execPath}" "${gradeBin}" ${args.join(' ')}`] : [gradeBin, ...args];
  const run = spawnSync(command, commandArgs, {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
    ...(options.asUser !== undefined ? { uid: options.asUser, gid: options.asUser } : {}),
  });
  const report = run.stdout.startsWith('{') ? (JSON.parse(run.stdout) as { findings: JsonFinding[]; score?: number }) : { findings: [] };
  const findings = report.findings;
  return { status: run.status, stderr: run.stderr, score: report.score, findings, located: findings.map((f) => [f.ruleId, f.file, f.line, f.column]) };
}

const posix = process.platform !== 'win32';
const isRoot = posix && process.getuid?.() === 0;
/** As root, chmod 000 does not stop a read: the run that must meet EACCES goes as "nobody" instead. */
const nobody = 65534;

describe.skipIf(!posix)('hostile file system: what cannot be read is a finding, and the rest is still checked', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-fs-'));
    // Readable by "nobody" too (mkdtemp makes it 0700).
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'good.yaml'), brokenJob('good'));
  });
  afterAll(() => {
    chmodSync(path.join(dir, 'tree', 'locked'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a folder that cannot be listed (EACCES): a finding at its path, the other files graded', () => {
    const tree = path.join(dir, 'tree');
    mkdirSync(path.join(tree, 'locked'), { recursive: true });
    writeFileSync(path.join(tree, 'locked', 'hidden.yaml'), brokenJob('hidden'));
    writeFileSync(path.join(tree, 'open.yaml'), brokenJob('open'));
    chmodSync(tree, 0o755);
    chmodSync(path.join(tree, 'open.yaml'), 0o644);
    chmodSync(path.join(tree, 'locked'), 0o000);
    const run = runGuarded(['tree', '-f', 'json'], { cwd: dir, ...(isRoot ? { asUser: nobody } : {}) });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(1);
    expect(run.located[0]).toEqual(['file-unreadable', 'locked', 1, 1]);
    expect(run.findings[0]!.message).toBe('This folder could not be listed (EACCES); the files in it were not checked.');
    // Graded: the readable file's finding is there, with a score; nothing from inside the locked folder.
    expect(run.located).toContainEqual(['job-restart-policy', 'open.yaml', 8, 22]);
    expect(run.score).toBeTypeOf('number');
    expect(run.findings.filter((f) => f.file.includes('hidden'))).toEqual([]);
  });

  it('a FIFO named on the command line: a finding, no wait for a writer, the other file checked', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const run = runGuarded(['pipe.yaml', 'good.yaml', '--lint', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.located).toEqual([
      ['job-restart-policy', 'good.yaml', 8, 22],
      ['file-unreadable', 'pipe.yaml', 1, 1],
    ]);
    expect(run.findings[1]!.message).toBe('This is a named pipe (FIFO), not a regular file; it was not read.');
  });

  it('a FIFO named .yaml inside a graded folder: a finding too, not a hang', () => {
    const folder = path.join(dir, 'with-pipe');
    mkdirSync(folder);
    execFileSync('mkfifo', [path.join(folder, 'pipe.yaml')]);
    writeFileSync(path.join(folder, 'job.yaml'), brokenJob('job'));
    const run = runGuarded(['with-pipe', '--lint', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.located).toEqual([
      ['job-restart-policy', 'job.yaml', 8, 22],
      ['file-unreadable', 'pipe.yaml', 1, 1],
    ]);
  });

  it.skipIf(process.platform !== 'linux')('/dev/zero named on the command line: a finding, not an endless read', () => {
    const run = runGuarded(['/dev/zero', 'good.yaml', '--lint', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const zero = run.findings.find((f) => f.file.endsWith('dev/zero'))!;
    expect([zero.ruleId, zero.line, zero.column, zero.message]).toEqual([
      'file-unreadable',
      1,
      1,
      'This is a character device, not a regular file; it was not read.',
    ]);
    expect(run.located).toContainEqual(['job-restart-policy', 'good.yaml', 8, 22]);
  });

  it('stdin without end: the size cap applies while reading, so the run ends with a finding', () => {
    // `yes` never stops writing: only a reader that stops at the cap lets this command finish.
    const run = runGuarded(['-', '--lint', '-f', 'json', '--max-file-size', '64KB'], { cwd: dir, pipeFrom: "yes '# filler'" });
    expect(run.status).toBe(1);
    expect(run.located).toEqual([['file-unreadable', '<stdin>', 1, 1]]);
    expect(run.findings[0]!.message).toBe('This file is over the 64 KB limit; it was not read.');
  });

  it('a root path with a backslash in its name: its files are found', async () => {
    const root = path.join(dir, 'unpacked\\answers');
    mkdirSync(path.join(root, 'sub\\dir'), { recursive: true });
    writeFileSync(path.join(root, 'job.yaml'), brokenJob('top'));
    writeFileSync(path.join(root, 'sub\\dir', 'nested.yaml'), brokenJob('nested'));
    const result = await checkPaths({ inputs: [root] });
    expect(result.files.map((f) => f.path)).toEqual(['job.yaml', 'sub\\dir/nested.yaml']);
    expect(result.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      ['job-restart-policy', 'job.yaml', 8, 22],
      ['job-restart-policy', 'sub\\dir/nested.yaml', 8, 22],
    ]);
  });

  it('folders and files whose names begin with a line break: found like any other', async () => {
    const root = path.join(dir, 'line-breaks');
    mkdirSync(path.join(root, '\nfolder'), { recursive: true });
    writeFileSync(path.join(root, '\nfolder', 'job.yaml'), brokenJob('a'));
    writeFileSync(path.join(root, '\r\njob.yaml'), brokenJob('b'));
    const result = await checkPaths({ inputs: [root] });
    expect(result.files.map((f) => f.path)).toEqual(['\nfolder/job.yaml', '\r\njob.yaml']);
  });
});

describe.skipIf(!posix)('grade --each over hostile folder names: every folder gets a row, and nothing raw reaches the terminal', () => {
  let dir: string;
  const names = ['\nstudent', 'alice', 'bob\u001b[2J\u0007\u009b31m\u202eevil\u2066', 'carol\\back'];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-each-'));
    for (const name of names) {
      mkdirSync(path.join(dir, 'class', name), { recursive: true });
      writeFileSync(path.join(dir, 'class', name, 'job.yaml'), brokenJob('job'));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('one gradebook row per folder, names spelled out by the printable filter in the rows and the progress lines', () => {
    const run = runGrade(['--each', 'class/*'], { cwd: dir });
    expect(run.status).toBe(0);
    const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    expect(unsafe.test(run.stdout), run.stdout).toBe(false);
    expect(unsafe.test(run.stderr), run.stderr).toBe(false);
    const spelled = ['\\nstudent', 'alice', 'bob\\u001b[2J\\u0007\\u009b31m\\u202eevil\\u2066', 'carol\\back'];
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((row) => row.split(',')[0]);
    expect(rows).toEqual(spelled);
    const progress = run.stderr.trimEnd().split('\n');
    expect(progress).toHaveLength(4);
    progress.forEach((line, i) => expect(line).toMatch(new RegExp(`^\\[${i + 1}/4\\] ${spelled[i]!.replace(/[\\[\]]/g, '\\$&')}: \\d+/\\d+`)));
  });
});
