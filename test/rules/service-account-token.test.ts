import rule from '../../rules/service-account-token.js';
import { testRule } from '../support/rule-tester.js';

const pod = (specLines: string, namespace = '') => `apiVersion: v1
kind: Pod
metadata:
  name: peek
${namespace}spec:
${specLines}  restartPolicy: Never
  containers:
    - name: peek
      image: alpine:3.8
`;

const serviceAccount = (name: string, automount: string, namespace = '') => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
${namespace}${automount}---
`;

testRule(rule, {
  valid: [
    {
      name: 'a pod that reads its token on purpose (exercise 6) is not reported',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: peek\nspec:\n  restartPolicy: Never\n  containers:\n    - name: peek\n      image: alpine:3.8\n      command: ["sh", "-c", "cat /var/run/secrets/kubernetes.io/serviceaccount/token"]\n',
    },
    { name: 'automount turned off on the pod', code: pod('  automountServiceAccountToken: false\n') },
    { name: 'automount asked for explicitly', code: pod('  automountServiceAccountToken: true\n') },
    { name: 'automount turned off on its ServiceAccount', code: serviceAccount('reader', 'automountServiceAccountToken: false\n') + pod('  serviceAccountName: reader\n') },
    { name: 'the default ServiceAccount among the files, turned off', code: serviceAccount('default', 'automountServiceAccountToken: false\n') + pod('') },
    { name: 'a Job pod template turned off', code: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: tracert\nspec:\n  template:\n    spec:\n      automountServiceAccountToken: false\n      restartPolicy: Never\n      containers: [{ name: t, image: alpine:3.8 }]\n' },
  ],
  invalid: [
    {
      name: 'a Pod with the default ServiceAccount (exercise 6)',
      code: pod(''),
      errors: [{ messageId: 'mounted', line: 5, column: 1, endLine: 5, endColumn: 5, severity: 'info', message: 'ServiceAccount "default"' }],
    },
    {
      name: 'a ServiceAccount among the files that does not turn it off',
      code: serviceAccount('reader', '') + pod('  serviceAccountName: reader\n'),
      errors: [{ messageId: 'mounted', line: 10, column: 1, message: 'ServiceAccount "reader"' }],
    },
    {
      name: 'a ServiceAccount in another namespace does not apply',
      code: serviceAccount('reader', 'automountServiceAccountToken: false\n', '  namespace: other\n') + pod('  serviceAccountName: reader\n', '  namespace: ws\n'),
      errors: [{ messageId: 'mounted', line: 13, column: 1 }],
    },
    {
      name: 'one info per pod template, on the pod spec key of a CronJob',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{ name: h, image: alpine:3.8 }]\n',
      errors: [{ messageId: 'mounted', line: 10, column: 9, endLine: 10, endColumn: 13, message: 'Every pod of this CronJob' }],
    },
  ],
});
