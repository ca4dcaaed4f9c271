import { afterAll, describe, expect, it } from 'vitest';
import { findConfigFile, parseConfig } from '../../src/pipeline/config.js';
import { allRuleMeta } from '../../src/pipeline/rule-set.js';
import { formatNames } from '../../src/format/index.js';
import path from 'node:path';
import { brokenJob, runCli, spotsOf, writeTree, type JsonReport, removeTempDirs } from './support.js';

afterAll(removeTempDirs);

const context = { rules: allRuleMeta(), formatNames, displayPath: '.kubegrade.yaml' };

async function problemsOf(text: string): Promise<string[]> {
  const parsed = await parseConfig('/x/.kubegrade.yaml', text, context);
  // Problems are findings, and a file with problems gives no settings.
  expect(parsed.config === undefined).toBe(parsed.problems.length > 0);
  return parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
}

describe('configuration file: validation with located errors', () => {
  it('accepts every documented form', async () => {
    const { config } = await parseConfig(
      '/x/.kubegrade.yaml',
      [
        'rules:',
        '  image-tag: off',
        '  env-name: error',
        '  job-restart-policy: on',
        '  yaml-syntax: { severity: warning }',
        'ignorePatterns: ["vendor/**"]',
        'kubernetesVersion: "1.25"',
        'format: compact',
        '',
      ].join('\n'),
      context,
    );
    expect(config!.ruleSettings.severity).toEqual({ 'image-tag': 'off', 'env-name': 'error', 'job-restart-policy': 'error', 'yaml-syntax': 'warning' });
    expect(config!.ignorePatterns).toEqual(['vendor/**']);
    expect(config!.kubernetesVersion).toBe('1.25');
    expect(config!.format).toBe('compact');
    expect((await parseConfig('/x/.kubegrade.yaml', '# nothing yet\n', context)).config!.ruleSettings.severity).toEqual({});
  });

  it('reports every problem at its line and column, with a way to fix it', async () => {
    expect(
      await problemsOf(
        ['rules:', '  job-restart-polcy: off', '  image-tag: loud', '  env-name: { sevrity: error }', 'kubernetesVersion: 1.30', 'formt: json', ''].join('\n'),
      ),
    ).toEqual([
      '2:3 "job-restart-polcy" is not a kubegrade rule; did you mean "job-restart-policy"?',
      '3:14 the severity of image-tag must be off, on, info, warning or error',
      '4:15 unknown field "sevrity" in the setting of rule env-name; use severity and options',
      '5:20 kubernetesVersion must be a quoted string such as "1.30" (unquoted, YAML reads 1.30 as the number 1.3)',
      '6:1 unknown setting "formt"; did you mean "format"?',
    ]);
  });

  it('locates YAML errors, a second document, an unknown format and options for a rule without any', async () => {
    expect((await problemsOf('rules:\n\tjob-restart-policy: off\n'))[0]).toMatch(/^2:1 /);
    expect(await problemsOf('format: json\n---\nformat: unix\n')).toEqual([
      '3:1 a configuration file holds one YAML document; remove the "---" and what follows, or merge it into the first',
    ]);
    expect(await problemsOf('format: pdf\n')).toEqual([`1:9 unknown format "pdf"; choose one of: ${formatNames.join(', ')}`]);
    expect(await problemsOf('rules:\n  job-restart-policy:\n    options: { strict: true }\n')).toEqual(['3:5 rule job-restart-policy takes no options']);
    expect(await problemsOf('- rules\n')).toEqual(['1:1 the configuration must be a mapping']);
  });

  it('is found in the checked folder or the nearest folder above it', () => {
    const dir = writeTree({ '.kubegrade.yaml': '{}\n', 'course/.kubegrade.yml': '{}\n', 'course/week2/ex2/job.yaml': brokenJob, 'other/job.yaml': brokenJob });
    expect(findConfigFile(path.join(dir, 'course/week2/ex2'))).toBe(path.join(dir, 'course/.kubegrade.yml'));
    expect(findConfigFile(path.join(dir, 'other'))).toBe(path.join(dir, '.kubegrade.yaml'));
  });
});

describe('configuration in lint mode', () => {
  const answers = { 'answers/ex2/job.yaml': brokenJob, 'answers/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n' };

  it('turns rules (and built-in checks) off or changes their severity, from a file above the checked folder', async () => {
    const dir = writeTree({ ...answers, '.kubegrade.yaml': 'rules:\n  job-restart-policy: warning\n  yaml-syntax: off\n' });
    const run = await runCli(['--lint', 'answers', '-f', 'json'], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line}:${f.column}`)).toEqual(['job-restart-policy warning ex2/job.yaml:9:22']);
  });

  it('applies ignorePatterns, kubernetesVersion and format, and the command line wins over the file', async () => {
    const dir = writeTree({ ...answers, 'answers/.kubegrade.yaml': 'ignorePatterns: [broken.yaml]\nkubernetesVersion: "1.25"\nformat: json\n' });
    const fromFile = JSON.parse((await runCli(['--lint', 'answers'], dir)).stdout) as JsonReport;
    expect(fromFile.kubernetesVersion).toBe('1.25');
    expect(fromFile.findings.map((f) => f.ruleId)).toEqual(['job-restart-policy']);
    const overridden = await runCli(['--lint', 'answers', '--kube-version', '1.30', '-f', 'unix'], dir);
    expect(overridden.stdout).toMatch(/^answers\/ex2\/job\.yaml:9:22: /m);
    expect((JSON.parse((await runCli(['--lint', 'answers', '--kube-version', '1.30', '-f', 'json'], dir)).stdout) as JsonReport).kubernetesVersion).toBe(
      '1.30',
    );
  });

  it('never checks a config file as a manifest, even when it is named (as a pre-commit hook does)', async () => {
    const dir = writeTree({ ...answers, '.kubegrade.yaml': 'rules: { yaml-syntax: off }\n' });
    const run = await runCli(['--lint', '.kubegrade.yaml', 'answers/ex2/job.yaml', 'answers/broken.yaml', '-f', 'json'], dir);
    expect((JSON.parse(run.stdout) as JsonReport).findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'job-restart-policy answers/ex2/job.yaml:9',
    ]);
  });

  it('takes --config FILE instead of searching', async () => {
    const dir = writeTree({ ...answers, '.kubegrade.yaml': 'rules: { job-restart-policy: off }\n', 'ci/strict.yaml': 'rules: { job-restart-policy: info }\n' });
    const report = JSON.parse((await runCli(['--lint', 'answers/ex2', '-c', 'ci/strict.yaml', '-f', 'json'], dir)).stdout) as JsonReport;
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['job-restart-policy info']);
    const missing = await runCli(['--lint', 'answers', '--config', 'nope.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read configuration file nope.yaml: ENOENT');
  });

  it('makes a bad file a usage error (exit 2) that prints file:line:col for each problem', async () => {
    const dir = writeTree({ ...answers, '.kubegrade.yaml': 'rules:\n  job-restart-policy: of\nignorePattern: [x]\n' });
    const run = await runCli(['--lint', 'answers'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('grade: invalid configuration file .kubegrade.yaml:\n');
    expect(run.stderr).toContain('  .kubegrade.yaml:2:23: the severity of job-restart-policy must be off, on, info, warning or error\n');
    expect(run.stderr).toContain('  .kubegrade.yaml:3:1: unknown setting "ignorePattern"; did you mean "ignorePatterns"?\n');
  });
});

describe('configuration in grade mode', () => {
  it('never reads a config file from the answers or above them, not even a broken one', async () => {
    const dir = writeTree({
      'answers/ex2/job.yaml': brokenJob,
      'answers/.kubegrade.yaml': 'rules: { job-restart-policy: off }\n',
      '.kubegrade.yaml': 'this: [is not valid\n',
    });
    const run = await runCli(['answers', '-f', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(spotsOf(JSON.parse(run.stdout) as JsonReport, 'job-restart-policy')).toEqual(['9:22']);
  });

  it('uses only kubernetesVersion and format from --config, and says the rules are not applied', async () => {
    const dir = writeTree({
      'answers/ex2/job.yaml': brokenJob,
      'course.yaml': 'rules: { job-restart-policy: off }\nkubernetesVersion: "1.25"\nformat: json\n',
    });
    const run = await runCli(['answers', '--config', 'course.yaml'], dir);
    expect(run.stderr).toBe('grade: the rules and ignorePatterns of course.yaml apply with --lint only; grading always runs every check\n');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.kubernetesVersion).toBe('1.25');
    expect(spotsOf(report, 'job-restart-policy')).toEqual(['9:22']);
  });
});
