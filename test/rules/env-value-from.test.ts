import rule from '../../rules/env-value-from.js';
import { testRule } from '../support/rule-tester.js';

/** A Job whose container env entries start at line 13 (the first "- name:" of env). */
const job = (env: string, extra = '') => `apiVersion: batch/v1
kind: Job
metadata:
  name: traceroute-google
spec:
  template:
    spec:
      restartPolicy: OnFailure
      containers:
        - name: traceroute
          image: alpine:3.8
          env:
${env}${extra}`;

/** The instructor's ex3 solution shape: one-space list indentation, three configMapKeyRefs. */
const workshopJob = `apiVersion: batch/v1
kind: Job
metadata:
  name: traceroute-google
spec:
  template:
    metadata:
      name: traceroute-google
    spec:
      restartPolicy: OnFailure
      containers:
       - name: traceroute
         image: alpine:3.8
         command: ["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]
         env:
          - name: TARGET
            valueFrom:
              configMapKeyRef:
                name: target-google
                key: target
          - name: MAX_HOPS
            valueFrom:
              configMapKeyRef:
                name: target-google
                key: max-hops
          - name: TTW
            valueFrom:
              configMapKeyRef:
                name: target-google
                key: ttw
`;

const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: target-google
data:
  ttw: "4"
`;

testRule(rule, {
  valid: [
    workshopJob,
    {
      name: 'every kind of source, a plain value, an empty value beside valueFrom, and envFrom',
      code: job(
        '            - name: MODE\n              value: fast\n            - name: POD\n              value: ""\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.name\n            - name: TEAM\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.labels[\'team\']\n            - name: MEM\n              valueFrom:\n                resourceFieldRef:\n                  resource: limits.memory\n            - name: PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: pretty-secret-config\n                  key: password\n                  optional: true\n',
        '          envFrom:\n            - configMapRef:\n                name: target-google\n            - prefix: S_\n              secretRef:\n                name: pretty-secret-config\n',
      ),
    },
    { name: 'an env var with no value at all', code: job('            - name: EMPTY\n              valueFrom:\n') },
    { name: 'a ConfigMap is not checked', code: configMap },
  ],
  invalid: [
    {
      name: 'configMapKeyRef at the indentation of valueFrom',
      code: job(
        '            - name: TTW\n              valueFrom:\n              configMapKeyRef:\n                name: target-google\n                key: ttw\n',
      ),
      errors: [
        {
          messageId: 'outsideValueFrom',
          line: 15,
          column: 15,
          endLine: 15,
          endColumn: 30,
          message: 'configMapKeyRef is written beside valueFrom in the env var TTW',
        },
      ],
    },
    {
      name: 'name and key at the indentation of configMapKeyRef',
      code: job(
        '            - name: TARGET\n              valueFrom:\n                configMapKeyRef:\n                name: target-google\n                key: target\n',
      ),
      errors: [
        { messageId: 'strayField', line: 16, column: 17, endLine: 16, endColumn: 21, message: 'it belongs inside configMapKeyRef' },
        { messageId: 'strayField', line: 17, column: 17, endLine: 17, endColumn: 20 },
      ],
    },
    {
      name: "envFrom's configMapRef inside valueFrom",
      code: job(
        '            - name: TTW\n              valueFrom:\n                configMapRef:\n                  name: target-google\n                  key: ttw\n',
      ),
      errors: [{ messageId: 'envFromRef', line: 15, column: 17, endLine: 15, endColumn: 29, message: 'needs configMapKeyRef' }],
    },
    {
      name: 'a volume-style secret inside valueFrom',
      code: job('            - name: PASSWORD\n              valueFrom:\n                secret:\n                  name: pretty-secret-config\n'),
      errors: [{ messageId: 'wrongSource', line: 15, column: 17, endLine: 15, endColumn: 23, message: 'did you mean secretKeyRef' }],
    },
    {
      name: 'configMapRef directly in an env entry',
      code: job('            - name: CONFIG\n              configMapRef:\n                name: target-google\n'),
      errors: [{ messageId: 'envFromRefInEnv', line: 14, column: 15, endLine: 14, endColumn: 27, message: 'belongs to envFrom' }],
    },
    {
      name: 'value and valueFrom together',
      code: job(
        '            - name: TTW\n              value: "4"\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: ttw\n',
      ),
      errors: [{ messageId: 'valueAndValueFrom', line: 14, column: 15, endLine: 14, endColumn: 20 }],
    },
    {
      name: 'two sources, the first without a key',
      code: job(
        '            - name: TTW\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                secretKeyRef:\n                  name: pretty-secret-config\n                  key: ttw\n',
      ),
      errors: [
        { messageId: 'missingKey', line: 15, column: 17, endLine: 15, endColumn: 32 },
        { messageId: 'multipleSources', line: 17, column: 17, endLine: 17, endColumn: 29, message: 'has both configMapKeyRef and secretKeyRef' },
      ],
    },
    {
      name: 'an empty valueFrom',
      code: job('            - name: TTW\n              valueFrom: {}\n'),
      errors: [{ messageId: 'noSource', line: 14, column: 15, endLine: 14, endColumn: 24 }],
    },
    {
      name: 'secretKeyRef without a name',
      code: job('            - name: PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  key: password\n'),
      errors: [{ messageId: 'missingName', line: 15, column: 17, endLine: 15, endColumn: 29, message: 'name the Secret' }],
    },
    {
      name: 'an empty configMapKeyRef',
      code: job('            - name: TTW\n              valueFrom:\n                configMapKeyRef:\n'),
      errors: [
        { messageId: 'missingKey', line: 15, column: 17, endLine: 15, endColumn: 32 },
        { messageId: 'missingName', line: 15, column: 17, endLine: 15, endColumn: 32 },
      ],
    },
    {
      name: 'an object name and a key Kubernetes rejects',
      code: job(
        '            - name: TTW\n              valueFrom:\n                configMapKeyRef:\n                  name: Target_Google\n                  key: max hops\n',
      ),
      errors: [
        { messageId: 'badName', line: 16, column: 25, endLine: 16, endColumn: 38 },
        { messageId: 'badKey', line: 17, column: 24, endLine: 17, endColumn: 32, message: '"max hops"' },
      ],
    },
    {
      name: 'fieldRef without fieldPath, and an unsupported fieldPath',
      code: job(
        '            - name: POD\n              valueFrom:\n                fieldRef: {}\n            - name: LABELS\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.labels\n',
      ),
      errors: [
        { messageId: 'missingFieldPath', line: 15, column: 17, endLine: 15, endColumn: 25 },
        { messageId: 'badFieldPath', line: 19, column: 30, endLine: 19, endColumn: 45 },
      ],
    },
    {
      name: 'resourceFieldRef without resource',
      code: job('            - name: MEM\n              valueFrom:\n                resourceFieldRef:\n                  divisor: 1Mi\n'),
      errors: [{ messageId: 'missingResource', line: 15, column: 17, endLine: 15, endColumn: 33 }],
    },
    {
      name: 'envFrom: a key ref, an entry with no source, a source with no name',
      code: job(
        '            - name: MODE\n              value: fast\n',
        '          envFrom:\n            - configMapKeyRef:\n                name: target-google\n            - prefix: X_\n            - secretRef: {}\n',
      ),
      errors: [
        { messageId: 'keyRefInEnvFrom', line: 16, column: 15, endLine: 16, endColumn: 30 },
        { messageId: 'envFromNoSource', line: 18, column: 15, endLine: 18, endColumn: 21 },
        { messageId: 'envFromMissingName', line: 19, column: 15, endLine: 19, endColumn: 24 },
      ],
    },
    {
      name: 'an init container in a CronJob, after a ConfigMap in the same stream',
      code: `${configMap}---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          initContainers:\n            - name: init\n              image: alpine:3.8\n              env:\n                - name: TTW\n                  valueFrom:\n                    configMapRef:\n                      name: target-google\n          containers:\n            - name: main\n              image: alpine:3.8\n`,
      errors: [{ messageId: 'envFromRef', line: 25, column: 21, endLine: 25, endColumn: 33 }],
    },
  ],
});
