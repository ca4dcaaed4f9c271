import rule from '../../rules/selector-labels.js';
import { testRule } from '../support/rule-tester.js';

const workload = (kind: string, selector: string, labels: string, apiVersion = 'apps/v1') => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: data-pipeline
spec:
  selector:
${selector}  template:
    metadata:
      labels:
${labels}    spec:
      containers:
        - name: db
          image: postgres:9.4
`;

const matchApp = '    matchLabels:\n      app: data-pipeline\n';
const labelsApp = '        app: data-pipeline\n';

const job = (spec: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: tracert
spec:
${spec}  template:
    metadata:
      labels:
        app: tracert
    spec:
      restartPolicy: Never
      containers:
        - name: tracert
          image: alpine:3.8
`;

// Whole manifests are in fixtures/rules/selector-labels/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    workload('StatefulSet', matchApp, labelsApp),
    workload('Deployment', matchApp, labelsApp + '        version: v1\n'),
    workload(
      'DaemonSet',
      '    matchExpressions:\n      - { key: app, operator: In, values: [data-pipeline, other] }\n      - { key: debug, operator: DoesNotExist }\n      - { key: tier, operator: NotIn, values: [web] }\n      - { key: app, operator: Exists }\n',
      labelsApp,
    ),
    workload('ReplicaSet', matchApp, labelsApp),
    { name: 'a Job without a selector gets a generated one', code: job('') },
    { name: 'a Job selector on the generated job-name label needs no manualSelector', code: job('  selector:\n    matchLabels:\n      job-name: tracert\n') },
    { name: 'an empty Job selector is filled in by the API server', code: job('  selector: {}\n') },
    { name: 'a Job with manualSelector and a matching selector', code: job('  manualSelector: true\n  selector:\n    matchLabels:\n      app: tracert\n') },
  ],
  invalid: [
    {
      name: 'selector value differs from the template label',
      code: workload('StatefulSet', matchApp, '        app: pipeline\n'),
      errors: [{ messageId: 'labelDiffers', line: 8, column: 12, endLine: 8, endColumn: 25, message: 'the pod template sets app=pipeline' }],
    },
    {
      name: 'selector label missing from the template',
      code: workload('Deployment', '    matchLabels:\n      app: data-pipeline\n      tier: db\n', labelsApp),
      errors: [{ messageId: 'labelMissing', line: 9, column: 7, endLine: 9, endColumn: 11, message: 'no label tier (its labels: app=data-pipeline)' }],
    },
    {
      name: 'template without labels',
      code: workload('DaemonSet', matchApp, '        {}\n').replace('      labels:\n        {}\n', '      name: x\n'),
      errors: [{ messageId: 'labelMissing', line: 8, column: 7, endColumn: 10, message: '(no labels)' }],
    },
    {
      name: 'an expression that fails is reported on its key',
      code: workload(
        'ReplicaSet',
        '    matchExpressions:\n      - key: tier\n        operator: In\n        values: [db, cache]\n',
        labelsApp + '        tier: web\n',
      ),
      errors: [{ messageId: 'expressionFails', line: 8, column: 14, endLine: 8, endColumn: 18, message: '"tier in (db,cache)"' }],
    },
    {
      name: 'empty selector',
      code: workload('Deployment', '    matchLabels: {}\n', labelsApp),
      errors: [{ messageId: 'empty', line: 6, column: 3, endLine: 6, endColumn: 11 }],
    },
    {
      name: 'a Job selector without manualSelector',
      code: job('  selector:\n    matchLabels:\n      app: tracert\n'),
      errors: [{ messageId: 'jobSelectorNotManual', line: 6, column: 3, endColumn: 11 }],
    },
    {
      name: 'a Job with manualSelector whose selector does not match',
      code: job('  manualSelector: true\n  selector:\n    matchLabels:\n      app: traceroute\n'),
      errors: [{ messageId: 'labelDiffers', line: 9, column: 12, endColumn: 22 }],
    },
  ],
});
