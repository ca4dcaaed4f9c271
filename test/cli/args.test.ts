import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/pipeline/config.js';
import { formatProblems } from '../../src/schema/validated-yaml.js';
import { main } from '../../src/cli/main.js';
import { formatNames } from '../../src/format/index.js';
import { allRuleMeta } from '../../src/pipeline/rule-set.js';
import { bundledKubeVersions } from '../../src/schema/versions.js';
import { repoRoot } from '../support/cli.js';

const brokenJob =
  'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers:\n        - name: j\n          image: alpine:3.8\n';
const demo = path.join(repoRoot, 'fixtures', 'broken', 'one-per-exercise');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-args-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The CLI in-process, in `cwd`, not on a terminal, with the given environment and terminal width. */
async function grade(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; columns?: number } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => new Uint8Array(),
    env: options.env ?? {},
    cwd,
    isTTY: false,
    columns: options.columns,
  });
  return { code, stdout, stderr, firstLine: stderr.split('\n')[0] };
}

describe('usage errors: one line, exit 2, with a suggestion', () => {
  const dir = tree({ 'k8s/job.yaml': brokenJob });
  const versions = bundledKubeVersions.join(', ');

  it.each([
    [['--lnt', 'k8s'], 'grade: unknown option --lnt; did you mean --lint? (grade --help lists the options)'],
    [['--lint', '-x', 'k8s'], 'grade: unknown option -x (grade --help lists the options)'],
    [['--lint=yes', 'k8s'], 'grade: --lint takes no value (given "yes")'],
    [
      ['--lint', '-f', 'sarf', 'k8s'],
      'grade: unknown format "sarf"; did you mean sarif? (formats: stylish, json, compact, unix, sarif, junit, github, gradescope, classroom)',
    ],
    [
      ['--lint', '--kube-version', '1.99', 'k8s'],
      `grade: Kubernetes 1.99 is not bundled; bundled: ${versions} (for a newer cluster use 1.30, the newest, and --schema-location DIR for kinds it lacks)`,
    ],
    [
      ['--lint', '--kube-version', '1.3', 'k8s'],
      `grade: Kubernetes 1.3 is not bundled (did you mean 1.30?); bundled: ${versions} (for a newer cluster use 1.30, the newest, and --schema-location DIR for kinds it lacks)`,
    ],
    [['--lint', '--max-warnings', 'abc', 'k8s'], 'grade: --max-warnings takes a whole number of warnings, 0 or more, not "abc"'],
    [['--lint', '--jobs', '0', 'k8s'], 'grade: --jobs takes a whole number of threads, 1 or more, not "0"'],
    [['--pass-score', 'most', 'k8s'], 'grade: --pass-score takes points (e.g. 40) or a percentage of the maximum (e.g. 80%), not "most"'],
    [['--lint', '--max-file-size', 'big', 'k8s'], 'grade: invalid size "big"; use a number of bytes or e.g. 5MB, 512KB'],
    [['--lint', '--format'], 'grade: --format needs a value (FORMAT)'],
    [['explain'], 'grade: grade explain needs RULE: grade explain RULE (`grade rules` lists the rule ids)'],
    [
      ['explain', 'job-restart-polcy'],
      `grade: unknown rule "job-restart-polcy" (did you mean "job-restart-policy"?); \`grade rules\` lists the ${allRuleMeta().length} rules`,
    ],
    [['rules', '--lint'], 'grade: --lint does not apply to `grade rules`; it is an option of `grade [PATH...]`'],
    [['rules', '-f', 'csv'], 'grade: grade rules prints text or json, not "csv"'],
    [['rubric', 'chek', 'r.yaml'], 'grade: unknown rubric action "chek"; did you mean check?: grade rubric check FILE'],
    [
      ['schemas', '--kube-version', '1.99'],
      `grade: Kubernetes 1.99 is not bundled; bundled: ${versions} (for a newer cluster use 1.30, the newest, and --schema-location DIR for kinds it lacks)`,
    ],
    [['rule'], 'grade: no such file or folder: rule (did you mean the command `grade rules`?)'],
  ])('%j', async (args, line) => {
    const run = await grade(args, dir);
    expect(run.firstLine).toBe(line);
    expect(run.stderr.split('\n')[1]).toBe('Usage: grade [PATH...] [options]   (grade --help lists the options)');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });
});

describe('paths and files', () => {
  it('a folder without manifests is exit 2 naming it, unless --no-error-on-unmatched-pattern', async () => {
    const dir = tree({ 'empty/README.md': '# nothing\n', 'k8s/job.yaml': brokenJob });
    const run = await grade(['--lint', 'k8s', 'empty'], dir);
    expect(run.firstLine).toBe('grade: no manifests (*.yaml, *.yml) in empty; --no-error-on-unmatched-pattern allows a folder without any');
    expect(run.code).toBe(2);
    const allowed = await grade(['--lint', '--no-error-on-unmatched-pattern', 'empty', '-f', 'json'], dir);
    expect(JSON.parse(allowed.stdout).files).toEqual([]);
    expect(allowed.code).toBe(0);
  });

  it('skips .github/ as the Action does', async () => {
    const dir = tree({ '.github/workflows/ci.yaml': 'on: push\njobs: {}\n', 'k8s/job.yaml': brokenJob });
    const run = await grade(['--lint', '.', '-f', 'json'], dir);
    expect(JSON.parse(run.stdout).files).toEqual([{ path: 'k8s/job.yaml', documents: 1 }]);
  });

  it('names the file when -o points at a folder', async () => {
    const dir = tree({ 'k8s/job.yaml': brokenJob, 'out/keep': '' });
    const run = await grade(['--lint', 'k8s', '-f', 'json', '-o', 'out'], dir);
    expect(run.firstLine).toBe('grade: cannot write out: it is a folder');
    expect(run.code).toBe(2);
  });

  it('shows a small --max-file-size in bytes', async () => {
    const dir = tree({ 'k8s/job.yaml': brokenJob });
    const run = await grade(['--lint', 'k8s', '--max-file-size', '100B', '-f', 'json'], dir);
    expect(JSON.parse(run.stdout).findings.map((f: { message: string }) => f.message)).toEqual([
      `This file is ${brokenJob.length} B, over the 100 B limit; it was not read.`,
    ]);
  });
});

describe('options', () => {
  const dir = tree({ 'k8s/job.yaml': brokenJob });

  it('--version and -v print the version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await grade(['--version'], dir)).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(await grade(['-v'], dir)).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('honours FORCE_COLOR, which --no-color overrides', async () => {
    expect((await grade(['--lint', 'k8s'], dir, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await grade(['--lint', 'k8s'], dir, { env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(/\u001b\[/);
    expect((await grade(['--lint', 'k8s', '--no-color'], dir, { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('--pass-score N% is a percentage of the maximum score (48 of 55 is 87.3%)', async () => {
    expect((await grade(['--pass-score', '87%', demo], dir)).code).toBe(0);
    expect((await grade(['--pass-score', '88%', demo], dir)).code).toBe(1);
  });

  it('--max-warnings 0 fails on a warning', async () => {
    const warned = tree({
      'pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  automountServiceAccountToken: false\n  containers:\n    - name: p\n      image: nginx\n',
    });
    expect((await grade(['--lint', '.'], warned)).code).toBe(0);
    expect((await grade(['--lint', '.', '--max-warnings', '0'], warned)).code).toBe(1);
  });

  it('grade rules -f json lists every rule', async () => {
    const run = await grade(['rules', '-f', 'json'], dir);
    const rules = JSON.parse(run.stdout) as { id: string; severity: string; description: string }[];
    expect(rules.find((rule) => rule.id === 'job-restart-policy')).toMatchObject({ severity: 'error' });
    expect(rules.map((rule) => rule.id)).toEqual(allRuleMeta().map((meta) => meta.id));
  });

  it('--help fits the terminal, splits no word and shows no internal default', async () => {
    for (const columns of [60, 120]) {
      const run = await grade(['--help'], dir, { columns });
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines.filter((line) => line.length > columns)).toEqual([]);
      expect(run.stdout).not.toMatch(/\[default|-1/);
      // Every word of a description is whole: the description of --strict-kinds reads as written.
      expect(run.stdout.replace(/\n\s+/g, ' ')).toContain('Report kinds without a bundled schema (custom resources) as errors instead of skipping them');
    }
    expect((await grade(['rules', '--help'], dir)).stdout).toMatch(/^Usage: grade rules \[-f text\|json\]\n/);
  });

  it('--each writes its gradebook to -o and prints no progress with --quiet', async () => {
    const root = tree({ 'class/ann/job.yaml': brokenJob, 'class/bob/job.yaml': brokenJob });
    const run = await grade(['--each', 'class/*', '-f', 'csv', '-o', 'grades.csv', '--quiet'], root);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(
      readFileSync(path.join(root, 'grades.csv'), 'utf8')
        .split('\n')
        .slice(1, 3)
        .map((line) => line.split(',')[0]),
    ).toEqual(['ann', 'bob']);
    const json = await grade(['--each', 'class/*', '-f', 'json'], root);
    expect(json.firstLine).toBe("grade: --each writes a CSV gradebook, not json; use -f csv, or --reports-dir DIR for each student's JSON report");
    expect(existsSync(path.join(root, 'grades.json'))).toBe(false);
  });
});

describe('kubernetesVersion in a configuration file', () => {
  it('must be a bundled version, reported at its line', async () => {
    const parsed = await parseConfig('.kubegrade.yaml', 'format: json\nkubernetesVersion: "1.29"\n', { rules: allRuleMeta(), formatNames });
    expect(parsed.config).toBeUndefined();
    expect(formatProblems(parsed.problems)).toBe(
      `.kubegrade.yaml:2:20: Kubernetes 1.29 is not bundled; bundled: ${bundledKubeVersions.join(', ')} (for a newer cluster use 1.30, the newest)`,
    );
  });
});

describe('a JSON report on stdout', () => {
  it('is written in pieces, each after stdout has drained the one before (a full pipe must not pile the report up in memory)', async () => {
    const files: Record<string, string> = {};
    // Enough findings for a report of several pieces (each about 64 KB).
    for (let i = 0; i < 300; i++) files[`k8s/job-${i}.yaml`] = brokenJob.replace('name: j\n', `name: j${i}\n`);
    const dir = tree(files);
    const events: string[] = [];
    let stdout = '';
    let pending = 0;
    const code = await main(['--lint', '--format', 'json', 'k8s'], {
      stdout: (text) => {
        expect(pending).toBe(0);
        events.push('write');
        stdout += text;
        pending++;
      },
      stdoutDrained: async () => {
        events.push('drained');
        await new Promise((resolve) => setTimeout(resolve, 1));
        pending = 0;
      },
      stderr: () => undefined,
      readStdin: async () => new Uint8Array(),
      env: {},
      cwd: dir,
      isTTY: false,
    });
    expect(code).toBe(1);
    expect(events.filter((event) => event === 'write').length).toBeGreaterThan(1);
    expect(events.join(' ')).toBe(Array.from({ length: events.length / 2 }, () => 'write drained').join(' '));
    expect((JSON.parse(stdout) as { findings: unknown[] }).findings.length).toBeGreaterThanOrEqual(300);
  });
});
