import { describe, expect, it } from 'vitest';
import { formatUnix } from '../../src/format/unix.js';
import { finding, lintReport, plainContext } from '../support/report-builder.js';

describe('unix format', () => {
  it('prints path:line:column: message [severity/rule-id] per finding and the problem count', () => {
    expect(formatUnix(lintReport(), plainContext)).toBe(
      [
        "answers/ex2/job.yaml:14:22: A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish. [error/job-restart-policy]",
        'answers/ex2/job.yaml:18:18: Image alpine has no tag. [warning/image-tag]',
        'answers/ex3/configmap.yaml:7:8: ttw is a number; ConfigMap values must be strings. [info/configmap-data]',
        '',
        '3 problems',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(formatUnix(lintReport({ findings: [] }), plainContext)).toBe('');
  });

  it('prints a finding without a file against "(answers)" and one without a position at 0:0', () => {
    const report = lintReport({
      findings: [finding({ file: undefined, line: undefined, column: undefined, endLine: undefined, endColumn: undefined, message: 'No Job found.' })],
    });
    expect(formatUnix(report, plainContext).split('\n')[0]).toBe('(answers):0:0: No Job found. [error/job-restart-policy]');
  });

  it('spells out line breaks and control characters so a finding stays one line', () => {
    const report = lintReport({ root: '.', findings: [finding({ file: ' ::warning::a.yaml', message: 'x\r\ny\u0000' })] });
    expect(formatUnix(report, plainContext).split('\n')[0]).toBe('./ ::warning::a.yaml:14:22: x\\u000d\\ny\\u0000 [error/job-restart-policy]');
  });
});
