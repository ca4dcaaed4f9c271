import { describe, expect, it } from 'vitest';
import { formatStylish as stylish } from '../../src/format/stylish.js';
import { finding, lintReport, plainContext } from '../support/report-builder.js';

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('stylish summary line', () => {
  it.each([
    ['no findings', [], '✔ no problems in 3 files'],
    ['infos only', [finding({ severity: 'info' })], '✔ no errors or warnings in 3 files (1 info)'],
    ['an error in one file', [finding()], '✖ 1 problem (1 error, 0 warnings) in 1 file'],
    [
      'a warning in one file and infos in two others: the files counted are the ones whose problems the total counts',
      [finding({ severity: 'warning' }), finding({ severity: 'info', file: 'clean.yaml' }), finding({ severity: 'info', file: 'ex3/configmap.yaml' })],
      '✖ 3 problems (0 errors, 1 warning, 2 infos) in 3 files',
    ],
    ['two errors in one file', [finding(), finding({ line: 20 })], '✖ 2 problems (2 errors, 0 warnings) in 1 file'],
  ])('%s', (_, findings, expected) => {
    expect(lastLine(stylish(lintReport({ findings }), plainContext))).toBe(expected);
  });
});
