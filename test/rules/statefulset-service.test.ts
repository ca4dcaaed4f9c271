import rule from '../../rules/statefulset-service.js';
import { testRule } from '../support/rule-tester.js';

const service = (extra: string, selector = 'app: data-pipeline') => `apiVersion: v1
kind: Service
metadata:
  name: ss-db
spec:
${extra}  selector:
    ${selector}
  ports:
    - port: 5432
---
`;

const statefulSet = (serviceLine = '  serviceName: ss-db\n', extraMeta = '') => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: data-pipeline
${extraMeta}spec:
${serviceLine}  selector:
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
`;

testRule(rule, {
  valid: [
    { name: 'headless Service selecting the pods', code: service('  clusterIP: None\n') + statefulSet() },
    {
      name: 'headless Service in the same namespace',
      code: service('  clusterIP: None\n').replace('  name: ss-db\n', '  name: ss-db\n  namespace: ws\n') + statefulSet(undefined, '  namespace: ws\n'),
    },
    {
      name: 'headless Service without a selector (manual endpoints)',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ss-db\nspec:\n  clusterIP: None\n---\n' + statefulSet(),
    },
  ],
  invalid: [
    {
      name: 'the workshop Service ss-db is not headless',
      code: service('') + statefulSet(),
      errors: [
        {
          messageId: 'notHeadless',
          line: 16,
          column: 16,
          endLine: 16,
          endColumn: 21,
          severity: 'warning',
          message: 'Service ss-db (test.yaml:4) governs this StatefulSet but is not headless',
        },
      ],
    },
    {
      name: 'a ClusterIP Service set explicitly',
      code: service('  type: ClusterIP\n  clusterIP: 10.0.0.12\n') + statefulSet(),
      errors: [{ messageId: 'notHeadless', line: 18, column: 16 }],
    },
    {
      name: 'the Service is not among the files',
      code: statefulSet(),
      errors: [{ messageId: 'missing', line: 6, column: 16, endLine: 6, endColumn: 21, message: 'data-pipeline-0.ss-db' }],
    },
    {
      name: 'a Service in another namespace can never govern it: an error naming both namespaces',
      code: service('  clusterIP: None\n').replace('  name: ss-db\n', '  name: ss-db\n  namespace: other\n') + statefulSet(undefined, '  namespace: ws\n'),
      errors: [{ messageId: 'namespaceApart', line: 19, column: 16, severity: 'error', message: 'is in namespace other; this StatefulSet runs in ws' }],
    },
    {
      name: 'headless Service that selects other pods',
      code: service('  clusterIP: None\n', 'app: db') + statefulSet(),
      errors: [{ messageId: 'notSelecting', line: 17, column: 16, endColumn: 21, message: 'its selector is app=db, the pods have app=data-pipeline' }],
    },
    {
      name: 'no serviceName is only worth an info',
      code: statefulSet(''),
      errors: [{ messageId: 'noServiceName', line: 5, column: 1, endLine: 5, endColumn: 5, severity: 'info' }],
    },
  ],
});
