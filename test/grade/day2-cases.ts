import type { Edit } from './support.js';

/** One beginner's mistake on top of fixtures/answers, and what grading must say about it. */
export interface BrokenCase {
  name: string;
  edits: Edit[];
  /** exercise/check ids that fail; every other check keeps its points. */
  failed: string[];
  /** Exercises none of whose resources is left: 0 points, no findings. */
  notAttempted?: string[];
  /** Findings shown under the failed checks: [exercise/check, ruleId, file, line, column]. */
  findings: [string, string, string | undefined, number | undefined, number | undefined][];
}

const cronJobBody = `      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: heartbeat
              image: alpine:3.8
              command: ["/bin/sh", "-c", "echo $(cat /run/secret/username) has logged into $(cat /run/secret/endpoint)"]
              volumeMounts:
                - name: credentials
                  mountPath: /run/secret
                  readOnly: true
          volumes:
            - name: credentials
              secret:
                secretName: pretty-secret-config
`;

/** The same CronJob with the pod spec's fields one level too high (no spec: under template). */
const cronJobTooHigh = `      template:
        restartPolicy: OnFailure
        containers:
          - name: heartbeat
            image: alpine:3.8
            command: ["/bin/sh", "-c", "echo $(cat /run/secret/username) has logged into $(cat /run/secret/endpoint)"]
            volumeMounts:
              - name: credentials
                mountPath: /run/secret
                readOnly: true
        volumes:
          - name: credentials
            secret:
              secretName: pretty-secret-config
`;

const pingEnv = (target: string) => `            - name: TARGET
              ${target}
            - name: TTW
              valueFrom:
                configMapKeyRef:
                  name: target-google
                  key: ttw
            - name: MAX_HOPS
              valueFrom:
                configMapKeyRef:
                  name: target-google
                  key: max-hops
---`;
const pingTargetRef = 'valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: target';

const A = 'ex1/data-pipeline.yaml',
  B = 'ex2/traceroute.yaml',
  C = 'ex3/target-google.yaml',
  J = 'ex3/jobs.yaml',
  CM = 'ex4/not-secret-config.yaml',
  X = 'ex4/volume-mount-explorer.yaml',
  S = 'ex5/pretty-secret-config.yaml',
  K = 'ex5/login-heartbeat.yaml',
  P = 'ex6/peek.yaml';

export const brokenCases: BrokenCase[] = [
  {
    name: 'ex1: the db image was never changed',
    edits: [{ file: A, from: 'image: postgres:9.4-alpine', to: 'image: postgres:9.4' }],
    failed: ['ex1/db-image'],
    findings: [['ex1/db-image', 'rubric', 'ex1/data-pipeline.yaml', 39, 18]],
  },
  {
    name: 'ex1: a volumeMount misspells its claim template',
    edits: [{ file: A, from: '- name: pg-data\n              mountPath', to: '- name: pgdata\n              mountPath' }],
    failed: ['ex1/mounts'],
    findings: [['ex1/mounts', 'volume-mount-ref', 'ex1/data-pipeline.yaml', 44, 21]],
  },
  {
    name: 'ex1: ReadWriteMany on node-local storage',
    edits: [
      {
        file: A,
        from: 'accessModes: [ReadWriteOnce]\n        storageClassName: standard\n        resources:\n          requests:\n            storage: 1Gi',
        to: 'accessModes: [ReadWriteMany]\n        storageClassName: standard\n        resources:\n          requests:\n            storage: 1Gi',
      },
    ],
    failed: ['ex1/claim-spec'],
    findings: [['ex1/claim-spec', 'rubric', 'ex1/data-pipeline.yaml', 52, 22]],
  },
  {
    name: 'ex1: the selector does not match the pod labels',
    edits: [{ file: A, from: 'matchLabels:\n      app: data-pipeline', to: 'matchLabels:\n      app: pipeline' }],
    failed: ['ex1/selector'],
    findings: [['ex1/selector', 'selector-labels', 'ex1/data-pipeline.yaml', 23, 12]],
  },
  {
    name: 'ex1: a storage size in GB instead of Gi',
    edits: [{ file: A, from: 'storage: 2Gi', to: 'storage: 2GB' }],
    failed: ['ex1/accepted'],
    findings: [['ex1/accepted', 'quantity-format', 'ex1/data-pipeline.yaml', 64, 22]],
  },
  {
    name: 'ex1: serviceName left out',
    edits: [{ file: A, from: '  serviceName: ss-db\n', to: '' }],
    failed: ['ex1/selector'],
    findings: [['ex1/selector', 'rubric', 'ex1/data-pipeline.yaml', 18, 1]],
  },
  {
    name: 'ex2: restartPolicy forgotten',
    edits: [{ file: B, from: '      restartPolicy: Never\n', to: '' }],
    failed: ['ex2/restart-policy'],
    findings: [['ex2/restart-policy', 'job-restart-policy', 'ex2/traceroute.yaml', 8, 5]],
  },
  {
    name: 'ex2: restartPolicy Always',
    edits: [{ file: B, from: 'restartPolicy: Never', to: 'restartPolicy: Always' }],
    failed: ['ex2/restart-policy'],
    findings: [['ex2/restart-policy', 'job-restart-policy', 'ex2/traceroute.yaml', 9, 22]],
  },
  {
    name: 'ex2: alpine:latest instead of alpine:3.8',
    edits: [{ file: B, from: 'image: alpine:3.8', to: 'image: alpine:latest' }],
    failed: ['ex2/image'],
    findings: [
      ['ex2/image', 'image-tag', 'ex2/traceroute.yaml', 12, 18],
      ['ex2/image', 'rubric', 'ex2/traceroute.yaml', 12, 18],
    ],
  },
  {
    name: 'ex2: the command line as one list item',
    edits: [{ file: B, from: 'command:\n            - traceroute\n          args:\n            - google.com', to: 'command: ["traceroute google.com"]' }],
    failed: ['ex2/command'],
    findings: [['ex2/command', 'rubric', 'ex2/traceroute.yaml', 13, 20]],
  },
  {
    name: 'ex2: traceroute to www.google.com',
    edits: [{ file: B, from: '- google.com', to: '- www.google.com' }],
    failed: ['ex2/command'],
    findings: [['ex2/command', 'rubric', 'ex2/traceroute.yaml', 14, 13]],
  },
  {
    name: 'ex2: Job in batch/v1beta1',
    edits: [{ file: B, from: 'apiVersion: batch/v1', to: 'apiVersion: batch/v1beta1' }],
    failed: ['ex2/accepted'],
    findings: [['ex2/accepted', 'api-version', 'ex2/traceroute.yaml', 1, 13]],
  },
  {
    name: 'ex2: the Job is missing',
    edits: [{ file: B, to: null }],
    failed: [],
    notAttempted: ['ex2'],
    findings: [],
  },
  {
    name: 'ex3: ttw: 4 unquoted',
    edits: [{ file: C, from: 'ttw: "4"', to: 'ttw: 4' }],
    failed: ['ex3/configmap-data'],
    findings: [['ex3/configmap-data', 'configmap-data', 'ex3/target-google.yaml', 7, 8]],
  },
  {
    name: 'ex3: max_hops instead of max-hops in the ConfigMap',
    edits: [{ file: C, from: 'max-hops:', to: 'max_hops:' }],
    failed: ['ex3/configmap-data', 'ex3/ping-env', 'ex3/traceroute-env'],
    findings: [
      ['ex3/ping-env', 'config-ref', 'ex3/jobs.yaml', 28, 24],
      ['ex3/traceroute-env', 'config-ref', 'ex3/jobs.yaml', 57, 24],
      ['ex3/configmap-data', 'rubric', 'ex3/target-google.yaml', 8, 3],
    ],
  },
  {
    name: 'ex3: MAX-HOPS followed literally',
    edits: [
      {
        file: J,
        from: '            - name: MAX_HOPS\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: max-hops\n---',
        to: '---',
      },
      { file: J, from: '- name: MAX_HOPS', to: '- name: MAX-HOPS' },
    ],
    failed: ['ex3/var-refs'],
    findings: [['ex3/var-refs', 'env-var-ref', 'ex3/jobs.yaml', 36, 38]],
  },
  {
    name: 'ex3: TARGET as a plain value',
    edits: [{ file: J, from: pingEnv(pingTargetRef), to: pingEnv('value: google.com') }],
    failed: ['ex3/ping-env'],
    findings: [['ex3/ping-env', 'rubric', 'ex3/jobs.yaml', 15, 15]],
  },
  {
    name: 'ex3: configMapKeyRef names target-gogle',
    edits: [{ file: J, from: pingEnv(pingTargetRef), to: pingEnv(pingTargetRef.replace('target-google', 'target-gogle')) }],
    failed: ['ex3/ping-env'],
    // config-ref's "not among your files (did you mean target-google?)" at the same node is merged into this one.
    findings: [['ex3/ping-env', 'rubric', 'ex3/jobs.yaml', 17, 25]],
  },
  {
    name: 'ex3: the ping Job is named ping',
    edits: [{ file: J, from: 'name: ping-google', to: 'name: ping' }],
    failed: ['ex3/ping-job'],
    findings: [['ex3/ping-job', 'rubric', 'ex3/jobs.yaml', 4, 9]],
  },
  {
    name: 'ex4: the ConfigMap name misspelt',
    edits: [{ file: CM, from: 'name: not-secret-config', to: 'name: not-secret-conifg' }],
    failed: ['ex4/configmap'],
    findings: [['ex4/configmap', 'rubric', 'ex4/not-secret-config.yaml', 4, 9]],
  },
  {
    name: 'ex4: the expected output hard-coded with echo',
    edits: [
      {
        file: X,
        from: '            - /bin/sh\n            - -c\n            - ls -al /etc/not-secret; cat /etc/not-secret/username',
        to: '            - echo\n            - Jeff',
      },
    ],
    failed: ['ex4/command'],
    findings: [['ex4/command', 'rubric', 'ex4/volume-mount-explorer.yaml', 13, 13]],
  },
  {
    name: 'ex4: mounted at /etc/secret',
    edits: [{ file: X, from: 'mountPath: /etc/not-secret', to: 'mountPath: /etc/secret' }],
    failed: ['ex4/mount'],
    findings: [['ex4/mount', 'rubric', 'ex4/volume-mount-explorer.yaml', 18, 26]],
  },
  {
    name: 'ex4: the volume renamed, the mount not',
    edits: [{ file: X, from: '        - name: not-secret-config\n          configMap:', to: '        - name: config-volume\n          configMap:' }],
    // The exercise names the volume not-secret-config: the mount is right, and its "names no volume" is the volume's mistake.
    failed: ['ex4/volume'],
    findings: [
      ['ex4/volume', 'volume-mount-ref', 'ex4/volume-mount-explorer.yaml', 17, 21],
      ['ex4/volume', 'rubric', 'ex4/volume-mount-explorer.yaml', 20, 17],
      ['ex4/volume', 'volume-unused', 'ex4/volume-mount-explorer.yaml', 20, 17],
    ],
  },
  {
    name: 'ex4: the container named explore',
    edits: [{ file: X, from: 'name: explorer', to: 'name: explore' }],
    failed: ['ex4/container'],
    findings: [['ex4/container', 'rubric', 'ex4/volume-mount-explorer.yaml', 10, 17]],
  },
  {
    name: 'ex4: a syntax error in the ConfigMap file',
    edits: [{ file: CM, from: 'password: TeachesThisClass', to: 'password: "TeachesThisClass' }],
    failed: ['ex4/configmap', 'ex4/configmap-data'],
    findings: [['ex4/configmap', 'rubric', 'ex4/not-secret-config.yaml', 8, 39]],
  },
  {
    name: 'ex5: plain text in the Secret',
    edits: [{ file: S, from: 'username: SmVmZg==', to: 'username: Jeff' }],
    failed: ['ex5/secret-data'],
    findings: [
      ['ex5/secret-data', 'rubric', 'ex5/pretty-secret-config.yaml', 7, 13],
      ['ex5/secret-data', 'secret-data', 'ex5/pretty-secret-config.yaml', 7, 13],
    ],
  },
  {
    name: 'ex5: encoded with a trailing newline',
    edits: [{ file: S, from: 'username: SmVmZg==', to: 'username: SmVmZgo=' }],
    failed: ['ex5/secret-data'],
    findings: [['ex5/secret-data', 'rubric', 'ex5/pretty-secret-config.yaml', 7, 13]],
  },
  {
    name: 'ex5: a plain URL in the Secret',
    edits: [{ file: S, from: 'endpoint: aHR0cDovL2xvY2FsaG9zdDo4MDgwL2xvZ2lu', to: 'endpoint: http://localhost:8080/login' }],
    failed: ['ex5/secret-data'],
    findings: [['ex5/secret-data', 'secret-data', 'ex5/pretty-secret-config.yaml', 9, 13]],
  },
  {
    name: 'ex5: the CronJob pod spec one level too high',
    edits: [{ file: K, from: cronJobBody, to: cronJobTooHigh }],
    failed: ['ex5/nesting'],
    // The rule's findings inside the misplaced node explain it: the rubric's own failure there is not repeated.
    findings: [
      ['ex5/nesting', 'cronjob-structure', 'ex5/login-heartbeat.yaml', 10, 9],
      ['ex5/nesting', 'cronjob-structure', 'ex5/login-heartbeat.yaml', 11, 9],
      ['ex5/nesting', 'cronjob-structure', 'ex5/login-heartbeat.yaml', 19, 9],
    ],
  },
  {
    name: 'ex5: every five minutes',
    edits: [{ file: K, from: '"*/1 * * * *"', to: '"*/5 * * * *"' }],
    failed: ['ex5/schedule'],
    findings: [['ex5/schedule', 'rubric', 'ex5/login-heartbeat.yaml', 6, 13]],
  },
  {
    name: 'ex5: mounted at /run/secrets/',
    edits: [{ file: K, from: 'mountPath: /run/secret', to: 'mountPath: /run/secrets/' }],
    failed: ['ex5/secret-volume'],
    findings: [['ex5/secret-volume', 'rubric', 'ex5/login-heartbeat.yaml', 18, 30]],
  },
  {
    name: 'ex5: secretName misspelt',
    edits: [{ file: K, from: 'secretName: pretty-secret-config', to: 'secretName: pretty-secret' }],
    failed: ['ex5/secret-volume'],
    findings: [['ex5/secret-volume', 'rubric', 'ex5/login-heartbeat.yaml', 23, 29]],
  },
  {
    name: 'ex5: the mount names another volume',
    edits: [{ file: K, from: '                - name: credentials', to: '                - name: secret-volume' }],
    failed: ['ex5/secret-volume'],
    findings: [['ex5/secret-volume', 'volume-mount-ref', 'ex5/login-heartbeat.yaml', 17, 25]],
  },
  {
    name: 'ex5: the Secret is missing',
    edits: [{ file: S, to: null }],
    failed: ['ex5/secret', 'ex5/secret-data'],
    // Anchored at the reference that names the missing Secret.
    findings: [['ex5/secret', 'rubric', 'ex5/login-heartbeat.yaml', 23, 29]],
  },
  {
    name: 'ex6: restartPolicy left at the default',
    edits: [{ file: P, from: '  restartPolicy: Never\n', to: '' }],
    failed: ['ex6/restart-policy'],
    findings: [['ex6/restart-policy', 'rubric', 'ex6/peek.yaml', 6, 1]],
  },
  {
    name: 'ex6: the token switched off',
    edits: [{ file: P, from: '  restartPolicy: Never\n', to: '  restartPolicy: Never\n  automountServiceAccountToken: false\n' }],
    failed: ['ex6/token'],
    findings: [['ex6/token', 'rubric', 'ex6/peek.yaml', 8, 33]],
  },
];
