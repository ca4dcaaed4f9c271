import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/format/github.js';
import type { Finding, Severity } from '../../src/types.js';
import { finding, gradeReport, lintReport, plainContext } from '../support/report-builder.js';

function many(severity: Severity, count: number): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    finding({ severity, ruleId: `rule-${severity}`, message: `${severity} ${index + 1}`, line: index + 1, endLine: index + 1 }),
  );
}

/** Undoes the runner's unescaping of a property value, to check what GitHub will show. */
const unescapeProperty = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('github format: escaping as @actions/core does', () => {
  it('escapes %, CR and LF in messages', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
  });

  it('escapes : and , in properties as well', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('github format', () => {
  it('annotates each finding on its repo-relative file and range, with a title and the fix', () => {
    expect(formatGithub(lintReport(), plainContext)).toBe(
      [
        "::error file=answers/ex2/job.yaml,line=14,endLine=14,col=22,endColumn=28,title=job-restart-policy::A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.",
        '::warning file=answers/ex2/job.yaml,line=18,endLine=18,col=18,endColumn=24,title=image-tag::Image alpine has no tag.%0AFix: Pin a tag such as alpine:3.8.',
        '::notice file=answers/ex3/configmap.yaml,line=7,endLine=7,col=8,endColumn=9,title=configmap-data::ttw is a number; ConfigMap values must be strings.',
        '',
      ].join('\n'),
    );
  });

  it('titles a finding that explains a rubric check with the exercise and check', () => {
    const [first] = formatGithub(gradeReport(), plainContext).split('\n');
    expect(first).toContain(',title=ex2 · restartPolicy is Never or OnFailure (job-restart-policy)::');
  });

  it('leaves out col and endColumn when the range spans lines', () => {
    const report = lintReport({ findings: [finding({ line: 3, column: 5, endLine: 6, endColumn: 2 })] });
    expect(formatGithub(report, plainContext)).toBe(
      "::error file=answers/ex2/job.yaml,line=3,endLine=6,title=job-restart-policy::A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.\n",
    );
  });

  it('annotates a finding without a file with no location', () => {
    const report = lintReport({ findings: [finding({ file: undefined, message: 'No Job found.' })] });
    expect(formatGithub(report, plainContext)).toBe('::error title=job-restart-policy::No Job found.\n');
  });

  it('prints nothing for a clean run', () => {
    expect(formatGithub(lintReport({ findings: [] }), plainContext)).toBe('');
  });

  it('annotates errors first and at most 10 of each level, then says how many were left out', () => {
    const findings = [...many('info', 3), ...many('warning', 12), ...many('error', 15)];
    const lines = formatGithub(lintReport({ findings }), plainContext).trimEnd().split('\n');
    const levels = lines.map((line) => /^::(\w+) /.exec(line)![1]);
    expect(levels).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), 'notice', 'notice', 'notice', 'notice']);
    expect(lines.slice(0, 10).map((line) => line.split('::')[2])).toEqual(Array.from({ length: 10 }, (_, i) => `error ${i + 1}`));
    expect(lines.at(-1)).toBe(
      '::notice title=kubegrade::7 more findings not annotated: GitHub shows at most 10 annotations of each level per step. The job summary (or a local run of kubegrade) lists them all.',
    );
  });

  it('keeps one notice slot for the note when notices themselves overflow', () => {
    const lines = formatGithub(lintReport({ findings: many('info', 12) }), plainContext)
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^::notice title=kubegrade::3 more findings not annotated/);
  });

  it('shows exactly 10 notices and no note when nothing is left out', () => {
    const lines = formatGithub(lintReport({ findings: many('info', 10) }), plainContext)
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.every((line) => line.startsWith('::notice file='))).toBe(true);
  });

  it('escapes file names and titles as properties and messages as data, so nothing can end the command', () => {
    const report = lintReport({
      root: '.',
      findings: [finding({ file: 'a,line=1::b\n::error::x.yaml', message: '50% sure\n::warning file=y::forged', ruleId: 'r:1,2' })],
    });
    const output = formatGithub(report, plainContext);
    expect(output.split('\n').filter((line) => line.trimStart().startsWith('::'))).toHaveLength(1);
    const [, command, properties, message] = /^::(\w+) (.*?)::(.*)\n$/.exec(output)!;
    expect(command).toBe('error');
    // The answers' line breaks are spelled out by printable() before the toolkit's escaping.
    expect(properties).toBe('file=a%2Cline=1%3A%3Ab\\n%3A%3Aerror%3A%3Ax.yaml,line=14,endLine=14,col=22,endColumn=28,title=r%3A1%2C2');
    expect(unescapeProperty(properties!.split(',')[0]!.slice('file='.length))).toBe('a,line=1::b\\n::error::x.yaml');
    expect(message).toBe('50%25 sure\\n::warning file=y::forged');
  });
});
