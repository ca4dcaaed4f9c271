import rule from '../../rules/volume-unused.js';
import { testRule } from '../support/rule-tester.js';

const job = (mounts: string) => `apiVersion: batch/v1
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
${mounts}      volumes:
        - name: not-secret-config
          configMap:
            name: not-secret-config
`;

const statefulSet = (mountName: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: data-pipeline
spec:
  serviceName: ss-db
  selector:
    matchLabels:
      app: data-pipeline
  template:
    metadata:
      labels:
        app: data-pipeline
    spec:
      containers:
        - name: redis
          image: redis:alpine
          volumeMounts:
            - mountPath: /data
              name: ${mountName}
  volumeClaimTemplates:
    - metadata:
        name: redis-data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`;

// Whole manifests are in fixtures/rules/volume-unused/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    {
      name: 'volume mounted by the container',
      code: job('          volumeMounts:\n            - name: not-secret-config\n              mountPath: /etc/not-secret\n'),
    },
    {
      name: 'volume used only by an init container',
      code: job('          volumeMounts: []\n').replace(
        '      containers:\n',
        '      initContainers:\n        - name: init\n          image: alpine:3.8\n          volumeMounts: [{ name: not-secret-config, mountPath: /x }]\n      containers:\n',
      ),
    },
    { name: 'claim template mounted', code: statefulSet('redis-data') },
    {
      name: 'a misspelt mount is left to volume-mount-ref, which suggests this volume',
      code: job('          volumeMounts:\n            - name: not-secret\n              mountPath: /etc/not-secret\n'),
    },
    { name: 'a misspelt claim template mount is left to volume-mount-ref', code: statefulSet('redis_data') },
  ],
  invalid: [
    {
      name: 'volume nobody mounts',
      code: job(''),
      errors: [{ messageId: 'volume', line: 13, column: 17, endLine: 13, endColumn: 34 }],
    },
    {
      name: 'mount names something unrelated: the volume is still unused',
      code: job('          volumeMounts:\n            - name: cache\n              mountPath: /tmp/cache\n'),
      errors: [{ messageId: 'volume', line: 16, column: 17, endLine: 16, endColumn: 34 }],
    },
    {
      name: 'volumeClaimTemplate nobody mounts',
      code: statefulSet('pg-data'),
      errors: [{ messageId: 'claim', line: 23, column: 15, endLine: 23, endColumn: 25, message: '(redis-data-data-pipeline-0, ...)' }],
    },
  ],
});
