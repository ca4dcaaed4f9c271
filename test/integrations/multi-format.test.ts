import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveOutputTargets } from '../../src/cli/outputs.js';
import { UsageError } from '../../src/errors.js';
import { brokenJob, runCli, writeTree, type JsonReport, removeTempDirs } from './support.js';

afterAll(removeTempDirs);

describe('resolveOutputTargets: each -o belongs to the --format just before it', () => {
  it('pairs formats with files in the order written', () => {
    expect(resolveOutputTargets(['.', '--format', 'json', '-o', 'report.json', '--format', 'github'], 'stylish')).toEqual([
      { format: 'json', file: 'report.json' },
      { format: 'github' },
    ]);
    expect(resolveOutputTargets(['-f', 'sarif', '--output-file=a.sarif', '--format=junit', '-o', 'j.xml', '-f', 'stylish'], 'stylish')).toEqual([
      { format: 'sarif', file: 'a.sarif' },
      { format: 'junit', file: 'j.xml' },
      { format: 'stylish' },
    ]);
  });

  it('keeps the single-format forms working, in either order, and the default format', () => {
    expect(resolveOutputTargets(['-f', 'json', '-o', 'x.json'], 'stylish')).toEqual([{ format: 'json', file: 'x.json' }]);
    expect(resolveOutputTargets(['-o', 'x.json', '-f', 'json'], 'stylish')).toEqual([{ format: 'json', file: 'x.json' }]);
    expect(resolveOutputTargets(['-o', 'x.txt'], 'compact')).toEqual([{ format: 'compact', file: 'x.txt' }]);
    expect(resolveOutputTargets(['dir'], 'compact')).toEqual([{ format: 'compact' }]);
  });

  it('ignores flags after --', () => {
    expect(resolveOutputTargets(['-f', 'json', '--', '-f', 'unix'], 'stylish')).toEqual([{ format: 'json' }]);
  });

  it.each([
    [['-f', 'json', '-f', 'unix'], /only one format can print to the terminal.*json and unix/],
    [['-f', 'json', '-o', 'a', '-o', 'b'], /already has an output file/],
    [['-o', 'a', '-o', 'b', '-f', 'json'], /two output files in a row/],
    [['-f', 'json', '-o', 'same.txt', '-f', 'unix', '-o', 'same.txt'], /two formats write to same.txt/],
    [['-f'], /--format needs a value/],
  ])('rejects %j', (argv, message) => {
    expect(() => resolveOutputTargets(argv, 'stylish')).toThrow(UsageError);
    expect(() => resolveOutputTargets(argv, 'stylish')).toThrow(message);
  });
});

describe('grade with several formats at once', () => {
  it('writes json to its file and prints the github annotations, with the same exit code as one format', async () => {
    const dir = writeTree({ 'ex2/job.yaml': brokenJob });
    const run = await runCli(['--lint', '--format', 'json', '-o', 'out/report.json', '--format', 'github', 'ex2'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8')) as JsonReport;
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['job-restart-policy', 'job.yaml', 9, 22]]);
    expect(run.stdout).toMatch(/^::error file=ex2\/job\.yaml,line=9,endLine=9,col=22,endColumn=28,title=job-restart-policy::/m);
    expect(run.stdout).not.toContain('"findings"');
  });

  it('writes every format to its own file and prints nothing when all have one', async () => {
    const dir = writeTree({ 'ex2/job.yaml': brokenJob });
    const run = await runCli(['--lint', 'ex2', '-f', 'unix', '-o', 'lint.txt', '-f', 'sarif', '-o', 'lint.sarif', '-f', 'json', '-o', 'lint.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'lint.txt'), 'utf8')).toMatch(/^ex2\/job\.yaml:9:22: .* \[error\/job-restart-policy\]$/m);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'lint.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(['job-restart-policy']);
    expect((JSON.parse(readFileSync(path.join(dir, 'lint.json'), 'utf8')) as JsonReport).summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it('gives a file the same bytes the format prints to the terminal, never in colour', async () => {
    const dir = writeTree({ 'ex2/job.yaml': brokenJob });
    const printed = await runCli(['--lint', 'ex2', '-f', 'stylish', '--color'], dir);
    const plain = await runCli(['--lint', 'ex2', '-f', 'stylish', '--no-color'], dir);
    const written = await runCli(['--lint', 'ex2', '-f', 'stylish', '-o', 's.txt', '--color', '-f', 'json'], dir);
    expect(printed.stdout).not.toBe(plain.stdout);
    expect(readFileSync(path.join(dir, 's.txt'), 'utf8')).toBe(plain.stdout);
    expect(JSON.parse(written.stdout)).toMatchObject({ summary: { errors: 1 } });
  });

  it('is a usage error (exit 2, nothing written) for two terminal formats or an unknown one', async () => {
    const dir = writeTree({ 'ex2/job.yaml': brokenJob });
    const both = await runCli(['--lint', 'ex2', '-f', 'json', '-f', 'github'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('only one format can print to the terminal');
    const unknown = await runCli(['--lint', 'ex2', '-f', 'json', '-o', 'r.json', '-f', 'sarf', '-o', 'r.sarif'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format "sarf"');
    expect(existsSync(path.join(dir, 'r.json'))).toBe(false);
  });
});
