import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { encodeClassroomResult, formatGithubSummary, formatNames, formatters } from '../../src/format/index.js';
import { exercises, finding, gradeReport, plainContext } from '../support/report-builder.js';
import { sarifValidator } from '../support/sarif-schema.js';

/** Everything an answer can smuggle into a file name, key or value. */
const evil = 'x\n::error file=a.yaml,line=1::forged\r\n##[warning]old-style 100% <script>alert(1)</script> ]]> | `tick` \u0000\u001b[31mred\u001b[0m \u2028 \u202eevil';

const report = gradeReport({
  files: [{ path: `ev\nil::error::${evil}.yaml`, documents: 1 }],
  findings: [
    finding({ file: `ev\nil::error::${evil}.yaml`, message: `bad value ${evil}`, hint: `use ${evil}`, exercise: 'ex2', check: 'restart-policy' }),
    finding({ file: `ev\nil::error::${evil}.yaml`, severity: 'warning', ruleId: 'image-tag', message: `image ${evil}`, line: 20, endLine: 20 }),
    finding({ file: `::warning::${evil}`, severity: 'info', ruleId: 'configmap-data', message: evil, line: 3, endLine: 3 }),
  ],
  exercises: exercises().map((exercise) => ({ ...exercise, title: `${exercise.title} ${evil}`, checks: exercise.checks.map((check) => ({ ...check, title: `${check.title} ${evil}` })) })),
});
const rootedAtDot = { ...report, root: '.' };

/** A line GitHub's runner would run as a command: "::" after leading spaces, or "##[" anywhere. */
const isCommandLine = (line: string) => line.trimStart().startsWith('::') || line.includes('##[');
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/;

describe('text from the answers cannot forge output in any format', () => {
  it('covers every registered format', () => {
    expect([...formatNames].sort()).toEqual(['classroom', 'compact', 'github', 'gradescope', 'json', 'junit', 'sarif', 'stylish', 'unix']);
  });

  it('github: exactly one command line per finding, each a whole, escaped command', () => {
    const lines = formatters.github!(rootedAtDot, plainContext).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.filter((line) => line.trimStart().startsWith('::'))).toHaveLength(3);
    expect(lines.map((line) => /^::(error|warning|notice) file=[^:\n]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:\n]*::[^\n\r]*$/.test(line))).toEqual([true, true, true]);
  });

  it.each(['stylish', 'compact', 'unix'])('%s: one line per finding line, none a workflow command, no control characters', (name) => {
    for (const input of [report, rootedAtDot]) {
      const output = formatters[name]!(input, plainContext);
      for (const line of output.split('\n')) {
        expect(isCommandLine(line), line).toBe(false);
        expect(controlCharacters.test(line), line).toBe(false);
      }
    }
    if (name !== 'stylish') expect(formatters[name]!(report, plainContext).split('\n')).toHaveLength(3 + 3);
  });

  it.each(['json', 'sarif', 'gradescope', 'classroom'])('%s: parses, and no line is a workflow command', (name) => {
    for (const input of [report, rootedAtDot]) {
      const output = formatters[name]!(input, plainContext);
      for (const line of output.split('\n')) expect(isCommandLine(line), line).toBe(false);
      expect(() => JSON.parse(output)).not.toThrow();
    }
  });

  it('json: the findings come back exactly as reported', () => {
    const parsed = JSON.parse(formatters.json!(report, plainContext)) as { findings: { message: string; file: string; hint?: string }[] };
    expect(parsed.findings.map((f) => [f.file, f.message, f.hint])).toEqual(report.findings.map((f) => [f.file, f.message, f.hint]));
  });

  it('sarif: still validates against the SARIF 2.1.0 schema, with the text intact (braces doubled as SARIF asks)', () => {
    const validate = sarifValidator();
    const log = JSON.parse(formatters.sarif!(report, plainContext)) as { runs: { results: { message: { text: string } }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results[0]!.message.text).toBe(`bad value ${evil}\nFix: use ${evil}`);
  });

  it('junit: well-formed XML that carries the text, with only the characters XML forbids spelled out', () => {
    const xml = formatters.junit!(report, plainContext);
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const line of xml.split('\n')) expect(isCommandLine(line), line).toBe(false);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, trimValues: false, parseTagValue: false }).parse(xml) as {
      testsuites: { testsuite: { testcase: { name: string; failure?: { message: string; '#text': string } } | { name: string; failure?: { message: string; '#text': string } }[] }[] };
    };
    const cases = parsed.testsuites.testsuite.flatMap((suite) => suite.testcase);
    const xmlSafe = evil.replace('\u0000', '\\u0000').replace(/\u001b/g, '\\u001b');
    const failed = cases.find((testCase) => testCase.name.startsWith('ex2 · restartPolicy'))!;
    expect(failed.name).toBe(`ex2 · restartPolicy is Never or OnFailure ${xmlSafe}`);
    expect(failed.failure!['#text']).toContain(`bad value ${xmlSafe}`);
    expect(failed.failure!['#text']).toContain(`Fix: use ${xmlSafe}`);
  });

  it('github summary: every finding is one table row with the intended cells, and no HTML from the answers', () => {
    const summary = formatGithubSummary(report);
    const lines = summary.split('\n');
    const header = lines.indexOf('| Severity | Location | Check | Rule | Message |');
    const rows = lines.slice(header + 2).filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.slice(1, -1).split(/(?<!\\)\|/)).toHaveLength(5);
    const scoreRows = lines.slice(lines.indexOf('| Exercise | Score | Result |') + 2).filter((line, index, all) => all.slice(0, index + 1).every((l) => l.startsWith('|')));
    expect(scoreRows).toHaveLength(3);
    for (const row of scoreRows) expect(row.slice(1, -1).split(/(?<!\\)\|/)).toHaveLength(3);
    expect(summary.replace(/<br>/g, '')).not.toMatch(/[<>]/);
    expect(summary).not.toMatch(/(?<!\\)`/);
    expect(controlCharacters.test(summary)).toBe(false);
  });

  it('gradescope: Markdown outputs keep each finding on its own list item', () => {
    const results = JSON.parse(formatters.gradescope!(report, plainContext)) as { output: string; tests: { output: string }[] };
    for (const output of [results.output, ...results.tests.map((test) => test.output)]) {
      for (const line of output.split('\n')) expect(line === '' || /^(- \*\*(error|warning|info)\*\* |  Fix: |\*\*Score|\d+ error|Findings outside|Fix: |Optional)/.test(line), line).toBe(true);
      expect(output).not.toMatch(/[<>]/);
    }
  });

  it('classroom: every message line starts with our own text, and the encoded result decodes to the same JSON', () => {
    const result = JSON.parse(formatters.classroom!(rootedAtDot, plainContext)) as { tests: { name: string; message: string }[] };
    for (const test of result.tests) {
      expect(test.name).not.toMatch(/[\n\r]/);
      for (const line of test.message.split('\n')) expect(line, line).toMatch(/^(Check "|- (error|warning|info) at |  Fix: |Passed: |Optional exercise)/);
    }
    expect(JSON.parse(Buffer.from(encodeClassroomResult(rootedAtDot), 'base64').toString('utf8'))).toEqual(result);
  });
});
