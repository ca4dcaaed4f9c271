import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFolder } from '../../src/pipeline/run.js';

const corpus = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);

describe.skipIf(!existsSync(corpus))('issue 13 on the real-world corpus', () => {
  it('no duplicate-resource error between folders, no error on a file that is not an API object', async () => {
    const { report } = await lintFolder({ inputs: [corpus], toolVersion: '0.0.0' });
    const duplicates = report.findings.filter((f) => f.ruleId === 'duplicate-resource');
    expect(duplicates.length).toBeGreaterThan(0);
    const acrossFolders = duplicates.filter((f) => {
      const first = /also defined in (\S+):\d+|copy is in (\S+):\d+/.exec(f.message);
      return first !== null && folderOf(first[1] ?? first[2]!) !== folderOf(f.file!);
    });
    expect(acrossFolders.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);

    const recognised = new Set(report.findings.filter((f) => f.ruleId === 'not-a-manifest').map((f) => f.file));
    expect(recognised.size).toBeGreaterThan(10);
    expect(report.findings.filter((f) => recognised.has(f.file) && f.severity === 'error').map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([]);

    const placeholderTypeErrors = report.findings.filter((f) => f.ruleId === 'schema' && /not the string "(\$\{|\{\{)/.test(f.message));
    expect(placeholderTypeErrors.map((f) => `${f.file}:${f.line}`)).toEqual([]);
  }, 180_000);
});
