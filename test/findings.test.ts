import { describe, expect, it } from 'vitest';
import { findingCompactor, sortAndDedupe } from '../src/findings.js';
import type { Finding } from '../src/types.js';

const at = (line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'r',
  severity: 'warning',
  message: 'm',
  file: 'a.yaml',
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  ...extra,
});

describe('sortAndDedupe', () => {
  it.each([
    { name: 'sorts by line and keeps distinct findings', input: [at(3), at(1), at(2)], lines: [1, 2, 3], checks: [undefined, undefined, undefined] },
    { name: 'drops an exact repeat', input: [at(2), at(1), at(2)], lines: [1, 2], checks: [undefined, undefined] },
    {
      name: 'keeps repeats that differ in their check only',
      input: [at(1, { check: 'x' }), at(1, { check: 'y' }), at(1, { check: 'x' })],
      lines: [1, 1],
      checks: ['x', 'y'],
    },
    { name: 'drops repeats in two separate runs', input: [at(5), at(1), at(5), at(1), at(3)], lines: [1, 3, 5], checks: [undefined, undefined, undefined] },
  ])('$name', ({ input, lines, checks }) => {
    const out = sortAndDedupe(input);
    expect(out.map((finding) => finding.line)).toEqual(lines);
    expect(out.map((finding) => finding.check)).toEqual(checks);
  });
});

describe('findingCompactor', () => {
  it('shares equal strings between findings and leaves them equal', () => {
    const compact = findingCompactor();
    const hint = (n: number) => ['Give it', 'a name'].join(` ${n > 0 ? '' : 'x'}`);
    const first = at(1, { hint: hint(1), path: ['spec', 'x'].join('.') });
    const second = at(2, { hint: hint(2), path: ['spec', 'x'].join('.') });
    const before = structuredClone([first, second]);
    compact(first);
    compact(second);
    expect([first, second]).toEqual(before);
    expect(Object.keys(first)).toEqual(Object.keys(before[0]!));
  });
});
