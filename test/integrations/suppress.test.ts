import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findDirectives } from '../../src/lint/suppress.js';
import { repoRoot, runCli, spotsOf, writeTree, type JsonFinding, type JsonReport, removeTempDirs } from './support.js';

afterAll(removeTempDirs);

/** A Job with restartPolicy Always on line 10; `comment` goes on line 9, `trailing` after line 10. */
function job(options: { comment?: string; trailing?: string; name?: string; annotation?: string } = {}): string {
  return [
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    `  name: ${options.name ?? 'traceroute'}`,
    ...(options.annotation ? ['  annotations:', `    kubegrade.io/ignore: "${options.annotation}"`] : []),
    'spec:',
    '  template:',
    '    spec:',
    '      containers: [{ name: traceroute, image: "alpine:3.8", command: ["traceroute", "google.com"] }]',
    options.comment ?? '      # nothing to see here',
    `      restartPolicy: Always${options.trailing ? ` ${options.trailing}` : ''}`,
    '      automountServiceAccountToken: false',
    '',
  ].join('\n');
}

async function lint(files: Record<string, string>, extra: string[] = []): Promise<JsonReport> {
  const dir = writeTree(files);
  const run = await runCli(['--lint', '.', '-f', 'json', ...extra], dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

const described = (findings: JsonFinding[]) =>
  findings.map((f) => `${f.ruleId}/${f.messageId} ${f.severity} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);

describe('findDirectives', () => {
  it('finds both comment forms with the position of every rule id, and the reason is not an id', () => {
    const text = 'a: 1 # kubegrade-disable-line image-tag,env-name\n# kubegrade-disable-next-line  job-restart-policy  -- Always is what the task asks\nb: 2\n';
    const { lines, malformed } = findDirectives('f.yaml', text);
    expect(malformed).toEqual([]);
    expect(lines.map((d) => [d.kind, d.targetLine, d.rules.map((r) => `${r.id}@${r.range.line}:${r.range.column}-${r.range.endColumn}`)])).toEqual([
      ['line', 1, ['image-tag@1:31-40', 'env-name@1:41-49']],
      ['next-line', 3, ['job-restart-policy@2:32-50']],
    ]);
  });

  it('never reads a "#" inside a quoted string or a block scalar as a comment', () => {
    const text = [
      'a: "# kubegrade-disable-line image-tag"',
      "b: '# kubegrade-disable-next-line image-tag'",
      'c: |',
      '  # kubegrade-disable-line image-tag',
      'd: x#kubegrade-disable-line image-tag',
      '',
    ].join('\n');
    expect(findDirectives('f.yaml', text)).toEqual({ lines: [], malformed: [] });
  });

  it('counts lines like the parser does, with CRLF line ends and a byte order mark', () => {
    const text = '\uFEFFa: 1\r\n# kubegrade-disable-next-line image-tag\r\nb: 2\r\n';
    const [directive] = findDirectives('f.yaml', text).lines;
    expect(directive?.targetLine).toBe(3);
    expect(directive?.rules[0]?.range).toEqual({ line: 2, column: 31, endLine: 2, endColumn: 40 });
  });
});

describe('suppression in lint mode', () => {
  it('disable-next-line silences the rule on the next line only', async () => {
    const report = await lint({
      'a.yaml': job({ comment: '      # kubegrade-disable-next-line job-restart-policy -- the exercise asks for it' }),
      'b.yaml': job({ name: 'other' }),
    });
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['b.yaml:10:22 job-restart-policy']);
  });

  it('disable-line silences the rule on its own line, and several ids can share one comment', async () => {
    const report = await lint({ 'a.yaml': job({ trailing: '# kubegrade-disable-line image-tag, job-restart-policy' }) });
    expect(spotsOf(report, 'job-restart-policy')).toEqual([]);
    expect(described(report.findings)).toEqual([
      'unused-suppression/unused warning 10:54-10:63 image-tag reports nothing on line 10, so this suppression silences nothing.',
    ]);
  });

  it('the kubegrade.io/ignore annotation silences its rules inside that resource only', async () => {
    const report = await lint({ 'jobs.yaml': `${job({ name: 'first', annotation: 'job-restart-policy' })}---\n${job({ name: 'second' })}` });
    expect(report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['24:22 job-restart-policy']);
  });

  it('reports unused and unknown suppressions where the rule id is written, with a suggestion', async () => {
    const report = await lint({
      'a.yaml': job({ comment: '      # kubegrade-disable-next-line job-restart-polcy', annotation: 'image-tag, no-such-rule' }),
    });
    expect(described(report.findings)).toEqual([
      'unused-suppression/unknown warning 6:26-6:51 "no-such-rule" is not a kubegrade rule, so this suppression silences nothing.',
      'unused-suppression/unused warning 6:26-6:51 image-tag reports nothing on this resource, so this suppression silences nothing.',
      'unused-suppression/unknown warning 11:37-11:54 "job-restart-polcy" is not a kubegrade rule, so this suppression silences nothing (did you mean "job-restart-policy"?).',
      "job-restart-policy/always error 12:22-12:28 A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.",
    ]);
  });

  it('reports a directive that names no rule and a misspelt directive', async () => {
    const report = await lint({
      'a.yaml': job({ comment: '      # kubegrade-disable-next-line -- no ids', trailing: '# kubegrade-disable job-restart-policy' }),
    });
    expect(described(report.findings)).toEqual([
      'unused-suppression/noRule warning 9:7-9:46 This kubegrade-disable-next-line comment names no rule, so it silences nothing.',
      "job-restart-policy/always error 10:22-10:28 A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.",
      'unused-suppression/unknownDirective warning 10:29-10:67 "kubegrade-disable" is not a kubegrade directive, so this comment silences nothing.',
    ]);
  });

  it('lets the configuration turn the unused-suppression warnings off', async () => {
    const files = { 'a.yaml': job({ comment: '      # kubegrade-disable-next-line image-tag' }) };
    expect(spotsOf(await lint(files), 'unused-suppression')).toEqual(['9:37']);
    expect(spotsOf(await lint({ ...files, '.kubegrade.yaml': 'rules: { unused-suppression: off }\n' }), 'unused-suppression')).toEqual([]);
  });
});

describe('grade mode ignores every suppression', () => {
  // The example answers, with ex2's restartPolicy broken and every kind of suppression around it.
  const fixtures = path.join(repoRoot, 'fixtures', 'answers');
  const answers: Record<string, string> = {};
  for (const file of readdirSync(fixtures, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.yaml')) answers[file.split(path.sep).join('/')] = readFileSync(path.join(fixtures, file), 'utf8');
  }
  const traceroute = answers['ex2/traceroute.yaml']!;
  expect(traceroute).toContain('  name: traceroute\n');
  expect(traceroute).toContain('      restartPolicy: Never\n');
  const suppressed = {
    ...answers,
    'ex2/traceroute.yaml': traceroute
      .replace('  name: traceroute\n', '  name: traceroute\n  annotations:\n    kubegrade.io/ignore: job-restart-policy\n')
      .replace('      restartPolicy: Never\n', '      # kubegrade-disable-next-line job-restart-policy -- please\n      restartPolicy: Always\n'),
    '.kubegrade.yaml': 'rules:\n  job-restart-policy: off\n',
  };

  it('still loses the points, still shows the finding, and says nothing about the suppressions', async () => {
    const dir = writeTree(suppressed);
    const run = await runCli(['.', '-f', 'json'], dir);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    const ex2 = report.exercises?.find((exercise) => exercise.id === 'ex2');
    expect(ex2?.checks.find((check) => check.id === 'restart-policy')).toMatchObject({ passed: false, points: 0, maxPoints: 1 });
    expect(ex2?.score).toBe(ex2!.maxScore - 1);
    expect(report.score).toBe(report.maxScore! - 1);
    expect(report.findings.filter((f) => f.ruleId === 'job-restart-policy').map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`)).toEqual([
      'ex2/traceroute.yaml:12:22 error',
    ]);
    expect(spotsOf(report, 'unused-suppression')).toEqual([]);
    expect(run.code).toBe(1);
  });

  it('is silenced by the same files in lint mode (so the grade-mode result is not an accident)', async () => {
    const report = await lint(suppressed);
    expect(spotsOf(report, 'job-restart-policy')).toEqual([]);
    expect(report.exercises).toBeUndefined();
  });
});
