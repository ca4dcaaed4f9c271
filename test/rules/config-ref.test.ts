import { expect, it } from 'vitest';
import rule from '../../rules/config-ref.js';
import { runRuleOn, testRule } from '../support/rule-tester.js';

const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: target-google
data:
  target: google.com
  ttw: "4"
  max-hops: "15"
---
`;

const secret = `apiVersion: v1
kind: Secret
metadata:
  name: pretty-secret-config
data:
  username: SmVmZg==
  password: VGVhY2hlc1RoaXNDbGFzcw==
stringData:
  endpoint: http://localhost:8080/login
---
`;

/** A Job whose container has the given env lines (10 spaces of indent already applied by the caller). */
const jobWithEnv = (env: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: traceroute-google
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: traceroute
          image: alpine:3.8
${env}`;

const keyRef = (cmName: string, key: string, extra = '') => `          env:
            - name: MAX_HOPS
              valueFrom:
                configMapKeyRef:
                  name: ${cmName}
                  key: ${key}
${extra}`;

const jobWithVolume = (volume: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: explorer
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: explorer
          image: alpine:3.8
          volumeMounts:
            - name: config
              mountPath: /etc/config
      volumes:
        - name: config
${volume}`;

testRule(rule, {
  valid: [
    { name: 'existing ConfigMap and key', code: configMap + jobWithEnv(keyRef('target-google', 'max-hops')) },
    {
      name: 'ConfigMap in the same namespace',
      code:
        configMap.replace('  name: target-google\n', '  name: target-google\n  namespace: ws\n') +
        jobWithEnv(keyRef('target-google', 'ttw')).replace('  name: traceroute-google\n', '  name: traceroute-google\n  namespace: ws\n'),
    },
    { name: 'optional reference to a missing ConfigMap', code: jobWithEnv(keyRef('elsewhere', 'ttw', '                  optional: true\n')) },
    {
      name: 'Secret keys from data and stringData',
      code:
        secret +
        jobWithVolume(
          '          secret:\n            secretName: pretty-secret-config\n            items:\n              - key: username\n                path: user\n              - key: endpoint\n                path: url\n',
        ),
    },
    {
      name: 'envFrom an existing ConfigMap',
      code: configMap + jobWithEnv('          envFrom:\n            - configMapRef:\n                name: target-google\n'),
    },
    {
      name: 'projected volume sources',
      code:
        configMap +
        secret +
        jobWithVolume(
          '          projected:\n            sources:\n              - configMap:\n                  name: target-google\n                  items: [{ key: target, path: target }]\n              - secret:\n                  name: pretty-secret-config\n',
        ),
    },
    {
      name: 'binaryData keys count for a ConfigMap',
      code:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: blobs\nbinaryData:\n  logo.png: aGVsbG8=\n---\n' +
        jobWithVolume('          configMap:\n            name: blobs\n            items: [{ key: logo.png, path: logo.png }]\n'),
    },
  ],
  invalid: [
    {
      name: 'key written with _ instead of - (did you mean)',
      code: configMap + jobWithEnv(keyRef('target-google', 'max_hops')),
      errors: [
        {
          messageId: 'keyMissingSuggest',
          line: 26,
          column: 24,
          endLine: 26,
          endColumn: 32,
          severity: 'error',
          message: 'ConfigMap target-google has no key "max_hops" (did you mean "max-hops"?); it has max-hops, target, ttw.',
        },
      ],
    },
    {
      name: 'key with nothing similar',
      code: configMap + jobWithEnv(keyRef('target-google', 'interval')),
      errors: [{ messageId: 'keyMissing', line: 26, column: 24, endColumn: 32, message: 'CreateContainerConfigError' }],
    },
    {
      name: 'optional reference with a missing key is only info',
      code: configMap + jobWithEnv(keyRef('target-google', 'interval', '                  optional: true\n')),
      errors: [{ messageId: 'optionalKeyMissing', line: 26, column: 24, severity: 'info' }],
    },
    {
      name: 'ConfigMap not among the files',
      code: jobWithEnv(keyRef('target-google', 'ttw')),
      errors: [
        {
          messageId: 'objectMissing',
          line: 16,
          column: 25,
          endLine: 16,
          endColumn: 38,
          severity: 'warning',
          message: 'ConfigMap target-google is not among your files',
        },
      ],
    },
    {
      name: 'misspelt ConfigMap name suggests the one that exists',
      code: configMap + jobWithEnv(keyRef('target-gogle', 'ttw')),
      errors: [{ messageId: 'objectMissingSuggest', line: 25, column: 25, endColumn: 37, severity: 'warning', message: 'did you mean target-google' }],
    },
    {
      name: 'a ConfigMap in another namespace can never be used: an error naming both namespaces',
      code:
        configMap.replace('  name: target-google\n', '  name: target-google\n  namespace: other\n') +
        jobWithEnv(keyRef('target-google', 'ttw')).replace('  name: traceroute-google\n', '  name: traceroute-google\n  namespace: ws\n'),
      errors: [
        {
          messageId: 'namespaceApart',
          line: 27,
          column: 25,
          severity: 'error',
          message: 'ConfigMap target-google is in namespace other; this pod runs in ws and cannot use it.',
        },
      ],
    },
    {
      name: 'envFrom a Secret in another namespace: an error naming both namespaces',
      code:
        secret.replace('  name: pretty-secret-config\n', '  name: pretty-secret-config\n  namespace: workshop-day2-solutions\n') +
        jobWithEnv('          envFrom:\n            - secretRef:\n                name: pretty-secret-config\n').replace(
          '  name: traceroute-google\n',
          '  name: traceroute-google\n  namespace: default\n',
        ),
      errors: [
        {
          messageId: 'namespaceApart',
          line: 26,
          column: 23,
          severity: 'error',
          message: 'Secret pretty-secret-config is in namespace workshop-day2-solutions; this pod runs in default and cannot use it.',
        },
      ],
    },
    {
      name: 'only the ConfigMap names a namespace: a warning that the pod must be applied there',
      code: configMap.replace('  name: target-google\n', '  name: target-google\n  namespace: other\n') + jobWithEnv(keyRef('target-google', 'ttw')),
      errors: [
        {
          messageId: 'namespaceOfTarget',
          line: 26,
          column: 25,
          severity: 'warning',
          message: 'ConfigMap target-google is in namespace other, and this pod names no namespace: it can use it only if the pod is applied in other too.',
        },
      ],
    },
    {
      name: 'only the pod names a namespace: a warning that the ConfigMap must be applied there',
      code: configMap + jobWithEnv(keyRef('target-google', 'ttw')).replace('  name: traceroute-google\n', '  name: traceroute-google\n  namespace: ws\n'),
      errors: [
        {
          messageId: 'namespaceOfPod',
          line: 26,
          column: 25,
          severity: 'warning',
          message: 'ConfigMap target-google names no namespace, and this pod runs in ws: it can use it only if target-google is applied in ws too.',
        },
      ],
    },
    {
      name: 'secret volume item with a missing key',
      code:
        secret +
        jobWithVolume(
          '          secret:\n            secretName: pretty-secret-config\n            items:\n              - key: token\n                path: token\n',
        ),
      errors: [
        {
          messageId: 'keyMissing',
          line: 30,
          column: 22,
          endColumn: 27,
          message: 'Secret pretty-secret-config has no key "token"; it has endpoint, password, username. The volume cannot be set up',
        },
      ],
    },
    {
      name: 'secret volume naming a Secret that is not among the files',
      code: jobWithVolume('          secret:\n            secretName: pretty-secret-config\n'),
      errors: [{ messageId: 'objectMissing', line: 18, column: 25, endColumn: 45, message: 'Secret pretty-secret-config' }],
    },
    {
      name: 'envFrom and secretKeyRef to missing objects',
      code: jobWithEnv(
        '          envFrom:\n            - secretRef:\n                name: creds\n          env:\n            - name: TOKEN\n              valueFrom:\n                secretKeyRef: { name: api, key: token }\n',
      ),
      errors: [
        { messageId: 'objectMissing', line: 14, column: 23, endColumn: 28, message: 'Secret creds' },
        { messageId: 'objectMissing', line: 18, column: 39, endColumn: 42, message: 'Secret api' },
      ],
    },
    {
      name: 'projected configMap item with a missing key',
      code:
        configMap +
        jobWithVolume(
          '          projected:\n            sources:\n              - configMap:\n                  name: target-google\n                  items: [{ key: hops, path: hops }]\n',
        ),
      errors: [{ messageId: 'keyMissingSuggest', line: 30, column: 34, endColumn: 38, message: '(did you mean "max-hops"?)' }],
    },
  ],
});

it('config-ref never prints Secret values', () => {
  const code =
    secret +
    jobWithVolume('          secret:\n            secretName: pretty-secret-config\n            items:\n              - key: pass\n                path: p\n');
  const findings = runRuleOn(rule, code);
  expect(findings.length).toBe(1);
  const text = JSON.stringify(findings);
  for (const value of ['SmVmZg==', 'VGVhY2hlc1RoaXNDbGFzcw==', 'Jeff', 'TeachesThisClass', 'http://localhost:8080/login']) expect(text).not.toContain(value);
});
