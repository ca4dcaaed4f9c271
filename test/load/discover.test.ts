import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/load/discover.js';
import { writeTree } from '../support/cli.js';

// Names fast-glob's own pattern *.{yaml,yml} (case-insensitive, with dot files) takes or leaves; discovery walks once and matches names itself.
const names = [
  'a.yaml',
  'b.YAML',
  'c.Yml',
  '.yaml',
  '.hidden.yml',
  'd .yaml',
  'e.yaml.bak',
  'f.yamlx',
  'gyaml',
  'h.json',
  'sub/.x.yml',
  'sub/ok.yaml',
  '.dot/in.yaml',
  'deep/er/still.yml',
  'line\nbreak.yaml',
];
const root = writeTree(Object.fromEntries(names.map((name) => [name, 'a: 1\n'])));
mkdirSync(path.join(root, 'folder.yaml'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverFiles', () => {
  it('finds exactly the files fast-glob matches with *.{yaml,yml}', async () => {
    const reference = fg.sync('**/*.{yaml,yml}', { cwd: root, dot: true, onlyFiles: true, caseSensitiveMatch: false }).sort();
    const { candidates } = await discoverFiles([root]);
    expect(candidates.map((candidate) => candidate.displayPath).sort()).toEqual(reference);
    expect(reference).toContain('.yaml');
    expect(reference).not.toContain('e.yaml.bak');
  });

  it('names the other files as skipped, but not those in dot folders or with dot names', async () => {
    const { findings } = await discoverFiles([root], { nameSkipped: 'all' });
    expect(findings.map((finding) => `${finding.file} ${finding.line}:${finding.column}`).sort()).toEqual([
      'e.yaml.bak 1:1',
      'f.yamlx 1:1',
      'gyaml 1:1',
      'h.json 1:1',
    ]);
  });

  it('searches for the extensions it is given', async () => {
    const { candidates } = await discoverFiles([root], { extensions: ['json'] });
    expect(candidates.map((candidate) => candidate.displayPath)).toEqual(['h.json']);
  });
});
