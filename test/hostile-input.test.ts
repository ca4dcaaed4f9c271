import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPaths, type CheckResult } from '../src/pipeline/check.js';

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
  { name: 'a syntax error', file: 'syntax.yaml', write: (f) => writeFileSync(f, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n'), expected: [['yaml-syntax', 3, 18]] },
  { name: 'a tab indent', file: 'tab.yaml', write: (f) => writeFileSync(f, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n'), expected: [['yaml-syntax', 4, 1]] },
  { name: 'a duplicate key', file: 'dup.yaml', write: (f) => writeFileSync(f, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"\n  a: "2"\n'), expected: [['yaml-duplicate-key', 7, 3]] },
  { name: 'a billion-laughs alias bomb', file: 'bomb.yaml', write: (f) => writeFileSync(f, billionLaughs), expected: [['yaml-syntax', 6, 8]] },
  { name: 'a 0-byte file', file: 'empty.yaml', write: (f) => writeFileSync(f, ''), expected: [] },
  { name: 'a comment-only file', file: 'comments.yaml', write: (f) => writeFileSync(f, '# nothing here yet\n---\n# still nothing\n'), expected: [] },
  { name: 'a binary file named .yaml', file: 'image.yaml', write: (f) => writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])), expected: [['file-unreadable', 1, 1]] },
  { name: 'invalid UTF-8', file: 'latin1.yaml', write: (f) => writeFileSync(f, Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')])), expected: [['file-unreadable', 4, 12]] },
  { name: 'a 10 MB file', file: 'huge.yaml', write: (f) => writeFileSync(f, `# ${'x'.repeat(99)}\n`.repeat(100 * 1024)), expected: [['file-unreadable', 1, 1]] },
  { name: 'a symlink to /etc/passwd', file: 'passwd.yaml', write: (f) => symlinkSync('/etc/passwd', f), expected: [['file-unreadable', 1, 1]] },
  { name: 'a 1,000-level nested mapping', file: 'deep.yaml', write: (f) => writeFileSync(f, deepMapping(1000)), expected: [['yaml-syntax', -1, -1]] },
  { name: 'a 200-level nested mapping', file: 'deep200.yaml', write: (f) => writeFileSync(f, deepMapping(200)), expected: [['yaml-syntax', 133, 257]] },
  { name: 'a file named with spaces and unicode', file: 'my jöb ✓.yaml', write: (f) => writeFileSync(f, brokenJob('unicode')), expected: [['job-restart-policy', 8, 22]] },
  { name: 'a BOM and CRLF line ends', file: 'crlf.yaml', write: (f) => writeFileSync(f, `\uFEFF${brokenJob('crlf').replace(/\n/g, '\r\n')}`), expected: [['job-restart-policy', 8, 22]] },
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
