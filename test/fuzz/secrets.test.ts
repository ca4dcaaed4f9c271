/**
 * Secrets never reach output: every registered format, in lint and in grade mode, over the fixture
 * answers plus Secrets written to provoke findings next to their values (invalid base64, wrong
 * types, YAML errors on the value line), is searched for every raw and decoded Secret value.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatters } from '../../src/format/index.js';
import { answersDir, gradeFolder, lintBytes, repoRoot, type PipelineRun } from './harness.js';
import { checkPaths } from '../../src/pipeline/check.js';
import { buildReport } from '../../src/report.js';
import { allRuleMeta } from '../../src/pipeline/rule-set.js';

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

function yamlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) found.push(full);
    }
  };
  walk(dir);
  return found;
}

const folder = mkdtempSync(path.join(tmpdir(), 'kubegrade-secrets-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
if (existsSync(answersDir)) cpSync(answersDir, folder, { recursive: true });
writeFileSync(path.join(folder, 'ex5', 'leak-probes.yaml'), ownSecrets);

const secrets = [...new Set([...yamlFiles(folder).flatMap((file) => secretValues(readFileSync(file, 'utf8'))), ...brokenValues])]
  // Too short to tell from ordinary words ("Jeff" is also a ConfigMap username in ex4); checked by word below.
  .filter((value) => value.length >= 3);

function expectNoSecretIn(output: string, where: string): void {
  for (const secret of secrets) {
    const leaked = secret.length >= 8 ? output.includes(secret) : new RegExp(`(^|[^A-Za-z0-9])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9]|$)`).test(output);
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
    for (const file of yamlFiles(broken)) for (const value of secretValues(readFileSync(file, 'utf8'))) secrets.includes(value) || secrets.push(value);
    everyFormat(run, 'grade (broken)');
  });
});
