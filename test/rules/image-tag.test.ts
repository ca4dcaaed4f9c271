import rule from '../../rules/image-tag.js';
import { testRule } from '../support/rule-tester.js';

/** A Deployment whose first container image is on line 10, column 18. */
const deployment = (image: string, more = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: ${image}
${more}`;

// Whole manifests are in fixtures/rules/image-tag/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    deployment('alpine:3.8'),
    { name: 'a registry with a port and a tag', code: deployment('localhost:5000/team/app:1.2.3') },
    { name: 'a digest', code: deployment('redis@sha256:0ed5d5928d4737458944eb604cc8509e245c3e19d02ad83935398bc4b991aac7') },
    {
      name: 'a digest beside :latest still pins the image',
      code: deployment('redis:latest@sha256:0ed5d5928d4737458944eb604cc8509e245c3e19d02ad83935398bc4b991aac7'),
    },
    { name: 'the workshop images', code: deployment('postgres:9.4-alpine', '        - name: redis\n          image: redis:alpine\n') },
    { name: 'a tag that merely contains "latest"', code: deployment('app:latest-2024') },
  ],
  invalid: [
    {
      name: 'no tag',
      code: deployment('alpine'),
      errors: [{ messageId: 'noTag', line: 10, column: 18, endLine: 10, endColumn: 24, severity: 'warning', message: 'The image "alpine" has no tag' }],
    },
    {
      name: ':latest',
      code: deployment('alpine:latest'),
      errors: [{ messageId: 'latest', line: 10, column: 18, endLine: 10, endColumn: 31, severity: 'warning' }],
    },
    {
      name: 'a registry port is not a tag',
      code: deployment('localhost:5000/app'),
      errors: [{ messageId: 'noTag', line: 10, column: 18, endLine: 10, endColumn: 36 }],
    },
    {
      name: 'the workshop worker image has no tag',
      code: deployment('dockersamples/examplevotingapp_worker'),
      errors: [{ messageId: 'noTag', line: 10, column: 18, endLine: 10, endColumn: 55 }],
    },
  ],
});
