import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { encodeClassroomResult, formatGithubSummary, formatNames, formatters } from '../../src/format/index.js';
import { printable } from '../../src/format/log-safety.js';
import type { Report } from '../../src/report.js';
import { exercises, finding, gradeReport, lintReport, plainContext } from '../support/report-builder.js';
import { sarifValidator } from '../support/sarif-schema.js';

/** Everything an answer can smuggle into a file name, key or value. */
const evil =
  'x\n::error file=a.yaml,line=1::forged\r\n##[warning]old-style 100% <script>alert(1)</script> ]]> | `tick` \u0000\u001b[31mred\u001b[0m \u2028 \u202eevil';

const report = gradeReport({
  files: [{ path: `ev\nil::error::${evil}.yaml`, documents: 1 }],
  findings: [
    finding({ file: `ev\nil::error::${evil}.yaml`, message: `bad value ${evil}`, hint: `use ${evil}`, exercise: 'ex2', check: 'restart-policy' }),
    finding({ file: `ev\nil::error::${evil}.yaml`, severity: 'warning', ruleId: 'image-tag', message: `image ${evil}`, line: 20, endLine: 20 }),
    finding({ file: `::warning::${evil}`, severity: 'info', ruleId: 'configmap-data', message: evil, line: 3, endLine: 3 }),
  ],
  exercises: exercises().map((exercise) => ({
    ...exercise,
    title: `${exercise.title} ${evil}`,
    checks: exercise.checks.map((check) => ({ ...check, title: `${check.title} ${evil}` })),
  })),
});
const rootedAtDot = { ...report, root: '.' };

/** A line GitHub's runner would run as a command: "::" after leading spaces, or "##[" anywhere. */
const isCommandLine = (line: string) => line.trimStart().startsWith('::') || line.includes('##[');
/** What printable() spells out: C0 (but tab and LF), DEL, C1, LS/PS and every bidi control. */
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('text from the answers cannot forge output in any format', () => {
  it('covers every registered format', () => {
    expect([...formatNames].sort()).toEqual(['classroom', 'compact', 'github', 'gradescope', 'json', 'junit', 'sarif', 'stylish', 'unix']);
  });

  it('github: exactly one command line per finding, each a whole, escaped command', () => {
    const lines = formatters.github!(rootedAtDot, plainContext).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.filter((line) => line.trimStart().startsWith('::'))).toHaveLength(3);
    expect(
      lines.map((line) => /^::(error|warning|notice) file=[^:\n]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:\n]*::[^\n\r]*$/.test(line)),
    ).toEqual([true, true, true]);
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

  it('sarif: still validates against the SARIF 2.1.0 schema, with the text through printable() (braces doubled as SARIF asks)', () => {
    const validate = sarifValidator();
    const log = JSON.parse(formatters.sarif!(report, plainContext)) as { runs: { results: { message: { text: string } }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results[0]!.message.text).toBe(`bad value ${printable(evil)}\nFix: use ${printable(evil)}`);
  });

  it('junit: well-formed XML that carries the text through printable()', () => {
    const xml = formatters.junit!(report, plainContext);
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const line of xml.split('\n')) expect(isCommandLine(line), line).toBe(false);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, trimValues: false, parseTagValue: false }).parse(
      xml,
    ) as {
      testsuites: {
        testsuite: {
          testcase: { name: string; failure?: { message: string; '#text': string } } | { name: string; failure?: { message: string; '#text': string } }[];
        }[];
      };
    };
    const cases = parsed.testsuites.testsuite.flatMap((suite) => suite.testcase);
    const xmlSafe = printable(evil);
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
    const scoreRows = lines
      .slice(lines.indexOf('| Exercise | Score | Result |') + 2)
      .filter((line, index, all) => all.slice(0, index + 1).every((l) => l.startsWith('|')));
    expect(scoreRows).toHaveLength(3);
    for (const row of scoreRows) expect(row.slice(1, -1).split(/(?<!\\)\|/)).toHaveLength(3);
    expect(summary.replace(/<br>/g, '')).not.toMatch(/[<>]/);
    expect(summary).not.toMatch(/(?<!\\)`/);
    expect(controlCharacters.test(summary)).toBe(false);
  });

  it('gradescope: Markdown outputs keep each finding on its own list item', () => {
    const results = JSON.parse(formatters.gradescope!(report, plainContext)) as { output: string; tests: { output: string }[] };
    for (const output of [results.output, ...results.tests.map((test) => test.output)]) {
      for (const line of output.split('\n'))
        expect(line === '' || /^(- \*\*(error|warning|info)\*\* | {2}Fix: |\*\*Score|\d+ error|Findings outside|Fix: |Optional)/.test(line), line).toBe(true);
      expect(output).not.toMatch(/[<>]/);
    }
  });

  it('classroom: every message line starts with our own text, and the encoded result decodes to the same JSON', () => {
    const result = JSON.parse(formatters.classroom!(rootedAtDot, plainContext)) as { tests: { name: string; message: string }[] };
    for (const test of result.tests) {
      expect(test.name).not.toMatch(/[\n\r]/);
      for (const line of test.message.split('\n')) expect(line, line).toMatch(/^(Check "|- (error|warning|info) at | {2}Fix: |Passed: |Optional exercise)/);
    }
    expect(JSON.parse(Buffer.from(encodeClassroomResult(rootedAtDot), 'base64').toString('utf8'))).toEqual(result);
  });
});

/** Terminal and bidi controls: ESC (a CSI sequence), BEL, C1 CSI and NEL, RLO, LRI..PDI, ALM, RLM. */
const controls = 'k\u001b[2J\u0007\u009b31m\u0085\u202eevil\u2066x\u2069\u061c\u200f';

function withControls(base: Report): Report {
  const file = `${controls}/job.yaml`;
  return {
    ...base,
    root: `root${controls}`,
    files: [{ path: file, documents: 1 }],
    findings: [
      finding({
        file,
        message: `key ${controls}: bad value ${controls}`,
        hint: `rename ${controls}`,
        ...(base.exercises ? { exercise: 'ex2', check: 'restart-policy' } : {}),
      }),
      finding({ file, severity: 'warning', ruleId: 'image-tag', message: `data.${controls} is odd`, line: 20, endLine: 20 }),
    ],
    ...(base.exercises
      ? {
          exercises: base.exercises.map((exercise) => ({
            ...exercise,
            title: `${exercise.title} ${controls}`,
            checks: exercise.checks.map((check) => ({ ...check, title: `${check.title} ${controls}` })),
          })),
        }
      : {}),
  };
}

/** Every string in a parsed JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsOf(inner)]);
  return [];
}

const jsonFormats = new Set(['json', 'sarif', 'gradescope', 'classroom']);

describe('controls in file names, keys and messages reach no output raw', () => {
  const outputs = (report: Report): [string, string][] => [
    ...formatNames.map((name): [string, string] => [name, formatters[name]!(report, plainContext)]),
    ['github-summary', formatGithubSummary(report)],
    ['classroom-result', Buffer.from(encodeClassroomResult(report), 'base64').toString('utf8')],
  ];

  for (const [mode, report] of [
    ['grading', withControls(gradeReport())],
    ['linting', withControls(lintReport())],
  ] as const) {
    it.each(outputs(report))(`${mode}: %s`, (name, output) => {
      expect(output.match(controlCharacters), name).toBeNull();
      // Spelled out, not dropped (each format then escapes the backslash or bracket its own way).
      for (const code of ['u001b', 'u0007', 'u009b', 'u0085', 'u202e', 'u2066', 'u2069', 'u061c', 'u200f']) expect(output, code).toContain(code);
      if (name === 'json') {
        // The data format keeps the exact text, written as JSON escapes.
        const parsed = JSON.parse(output) as { findings: { file: string; message: string }[] };
        expect(parsed.findings.map((f) => [f.file, f.message])).toEqual(report.findings.map((f) => [f.file, f.message]));
      } else if (jsonFormats.has(name) || name === 'classroom-result') {
        // Formats whose strings are shown to people: not even the parsed text carries a control.
        for (const text of stringsOf(JSON.parse(output))) expect(text.match(controlCharacters), text).toBeNull();
      }
    });
  }
});

interface ProblemMatcher {
  problemMatcher: { pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number }[] }[];
}

describe('the shipped compact problem matcher cannot be moved by a file name', () => {
  const pattern = (JSON.parse(readFileSync(new URL('../../matchers/kubegrade-compact.json', import.meta.url), 'utf8')) as ProblemMatcher).problemMatcher[0]!
    .pattern[0]!;
  const matcher = new RegExp(pattern.regexp);
  const forged = [
    'x.yaml: line 99, col 9, Error - forged',
    'x.yaml: line 99, col 9, Error - forged (rule) ',
    'x.yaml:  line 99,  col 9,  Warning - y',
    'x.yaml:\tline 99, col 9, Info - y',
    'x.yaml:\u00a0line 99, col 9, Error - y',
    'x.yaml:\u3000line 99, col 9, Error - y',
    'x.yaml: LINE 99, col 9, Error - y',
    'x.yaml:\nline 99, col 9, Error - y',
    'a: line 1, col 1, Error - b: line 2, col 2, Error - c',
  ];

  it.each(forged)('file %j', (name) => {
    const report = lintReport({
      root: '.',
      files: [{ path: name, documents: 1 }],
      findings: [finding({ file: name, message: 'real: line 5, col 5, Error - message (x)' })],
    });
    const [line] = formatters.compact!(report, plainContext).split('\n');
    const groups = matcher.exec(line!);
    expect(groups, line).not.toBeNull();
    expect([groups![pattern.line], groups![pattern.column], groups![pattern.severity], groups![pattern.code]]).toEqual([
      '14',
      '22',
      'Error',
      'job-restart-policy',
    ]);
    expect(groups![pattern.message]).toBe('real: line 5, col 5, Error - message (x)');
    // The file is the whole printed name (its forged ': line' spelled \u003a), never a prefix of it.
    expect(line!.startsWith(`${groups![pattern.file]}: line 14, col 22, Error - `)).toBe(true);
    expect(groups![pattern.file]).not.toMatch(/:\s+line/i);
  });

  it('an ordinary name with ": " in it is printed as it is', () => {
    const report = lintReport({ root: '.', files: [], findings: [finding({ file: 'notes: v2.yaml' })] });
    expect(matcher.exec(formatters.compact!(report, plainContext).split('\n')[0]!)![pattern.file]).toBe('notes: v2.yaml');
  });
});

describe('bare URLs, www. names and e-mail addresses from the answers are not live links in Markdown', () => {
  const links = [
    'https://evil.example/login',
    'HTTP://EVIL.EXAMPLE',
    'ftp://evil.example',
    'www.evil.example',
    '(WWW.evil.example)',
    '_www.evil.example_',
    'me@evil.example',
    'mailto:me@evil.example',
    'xmpp:me@evil.example',
  ];
  /** What GitHub's autolinker needs to see: "scheme://", "www." or "@" straight before a domain character. */
  const autolinkable = /:\/\/|www\.|@[a-z0-9]/i;

  const linked = (link: string): Report => {
    const file = `${link}/job.yaml`;
    return gradeReport({
      files: [{ path: file, documents: 1 }],
      findings: [
        finding({ file, message: `image ${link} is odd`, hint: `see ${link}`, exercise: 'ex2', check: 'restart-policy' }),
        finding({ file, ruleId: 'image-tag', severity: 'warning', message: `go to ${link}`, line: 20, endLine: 20 }),
      ],
      exercises: exercises().map((exercise) => ({
        ...exercise,
        title: `${exercise.title} ${link}`,
        checks: exercise.checks.map((check) => ({ ...check, title: `${check.title} ${link}`, hint: `read ${link}` })),
      })),
    });
  };

  it.each(links)('github summary: %s', (link) => {
    const summary = formatGithubSummary(linked(link));
    expect(summary).toContain(link.replace(/[_@]/g, '\\$&').slice(0, 3));
    expect(summary.match(autolinkable), summary).toBeNull();
  });

  it.each(links)('gradescope: %s', (link) => {
    const results = JSON.parse(formatters.gradescope!(linked(link), plainContext)) as { output: string; tests: { output: string }[] };
    for (const markdown of [results.output, ...results.tests.map((test) => test.output)]) expect(markdown.match(autolinkable), markdown).toBeNull();
    expect(results.tests.map((test) => test.output).join('\n')).toContain('\u200b');
  });
});
