import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { formatContext } from '../../src/pipeline/format-context.js';
import { repositoryUrl, ruleDocsBaseUrl } from '../../src/paths.js';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/format/index.js';
import { formatSarif, sarifResultLimit, sarifSchemaUri } from '../../src/format/sarif.js';
import { allRuleMeta } from '../../src/pipeline/rule-set.js';
import { renderRuleDoc } from '../../src/lint/docs.js';
import type { Finding } from '../../src/types.js';
import { finding, gradeReport, lintReport, plainContext } from '../support/report-builder.js';
import { sarifValidator } from '../support/sarif-schema.js';

const validate = sarifValidator();
const context = { color: false, rules: allRuleMeta() };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SARIF logs are read field by field in the assertions
type Json = any;
const sarif = (text: string): Json => JSON.parse(text);

/** What GitHub code scanning requires beyond the schema (docs: "SARIF support for code scanning"). */
function githubProblems(log: Json): string[] {
  const problems: string[] = [];
  const run = log.runs[0];
  if (!run.tool.driver.name) problems.push('driver.name');
  const rules: Json[] = run.tool.driver.rules;
  if (new Set(rules.map((rule) => rule.id)).size !== rules.length) problems.push('duplicate rule ids');
  run.results.forEach((result: Json, index: number) => {
    if (!result.message?.text) problems.push(`results[${index}].message.text`);
    if (rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`results[${index}].ruleIndex`);
    const physical = result.locations?.[0]?.physicalLocation;
    if (!physical?.artifactLocation?.uri) problems.push(`results[${index}].locations`);
    if (physical?.region && !(physical.region.startLine >= 1)) problems.push(`results[${index}].region.startLine`);
  });
  if (run.results.length > sarifResultLimit) problems.push('too many results');
  return problems;
}

function expectValid(log: Json): void {
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(githubProblems(log)).toEqual([]);
}

describe('sarif format', () => {
  it('validates against the SARIF 2.1.0 schema, in lint and grade mode and when clean', () => {
    for (const report of [lintReport(), gradeReport(), lintReport({ findings: [] })]) expectValid(sarif(formatSarif(report, context)));
  });

  it('describes the tool and one rule per rule that reported, from its docs page', () => {
    const log = sarif(formatSarif(lintReport(), context));
    expect(log.$schema).toBe(sarifSchemaUri);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'kubegrade', version: '0.1.0', informationUri: 'https://github.com/kubegrade/kubegrade' });
    expect(driver.informationUri).toBe(repositoryUrl);
    // The one place the repository is named: the README's `uses:` line publishes the same repository.
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(`uses: ${new URL(repositoryUrl).pathname.slice(1)}@v1`);
    expect(driver.rules.map((rule: Json) => rule.id)).toEqual(['configmap-data', 'image-tag', 'job-restart-policy']);
    const meta = allRuleMeta().find((rule) => rule.id === 'job-restart-policy')!;
    const braces = (text: string) => text.replace(/[{}]/g, (brace) => brace + brace);
    expect(driver.rules[2]).toEqual({
      id: 'job-restart-policy',
      name: 'job-restart-policy',
      shortDescription: { text: meta.description },
      fullDescription: { text: meta.docs.rationale },
      help: {
        text: braces(
          [meta.description, meta.docs.rationale, `Incorrect:\n${meta.docs.incorrect.trimEnd()}`, `Correct:\n${meta.docs.correct.trimEnd()}`].join('\n\n'),
        ),
        markdown: braces(renderRuleDoc(meta)),
      },
      defaultConfiguration: { level: 'error' },
    });
    const docsPage = readFileSync(new URL('../../docs/rules/job-restart-policy.md', import.meta.url), 'utf8');
    expect(driver.rules[2].help.markdown).toBe(braces(docsPage));
  });

  it('locates each result repo-relative, with a 1-based region whose end column is exclusive', () => {
    const log = sarif(formatSarif(lintReport(), context));
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    expect(log.runs[0].results).toEqual([
      {
        ruleId: 'job-restart-policy',
        ruleIndex: 2,
        level: 'error',
        message: { text: "A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish." },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'answers/ex2/job.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 14, startColumn: 22, endLine: 14, endColumn: 28 },
            },
          },
        ],
      },
      {
        ruleId: 'image-tag',
        ruleIndex: 1,
        level: 'warning',
        message: { text: 'Image alpine has no tag.\nFix: Pin a tag such as alpine:3.8.' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'answers/ex2/job.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 18, startColumn: 18, endLine: 18, endColumn: 24 },
            },
          },
        ],
      },
      {
        ruleId: 'configmap-data',
        ruleIndex: 0,
        level: 'note',
        message: { text: 'ttw is a number; ConfigMap values must be strings.' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'answers/ex3/configmap.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 7, startColumn: 8, endLine: 7, endColumn: 9 },
            },
          },
        ],
      },
    ]);
  });

  it('carries the exercise and check of a graded finding as properties', () => {
    const log = sarif(formatSarif(gradeReport(), context));
    expect(log.runs[0].results[0].properties).toEqual({ exercise: 'ex2', check: 'restart-policy' });
    expect(log.runs[0].results[1].properties).toBeUndefined();
  });

  it('percent-encodes file names into valid URI references, and uses a file: URI for an absolute root', () => {
    const findings = [finding({ file: 'my dir/100%#?.yaml' }), finding({ file: 'ünï:code.yaml' })];
    const relative = sarif(formatSarif(lintReport({ findings }), context));
    expectValid(relative);
    expect(relative.runs[0].results.map((result: Json) => result.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'answers/my%20dir/100%25%23%3F.yaml',
      'answers/%C3%BCn%C3%AF%3Acode.yaml',
    ]);
    const absolute = sarif(formatSarif(lintReport({ root: '/home/student/answers', findings: [finding()] }), context));
    expectValid(absolute);
    expect(absolute.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///home/student/answers/ex2/job.yaml' });
  });

  it('links each described rule to its docs page in the repository, when the context names the docs', () => {
    const rules = sarif(formatSarif(gradeReport(), { ...context, ruleDocsBaseUrl })).runs[0].tool.driver.rules as Json[];
    expect(ruleDocsBaseUrl).toBe('https://github.com/kubegrade/kubegrade/blob/main/docs/rules/');
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.helpUri).toBe(`${ruleDocsBaseUrl}${rule.id}.md`);
      // The page the link names is in this repository, where `npm run docs` writes it.
      expect(existsSync(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url)), rule.id).toBe(true);
    }
    const unknown = sarif(formatSarif(lintReport({ findings: [finding({ ruleId: 'no-such-rule' })] }), { ...context, ruleDocsBaseUrl })).runs[0].tool.driver
      .rules;
    expect(unknown).toEqual([{ id: 'no-such-rule', shortDescription: { text: 'no-such-rule' } }]);
    expect(sarif(formatSarif(lintReport(), context)).runs[0].tool.driver.rules.some((rule: Json) => 'helpUri' in rule)).toBe(false);
  });

  it('doubles literal braces in messages, as SARIF reserves {0} for placeholders', () => {
    const log = sarif(formatSarif(lintReport({ findings: [finding({ message: 'value {"a": 1} is not a string' })] }), context));
    expect(log.runs[0].results[0].message.text).toBe('value {{"a": 1}} is not a string');
  });

  it('describes an unknown rule by its id alone', () => {
    const log = sarif(formatSarif(lintReport({ findings: [finding({ ruleId: 'rubric-check' })] }), context));
    expectValid(log);
    expect(log.runs[0].tool.driver.rules).toEqual([{ id: 'rubric-check', shortDescription: { text: 'rubric-check' } }]);
  });

  it('omits the region of a finding without a line, and the location of a finding without a file', () => {
    const findings = [finding({ line: undefined, column: undefined, endLine: undefined, endColumn: undefined }), finding({ file: undefined })];
    const log = sarif(formatSarif(lintReport({ findings }), context));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'answers/ex2/job.yaml', uriBaseId: '%SRCROOT%' } });
    expect(log.runs[0].results[1].locations).toBeUndefined();
  });

  it(`keeps at most ${sarifResultLimit} results, the most severe first, and says how many were left out`, () => {
    const findings: Finding[] = [];
    for (let line = 1; line <= sarifResultLimit + 100; line++)
      findings.push(finding({ severity: line % 2 === 0 ? 'warning' : 'info', line, endLine: line, ruleId: 'image-tag' }));
    findings.push(...Array.from({ length: 50 }, (_, index) => finding({ line: sarifResultLimit + 200 + index, endLine: sarifResultLimit + 200 + index })));
    const log = sarif(formatSarif(lintReport({ findings }), context));
    const results: Json[] = log.runs[0].results;
    expect(results).toHaveLength(sarifResultLimit);
    expect(results.filter((result) => result.level === 'error')).toHaveLength(50);
    expect(results.filter((result) => result.level === 'warning')).toHaveLength((sarifResultLimit + 100) / 2);
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: {
              text: `150 of ${sarifResultLimit + 150} findings were left out: code scanning accepts at most ${sarifResultLimit} results per run. The most severe are kept.`,
            },
          },
        ],
      },
    ]);
    expect(validate(log)).toBe(true);
  });

  it('the registered sarif format fills in the rules from the registry', () => {
    const log = sarif(formatters.sarif!(lintReport(), plainContext));
    expect(log.runs[0].tool.driver.rules[2].shortDescription.text).toBe(allRuleMeta().find((rule) => rule.id === 'job-restart-policy')!.description);
  });

  it('is byte-identical for the same report', () => {
    expect(formatSarif(gradeReport(), context)).toBe(formatSarif(gradeReport(), context));
  });
});

describe('sarif artifact URIs from the repository top level', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'kubegrade-sarif-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const uris = (report: ReturnType<typeof lintReport>, cwd: string) =>
    sarif(formatSarif(report, formatContext(report, cwd, false))).runs[0].results.map((result: Json) => result.locations[0].physicalLocation.artifactLocation);

  it('joins the folder the run started in (below the .git folder) with the root', () => {
    const repo = path.join(temp, 'course');
    const cwd = path.join(repo, 'day2', 'class a');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(cwd, { recursive: true });
    expect(uris(lintReport({ findings: [finding()] }), cwd)).toEqual([{ uri: 'day2/class%20a/answers/ex2/job.yaml', uriBaseId: '%SRCROOT%' }]);
    expect(uris(lintReport({ root: '../b', findings: [finding()] }), cwd)).toEqual([{ uri: 'day2/b/ex2/job.yaml', uriBaseId: '%SRCROOT%' }]);
    expect(uris(lintReport({ root: '.', findings: [finding()] }), repo)).toEqual([{ uri: 'ex2/job.yaml', uriBaseId: '%SRCROOT%' }]);
  });

  it('finds a worktree or submodule by its .git file', () => {
    const repo = path.join(temp, 'worktree');
    mkdirSync(path.join(repo, 'sub'), { recursive: true });
    writeFileSync(path.join(repo, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    expect(uris(lintReport({ findings: [finding()] }), path.join(repo, 'sub'))).toEqual([{ uri: 'sub/answers/ex2/job.yaml', uriBaseId: '%SRCROOT%' }]);
  });

  it('is relative to the working directory outside a repository, and a file: URI for a root outside the repository', () => {
    const plain = path.join(temp, 'plain', 'work');
    mkdirSync(plain, { recursive: true });
    // Skipped where the temporary folder itself lies inside a repository.
    if (!existsSync(path.join(os.tmpdir(), '.git')) && !existsSync('/.git')) {
      expect(uris(lintReport({ findings: [finding()] }), plain)).toEqual([{ uri: 'answers/ex2/job.yaml', uriBaseId: '%SRCROOT%' }]);
    }
    const repo = path.join(temp, 'course');
    expect(uris(lintReport({ root: path.join(temp, 'elsewhere'), findings: [finding()] }), repo)).toEqual([
      { uri: `file://${path.join(temp, 'elsewhere').split(path.sep).map(encodeURIComponent).join('/')}/ex2/job.yaml` },
    ]);
  });
});
