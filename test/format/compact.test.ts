import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../src/format/compact.js';
import { finding, gradeReport, lintReport, plainContext } from '../support/report-builder.js';

interface Matcher {
  problemMatcher: {
    owner: string;
    pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number }[];
  }[];
}

const matcher = JSON.parse(readFileSync(new URL('../../matchers/kubegrade-compact.json', import.meta.url), 'utf8')) as Matcher;

/** Applies the shipped problem matcher to one line, as VS Code does: the configured groups become the fields. */
function match(line: string) {
  const pattern = matcher.problemMatcher[0]!.pattern[0]!;
  const groups = new RegExp(pattern.regexp).exec(line);
  if (!groups) return undefined;
  return {
    file: groups[pattern.file],
    line: Number(groups[pattern.line]),
    column: Number(groups[pattern.column]),
    severity: groups[pattern.severity],
    message: groups[pattern.message],
    code: groups[pattern.code],
  };
}

describe('compact format', () => {
  it('prints one ESLint-compact line per finding, paths from the working directory, and the problem count', () => {
    expect(formatCompact(lintReport(), plainContext)).toBe(
      [
        "answers/ex2/job.yaml: line 14, col 22, Error - A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish. (job-restart-policy)",
        'answers/ex2/job.yaml: line 18, col 18, Warning - Image alpine has no tag. (image-tag)',
        'answers/ex3/configmap.yaml: line 7, col 8, Info - ttw is a number; ConfigMap values must be strings. (configmap-data)',
        '',
        '3 problems',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(formatCompact(lintReport({ findings: [] }), plainContext)).toBe('');
  });

  it('uses the file as given when the root is the working directory, or rootPath from the context', () => {
    expect(formatCompact(lintReport({ root: '.', findings: [finding()] }), plainContext).split('\n')[0]).toMatch(/^ex2\/job\.yaml: line 14, col 22, Error - /);
    expect(formatCompact(lintReport({ findings: [finding()] }), { color: false, rootPath: 'course/week2' }).split('\n')[0]).toMatch(
      /^course\/week2\/ex2\/job\.yaml: line 14/,
    );
  });

  it('keeps every finding on one line and never starts a line with a workflow command', () => {
    const report = lintReport({ root: '.', findings: [finding({ file: '::error::x.yaml', message: 'bad\nvalue\u001b[31m ##[warning]y' })] });
    const [line] = formatCompact(report, plainContext).split('\n');
    expect(line).toBe('./::error::x.yaml: line 14, col 22, Error - bad\\nvalue\\u001b[31m #\\u0023[warning]y (job-restart-policy)');
  });

  it('grading prints the same lines (the score belongs to other formats)', () => {
    expect(formatCompact(gradeReport(), plainContext).split('\n')).toHaveLength(5);
  });
});

describe('the shipped VS Code problem matcher', () => {
  it('parses every line of real compact output into file, line, column, severity, message and code', () => {
    const lines = formatCompact(lintReport(), plainContext)
      .split('\n')
      .filter((line) => line.includes(', col '));
    expect(lines.map(match)).toEqual([
      {
        file: 'answers/ex2/job.yaml',
        line: 14,
        column: 22,
        severity: 'Error',
        message: "A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.",
        code: 'job-restart-policy',
      },
      { file: 'answers/ex2/job.yaml', line: 18, column: 18, severity: 'Warning', message: 'Image alpine has no tag.', code: 'image-tag' },
      {
        file: 'answers/ex3/configmap.yaml',
        line: 7,
        column: 8,
        severity: 'Info',
        message: 'ttw is a number; ConfigMap values must be strings.',
        code: 'configmap-data',
      },
    ]);
  });

  it('keeps messages that quote parentheses or look like another location intact', () => {
    const report = lintReport({ findings: [finding({ message: 'value "a (b)" is: line 3, col 4, Error - no (sic)', file: 'my dir/job (1).yaml' })] });
    expect(match(formatCompact(report, plainContext).split('\n')[0]!)).toEqual({
      file: 'answers/my dir/job (1).yaml',
      line: 14,
      column: 22,
      severity: 'Error',
      message: 'value "a (b)" is: line 3, col 4, Error - no (sic)',
      code: 'job-restart-policy',
    });
  });

  it('does not match the closing problem count', () => {
    expect(match('3 problems')).toBeUndefined();
  });
});
