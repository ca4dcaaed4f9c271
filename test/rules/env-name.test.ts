import rule from '../../rules/env-name.js';
import { testRule } from '../support/rule-tester.js';

const pod = (env: string) => `apiVersion: v1
kind: Pod
metadata:
  name: peek
spec:
  containers:
    - name: main
      image: alpine:3.8
      env:
${env}`;

const entry = (name: string, value = 'x') => `        - name: ${name}\n          value: ${value}\n`;

testRule(rule, {
  valid: [
    pod(entry('MAX_HOPS', '"15"') + entry('TARGET') + entry('_private') + entry('lower_case1')),
    { name: 'extending an earlier value is how the API server expects duplicates', code: pod(entry('PATH', '/bin') + entry('PATH', '"$(PATH):/opt/bin"')) },
    {
      name: 'the same name in two containers is fine',
      code: pod(entry('MODE')).replace(
        '  containers:\n',
        '  initContainers:\n    - name: init\n      image: alpine:3.8\n      env: [{ name: MODE, value: x }]\n  containers:\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a - in the name (the exercise text writes MAX-HOPS)',
      code: pod(entry('MAX-HOPS', '"15"')),
      errors: [{ messageId: 'shellUnusable', line: 10, column: 17, endLine: 10, endColumn: 25, severity: 'warning', message: 'contains "-"' }],
    },
    {
      name: 'a . in the name',
      code: pod(entry('app.mode')),
      errors: [{ messageId: 'shellUnusable', line: 10, column: 17, endColumn: 25, message: 'contains "."' }],
    },
    {
      name: 'leading digit and spaces are accepted only from 1.32',
      code: pod(entry('1ST') + entry('"has space"')),
      errors: [
        { messageId: 'newerOnly', line: 10, column: 17, endColumn: 20, severity: 'warning' },
        { messageId: 'newerOnly', line: 12, column: 17, endColumn: 28, severity: 'warning' },
      ],
    },
    {
      name: 'an = in the name or an empty name is always rejected',
      code: pod(entry('"A=B"') + entry('""')),
      errors: [
        { messageId: 'rejected', line: 10, column: 17, endLine: 10, endColumn: 22, severity: 'error' },
        { messageId: 'rejected', line: 12, column: 17, endColumn: 19, severity: 'error' },
      ],
    },
    {
      name: 'a duplicate is reported on the later entry',
      code: pod(entry('TARGET', 'google.com') + entry('TTW', '"4"') + entry('TARGET', 'amazon.com')),
      errors: [{ messageId: 'duplicate', line: 14, column: 17, endLine: 14, endColumn: 23, message: 'also at env[0]' }],
    },
    {
      name: 'repeating the name as its own value is still a duplicate',
      code: pod(entry('PATH', '/bin') + entry('PATH', '"$(PATH)"')),
      errors: [{ messageId: 'duplicate', line: 12, column: 17 }],
    },
  ],
});
