import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runGrade } from '../support/cli.js';

/**
 * Wherever files are skipped, say which (issue 12): a file under the graded folder that is not
 * read is named, at its line 1, column 1. Grade mode names every such file (the answers are the
 * student's: a job.txt may be an answer); lint mode names those that look like manifests (a real
 * repository holds many other files). Unreadable files (binary, too large, a link out of the
 * folder) were already named, as errors.
 */

const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  a: b\n';
const jsonManifest = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"from-json"},"data":{"a":"b"}}\n';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The correct answers, with ex2's Job saved as .txt, and files a student's folder holds beside them. */
function answerSet(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-skipped-'));
  made.push(dir);
  cpSync(path.join(repoRoot, 'fixtures', 'answers'), dir, { recursive: true });
  rmSync(path.join(dir, 'ex2', 'traceroute.yaml'));
  cpSync(path.join(repoRoot, 'fixtures', 'answers', 'ex2', 'traceroute.yaml'), path.join(dir, 'ex2', 'traceroute.txt'));
  writeFileSync(path.join(dir, 'README.md'), '# My answers\n');
  writeFileSync(path.join(dir, 'notes.txt'), 'remember to quote the schedule\n');
  writeFileSync(path.join(dir, 'ex4', 'extra.yaml.bak'), manifest);
  writeFileSync(path.join(dir, 'extra.json'), jsonManifest);
  writeFileSync(path.join(dir, 'package.json'), '{"name":"answers"}\n');
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n');
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github', 'notes.txt'), manifest);
  writeFileSync(path.join(dir, 'ex6', 'binary.yaml'), Buffer.from([0x61, 0x00, 0x62, 0x00, 0xff, 0xfe]));
  writeFileSync(path.join(dir, 'ex6', 'big.yaml'), `${manifest}# ${'x'.repeat(4096)}\n`);
  symlinkSync('/etc/hostname', path.join(dir, 'ex6', 'outside.yaml'));
  return dir;
}

interface JsonFinding {
  ruleId: string;
  messageId?: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
}

const notRead = (args: string[]) => {
  const run = runGrade([answerSet(), '--format', 'json', '--max-file-size', '2KB', ...args]);
  const report = JSON.parse(run.stdout) as { findings: JsonFinding[]; files: { path: string }[]; exercises?: { id: string; score: number }[] };
  const named = report.findings
    .filter((f) => f.ruleId === 'file-unreadable')
    .map((f) => ({ file: f.file, at: `${f.line}:${f.column}`, severity: f.severity, skipped: f.messageId === 'skipped' }));
  return { report, named };
};

const unreadable = [
  { file: 'ex6/big.yaml', at: '1:1', severity: 'error', skipped: false },
  { file: 'ex6/binary.yaml', at: '1:1', severity: 'error', skipped: false },
  { file: 'ex6/outside.yaml', at: '1:1', severity: 'error', skipped: false },
];

const cases = [
  {
    mode: 'grade',
    args: [],
    named: [
      { file: 'README.md', at: '1:1', severity: 'info', skipped: true },
      { file: 'ex2/traceroute.txt', at: '1:1', severity: 'info', skipped: true },
      { file: 'ex4/extra.yaml.bak', at: '1:1', severity: 'info', skipped: true },
      ...unreadable,
      { file: 'notes.txt', at: '1:1', severity: 'info', skipped: true },
    ],
    // .json is read in grade mode, as kubectl apply -f DIR does; dot files and .github/ are never manifests of the answers.
    read: ['extra.json', 'package.json'],
  },
  {
    mode: 'lint',
    args: ['--lint'],
    named: [
      { file: 'ex2/traceroute.txt', at: '1:1', severity: 'info', skipped: true },
      { file: 'ex4/extra.yaml.bak', at: '1:1', severity: 'info', skipped: true },
      ...unreadable,
      { file: 'extra.json', at: '1:1', severity: 'info', skipped: true },
    ],
    read: [],
  },
  {
    mode: 'lint with --ext json',
    args: ['--lint', '--ext', 'json'],
    named: [
      { file: 'ex2/traceroute.txt', at: '1:1', severity: 'info', skipped: true },
      { file: 'ex4/extra.yaml.bak', at: '1:1', severity: 'info', skipped: true },
      ...unreadable,
    ],
    read: ['extra.json', 'package.json'],
  },
];

describe('files that are not read are named', () => {
  it.each(cases)('$mode', ({ args, named, read }) => {
    const { report, named: actual } = notRead(args);
    expect(actual).toEqual(named);
    const paths = report.files.map((file) => file.path);
    for (const file of read) expect(paths).toContain(file);
  });

  it('says why, and how to have the file read', () => {
    const grade = notRead([]).report.findings.find((f) => f.file === 'ex2/traceroute.txt')!;
    expect(grade).toMatchObject({
      message: 'Not read: only files ending in .yaml, .yml or .json are checked, as kubectl apply -f reads a folder.',
      hint: 'If it holds a manifest, rename it to end in .yaml; kubectl skips it as well.',
    });
    const lint = notRead(['--lint']).report.findings.find((f) => f.file === 'extra.json')!;
    expect(lint).toMatchObject({ message: 'Not read: only files ending in .yaml or .yml are checked.', hint: 'Add --ext json to check .json manifests too.' });
  });
});

describe('every format names a skipped file', () => {
  const formats = ['stylish', 'json', 'compact', 'unix', 'sarif', 'github', 'junit', 'gradescope', 'classroom'];
  it.each(
    formats.flatMap((format) => [
      { format, mode: 'grade' },
      { format, mode: 'lint' },
    ]),
  )('$format ($mode)', ({ format, mode }) => {
    const run = runGrade([answerSet(), '--format', format, ...(mode === 'lint' ? ['--lint'] : [])]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('traceroute.txt');
  });
});
