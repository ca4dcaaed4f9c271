import { describe, expect, it } from 'vitest';
import { capFindingsPerFile } from '../../src/pipeline/findings-cap.js';
import { compareFindings } from '../../src/findings.js';
import { checkPaths } from '../../src/pipeline/check.js';
import type { Finding } from '../../src/types.js';

const at = (file: string, line: number, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId: 'some-rule',
  severity,
  message: `m${line}`,
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
});

describe('at most N findings per file, and one note for the rest', () => {
  it('leaves a file under the cap alone', () => {
    const findings = [at('a.yaml', 1), at('a.yaml', 2)];
    expect(capFindingsPerFile(findings, 2)).toEqual(findings);
  });

  it('keeps errors first, then the earliest warnings, and says how many were left out', () => {
    const findings = [at('a.yaml', 1), at('a.yaml', 2), at('a.yaml', 3), at('a.yaml', 4, 'error'), at('b.yaml', 1)].sort(compareFindings);
    const capped = capFindingsPerFile(findings, 2);
    expect(capped.map((finding) => [finding.file, finding.line, finding.ruleId])).toEqual([
      ['a.yaml', 1, 'some-rule'],
      ['a.yaml', 2, 'too-many-findings'],
      ['a.yaml', 4, 'some-rule'],
      ['b.yaml', 1, 'some-rule'],
    ]);
    const note = capped.find((finding) => finding.ruleId === 'too-many-findings')!;
    expect(note.message).toBe('2 more findings in this file are not shown (2 warnings): only the first 2 are listed.');
    expect(note.severity).toBe('warning');
  });

  it('gives the note the severity of the worst finding it hides, so the exit code stays true', () => {
    const findings = [at('a.yaml', 1, 'error'), at('a.yaml', 2, 'error'), at('a.yaml', 3, 'error')];
    const note = capFindingsPerFile(findings, 1).find((finding) => finding.ruleId === 'too-many-findings')!;
    expect(note).toMatchObject({ severity: 'error', line: 2, column: 1 });
    expect(note.message).toMatch(/^2 more findings .* \(2 errors\)/);
  });

  it('applies in the pipeline: a file of 300 broken lines shows 200 findings and a note', async () => {
    const text = Array.from({ length: 300 }, (_, i) => `k${i}: [unclosed`).join('\n');
    const result = await checkPaths({ inputs: ['-'], stdin: { bytes: new TextEncoder().encode(text), filename: 'many.yaml' }, jobs: 1 });
    expect(result.findings.length).toBe(201);
    expect(result.findings.filter((finding) => finding.ruleId === 'too-many-findings')).toHaveLength(1);
  });
});
