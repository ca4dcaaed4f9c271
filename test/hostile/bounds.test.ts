import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPaths, type CheckResult } from '../../src/pipeline/check.js';
import { parseYamlStream } from '../../src/yaml/parse.js';
import { expansionLimit } from '../../src/yaml/expansion.js';
import { runGrade, writeTree } from '../support/cli.js';
import { boundsFiles } from './bounds-cases.js';

const tooDeep = 'This document nests deeper than 128 levels; it is not checked further.';
const expandsTooFar = (limit: string) =>
  `Aliases in this file expand to more than ${limit} characters of values (a "billion laughs" pattern); it is not checked further.`;

/** Each hostile class -> its exact findings [ruleId, line, column, message]; [] means clean. */
const expected: Record<string, [string, number, number, string][]> = {
  'flow-deep.yaml': [['yaml-syntax', 1, 131, tooDeep]],
  'block-deep.yaml': [['yaml-syntax', 129, 129, tooDeep]],
  'seq-deep.yaml': [['yaml-syntax', 129, 257, tooDeep]],
  'alias-copies.yaml': [['yaml-syntax', 7, 7, expandsTooFar('80,464')]],
  'alias-few.yaml': [],
  'alias-run.yaml': [],
  'wide.yaml': [],
  'alias-two-docs.yaml': [['yaml-syntax', 7, 4, expandsTooFar('72,240')]],
  'alias-cycle.yaml': [
    ['yaml-syntax', 1, 11, 'This alias is inside the collection its anchor names, so it expands without end; the file is not checked further.'],
  ],
  'alias-deep.yaml': [['yaml-syntax', 2, 54, 'Expanded here, this alias nests deeper than the depth limit; the file is not checked further.']],
  'bomb.yaml': [['yaml-syntax', 2, 8, expandsTooFar('16,384')]],
};

describe('bounded cost: every hostile class gives one located finding or clean output', () => {
  let dir: string;
  let result: CheckResult;
  beforeAll(async () => {
    dir = writeTree(boundsFiles, 'kubegrade-bounds-');
    result = await checkPaths({ inputs: [dir], jobs: 1 });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('covers every generated file', () => expect(Object.keys(expected).sort()).toEqual(Object.keys(boundsFiles).sort()));

  for (const [file, findings] of Object.entries(expected)) {
    it(file, () => {
      expect(result.findings.filter((f) => f.file === file).map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual(findings);
    });
  }

  it('skips every document of a file over its expansion bound', () => {
    expect(result.resources.filter((resource) => resource.file === 'alias-copies.yaml')).toEqual([]);
    expect(result.resources.filter((resource) => resource.file === 'alias-few.yaml')).toHaveLength(1);
  });
});

describe('the expansion bound', () => {
  it('is 4 times the file size, at least 16 KiB', () => {
    expect(expansionLimit(100)).toBe(16 * 1024);
    expect(expansionLimit(1_000_000)).toBe(4_000_000);
  });

  it('gives every alias of one anchor the very same value, not a copy', () => {
    const value = parseYamlStream(`a: &a {x: "${'s'.repeat(100)}"}\nb: *a\nc: *a\n`).documents[0]!.value as Record<string, unknown>;
    expect(value.b).toBe(value.a);
    expect(value.c).toBe(value.a);
  });

  it('can be set per call, and counts values, not the text', () => {
    const text = 'a: &a [1, 2, 3]\nb: [*a, *a]\n';
    expect(parseYamlStream(text, { maxAliasCount: 100, maxDepth: 128, maxExpansion: 100 }).findings).toEqual([]);
    const over = parseYamlStream(text, { maxAliasCount: 100, maxDepth: 128, maxExpansion: 10 });
    expect(over.findings.map((f) => [f.line, f.column, f.message])).toEqual([[2, 5, expandsTooFar('10')]]);
    expect(over.documents[0]!.broken).toBe(true);
  });
});

describe('bounded cost on every thread: --jobs 1, 2 and 8 print the same bytes', () => {
  let dir: string;
  beforeAll(() => {
    dir = writeTree(
      {
        ...boundsFiles,
        'job.yaml':
          'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers:\n        - name: t\n          image: alpine:3.8\n',
      },
      'kubegrade-bounds-cli-',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['json', 'stylish']) {
    it(`with -f ${format}`, () => {
      // One file per thread is enough to start workers: the mixed folder really is split across threads.
      const runs = ['1', '2', '8'].map((jobs) => runGrade([dir, '--lint', '-f', format, '--jobs', jobs], { env: { KUBEGRADE_MIN_FILES_PER_JOB: '1' } }));
      for (const run of runs) expect([run.status, run.stderr]).toEqual([1, '']);
      expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
      expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
      if (format === 'json') {
        const report = JSON.parse(runs[0]!.stdout) as { version: number; findings: { file: string; ruleId: string }[] };
        expect(report.version).toBe(1);
        expect(
          report.findings
            .filter((f) => f.ruleId === 'yaml-syntax')
            .map((f) => f.file)
            .sort(),
        ).toEqual(
          Object.entries(expected)
            .filter(([, findings]) => findings.length > 0)
            .map(([file]) => file)
            .sort(),
        );
      }
      // Nine CLI runs, seven of them starting worker threads: slow on a shared two-core machine.
    }, 300_000);
  }
});
