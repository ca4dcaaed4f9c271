import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/gen-corpus.js';
import { repoRoot, runGrade, writeTree } from '../support/cli.js';

const answers = path.join(repoRoot, 'fixtures', 'answers');
const corpus = writeTree({});
writeCorpus(corpus, generateCorpus(400, 7));
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

/** One thread per file at least: workers even for the nine fixture files. */
const everyFileParallel = { KUBEGRADE_MIN_FILES_PER_JOB: '1' };

describe('--jobs N gives byte-identical output for every N', () => {
  it('grading the fixture answers (workers forced on a few files)', () => {
    const one = runGrade([answers, '--format', 'json', '--jobs', '1']);
    expect(JSON.parse(one.stdout).exercises.length).toBeGreaterThan(0);
    for (const jobs of ['2', '3']) {
      const many = runGrade([answers, '--format', 'json', '--jobs', jobs], { env: everyFileParallel });
      expect(many.stdout).toBe(one.stdout);
      expect(many.status).toBe(one.status);
    }
  });

  it('linting a generated corpus of 200 files, in every format that names positions', () => {
    for (const format of ['json', 'sarif', 'stylish']) {
      const one = runGrade(['--lint', corpus, '--format', format, '--jobs', '1']);
      const two = runGrade(['--lint', corpus, '--format', format, '--jobs', '2'], { env: everyFileParallel });
      expect(two.stdout, format).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    }
  });

  it('finds the generated mistakes (the comparison is not of two empty reports)', () => {
    const report = JSON.parse(runGrade(['--lint', corpus, '--format', 'json', '--jobs', '2']).stdout);
    const rules = new Set(report.findings.map((finding: { ruleId: string }) => finding.ruleId));
    expect(report.files.length).toBeGreaterThan(150);
    expect(rules.size).toBeGreaterThanOrEqual(3);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('reads stdin and files together the same way', () => {
    const file = path.join(answers, 'ex2', 'traceroute.yaml');
    const input = readFileSync(file, 'utf8').replace('Never', 'Always');
    const one = runGrade(['--lint', '-', corpus, '--format', 'json', '--jobs', '1'], { input });
    const two = runGrade(['--lint', '-', corpus, '--format', 'json', '--jobs', '2'], { input, env: everyFileParallel });
    expect(two.stdout).toBe(one.stdout);
    expect(
      JSON.parse(one.stdout).findings.some(
        (finding: { file: string; ruleId: string }) => finding.file === '<stdin>' && finding.ruleId === 'job-restart-policy',
      ),
    ).toBe(true);
  });
});
