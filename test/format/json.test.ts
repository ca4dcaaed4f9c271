import { describe, expect, it } from 'vitest';
import { formatJson, jsonReportChunks, toJsonReport } from '../../src/format/json.js';
import { toSafeJson } from '../../src/format/log-safety.js';
import type { Report } from '../../src/report.js';
import { finding, gradeReport, lintReport, plainContext } from '../support/report-builder.js';

/** What the JSON report was before it was written in pieces: one JSON.stringify of the whole report. */
const whole = (report: Report) => `${toSafeJson(toJsonReport(report))}\n`;

const many = (count: number) =>
  Array.from({ length: count }, (_, i) => finding({ line: i + 1, message: `Finding ${i} with "quotes", a \\ and ##[command] text.` }));

describe('json format, written in pieces', () => {
  it.each<[string, Report]>([
    ['a lint report', lintReport()],
    ['a clean lint report (empty findings)', lintReport({ findings: [] })],
    ['a report without files', lintReport({ files: [] })],
    ['a graded report (rubric, exercises, score)', gradeReport()],
    ['a graded report with extra credit', { ...gradeReport(), extraCredit: 2, extraCreditMax: 5 }],
    ['findings with control, bidi and line-separator characters', lintReport({ findings: [finding({ message: 'a\u0000b\u202ec\u2028d\u009be\r\nf' })] })],
    ['a finding whose text holds a CI command', lintReport({ findings: [finding({ message: '##[error]x', hint: '::warning::y', path: 'a.##[b' })] })],
    [
      'a finding with a fix, suggestions and a resource',
      lintReport({
        findings: [
          finding({
            fix: { title: 'Use Never', edits: [{ line: 3, column: 18, endLine: 3, endColumn: 24, text: 'Never' }] },
            suggestions: [{ title: 'Use OnFailure', edits: [{ line: 3, column: 18, endLine: 3, endColumn: 24, text: 'OnFailure' }] }],
          }),
        ],
      }),
    ],
    ['thousands of findings (many pieces)', lintReport({ findings: many(3000) })],
  ])('%s: the pieces join to exactly the bytes of the whole report', (_, report) => {
    expect([...jsonReportChunks(report, plainContext)].join('')).toBe(whole(report));
    expect(formatJson(report, plainContext)).toBe(whole(report));
  });

  it('hands a big report on in pieces of bounded size, never as one string', () => {
    const chunks = [...jsonReportChunks(lintReport({ findings: many(3000) }), plainContext)];
    expect(chunks.length).toBeGreaterThan(5);
    // A piece ends after the finding that took it past 64 KiB.
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(65536 + 2000);
  });

  it('is valid JSON whose findings keep the contract key order', () => {
    const parsed = JSON.parse(formatJson(lintReport(), plainContext)) as { findings: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['version', 'tool', 'root', 'kubernetesVersion', 'files', 'findings', 'summary']);
    expect(Object.keys(parsed.findings[0]!).slice(0, 3)).toEqual(['ruleId', 'severity', 'message']);
  });
});
