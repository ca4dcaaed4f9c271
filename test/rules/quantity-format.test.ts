import rule from '../../rules/quantity-format.js';
import { testRule } from '../support/rule-tester.js';

/** A Pod whose container resources start at line 10 ("requests:" or "limits:"). */
const pod = (resources: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: peek
spec:
  containers:
    - name: peek
      image: alpine:3.8
      resources:
${resources}${extra}`;

/** The volumeClaimTemplates of the workshop's data-pipeline StatefulSet (ex1). */
const statefulSet = (storage: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: data-pipeline
spec:
  replicas: 1
  selector:
    matchLabels:
      app: data-pipeline
  serviceName: ss-db
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
            name: redis-data
  volumeClaimTemplates:
   - metadata:
       name: redis-data
     spec:
       accessModes:
         - ReadWriteOnce
       storageClassName: "hostpath"
       resources:
         requests:
           storage: ${storage}
`;

const pvc = (storage: string) => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: ${storage}
`;

// Whole manifests are in fixtures/rules/quantity-format/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    statefulSet('1Gi'),
    {
      name: 'numbers, millicores, decimal and binary suffixes, exponents',
      code: pod(
        '        requests:\n          cpu: 0.5\n          memory: 128974848\n        limits:\n          cpu: "500m"\n          memory: 129e6\n          ephemeral-storage: 2G\n          example.com/gpu: 1\n          hugepages-2Mi: 100Mi\n          other: +1.5E\n          tiny: .5\n          exp: 1e-3\n',
      ),
    },
    {
      name: 'an emptyDir size limit',
      code: pod('        limits:\n          cpu: 1\n', '  volumes:\n    - name: scratch\n      emptyDir:\n        sizeLimit: 500Mi\n'),
    },
    { name: 'a PVC', code: pvc('8Gi') },
  ],
  invalid: [
    {
      name: '1GB in a StatefulSet claim template',
      code: statefulSet('1GB'),
      errors: [
        {
          messageId: 'suggest',
          line: 31,
          column: 21,
          endLine: 31,
          endColumn: 24,
          message: '"1GB" is not a Kubernetes quantity, so the API server rejects requests.storage',
        },
      ],
    },
    { name: 'lower-case gi', code: pvc('1gi'), errors: [{ messageId: 'suggest', line: 9, column: 16, endLine: 9, endColumn: 19 }] },
    {
      name: 'container requests and limits: a space, 1K, 512mb, 2cpu',
      code: pod(
        '        requests:\n          memory: 512 Mi\n          cpu: 2cpu\n        limits:\n          memory: 512mb\n          ephemeral-storage: 1K\n',
      ),
      errors: [
        { messageId: 'suggest', line: 11, column: 19, endLine: 11, endColumn: 25 },
        { messageId: 'invalid', line: 12, column: 16, endLine: 12, endColumn: 20, message: '"2cpu"' },
        { messageId: 'suggest', line: 14, column: 19, endLine: 14, endColumn: 24 },
        { messageId: 'suggest', line: 15, column: 30, endLine: 15, endColumn: 32 },
      ],
    },
    {
      name: 'negative quantities and a list',
      code: pod('        requests:\n          cpu: -1\n          memory: "-500Mi"\n        limits:\n          memory: [1Gi]\n'),
      errors: [
        { messageId: 'negative', line: 11, column: 16, endLine: 11, endColumn: 18 },
        { messageId: 'negative', line: 12, column: 19, endLine: 12, endColumn: 27 },
        { messageId: 'notQuantity', line: 14, column: 19, endLine: 14, endColumn: 24, message: 'is a list' },
      ],
    },
    {
      name: 'an emptyDir size limit in GB',
      code: pod('        limits:\n          cpu: 1\n', '  volumes:\n    - name: scratch\n      emptyDir:\n        sizeLimit: 1GB\n'),
      errors: [{ messageId: 'suggest', line: 15, column: 20, endLine: 15, endColumn: 23, message: 'emptyDir.sizeLimit' }],
    },
  ],
});
