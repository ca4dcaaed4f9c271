import { describe, expect, it } from 'vitest';
import { apiHistory, groupOf } from '../../src/schema/api-history.js';
import { bundledSchemaSource } from '../../src/schema/bundle.js';
import { bundledKubeVersions } from '../../src/schema/versions.js';
import { compareKubeVersions } from '../../src/schema/versions.js';
import { placed, validateYaml, yaml } from './support.js';

const cronJob = (apiVersion: string, secretNameKey = 'secretName') =>
  yaml(
    `apiVersion: ${apiVersion}`,
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
    '          volumes:',
    '            - name: config',
    '              secret:',
    `                ${secretNameKey}: pretty-secret-config`,
  );

describe('api-version: the target version decides which apiVersion a kind needs', () => {
  it('batch/v1 CronJob on 1.10: an error on the apiVersion value, saying 1.21 and that 1.10 serves batch/v1beta1', () => {
    const findings = validateYaml(cronJob('batch/v1'), { kubeVersion: '1.10' });
    expect(findings.map(placed)).toEqual([{ ruleId: 'api-version', messageId: 'not-yet', line: 1, column: 13, endLine: 1, endColumn: 21 }]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('batch/v1 CronJob only exists from Kubernetes 1.21; Kubernetes 1.10 serves CronJob as batch/v1beta1.');
    expect(findings[0]!.hint).toMatch(/Change apiVersion to batch\/v1beta1/);
  });

  it('batch/v1 CronJob on 1.10 is still checked against the oldest version that serves it', () => {
    const findings = validateYaml(cronJob('batch/v1', 'secretname'), { kubeVersion: '1.10' });
    expect(findings.map((finding) => `${finding.ruleId}/${finding.messageId} ${finding.line}:${finding.column}`)).toEqual([
      'api-version/not-yet 1:13',
      'schema/unknown-field 18:17',
    ]);
  });

  it('batch/v1beta1 CronJob on 1.30: a removal error naming batch/v1, 1.21 and 1.25', () => {
    const findings = validateYaml(cronJob('batch/v1beta1'), { kubeVersion: '1.30' });
    expect(findings.map(placed)).toEqual([{ ruleId: 'api-version', messageId: 'removed', line: 1, column: 13, endLine: 1, endColumn: 26 }]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe(
      'Kubernetes 1.30 does not serve CronJob as batch/v1beta1: use batch/v1 (available since 1.21); batch/v1beta1 was removed in 1.25.',
    );
    expect(findings[0]!.hint).toBe('Change apiVersion to batch/v1.');
  });

  it('batch/v1beta1 CronJob on 1.30 is still checked structurally: a typo inside is reported', () => {
    const findings = validateYaml(cronJob('batch/v1beta1', 'secretname'), { kubeVersion: '1.30' });
    expect(findings.map(placed)).toEqual([
      { ruleId: 'api-version', messageId: 'removed', line: 1, column: 13, endLine: 1, endColumn: 26 },
      { ruleId: 'schema', messageId: 'unknown-field', line: 18, column: 17, endLine: 18, endColumn: 27 },
    ]);
    expect(findings[1]!.message).toMatch(/did you mean "secretName"\?/);
  });

  it('a tolerated removal (the day-2 rubric and batch/v1beta1 CronJob) is a warning that still names the replacement', () => {
    const findings = validateYaml(cronJob('batch/v1beta1'), { kubeVersion: '1.30', tolerate: [{ apiVersion: 'batch/v1beta1', kind: 'CronJob' }] });
    expect(findings.map((finding) => [finding.messageId, finding.severity])).toEqual([['removed', 'warning']]);
    expect(findings[0]!.message).toMatch(/use batch\/v1 \(available since 1\.21\)/);
  });

  it('tolerating one kind does not tolerate another', () => {
    const findings = validateYaml(cronJob('batch/v1beta1'), { kubeVersion: '1.30', tolerate: [{ apiVersion: 'batch/v1beta1', kind: 'Job' }] });
    expect(findings.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('deprecated but served (batch/v1beta1 CronJob on 1.21) is a warning', () => {
    const findings = validateYaml(cronJob('batch/v1beta1'), { kubeVersion: '1.21' });
    expect(findings.map(placed)).toEqual([{ ruleId: 'api-version', messageId: 'deprecated', line: 1, column: 13, endLine: 1, endColumn: 26 }]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('batch/v1beta1 CronJob is deprecated since Kubernetes 1.21 and removed in 1.25: use batch/v1 (available since 1.21).');
  });

  it('batch/v1beta1 CronJob on 1.10, the workshop version, is simply right', () => {
    expect(validateYaml(cronJob('batch/v1beta1'), { kubeVersion: '1.10' })).toEqual([]);
  });

  it('extensions/v1beta1 Deployment on 1.30 names apps/v1 and what changes on the way', () => {
    const code = yaml('apiVersion: extensions/v1beta1', 'kind: Deployment', 'metadata:', '  name: web');
    const findings = validateYaml(code, { kubeVersion: '1.30' });
    expect(findings.map(placed)).toEqual([{ ruleId: 'api-version', messageId: 'removed', line: 1, column: 13, endLine: 1, endColumn: 31 }]);
    expect(findings[0]!.message).toBe(
      'Kubernetes 1.30 does not serve Deployment as extensions/v1beta1: use apps/v1 (available since 1.9); extensions/v1beta1 was removed in 1.16.',
    );
    expect(findings[0]!.hint).toBe('Change apiVersion to apps/v1. apps/v1 requires spec.selector, matching the pod template labels.');
  });

  it('extensions/v1beta1 Deployment on 1.10 is served but deprecated', () => {
    const code = yaml('apiVersion: extensions/v1beta1', 'kind: Deployment', 'metadata:', '  name: web');
    expect(validateYaml(code, { kubeVersion: '1.10' }).map((finding) => [finding.messageId, finding.severity])).toEqual([['deprecated', 'warning']]);
  });

  it('a removed API without a replacement says what to do instead', () => {
    const code = yaml('apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', 'metadata:', '  name: restricted');
    const [finding] = validateYaml(code, { kubeVersion: '1.30' });
    expect(finding!.message).toBe('Kubernetes 1.30 does not serve PodSecurityPolicy as policy/v1beta1: policy/v1beta1 was removed in 1.25.');
    expect(finding!.hint).toMatch(/Pod Security Admission/);
  });

  it('a kind in the wrong API group: v1 Deployment is served as apps/v1, and is checked as one', () => {
    const code = yaml(
      'apiVersion: v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replica: 2',
      '  selector:',
      '    matchLabels: {app: web}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '    spec:',
      '      containers: [{name: web, image: nginx}]',
    );
    const findings = validateYaml(code, { kubeVersion: '1.30' });
    expect(findings.map(placed)).toEqual([
      { ruleId: 'api-version', messageId: 'other-api-version', line: 1, column: 13, endLine: 1, endColumn: 15 },
      { ruleId: 'schema', messageId: 'unknown-field', line: 6, column: 3, endLine: 6, endColumn: 10 },
    ]);
    expect(findings[0]!.message).toBe('Kubernetes 1.30 has no Deployment in v1: Deployment is served as apps/v1.');
  });

  it('a misspelt kind in a built-in group: on the kind value, with the right spelling', () => {
    const code = yaml('apiVersion: apps/v1', 'kind: deployment', 'metadata:', '  name: web');
    const findings = validateYaml(code, { kubeVersion: '1.30' });
    expect(findings.map(placed)).toEqual([{ ruleId: 'api-version', messageId: 'unknown-kind', line: 2, column: 7, endLine: 2, endColumn: 17 }]);
    expect(findings[0]!.message).toBe('Kubernetes 1.30 has no kind "deployment" in apps/v1; did you mean Deployment?');
  });

  it('a kind that an older version had under another apiVersion (policy/v1 PodSecurityPolicy) says when it went away', () => {
    const code = yaml('apiVersion: policy/v1', 'kind: PodSecurityPolicy', 'metadata:', '  name: restricted');
    const [finding] = validateYaml(code, { kubeVersion: '1.30' });
    expect(finding!.message).toBe(
      'Kubernetes 1.30 has no PodSecurityPolicy: policy/v1beta1 PodSecurityPolicy was removed in 1.25, and policy/v1 never served it.',
    );
  });
});

describe('fields newer than the target version', () => {
  it('a field a later bundled version has is an unknown field that says so', () => {
    const code = yaml(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: j',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '        - name: c',
      '          image: alpine:3.8',
      '          securityContext:',
      '            seccompProfile: {type: RuntimeDefault}',
    );
    const findings = validateYaml(code, { kubeVersion: '1.10' });
    expect(findings.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'unknown-field', line: 13, column: 13, endLine: 13, endColumn: 27 }]);
    expect(findings[0]!.message).toBe(
      'Unknown field "seccompProfile" in spec.template.spec.containers[0].securityContext (a SecurityContext): Kubernetes 1.10 does not have it yet; Kubernetes 1.21 does.',
    );
    expect(validateYaml(code, { kubeVersion: '1.21' })).toEqual([]);
  });
});

describe('kinds without a bundled schema', () => {
  const certificate = yaml('apiVersion: cert-manager.io/v1', 'kind: Certificate', 'metadata:', '  name: web', 'spec:', '  anything: goes');

  it('a custom resource gets one info finding on its kind, and nothing else', () => {
    const findings = validateYaml(certificate, { kubeVersion: '1.30' });
    expect(findings.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'no-schema', line: 2, column: 7, endLine: 2, endColumn: 18 }]);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toBe('No schema for cert-manager.io/v1 Certificate in Kubernetes 1.30; not validated.');
  });

  it('with strictKinds it is an error', () => {
    expect(validateYaml(certificate, { kubeVersion: '1.30', strictKinds: true }).map((finding) => [finding.messageId, finding.severity])).toEqual([
      ['no-schema', 'error'],
    ]);
  });

  it('a custom resource that reuses a built-in kind name (Knative Service) is not mistaken for the built-in', () => {
    const code = yaml(
      'apiVersion: serving.knative.dev/v1',
      'kind: Service',
      'metadata:',
      '  name: hello',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - image: hello',
    );
    expect(validateYaml(code, { kubeVersion: '1.30' }).map((finding) => finding.messageId)).toEqual(['no-schema']);
  });

  it('APIService is served by every version, but kubernetes-types has no declarations for it: an info on 1.30, checked on 1.13', () => {
    const code = yaml(
      'apiVersion: apiregistration.k8s.io/v1',
      'kind: APIService',
      'metadata:',
      '  name: v1beta1.metrics.k8s.io',
      'spec:',
      '  group: metrics.k8s.io',
      '  version: v1beta1',
      '  groupPriorityMinimum: 100',
      '  versionPriority: 100',
      '  service:',
      '    name: metrics-server',
      '    namespace: kube-system',
    );
    expect(validateYaml(code, { kubeVersion: '1.30' }).map((finding) => [finding.messageId, finding.severity])).toEqual([['no-schema', 'info']]);
    expect(validateYaml(code, { kubeVersion: '1.13' })).toEqual([]);
  });

  it('a document that only looks like a manifest (apiVersion 0.1.0) is not a built-in kind', () => {
    const code = yaml('apiVersion: 0.1.0', 'kind: ksonnet.io/app', 'metadata:', '  name: app');
    expect(validateYaml(code, { kubeVersion: '1.30' }).map((finding) => [finding.messageId, finding.severity])).toEqual([['no-schema', 'info']]);
  });

  it('a bare List without items has nothing to validate', () => {
    expect(validateYaml(yaml('apiVersion: v1', 'kind: List', 'metadata:', '  name: empty'), { kubeVersion: '1.30' })).toEqual([]);
  });
});

describe('the API history table agrees with the generated indexes', () => {
  const served = (version: string, apiVersion: string, kind: string) => bundledSchemaSource(version).index.kinds[apiVersion]?.[kind] !== undefined;
  // kubernetes-types (the source of 1.21 and later) has no declarations for the aggregator's APIService.
  const absentFromSource = (version: string, apiVersion: string) =>
    groupOf(apiVersion) === 'apiregistration.k8s.io' && compareKubeVersions(version, '1.21') >= 0;

  for (const fact of apiHistory) {
    for (const kind of fact.kinds) {
      it(`${fact.apiVersion} ${kind}`, () => {
        for (const version of bundledKubeVersions) {
          if (absentFromSource(version, fact.apiVersion)) continue;
          if (fact.removed && compareKubeVersions(version, fact.removed) >= 0)
            expect(served(version, fact.apiVersion, kind), `${version} should not serve it`).toBe(false);
          if (fact.since && compareKubeVersions(version, fact.since) < 0)
            expect(served(version, fact.apiVersion, kind), `${version} should not serve it yet`).toBe(false);
          const inRange = (!fact.since || compareKubeVersions(version, fact.since) >= 0) && (!fact.removed || compareKubeVersions(version, fact.removed) < 0);
          // Only stable facts are checked for presence: alpha APIs come and go without notice.
          if (inRange && fact.since && !/alpha/.test(fact.apiVersion)) expect(served(version, fact.apiVersion, kind), `${version} should serve it`).toBe(true);
        }
        if (fact.replacement)
          expect(
            apiHistory.some((other) => other.apiVersion === fact.replacement && other.kinds.includes(kind) && other.since),
            `${fact.replacement} ${kind} needs a "since"`,
          ).toBe(true);
      });
    }
  }
});
