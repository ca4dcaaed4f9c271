/**
 * Secrets never reach output: every registered format, in lint and in grade mode, over the fixture
 * answers plus Secrets written to provoke findings next to their values (invalid base64, wrong
 * types, YAML errors on the value line), is searched for every raw and decoded Secret value.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatters } from '../../src/format/index.js';
import { answersDir, gradeFolder, lintBytes, repoRoot, type PipelineRun } from './harness.js';
import { checkPaths } from '../../src/pipeline/check.js';
import { buildReport } from '../../src/report.js';
import { allRuleMeta } from '../../src/pipeline/rule-set.js';
import { formatJson } from '../../src/format/json.js';
import { gradeFolder as runGradeFolder, lintFolder, loadRubricOrThrow } from '../../src/pipeline/run.js';
import { runAction } from '../../src/action/run.js';
import { gradeBin, runGrade } from '../support/cli.js';
import { yamlFiles } from '../support/manifest-files.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Our own Secrets: each value is distinctive, so finding it anywhere in output means it leaked. */
const ownSecrets = `apiVersion: v1
kind: Secret
metadata:
  name: leak-probe
type: Opaque
data:
  password: ${b64('correct-horse-battery-staple')}
  notBase64: "this~is~not~base64!!zq7"
  wrongType: 8675309123
  nested:
    inner: ${b64('nested-secret-value-x9')}
stringData:
  apiToken: plain-text-token-0f8e2b
  multiline: |
    -----BEGIN KEY-----
    bXVsdGlsaW5lLWtleS1tYXRlcmlhbA==
    -----END KEY-----
---
apiVersion: v1
kind: Secret
metadata:
  name: leak-probe-broken
data:
  token: ${b64('secret-in-broken-yaml')}
    extra: broken-yaml-plaintext-77
  other: [unclosed-secret-flow-88
---
apiVersion: v1
kind: Secret
metadata:
  name: leak-probe-typo
dta:
  key: ${b64('misplaced-secret-value-55')}
stringdata:
  key: misplaced-plain-secret-66
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: leak-probe-config
data:
  password: configmap-password-value-9d2
  api_token: configmap-token-value-4c1
`;

/** Every Secret value in a YAML text (data and stringData, raw and decoded, at any depth), plus credential-like ConfigMap values. */
function secretValues(text: string): string[] {
  const values: string[] = [];
  const collect = (value: unknown, decode: boolean) => {
    if (typeof value === 'string' || typeof value === 'number') {
      const raw = String(value);
      values.push(raw);
      if (decode && /^[A-Za-z0-9+/]+={0,2}$/.test(raw)) values.push(Buffer.from(raw, 'base64').toString('utf8'));
      for (const line of raw.split('\n')) if (line.trim()) values.push(line.trim());
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) collect(item, decode);
    }
  };
  for (const document of parseAllDocuments(text)) {
    const value = document.toJS() as Record<string, unknown> | null;
    if (!value || typeof value !== 'object') continue;
    if (value.kind === 'Secret') {
      for (const [key, item] of Object.entries(value)) if (/^(data|stringdata|dta|stringData)$/i.test(key)) collect(item, /^d/i.test(key));
    } else if (value.kind === 'ConfigMap' && value.data && typeof value.data === 'object') {
      for (const [key, item] of Object.entries(value.data)) if (/pass|token|secret|key/i.test(key)) collect(item, false);
    }
  }
  return values;
}

/** The broken Secret's values are not reachable by a YAML parser; they are listed by hand. */
const brokenValues = ['secret-in-broken-yaml', b64('secret-in-broken-yaml'), 'broken-yaml-plaintext-77', 'unclosed-secret-flow-88'];

const folder = mkdtempSync(path.join(tmpdir(), 'kubegrade-secrets-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
if (existsSync(answersDir)) cpSync(answersDir, folder, { recursive: true });
writeFileSync(path.join(folder, 'ex5', 'leak-probes.yaml'), ownSecrets);

const secrets = [...new Set([...yamlFiles(folder).flatMap((file) => secretValues(readFileSync(file, 'utf8'))), ...brokenValues])]
  // Too short to tell from ordinary words ("Jeff" is also a ConfigMap username in ex4); checked by word below.
  .filter((value) => value.length >= 3);

function expectNoSecretIn(output: string, where: string): void {
  for (const secret of secrets) {
    const leaked =
      secret.length >= 8
        ? output.includes(secret)
        : new RegExp(`(^|[^A-Za-z0-9])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9]|$)`).test(output);
    expect(leaked, `${where} prints the secret value ${JSON.stringify(secret)}`).toBe(false);
  }
}

/**
 * Rule docs are static text, and some use the workshop's own values as examples (SARIF embeds
 * them as rule help): they are blanked, so only what the input put into the output is searched.
 */
const rulesWithoutExamples = allRuleMeta().map((meta) => ({ ...meta, docs: { rationale: '', incorrect: '', correct: '' } }));

function everyFormat(run: PipelineRun, mode: string): void {
  expect(Object.keys(formatters).length).toBeGreaterThan(0);
  for (const [name, formatter] of Object.entries(formatters)) {
    expectNoSecretIn(formatter(run.report, { color: false, rules: rulesWithoutExamples }), `${mode} --format ${name}`);
    expectNoSecretIn(formatter(run.report, { color: true, rules: rulesWithoutExamples }), `${mode} --format ${name} (colour)`);
  }
}

describe('Secret values never reach any output format', () => {
  it('the probes hold what they should (the test can fail)', () => {
    expect(secrets).toContain('correct-horse-battery-staple');
    expect(secrets).toContain('plain-text-token-0f8e2b');
    expect(secrets).toContain('this~is~not~base64!!zq7');
    expect(secrets).toContain('configmap-password-value-9d2');
    expect(secrets).toContain(b64('correct-horse-battery-staple'));
    if (existsSync(answersDir)) expect(secrets).toContain('VGVhY2hlc1RoaXNDbGFzcw==');
  });

  it('catches a leak when there is one', async () => {
    const run = await lintBytes('secrets.yaml', new TextEncoder().encode(ownSecrets));
    const leaky = { ...run.report, findings: [...run.report.findings, { ...run.report.findings[0]!, message: 'value was correct-horse-battery-staple' }] };
    expect(() => everyFormat({ ...run, report: leaky }, 'leaky')).toThrow(/correct-horse-battery-staple/);
  });

  it('in grade mode over the answers and the probes', async () => {
    const run = await gradeFolder(folder);
    // The probes must cause findings, or this test proves nothing about messages near values.
    expect(run.report.findings.some((finding) => finding.file === 'ex5/leak-probes.yaml')).toBe(true);
    everyFormat(run, 'grade');
  });

  it('in lint mode over the answers and the probes', async () => {
    const result = await checkPaths({ inputs: [folder], jobs: 1, suppressions: true, schema: {} });
    const report = buildReport({ toolVersion: '0.0.0', root: result.root, kubernetesVersion: '1.30', files: result.files, findings: result.findings });
    expect(report.findings.filter((finding) => finding.file === 'ex5/leak-probes.yaml').length).toBeGreaterThan(3);
    everyFormat({ report, json: '', result }, 'lint');
  });

  it('for the probes read from stdin', async () => {
    everyFormat(await lintBytes('secrets.yaml', new TextEncoder().encode(ownSecrets)), 'stdin');
  });

  it('in the broken fixture set too', async () => {
    const broken = path.join(repoRoot, 'fixtures', 'broken', 'one-per-exercise');
    if (!existsSync(broken)) return;
    const run = await gradeFolder(broken);
    for (const file of yamlFiles(broken)) for (const value of secretValues(readFileSync(file, 'utf8'))) if (!secrets.includes(value)) secrets.push(value);
    everyFormat(run, 'grade (broken)');
  });
});

/**
 * Every path out of the tool, for a table of secret-bearing inputs: each case is one student's
 * answer set (the fixture answers with some files replaced), run through lint and grade in every
 * format, `grade --each` (gradebook and per-student reports), the Action as a runner starts it, and
 * `--debug` (stderr too). The output is searched for each value raw, base64-encoded, decoded,
 * JSON-escaped and YAML-quoted.
 */
interface LeakCase {
  name: string;
  /** Files that replace or join the fixture answers. */
  files: Record<string, string>;
  /** The values that must not appear (plain text: the encodings are searched too). */
  secrets: string[];
  /** Graded against the custom rubric below instead of the built-in one. */
  custom?: boolean;
}

const configMapAnswer = (kind: string, password: string) => `apiVersion: v1
kind: ${kind}
metadata:
  name: not-secret-config
data:
  username: Jeff
  password: ${password}
  endpoint: http://localhost:8080/login
`;
const secretAnswer = (kind: string, body: string) => `apiVersion: v1
kind: ${kind}
metadata:
  name: pretty-secret-config
type: Opaque
${body}`;
const explorerJob = (env: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: volume-mount-explorer
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: explorer
          image: alpine:3.8
          command: ["/bin/sh", "-c", "ls -al /etc/not-secret; cat /etc/not-secret/username"]
          env:
${env.replace(/^/gm, '            ')}
          volumeMounts:
            - name: not-secret-config
              mountPath: /etc/not-secret
      volumes:
        - name: not-secret-config
          configMap:
            name: not-secret-config
`;

const customRubric = `version: 1
id: custom-secrets
title: Custom secrets
exercises:
  - id: ex7
    title: A database secret
    resources:
      - id: creds
        kind: secret
        name: db-creds
    checks:
      - id: creds-password
        title: Its password is the one from the text
        points: 1
        resource: creds
        assert:
          - path: data.password
            equals: expected-rubric-secret-k11
          - path: data.apiToken
            oneOf: [expected-rubric-token-k12, expected-rubric-token-k13]
          - path: data.pattern
            matches: "^zz-[0-9]+$"
`;

const leakCases: LeakCase[] = [
  {
    name: 'secret-valid-base64',
    files: {
      'ex5/pretty-secret-config.yaml': secretAnswer(
        'Secret',
        `data:\n  username: ${b64('Jeff')}\n  password: ${b64('hunter2-valid-b64-a1')}\n  endpoint: ${b64('http://localhost:8080/login')}\n`,
      ),
    },
    secrets: ['hunter2-valid-b64-a1'],
  },
  {
    name: 'secret-invalid-base64',
    files: {
      'ex5/pretty-secret-config.yaml': secretAnswer(
        'Secret',
        'data:\n  username: SmVmZg==\n  password: "not~base64~value-b2"\n  endpoint: "plain-endpoint-b3!"\n',
      ),
    },
    secrets: ['not~base64~value-b2', 'plain-endpoint-b3!'],
  },
  {
    name: 'secret-wrong-types',
    files: {
      'ex5/pretty-secret-config.yaml': secretAnswer(
        'Secret',
        'data:\n  username: SmVmZg==\n  password: 8675309123\n  nested:\n    inner: nested-secret-c3\n  listed: [listed-secret-d4]\nstringData:\n  apiToken: 424242424242\n  deep: {inner: deep-string-data-c5}\n',
      ),
    },
    secrets: ['8675309123', 'nested-secret-c3', 'listed-secret-d4', '424242424242', 'deep-string-data-c5'],
  },
  {
    name: 'secret-string-data',
    files: {
      'ex5/pretty-secret-config.yaml': secretAnswer(
        'Secret',
        'stringData:\n  username: Jeff\n  password: plain-secret-e5\n  endpoint: http://localhost:8080/login\n',
      ),
    },
    secrets: ['plain-secret-e5'],
  },
  ...['Configmap', 'secret', 'Secrets', 'SECRET', 'Gizmo'].map((kind, i) => ({
    name: `ex4-kind-${i}-${kind}`,
    files: { 'ex4/not-secret-config.yaml': configMapAnswer(kind, `misspelt-kind-pass-f${i}`) },
    secrets: [`misspelt-kind-pass-f${i}`],
  })),
  ...['secret', 'Secrets', 'SECRET'].map((kind, i) => ({
    name: `ex5-kind-${i}-${kind}`,
    files: {
      'ex5/pretty-secret-config.yaml': secretAnswer(
        kind,
        `data:\n  username: SmVmZg==\n  password: ${b64(`misspelt-secret-g${i}`)}\n  endpoint: "not-base64-endpoint-g${i}!"\n`,
      ),
    },
    secrets: [`misspelt-secret-g${i}`, `not-base64-endpoint-g${i}!`],
  })),
  {
    name: 'configmap-credential-keys',
    files: {
      'ex4/not-secret-config.yaml': configMapAnswer('ConfigMap', 'cm-password-wrong-h7').replace(
        '  endpoint:',
        '  api_token: 31415926535\n  DB_PASSWORD: 27182818284\n  authorization: Bearer-cm-auth-h8\n  endpoint:',
      ),
    },
    secrets: ['cm-password-wrong-h7', '31415926535', '27182818284', 'Bearer-cm-auth-h8'],
  },
  {
    name: 'env-credentials',
    files: {
      'ex4/volume-mount-explorer.yaml': explorerJob(
        '- name: DB_PASSWORD\n  value: env-pass-i9\n- name: API_TOKEN\n  value: 57721566490\n- name: AUTH\n  value: env-auth-i10\n- name: dbpassword\n  value: [env-list-pass-i11]\n- name: DATABASE_URL\n  value: postgres://app:url-pass-i12@db:5432/app\n',
      ),
    },
    secrets: ['env-pass-i9', '57721566490', 'env-auth-i10', 'env-list-pass-i11', 'url-pass-i12'],
  },
  {
    name: 'custom-rubric-lowercase-secret',
    custom: true,
    files: {
      'ex7/creds.yaml':
        'apiVersion: v1\nkind: secret\nmetadata:\n  name: db-creds\ndata:\n  password: observed-secret-l12\n  apiToken: observed-token-l13\n  pattern: observed-pattern-l14\n',
    },
    secrets: [
      'observed-secret-l12',
      'observed-token-l13',
      'observed-pattern-l14',
      'expected-rubric-secret-k11',
      'expected-rubric-token-k12',
      'expected-rubric-token-k13',
    ],
  },
  {
    name: 'custom-rubric-secret',
    custom: true,
    files: {
      'ex7/creds.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\nstringData:\n  password: 16180339887\n  apiToken: [observed-list-token-m15]\n  pattern: {observed: observed-map-m16}\n',
    },
    secrets: [
      '16180339887',
      'observed-list-token-m15',
      'observed-map-m16',
      'expected-rubric-secret-k11',
      'expected-rubric-token-k12',
      'expected-rubric-token-k13',
    ],
  },
];

/** The YAML errors on a value's line: their messages come from the parser (fixed by the parser-message change). */
const parserCases: LeakCase[] = [
  {
    name: 'yaml-block-scalar-on-key-line',
    files: { 'ex5/pretty-secret-config.yaml': secretAnswer('Secret', 'stringData:\n  password: | pipe-value-n17\n') },
    secrets: ['pipe-value-n17'],
  },
  {
    name: 'yaml-bad-escape',
    files: { 'ex5/pretty-secret-config.yaml': secretAnswer('Secret', 'stringData:\n  password: "C:\\users\\me-o18"\n') },
    secrets: ['C:\\users\\me-o18', 'sers\\me-o18', 'me-o18'],
  },
  {
    name: 'yaml-unknown-tag',
    files: { 'ex5/pretty-secret-config.yaml': secretAnswer('Secret', 'stringData:\n  password: !tag tagged-value-p19\n') },
    secrets: ['tagged-value-p19'],
  },
];

/** A value in every form output could carry it: raw, base64, decoded, JSON-escaped, YAML-quoted. */
function encodings(secret: string): string[] {
  const forms = [secret, b64(secret), JSON.stringify(secret).slice(1, -1), `'${secret.replace(/'/g, "''")}'`, JSON.stringify(secret)];
  if (/^[A-Za-z0-9+/]{8,}={0,2}$/.test(secret)) forms.push(Buffer.from(secret, 'base64').toString('utf8'));
  return [...new Set(forms)].filter((form) => form.length >= 6);
}

function leaksIn(output: string, secrets: readonly string[]): string[] {
  return secrets.flatMap((secret) =>
    encodings(secret)
      .filter((form) => output.includes(form))
      .map((form) => `${JSON.stringify(form)} (from ${JSON.stringify(secret)})`),
  );
}

const caseRoot = mkdtempSync(path.join(tmpdir(), 'kubegrade-leak-cases-'));
afterAll(() => rmSync(caseRoot, { recursive: true, force: true }));

/** Writes one case's answer set under caseRoot/<group>/<name>. */
function writeCase(group: string, leak: LeakCase): string {
  const dir = path.join(caseRoot, group, leak.name);
  if (!leak.custom) cpSync(answersDir, dir, { recursive: true });
  for (const [name, text] of Object.entries(leak.files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

const rubricFile = path.join(caseRoot, 'custom-rubric.yaml');
writeFileSync(rubricFile, customRubric);

async function gradeCase(dir: string, custom: boolean | undefined): Promise<PipelineRun> {
  if (!custom) return gradeFolder(dir);
  const rubric = await loadRubricOrThrow(rubricFile, 'custom-rubric.yaml');
  const { report, check: result } = await runGradeFolder({ inputs: [dir], jobs: 1, toolVersion: '0.0.0', rubric });
  return { report, json: formatJson(report, { color: false }), result };
}

async function lintCase(dir: string): Promise<PipelineRun> {
  const { report, check: result } = await lintFolder({ inputs: [dir], jobs: 1, toolVersion: '0.0.0' });
  return { report, json: '', result };
}

/** Everything the in-process pipeline can print for one case: every format, colour on and off, lint and grade. */
async function inProcessOutputs(dir: string, leak: LeakCase): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  for (const [mode, run] of [
    ['lint', await lintCase(dir)],
    ['grade', await gradeCase(dir, leak.custom)],
  ] as const) {
    for (const [name, formatter] of Object.entries(formatters)) {
      for (const color of [false, true])
        outputs[`${mode} --format ${name}${color ? ' (colour)' : ''}`] = formatter(run.report, { color, rules: allRuleMeta() });
    }
  }
  return outputs;
}

/** The Action as a runner starts it (runAction is what dist/index.js runs): annotations, outputs, summary, every extra format and the report file. */
async function actionOutputs(dir: string, leak: LeakCase, lint: boolean): Promise<Record<string, string>> {
  const runner = mkdtempSync(path.join(caseRoot, 'runner-'));
  mkdirSync(path.join(runner, 'temp'));
  const outputFile = path.join(runner, 'output.txt');
  const summaryFile = path.join(runner, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const extra = Object.keys(formatters)
    .map((name) => `${name}:${path.join(runner, 'out', `report.${name}`)}`)
    .join(',');
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: path.join(runner, 'temp'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    INPUT_PATH: '.',
    INPUT_LINT: String(lint),
    INPUT_FORMAT: extra,
    'INPUT_FAIL-ON': 'never',
    ...(leak.custom ? { INPUT_RUBRIC: rubricFile } : {}),
  };
  let stdout = '';
  await runAction(env, (text) => (stdout += text));
  const outputs: Record<string, string> = { [`action ${lint ? 'lint' : 'grade'} stdout`]: stdout };
  for (const file of filesUnder(runner)) {
    const text = readFileSync(file, 'utf8');
    outputs[`action ${lint ? 'lint' : 'grade'} ${path.relative(runner, file)}`] = text;
    // The outputs file carries the classroom result base64-encoded: search it decoded too.
    for (const [i, encoded] of (text.match(/[A-Za-z0-9+/]{40,}={0,2}/g) ?? []).entries())
      outputs[`action ${path.relative(runner, file)} (decoded ${i})`] = Buffer.from(encoded, 'base64').toString('utf8');
  }
  rmSync(runner, { recursive: true, force: true });
  return outputs;
}

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(full);
    }
  };
  walk(dir);
  return found;
}

function expectNoLeaks(outputs: Record<string, string>, leak: LeakCase): void {
  const leaks = Object.entries(outputs).flatMap(([where, text]) => leaksIn(text, leak.secrets).map((what) => `${where} prints ${what}`));
  expect(leaks).toEqual([]);
}

/** The CLI as a user runs it, over a group of cases: --each (stdout, stderr, gradebook, reports) and lint/grade per case in every format at once, all with --debug. */
function cliOutputs(group: string, cases: readonly LeakCase[], custom: boolean): Record<string, string> {
  const outputs: Record<string, string> = {};
  const out = mkdtempSync(path.join(caseRoot, 'cli-'));
  const rubricArgs = custom ? ['--rubric', rubricFile] : [];
  const each = runGrade([
    '--each',
    path.join(caseRoot, group, '*'),
    '--gradebook',
    path.join(out, 'gradebook.csv'),
    '--reports-dir',
    path.join(out, 'reports'),
    '--debug',
    ...rubricArgs,
  ]);
  outputs['grade --each stdout'] = each.stdout;
  outputs['grade --each stderr'] = each.stderr;
  const formatArgs = (name: string) => Object.keys(formatters).flatMap((format) => ['--format', format, '-o', path.join(out, `${name}.${format}`)]);
  const lint = runGrade(['--lint', '--debug', ...formatArgs('lint'), '--format', 'stylish', path.join(caseRoot, group)]);
  outputs['grade --lint --debug stdout'] = lint.stdout;
  outputs['grade --lint --debug stderr'] = lint.stderr;
  for (const leak of cases) {
    const run = runGrade([...rubricArgs, '--debug', ...formatArgs(`grade-${leak.name}`), '--format', 'stylish', path.join(caseRoot, group, leak.name)]);
    outputs[`grade ${leak.name} --debug stdout`] = run.stdout;
    outputs[`grade ${leak.name} --debug stderr`] = run.stderr;
  }
  for (const file of filesUnder(out)) outputs[path.relative(out, file)] = readFileSync(file, 'utf8');
  rmSync(out, { recursive: true, force: true });
  return outputs;
}

function caseTests(group: string, cases: readonly LeakCase[]): void {
  const dirs = new Map(cases.map((leak) => [leak.name, writeCase(group, leak)]));

  it.each(cases.map((leak) => [leak.name, leak] as const))('%s: lint and grade in every format, and the Action', async (_name, leak) => {
    const dir = dirs.get(leak.name)!;
    const outputs = { ...(await inProcessOutputs(dir, leak)), ...(await actionOutputs(dir, leak, true)), ...(await actionOutputs(dir, leak, false)) };
    // The case is read: its file is in the report, so a clean search means the values were near the messages.
    expect(outputs['lint --format json']).toContain(Object.keys(leak.files)[0]!);
    expectNoLeaks(outputs, leak);
  });

  it.skipIf(!existsSync(gradeBin))(
    'the CLI: grade --each with gradebook and reports, lint and grade in every format, all with --debug',
    () => {
      for (const custom of [false, true]) {
        const matching = cases.filter((leak) => Boolean(leak.custom) === custom);
        if (matching.length === 0) continue;
        const subgroup = `${group}-${custom ? 'custom' : 'day2'}`;
        for (const leak of matching) cpSync(dirs.get(leak.name)!, path.join(caseRoot, subgroup, leak.name), { recursive: true });
        const outputs = cliOutputs(subgroup, matching, custom);
        expect(outputs['gradebook.csv']?.split('\n').filter(Boolean)).toHaveLength(matching.length + 1);
        for (const leak of matching) {
          expect(outputs[`reports/${leak.name}.json`], `report of ${leak.name}`).toBeDefined();
          expect(outputs['lint.json'], `lint read ${leak.name}`).toContain(`${leak.name}/${Object.keys(leak.files)[0]}`);
          expectNoLeaks(outputs, leak);
        }
      }
    },
    240_000,
  );
}

describe('secret-bearing inputs through every path', () => {
  it('the search finds a value in each of its forms (the test can fail)', () => {
    const leak = { name: 'probe', files: {}, secrets: ['hunter2-probe-value'] };
    expect(leaksIn('x aHVudGVyMi1wcm9iZS12YWx1ZQ== y', leak.secrets)).toHaveLength(1);
    expect(leaksIn("password: 'hunter2-probe-value'", leak.secrets).length).toBeGreaterThan(0);
    expect(leaksIn('nothing here', leak.secrets)).toEqual([]);
    expect(() => expectNoLeaks({ here: 'is hunter2-probe-value' }, leak)).toThrow();
  });

  caseTests('cases', leakCases);
});

describe('parser messages (fixed by the parser-message change)', () => {
  caseTests('parser', parserCases);
});
