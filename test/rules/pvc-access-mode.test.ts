import rule from '../../rules/pvc-access-mode.js';
import { testRule } from '../support/rule-tester.js';

const pvc = (modes: string, storageClass: string) => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shared-data
spec:
  accessModes:
${modes}${storageClass}  resources:
    requests:
      storage: 1Gi
`;

const statefulSet = (mode: string, storageClass: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: data-pipeline
spec:
  serviceName: ss-db
  selector:
    matchLabels: { app: data-pipeline }
  template:
    metadata:
      labels: { app: data-pipeline }
    spec:
      containers:
        - name: redis
          image: redis:alpine
          volumeMounts: [{ name: redis-data, mountPath: /data }]
  volumeClaimTemplates:
    - metadata:
        name: redis-data
      spec:
        accessModes:
          - ${mode}
        storageClassName: "${storageClass}"
        resources:
          requests:
            storage: 1Gi
`;

testRule(rule, {
  valid: [
    pvc('    - ReadWriteOnce\n', '  storageClassName: hostpath\n'),
    { name: 'no storageClassName: the cluster default is unknown', code: pvc('    - ReadWriteMany\n', '') },
    { name: 'a shared storage class', code: pvc('    - ReadWriteMany\n', '  storageClassName: nfs-client\n') },
    { name: 'empty class means static binding', code: pvc('    - ReadWriteMany\n', '  storageClassName: ""\n') },
    { name: 'the workshop StatefulSet (ReadWriteOnce on hostpath)', code: statefulSet('ReadWriteOnce', 'hostpath') },
    { name: 'ReadWriteOncePod is single-node', code: pvc('    - ReadWriteOncePod\n', '  storageClassName: local-path\n') },
  ],
  invalid: [
    {
      name: 'ReadWriteMany on hostpath',
      code: pvc('    - ReadWriteMany\n', '  storageClassName: hostpath\n'),
      errors: [{ messageId: 'nodeLocal', line: 7, column: 7, endLine: 7, endColumn: 20, severity: 'warning', message: 'storage class "hostpath"' }],
    },
    {
      name: 'ReadOnlyMany next to ReadWriteOnce on standard',
      code: pvc('    - ReadWriteOnce\n    - ReadOnlyMany\n', '  storageClassName: standard\n'),
      errors: [{ messageId: 'nodeLocal', line: 8, column: 7, endColumn: 19, message: 'ReadOnlyMany asks' }],
    },
    {
      name: 'a StatefulSet claim template on local-path',
      code: statefulSet('ReadWriteMany', 'local-path'),
      errors: [{ messageId: 'nodeLocal', line: 22, column: 13, endLine: 22, endColumn: 26 }],
    },
  ],
});
