/**
 * Runs the committed action bundle exactly as a runner does: `node dist/index.js` with the inputs
 * in INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_WORKSPACE / RUNNER_TEMP
 * pointing at temporary files, then checks the annotations, the summary, the outputs and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInput, parseExtraOutputs, parseFailOn } from '../../src/action/inputs.js';
import { outputEntry } from '../../src/action/workflow-files.js';
import { brokenJob, copyOfCheckout, repoRoot, writeTree, removeTempDirs, makeTempDir } from './support.js';

afterAll(removeTempDirs);

interface RunnerRun {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  /** The GITHUB_OUTPUT file as written. */
  outputText: string;
  workspace: string;
}

/** Reads a GITHUB_OUTPUT file as the runner does: `name=value` lines and `name<<DELIMITER` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`unterminated heredoc for ${heredoc[1]}`);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const equals = line.indexOf('=');
    if (equals < 1) throw new Error(`invalid output line: ${line}`);
    outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return outputs;
}

/** The action as a runner downloads it: the repository's files, and no node_modules. */
let actionDir = '';
beforeAll(() => {
  actionDir = copyOfCheckout('kubegrade-action-');
  expect(existsSync(path.join(actionDir, 'node_modules'))).toBe(false);
}, 60_000);

function runAsRunner(files: Record<string, string>, inputs: Record<string, string>, runnerEnv: NodeJS.ProcessEnv = {}): RunnerRun {
  const workspace = writeTree(files, 'kubegrade-workspace-');
  const runnerDir = makeTempDir('kubegrade-runner-');
  const temp = path.join(runnerDir, 'temp');
  mkdirSync(temp);
  const outputFile = path.join(runnerDir, 'output.txt');
  const summaryFile = path.join(runnerDir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...runnerEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // The runner starts the action in the workspace, not in the action's own folder.
  const run = spawnSync(process.execPath, [path.join(actionDir, 'dist', 'index.js')], { cwd: workspace, env, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  // Anything the bundle needs but left out shows here (a runner has no node_modules to fall back on).
  expect(/^::error title=kubegrade::internal error.*$/m.exec(run.stdout)?.[0] ?? 'no crash', 'the action crashed on a runner').toBe('no crash');
  return {
    code: run.status,
    stdout: run.stdout,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    outputText: readFileSync(outputFile, 'utf8'),
    workspace,
  };
}

/** Annotations and other workflow commands, without the ::group:: and ::endgroup:: that fold the log. */
const commandsOf = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::') && !/^::(group|endgroup)::/.test(line));

/** The log between ::group:: and ::endgroup::, with the group's title. */
function groupsOf(stdout: string): { title: string; body: string }[] {
  return [...stdout.matchAll(/^::group::(.*)\n([\s\S]*?)^::endgroup::$/gm)].map((match) => ({ title: match[1]!, body: match[2]! }));
}

function decodeResult(base64: string | undefined): {
  status: string;
  max_score: number;
  tests: { name: string; status: string; score: number; filename: string; line_no: number }[];
} {
  expect(base64).toMatch(/^[A-Za-z0-9+/]+=*$/);
  return JSON.parse(Buffer.from(base64!, 'base64').toString('utf8'));
}

const jobAnnotation =
  "::error file=answers/ex2/job.yaml,line=9,endLine=9,col=22,endColumn=28,title=job-restart-policy::A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.%0AFix: Change it to restartPolicy: Never (or OnFailure).";

describe('action inputs and outputs', () => {
  it('reads inputs as the runner passes them: INPUT_ + upper case, hyphens kept', () => {
    expect(getInput({ 'INPUT_KUBE-VERSION': ' 1.29 ' }, 'kube-version')).toBe('1.29');
    expect(getInput({}, 'fail-on')).toBe('');
  });

  it('parses fail-on and the extra formats, rejecting what it cannot use', () => {
    expect(parseFailOn('')).toEqual({ when: 'errors' });
    expect(parseFailOn('score-below:24')).toEqual({ when: 'score-below', points: 24, percent: false });
    expect(parseFailOn('score-below:80%')).toEqual({ when: 'score-below', points: 80, percent: true });
    expect(() => parseFailOn('warnings')).toThrow(/fail-on must be errors, never or score-below:N/);
    expect(parseExtraOutputs('sarif:results.sarif, junit:out/junit.xml\ngitlab:x')).toEqual([
      { format: 'sarif', file: 'results.sarif' },
      { format: 'junit', file: 'out/junit.xml' },
      { format: 'gitlab', file: 'x' },
    ]);
    expect(() => parseExtraOutputs('sarif')).toThrow(/must be FORMAT:FILE/);
  });

  it('writes one-line outputs as name=value and others as a heredoc the value cannot end', () => {
    expect(outputEntry('score', '27')).toBe('score=27\n');
    const entry = outputEntry('report', 'line one\nline two');
    expect(entry).toMatch(/^report<<(ghadelimiter_[0-9a-f-]{36})\nline one\nline two\n\1\n$/);
    expect(parseOutputFile(entry)).toEqual({ report: 'line one\nline two' });
  });
});

describe('node dist/index.js on a runner (lint mode)', () => {
  const repo = { 'answers/ex2/job.yaml': brokenJob, 'README.md': '# my answers\n' };

  it('annotates the finding, writes the summary, the outputs and the extra reports, and fails on the error', () => {
    const run = runAsRunner(repo, { lint: 'true', path: 'answers', 'kube-version': '1.25', format: 'sarif:out/kubegrade.sarif,junit:junit.xml' });
    expect(run.code).toBe(1);
    expect(commandsOf(run.stdout)).toEqual([jobAnnotation]);
    expect(run.stdout).toContain('kubegrade: failing this step: 1 error (fail-on: errors)');

    expect(run.summary).toMatch(/^## kubegrade: 1 error, 0 warnings in 1 file\n/);
    // The path as the repository knows it (the table may escape its punctuation).
    expect(run.summary).toMatch(/answers\/ex2\/job\.yaml\\?:9\\?:22/);

    expect(Object.keys(run.outputs).sort()).toEqual(['report', 'result']);
    // @actions/core writes every output as a heredoc with its own delimiter.
    expect(run.outputText.split('\n').filter((line) => line.includes('<<'))).toEqual([
      expect.stringMatching(/^result<<ghadelimiter_[0-9a-f-]{36}$/),
      expect.stringMatching(/^report<<ghadelimiter_[0-9a-f-]{36}$/),
    ]);
    expect(run.outputs.report).toMatch(/kubegrade-runner-.*\/temp\/kubegrade-report\.json$/);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as {
      kubernetesVersion: string;
      root: string;
      findings: { file: string; line: number }[];
    };
    expect(report).toMatchObject({ kubernetesVersion: '1.25', root: 'answers', findings: [{ file: 'ex2/job.yaml', line: 9 }] });
    const result = decodeResult(run.outputs.result);
    expect(result).toMatchObject({ version: 1, status: 'fail', max_score: 0 });
    expect(result.tests.map((test) => [test.name, test.status, test.filename, test.line_no])).toEqual([
      ['answers/ex2/job.yaml', 'fail', 'answers/ex2/job.yaml', 9],
    ]);

    const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'out/kubegrade.sarif'), 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'answers/ex2/job.yaml' },
      region: { startLine: 9 },
    });
    expect(readFileSync(path.join(run.workspace, 'junit.xml'), 'utf8')).toContain('<testsuites');
  });

  it('folds the log in one group before the annotations, and leaves a one-line log unfolded', () => {
    const run = runAsRunner(repo, { lint: 'true', path: 'answers' });
    const groups = groupsOf(run.stdout);
    expect(groups.map((group) => group.title)).toEqual(['kubegrade: 1 finding']);
    expect(groups[0]!.body).toContain("A Job's pod template cannot use restartPolicy Always");
    expect(groups[0]!.body).not.toMatch(/^::/m);
    expect(run.stdout.indexOf('::endgroup::')).toBeLessThan(run.stdout.indexOf('::error '));
    const clean = runAsRunner({ 'answers/ex2/job.yaml': brokenJob.replace('Always', 'Never') }, { lint: 'true', path: 'answers' });
    expect(groupsOf(clean.stdout)).toEqual([]);
    expect(clean.stdout.replace(/\u001b\[\d+m/g, '')).toBe('✔ no problems in 1 file\n');
  });

  it('links each finding in the summary to its file and line at the commit, when the runner names them', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const files = { ...repo, 'answers/odd (copy)#1.yaml': brokenJob };
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo-org/answers', GITHUB_SHA: sha };
    const linked = runAsRunner(files, { lint: 'true', path: 'answers', 'fail-on': 'never' }, env);
    const locations = linked.summary
      .split('\n')
      .filter((line) => line.startsWith('| ❌'))
      .map((line) => line.split(' | ')[1]);
    expect(locations).toEqual([
      `[answers/ex2/job.yaml:9:22](https://github.com/octo-org/answers/blob/${sha}/answers/ex2/job.yaml#L9)`,
      `[answers/odd (copy)\\#1.yaml:9:22](https://github.com/octo-org/answers/blob/${sha}/answers/odd%20%28copy%29%231.yaml#L9)`,
    ]);
    const plain = runAsRunner(files, { lint: 'true', path: 'answers', 'fail-on': 'never' });
    expect(plain.summary).not.toContain('](');
    expect(plain.summary).toContain('| ❌ error | answers/ex2/job.yaml:9:22 |');
    // A server URL that is not one cannot turn into a link.
    const forged = runAsRunner(files, { lint: 'true', path: 'answers', 'fail-on': 'never' }, { ...env, GITHUB_SERVER_URL: 'javascript:alert(1)//' });
    expect(forged.summary).not.toContain('](');
  });

  it('lists infos after the errors and warnings in the summary', () => {
    const widget = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n';
    const run = runAsRunner({ ...repo, 'answers/a-widget.yaml': widget }, { lint: 'true', path: 'answers' });
    const severities = run.summary
      .split('\n')
      .filter((line) => /^\| (❌|⚠️|ℹ️)/.test(line))
      .map((line) => `${line.split(' | ')[0]} ${line.split(' | ')[1]}`);
    expect(severities).toEqual(['| ❌ error answers/ex2/job.yaml:9:22', '| ℹ️ info answers/a-widget.yaml:2:7']);
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
  ])('reads the boolean input lint: %s', (value, lint) => {
    const run = runAsRunner(repo, { lint: value, path: 'answers', 'fail-on': 'never' });
    expect(run.code).toBe(0);
    expect('score' in run.outputs).toBe(!lint);
  });

  it('rejects a boolean input that is not a YAML 1.2 core boolean', () => {
    const run = runAsRunner(repo, { lint: 'yes', path: 'answers' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('::error title=kubegrade::input lint must be true or false, not "yes"\n');
  });

  it('passes with fail-on: never, and with nothing to report', () => {
    expect(runAsRunner(repo, { lint: 'true', path: 'answers', 'fail-on': 'never' }).code).toBe(0);
    const clean = runAsRunner({ 'answers/ex2/job.yaml': brokenJob.replace('Always', 'Never') }, { lint: 'true', path: './answers/' });
    expect(clean.code).toBe(0);
    expect(clean.stdout).not.toContain('::');
    expect(decodeResult(clean.outputs.result).status).toBe('pass');
  });

  it('turns a bad input or a usage error into one ::error annotation and exit code 2, with no outputs', () => {
    const badInput = runAsRunner(repo, { lint: 'true', 'fail-on': 'sometimes' });
    expect(badInput.code).toBe(2);
    expect(badInput.stdout).toBe(
      '::error title=kubegrade::input fail-on must be errors, never or score-below:N (points, or N%25 of the maximum), not "sometimes"\n',
    );
    expect(badInput.outputs).toEqual({});
    const missing = runAsRunner(repo, { lint: 'true', path: 'nowhere' });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('::error title=kubegrade::no such file or folder: nowhere\n');
    const lintScore = runAsRunner(repo, { lint: 'true', 'fail-on': 'score-below:10' });
    expect(lintScore.stdout).toContain('::error title=kubegrade::input fail-on: score-below needs grading');
  });

  it('checks a large folder in worker threads started from dist/ (the runner has no build/)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 130; i++)
      files[`k8s/cm${String(i).padStart(3, '0')}.yaml`] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm${i}\ndata:\n  replicas: ${i}\n`;
    const run = runAsRunner(files, { lint: 'true', path: 'k8s' });
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { files: unknown[]; findings: { ruleId: string; file: string; line: number }[] };
    expect(report.files).toHaveLength(130);
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(
      Object.keys(files).map((file) => `configmap-data ${file.slice('k8s/'.length)}:6`),
    );
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toHaveLength(10);
  });

  it('keeps answers from forging workflow commands through file names', () => {
    const run = runAsRunner({ 'answers/x,line=1::error::pwned.yaml': brokenJob }, { lint: 'true', path: 'answers', 'fail-on': 'never' });
    const commands = commandsOf(run.stdout);
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/^::error file=answers\/x%2Cline=1%3A%3Aerror%3A%3Apwned\.yaml,line=9,/);
    expect(existsSync(run.outputs.report!)).toBe(true);
  });
});

describe('node dist/index.js on a runner (grading a student repository)', () => {
  // The example answers with one mistake (ex2's restartPolicy), as a Classroom repository holds them.
  const fixtures = path.join(repoRoot, 'fixtures', 'answers');
  const studentRepo: Record<string, string> = {
    '.github/workflows/classroom.yml':
      'name: Autograding Tests\non: [push]\njobs:\n  run-autograding-tests:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n',
    'README.md': '# Day 2 exercises\n',
  };
  for (const file of readdirSync(fixtures, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.yaml')) studentRepo[file.split(path.sep).join('/')] = readFileSync(path.join(fixtures, file), 'utf8');
  }
  expect(studentRepo['ex2/traceroute.yaml']).toContain('      restartPolicy: Never\n');
  studentRepo['ex2/traceroute.yaml'] = studentRepo['ex2/traceroute.yaml']!.replace('      restartPolicy: Never\n', '      restartPolicy: Always\n');

  it('annotates the lost check, summarises the score, and outputs the points and the Classroom result', () => {
    const run = runAsRunner(studentRepo, { 'fail-on': 'score-below:90%' });
    expect(run.code).toBe(0);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toEqual([
      "::error file=ex2/traceroute.yaml,line=9,endLine=9,col=22,endColumn=28,title=ex2 · restartPolicy is Never or OnFailure (job-restart-policy)::A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.%0AFix: Change it to restartPolicy: Never (or OnFailure).",
    ]);
    expect(run.stdout).not.toContain('.github/workflows');

    const maxScore = Number(run.outputs['max-score']);
    expect(Number(run.outputs.score)).toBe(maxScore - 1);
    expect(run.summary).toMatch(new RegExp(`^## kubegrade: ${maxScore - 1}/${maxScore} points\n`));
    expect(run.summary).toContain('| ex2 · Launch a traceroute batch Job | 4/5 | ❌ failed |');

    const result = decodeResult(run.outputs.result);
    expect(result).toMatchObject({ version: 1, status: 'fail', max_score: maxScore });
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { score: number; maxScore: number; extraCredit?: number };
    // The optional exercise's points are extra credit, beside the maximum.
    expect(result.tests.reduce((sum, test) => sum + test.score, 0)).toBe(maxScore - 1 + (report.extraCredit ?? 0));
    expect(result.tests.find((test) => test.name.startsWith('ex2 '))).toMatchObject({ status: 'fail', score: 4, filename: 'ex2/traceroute.yaml', line_no: 9 });
    expect(result.tests.filter((test) => test.status === 'fail')).toHaveLength(1);
    expect([report.score, report.maxScore]).toEqual([maxScore - 1, maxScore]);
  });

  it('sets the exit status by fail-on', () => {
    const below = runAsRunner(studentRepo, { 'fail-on': 'score-below:100%' });
    expect(below.code).toBe(1);
    expect(below.stdout).toMatch(/kubegrade: failing this step: score (\d+)\/(\d+) is below 100% \(fail-on: score-below:100%\)/);
    expect(runAsRunner(studentRepo, {}).code).toBe(1);
    expect(runAsRunner(studentRepo, { 'fail-on': 'never' }).code).toBe(0);
    const points = Number(below.outputs.score);
    expect(runAsRunner(studentRepo, { 'fail-on': `score-below:${points}` }).code).toBe(0);
    expect(runAsRunner(studentRepo, { 'fail-on': `score-below:${points + 1}` }).code).toBe(1);
  });
});
