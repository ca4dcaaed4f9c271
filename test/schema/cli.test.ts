import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/lint/builtin-rules.js';
import { runGrade, writeTree } from '../support/cli.js';
import { validateYaml, yaml } from './support.js';

const statefulSet = yaml(
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: data-pipeline',
  'spec:',
  '  replicas: "1"',
  '  selector:',
  '    matchLabels:',
  '      app: data-pipeline',
  '  serviceName: ss-db',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: data-pipeline',
  '    spec:',
  '      containers:',
  '        - name: redis',
  '          image: redis:alpine',
  '  volumeClaimTemplate:',
  '    - metadata:',
  '        name: redis-data',
  '      spec:',
  '        accessModes: [ReadWriteOnce]',
  '        resources:',
  '          requests:',
  '            storage: 1Gi',
);

const cronJob = yaml(
  'apiVersion: batch/v1',
  'kind: CronJob',
  'metadata:',
  '  name: login-heartbeat',
  'spec:',
  '  schedule: "*/1 * * * *"',
  '  jobTemplate:',
  '    spec:',
  '      template:',
  '        spec:',
  '          restartPolicy: OnFailure',
  '          containers:',
  '            - name: heartbeat',
  '              image: alpine:3.8',
);

interface JsonFinding {
  ruleId: string;
  messageId?: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  hint?: string;
}

function schemaFindings(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'api-version');
}

describe('grade --kube-version', () => {
  it('1.30: volumeClaimTemplate (singular) and replicas: "1" are reported at their exact ranges with the fix', () => {
    const dir = writeTree({ 'statefulset.yaml': statefulSet });
    const run = runGrade(['--lint', '--kube-version', '1.30', '--format', 'json', dir]);
    expect(run.status).toBe(1);
    const findings = schemaFindings(run.stdout);
    expect(findings.map(({ ruleId, messageId, line, column, endLine, endColumn }) => ({ ruleId, messageId, line, column, endLine, endColumn }))).toEqual([
      { ruleId: 'schema', messageId: 'wrong-type', line: 6, column: 13, endLine: 6, endColumn: 16 },
      { ruleId: 'schema', messageId: 'unknown-field', line: 19, column: 3, endLine: 19, endColumn: 22 },
    ]);
    expect(findings[0]!.hint).toMatch(/^Remove the quotes: replicas: 1\./);
    expect(findings[1]!.message).toMatch(/did you mean "volumeClaimTemplates"\?/);
    expect(findings[1]!.hint).toMatch(/^Rename it to volumeClaimTemplates\./);
  });

  it('1.10: a batch/v1 CronJob is reported the other way round', () => {
    const dir = writeTree({ 'cronjob.yaml': cronJob });
    const run = runGrade(['--lint', '--kube-version', '1.10', '--format', 'json', dir]);
    expect(run.status).toBe(1);
    expect(schemaFindings(run.stdout)).toMatchObject([
      {
        ruleId: 'api-version',
        messageId: 'not-yet',
        severity: 'error',
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 21,
        message: 'batch/v1 CronJob only exists from Kubernetes 1.21; Kubernetes 1.10 serves CronJob as batch/v1beta1.',
      },
    ]);
  });

  it('offers only the bundled versions', () => {
    const run = runGrade(['--lint', '--kube-version', '1.99', '.']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/1\.99/);
    expect(run.stderr).toMatch(/bundled: 1\.10, 1\.13, 1\.21, 1\.25, 1\.30/);
  });

  it('--strict-kinds turns a custom resource into an error', () => {
    const dir = writeTree({ 'cert.yaml': yaml('apiVersion: cert-manager.io/v1', 'kind: Certificate', 'metadata:', '  name: web') });
    const lenient = runGrade(['--lint', '--format', 'json', dir]);
    expect(schemaFindings(lenient.stdout).map((finding) => finding.severity)).toEqual(['info']);
    const strict = runGrade(['--lint', '--strict-kinds', '--format', 'json', dir]);
    expect(schemaFindings(strict.stdout).map((finding) => finding.severity)).toEqual(['error']);
    expect(strict.status).toBe(1);
  });
});

describe('grade schemas', () => {
  it('lists the bundled versions with their kind counts', () => {
    const run = runGrade(['schemas']);
    expect(run.status).toBe(0);
    for (const version of ['1.10', '1.13', '1.21', '1.25', '1.30'])
      expect(run.stdout).toMatch(new RegExp(`^${version.replace('.', '\\.')} +\\d+ kinds in +\\d+ apiVersions`, 'm'));
  });

  it("--kube-version 1.10 lists that version's apiVersion/kind pairs", () => {
    const run = runGrade(['schemas', '--kube-version', '1.10']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^batch\/v1beta1 +CronJob$/m);
    expect(run.stdout).toMatch(/^apps\/v1 +StatefulSet$/m);
    expect(run.stdout).not.toMatch(/^batch\/v1 +CronJob$/m);
    expect(run.stdout).not.toMatch(/List$/m);
  });
});

describe('the docs examples of the built-in schema checks behave', () => {
  for (const id of ['schema', 'api-version']) {
    const meta = builtinRules.find((rule) => rule.id === id)!;
    it(`${id}: the incorrect example is reported, the correct one is not`, () => {
      expect(validateYaml(meta.docs.incorrect).filter((finding) => finding.ruleId === id).length).toBeGreaterThan(0);
      expect(validateYaml(meta.docs.correct).map((finding) => finding.message)).toEqual([]);
    });
  }
});
