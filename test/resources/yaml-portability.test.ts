import { describe, expect, it } from 'vitest';
import { checkSourceText } from '../../src/pipeline/file-check.js';
import { checkPaths } from '../../src/pipeline/check.js';
import fc from 'fast-check';
import { makePortable, repairQuotedContinuations } from '../../src/yaml/portability.js';

const show = (file: string, text: string) => checkSourceText(file, text).findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);

describe('yaml-portability: what kubectl accepts and YAML 1.2 does not is a warning, not an error', () => {
  it("a double-quoted value continued at the key's indentation (gatekeeper-library httpsonly)", () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "When set the TLS is optional, defaults\n  to false."\n  b: c\n';
    expect(show('cm.yaml', text)).toEqual(['6:3 warning yaml-portability']);
    expect(checkSourceText('cm.yaml', text).resources[0]!.value.data).toEqual({ a: 'When set the TLS is optional, defaults to false.', b: 'c' });
  });

  it('lone CR line ends', () => {
    const outcome = checkSourceText('cm.yaml', 'apiVersion: v1\rkind: ConfigMap\rmetadata:\r  name: x\r');
    expect(outcome.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['1:15 yaml-portability']);
    expect(outcome.resources.map((r) => r.name)).toEqual(['x']);
  });

  it('lone CR line ends after a byte-order mark: the column counts as the parser does, after the mark', () => {
    const outcome = checkSourceText('cm.yaml', '\uFEFFapiVersion: v1\r\r\nkind: ConfigMap\r\r\nmetadata:\r\r\n  name: x\r\r\n');
    expect(outcome.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`)).toEqual(['1:15-1:16 yaml-portability']);
  });

  it('CRLF, deeper continuation lines and single-line values are fine', () => {
    expect(show('cm.yaml', 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: x\r\ndata:\r\n  a: "one\r\n    two"\r\n')).toEqual([]);
  });

  it('a quote that is never closed is still a syntax error', () => {
    expect(show('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "one\n  b: c\n')).toEqual(['7:6 error yaml-syntax']);
    expect(makePortable('a: "one\nb: c\n').issues).toEqual([]);
  });

  it('text inside a block scalar (a script with quotes) is left alone', () => {
    const text = 'steps:\n  - script: |\n      echo -n "digest\n      more" > out\n    name: a\n  - args: >-\n      x: "y\n      z"\n';
    expect(makePortable(text)).toEqual({ text, issues: [] });
    const after = 'steps:\n  - script: |\n      echo hi\n    name: "a\n    b"\n';
    expect(makePortable(after).issues).toEqual([{ kind: 'quoted-continuation', line: 4, column: 5, key: 'name' }]);
  });

  it('a finding on a line given indentation is placed in the file, not in the repaired text (found by npm run fuzz, seed 1802928780)', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  ttw: "4\n# max-hops: "15"\n';
    const findings = checkSourceText('cm.yaml', text).findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`);
    // Line 7 is 16 characters long; the repair put 3 spaces in front of it.
    expect(findings).toEqual(['7:14-7:17 yaml-syntax', '6:3-6:6 yaml-portability']);
    expect(makePortable(text).shifts).toEqual(new Map([[7, 3]]));
  });

  it('so is a finding of the cross-resource stage, in this thread as in the first stage', async () => {
    // The reference's value ends on line 14 ("        ing\"", 12 characters), which the repair indents by 3.
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n    env:\n    - name: A\n      valueFrom:\n        configMapKeyRef:\n          name: "miss\n        ing"\n          key: k\n';
    const result = await checkPaths({ inputs: ['-'], stdin: { bytes: new TextEncoder().encode(text), filename: 'pod.yaml' }, jobs: 1, releaseValues: true });
    const at = (ruleId: string) => result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
    expect(at('config-ref')).toEqual(['13:17-14:13']);
    expect(at('env-value-from')).toEqual(['13:17-14:13']);
  });

  it('keeps line numbers: only indentation is added', () => {
    const portable = makePortable('- name: "a\n  b"\n  value: 1\n');
    expect(portable.text).toBe('- name: "a\n   b"\n  value: 1\n');
    expect(portable.issues).toEqual([{ kind: 'quoted-continuation', line: 1, column: 3, key: 'name' }]);
  });
});

describe('makePortable skips the line-by-line pass only where it would find nothing', () => {
  it.each([
    { name: 'a closed value before an open one', text: 'a: "x"\nb: "one\nc"\n', issues: [{ kind: 'quoted-continuation', line: 2, column: 1, key: 'b' }] },
    { name: 'two values on one line, the second open', text: '- a: "x", b: "y\n  z"\n', issues: [] },
    { name: 'an open value on the last line', text: 'a: 1\nb:  "one', issues: [] },
    { name: 'CRLF line ends', text: 'a:\r\n  b: "one\r\n  two"\r\n', issues: [{ kind: 'quoted-continuation', line: 2, column: 3, key: 'b' }] },
    { name: 'a quoted key', text: '"a b": "one\ntwo"\n', issues: [{ kind: 'quoted-continuation', line: 1, column: 1, key: '"a b"' }] },
    { name: 'quotes without a key', text: '- "one\n- two"\n', issues: [] },
  ])('$name', ({ text, issues }) => {
    expect(makePortable(text).issues).toEqual(issues);
    expect(makePortable(text)).toEqual(repairQuotedContinuations(text));
  });

  it('on any text of YAML-like lines, the same text and issues as the full pass', () => {
    const fragment = fc.constantFrom(
      'a: "x',
      'a: "x"',
      '  b: "y',
      '- c: "z',
      '  - d:  "w',
      'e"',
      '  f"',
      '    g',
      '"h": "i',
      "'j': \"k",
      'l: |',
      '- m: >-',
      '# n: "o',
      '',
      '  ',
      'p: q',
      'r: "s\\"',
      '\\""',
    );
    const lineEnd = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(6), fragment, lineEnd), { maxLength: 30 }), (lines) => {
        const text = lines.map(([indent, line, end]) => ' '.repeat(indent) + line + end).join('');
        expect(makePortable(text)).toEqual(repairQuotedContinuations(text));
      }),
      { numRuns: 3000 },
    );
  });
});
