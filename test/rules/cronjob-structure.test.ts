import rule from '../../rules/cronjob-structure.js';
import { testRule } from '../support/rule-tester.js';

const header = (kind: string, apiVersion = 'batch/v1') => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: login-heartbeat
`;

// Whole manifests are in fixtures/rules/cronjob-structure/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [],
  invalid: [
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
  ],
});
