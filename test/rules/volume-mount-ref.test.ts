import rule from '../../rules/volume-mount-ref.js';
import { testRule } from '../support/rule-tester.js';

const job = (mountName: string, volumes: string) => `apiVersion: batch/v1
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
            - name: ${mountName}
              mountPath: /etc/not-secret
${volumes}`;

const configVolume = `      volumes:
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
        - name: db
          image: postgres:9.4
          volumeMounts:
            - mountPath: /var/lib/postgresql/data/pgdata
              name: ${mountName}
  volumeClaimTemplates:
    - metadata:
        name: pg-data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`;

testRule(rule, {
  valid: [
    { name: 'mount names a pod volume', code: job('not-secret-config', configVolume) },
    { name: 'StatefulSet mount names a volumeClaimTemplate', code: statefulSet('pg-data') },
    {
      name: 'init containers and volumeDevices are checked against the same volumes',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: raw
spec:
  initContainers:
    - name: init
      image: alpine:3.8
      volumeMounts:
        - name: scratch
          mountPath: /scratch
  containers:
    - name: main
      image: alpine:3.8
      volumeDevices:
        - name: block
          devicePath: /dev/xvda
  volumes:
    - name: scratch
      emptyDir: {}
    - name: block
      persistentVolumeClaim:
        claimName: block-claim
`,
    },
    {
      name: 'a pod without mounts is fine',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bare\nspec:\n  containers:\n    - name: main\n      image: alpine:3.8\n',
    },
  ],
  invalid: [
    {
      name: 'a StatefulSet whose claims sit under a misspelt volumeClaimTemplate',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: data-pipeline
spec:
  serviceName: ss-db
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: db
          image: postgres:9.4-alpine
          volumeMounts:
            - name: pg-data
              mountPath: /data
  volumeClaimTemplate:
    - metadata:
        name: pg-data
`,
      errors: [{ messageId: 'misspeltClaimTemplates', line: 17, column: 21, endLine: 17, endColumn: 28, message: 'spec.volumeClaimTemplate' }],
    },
    {
      name: 'a StatefulSet with no volumes and no claim templates',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: data-pipeline
spec:
  serviceName: ss-db
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: db
          image: postgres:9.4-alpine
          volumeMounts:
            - name: pg-data
              mountPath: /data
`,
      errors: [{ messageId: 'noVolumesStatefulSet', line: 17, column: 21 }],
    },
    {
      name: 'mount named after the Secret instead of the volume (exercise 5)',
      code: job(
        'pretty-secret-config',
        `      volumes:
        - name: pretty-secret-config-volume
          secret:
            secretName: pretty-secret-config
`,
      ),
      errors: [{ messageId: 'unknownSuggest', line: 13, column: 21, endLine: 13, endColumn: 41, message: 'did you mean "pretty-secret-config-volume"?' }],
    },
    {
      name: 'no similar volume: the declared names are listed',
      code: job('cache', configVolume),
      errors: [{ messageId: 'unknown', line: 13, column: 21, endLine: 13, endColumn: 26, message: 'the pod declares not-secret-config' }],
    },
    {
      name: 'pod without any volumes',
      code: job('not-secret-config', ''),
      errors: [{ messageId: 'noVolumes', line: 13, column: 21, endLine: 13, endColumn: 38 }],
    },
    {
      name: 'StatefulSet mount with a typo in the claim template name',
      code: statefulSet('pgdata'),
      errors: [{ messageId: 'unknownStatefulSetSuggest', line: 20, column: 21, endLine: 20, endColumn: 27, message: '"pg-data"' }],
    },
    {
      name: 'StatefulSet mount naming nothing similar',
      code: statefulSet('redis-data'),
      errors: [{ messageId: 'unknownStatefulSet', line: 20, column: 21, endColumn: 31, message: 'declared: pg-data' }],
    },
    {
      name: 'a CronJob init container is checked too',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: login-heartbeat
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          initContainers:
            - name: wait
              image: alpine:3.8
              volumeMounts:
                - { name: secrets, mountPath: /run/secret }
          containers:
            - name: heartbeat
              image: alpine:3.8
          volumes:
            - name: secret-volume
              secret:
                secretName: pretty-secret-config
`,
      errors: [{ messageId: 'unknown', line: 16, column: 27, endLine: 16, endColumn: 34 }],
    },
  ],
});
