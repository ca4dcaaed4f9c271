import rule from '../../rules/cronjob-structure.js';
import { testRule } from '../support/rule-tester.js';

const header = (kind: string, apiVersion = 'batch/v1') => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: login-heartbeat
`;

/** The instructor's ex5 solution shape: batch/v1beta1, odd one-space list indentation. */
const workshopCronJob = `${header('CronJob', 'batch/v1beta1')}spec:
  schedule: "* * * * *"
  jobTemplate:
    metadata:
      name: login-heartbeat
    spec:
      template:
        metadata:
          name: login-heartbeat
        spec:
          restartPolicy: Never
          containers:
           - name: hearbeater
             image: alpine:3.8
             volumeMounts:
              - name: pretty-secret-config-volume
                mountPath: /run/secret/
          volumes:
           - name: pretty-secret-config-volume
             secret:
               secretName: pretty-secret-config
`;

const secret = `apiVersion: v1
kind: Secret
metadata:
  name: pretty-secret-config
data:
  username: SmVmZg==
`;

testRule(rule, {
  valid: [
    workshopCronJob,
    { name: 'a Job with the right nesting', code: `${header('Job')}spec:\n  backoffLimit: 2\n  template:\n    metadata:\n      labels:\n        app: tracert\n    spec:\n      restartPolicy: OnFailure\n      activeDeadlineSeconds: 60\n      containers:\n        - name: tracert\n          image: alpine:3.8\n` },
    { name: 'fields valid at two levels (suspend, activeDeadlineSeconds, metadata) stay where they are', code: `${header('CronJob')}spec:\n  schedule: "@hourly"\n  suspend: true\n  jobTemplate:\n    metadata:\n      labels:\n        app: x\n    spec:\n      suspend: false\n      activeDeadlineSeconds: 30\n      template:\n        spec:\n          activeDeadlineSeconds: 30\n          restartPolicy: Never\n          initContainers:\n            - name: init\n              image: alpine:3.8\n              restartPolicy: Always\n          containers:\n            - name: main\n              image: alpine:3.8\n` },
    { name: 'a typo is left to the schema check', code: `${header('Job')}spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: a\n          image: alpine:3.8\n          comand: ["true"]\n` },
    { name: 'a Deployment is not checked', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  containers: []\n' },
    { name: 'other documents in the stream are not checked', code: `${secret}---\n${workshopCronJob}` },
  ],
  invalid: [
    {
      name: 'ex5: containers and restartPolicy one level too high (no template > spec)',
      code: `${header('CronJob')}spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: heartbeat\n          image: alpine:3.8\n`,
      errors: [
        { messageId: 'misplaced', line: 9, column: 7, endLine: 9, endColumn: 20, message: 'it belongs at spec.jobTemplate.spec.template.spec.restartPolicy' },
        { messageId: 'misplaced', line: 10, column: 7, endLine: 10, endColumn: 17, message: 'it belongs at spec.jobTemplate.spec.template.spec.containers' },
      ],
    },
    {
      name: 'containers directly under a CronJob spec',
      code: `${header('CronJob')}spec:\n  schedule: "* * * * *"\n  containers:\n    - name: a\n      image: alpine:3.8\n`,
      errors: [{ messageId: 'misplaced', line: 7, column: 3, endLine: 7, endColumn: 13, message: 'not a field of spec (the CronJob spec)' }],
    },
    {
      name: 'jobTemplate without its spec level',
      code: `${header('CronJob')}spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    template:\n      spec:\n        containers:\n          - name: a\n            image: alpine:3.8\n`,
      errors: [{ messageId: 'misplaced', line: 8, column: 5, endLine: 8, endColumn: 13, message: 'it belongs at spec.jobTemplate.spec.template.' }],
    },
    {
      name: 'a Job template written straight into a CronJob spec',
      code: `${header('CronJob')}spec:\n  schedule: "* * * * *"\n  template:\n    spec:\n      containers:\n        - name: a\n          image: alpine:3.8\n`,
      errors: [{ messageId: 'misplaced', line: 7, column: 3, endLine: 7, endColumn: 11, message: 'spec.jobTemplate.spec.template' }],
    },
    {
      name: 'schedule inside jobTemplate, restartPolicy on the Job, template without spec',
      code: `${header('CronJob')}spec:\n  jobTemplate:\n    schedule: "* * * * *"\n    spec:\n      restartPolicy: Never\n      template:\n        containers:\n          - name: a\n            image: alpine:3.8\n`,
      errors: [
        { messageId: 'misplaced', line: 7, column: 5, endLine: 7, endColumn: 13, message: 'it belongs at spec.schedule.' },
        { messageId: 'misplaced', line: 9, column: 7, endLine: 9, endColumn: 20 },
        { messageId: 'misplaced', line: 11, column: 9, endLine: 11, endColumn: 19, message: 'not a field of spec.jobTemplate.spec.template (the pod template)' },
      ],
    },
    {
      name: 'volumes inside a container belong to the pod spec',
      code: `${header('CronJob')}spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: a\n              image: alpine:3.8\n              volumes:\n                - name: v\n                  emptyDir: {}\n`,
      errors: [{ messageId: 'misplaced', line: 15, column: 15, endLine: 15, endColumn: 22, message: 'it belongs at spec.jobTemplate.spec.template.spec.volumes' }],
    },
    {
      name: 'restartPolicy inside a container belongs to the pod spec',
      code: `${header('Job')}spec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: alpine:3.8\n          restartPolicy: Never\n`,
      errors: [{ messageId: 'misplaced', line: 11, column: 11, endLine: 11, endColumn: 24, message: 'it belongs at spec.template.spec.restartPolicy' }],
    },
    {
      name: 'a container field in the pod spec',
      code: `${header('Job')}spec:\n  template:\n    spec:\n      restartPolicy: Never\n      image: alpine:3.8\n      containers:\n        - name: a\n          image: alpine:3.8\n`,
      errors: [{ messageId: 'containerField', line: 9, column: 7, endLine: 9, endColumn: 12, message: 'spec.template.spec.containers[].image' }],
    },
    {
      name: 'Job: containers directly under spec',
      code: `${header('Job')}spec:\n  containers:\n    - name: a\n      image: alpine:3.8\n`,
      errors: [{ messageId: 'misplaced', line: 6, column: 3, endLine: 6, endColumn: 13, message: 'it belongs at spec.template.spec.containers' }],
    },
    {
      name: 'labels and name beside metadata in a pod template',
      code: `${header('Job')}spec:\n  template:\n    name: tracert\n    labels:\n      app: tracert\n    spec:\n      containers:\n        - name: a\n          image: alpine:3.8\n`,
      errors: [
        { messageId: 'metadataField', line: 7, column: 5, endLine: 7, endColumn: 9, message: 'spec.template.metadata.name' },
        { messageId: 'metadataField', line: 8, column: 5, endLine: 8, endColumn: 11 },
      ],
    },
    {
      name: 'schedule and jobTemplate at the top level, without spec',
      code: `${header('CronJob')}schedule: "* * * * *"\n`,
      errors: [{ messageId: 'misplaced', line: 5, column: 1, endLine: 5, endColumn: 9, message: 'not a field of the top level' }],
    },
    {
      name: 'no jobTemplate',
      code: `${header('CronJob')}spec:\n  schedule: "* * * * *"\n`,
      errors: [{ messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 5, message: 'spec has no jobTemplate' }],
    },
    {
      name: 'jobTemplate without spec',
      code: `${header('CronJob')}spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    metadata:\n      name: x\n`,
      errors: [{ messageId: 'missing', line: 7, column: 3, endLine: 7, endColumn: 14, message: 'spec.jobTemplate has no spec' }],
    },
    {
      name: 'Job without template',
      code: `${header('Job')}spec:\n  backoffLimit: 1\n`,
      errors: [{ messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 5, message: 'spec has no template' }],
    },
    {
      name: 'pod spec without containers, in a multi-document stream',
      code: `${secret}---\n${header('CronJob')}spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: []\n`,
      errors: [{ messageId: 'missing', line: 17, column: 9, endLine: 17, endColumn: 13, message: 'spec.jobTemplate.spec.template.spec has no containers' }],
    },
  ],
});
