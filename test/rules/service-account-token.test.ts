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

// Whole manifests are in fixtures/rules/service-account-token/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    { name: 'automount turned off on the pod', code: pod('  automountServiceAccountToken: false\n') },
    { name: 'automount asked for explicitly', code: pod('  automountServiceAccountToken: true\n') },
  ],
  invalid: [
    {
      name: 'a Pod with the default ServiceAccount (exercise 6)',
      code: pod(''),
      errors: [{ messageId: 'mounted', line: 5, column: 1, endLine: 5, endColumn: 5, severity: 'info', message: 'ServiceAccount "default"' }],
    },
  ],
});
