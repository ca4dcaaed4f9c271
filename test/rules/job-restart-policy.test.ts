import rule from '../../rules/job-restart-policy.js';
import { testRule } from '../support/rule-tester.js';

const job = (policyLine: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: traceroute
spec:
  template:
    spec:
${policyLine}      containers:
        - name: traceroute
          image: alpine:3.8
`;

const cronJob = (policyLine: string) => `apiVersion: batch/v1beta1
kind: CronJob
metadata:
  name: login-heartbeat
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
${policyLine}          containers:
            - name: heartbeat
              image: alpine:3.8
`;

// Whole manifests are in fixtures/rules/job-restart-policy/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [job('      restartPolicy: Never\n'), job('      restartPolicy: OnFailure\n'), cronJob('          restartPolicy: OnFailure\n')],
  invalid: [
    { name: 'missing restartPolicy defaults to Always', code: job(''), errors: [{ messageId: 'missing', line: 7, column: 5, endLine: 7, endColumn: 9 }] },
    { name: 'Always', code: job('      restartPolicy: Always\n'), errors: [{ messageId: 'always', line: 8, column: 22, endLine: 8, endColumn: 28 }] },
    { name: 'wrong case', code: job('      restartPolicy: never\n'), errors: [{ messageId: 'invalid', line: 8, column: 22, message: '"never"' }] },
    { name: 'CronJob missing', code: cronJob(''), errors: [{ messageId: 'missing', line: 10, column: 9, endColumn: 13 }] },
    { name: 'CronJob Always', code: cronJob('          restartPolicy: Always\n'), errors: [{ messageId: 'always', line: 11, column: 26 }] },
  ],
});
