import rule from '../../rules/port-range.js';
import { testRule } from '../support/rule-tester.js';

/** A Deployment whose container ports list starts at line 12. */
const deployment = (ports: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: vote
spec:
  template:
    spec:
      containers:
        - name: vote
          image: dockersamples/examplevotingapp_vote:before
          ports:
${ports}`;

/** A Service whose ports list starts at line 9. */
const service = (ports: string, type = 'NodePort') => `apiVersion: v1
kind: Service
metadata:
  name: vote
spec:
  type: ${type}
  selector:
    app: vote
  ports:
${ports}`;

// Whole manifests are in fixtures/rules/port-range/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    deployment(
      '            - containerPort: 80\n              name: http\n            - containerPort: 6379\n              hostPort: 6379\n              name: redis-9\n            - containerPort: 65535\n              hostPort: 0\n',
    ),
    { name: 'the workshop voting-app Services', code: service('    - port: 5000\n      targetPort: 80\n      nodePort: 31000\n') },
    {
      name: 'a named targetPort, and targetPort left to default',
      code: service('    - name: web\n      port: 80\n      targetPort: http\n    - name: metrics\n      port: 9090\n', 'ClusterIP'),
    },
    {
      name: 'a LoadBalancer nodePort, and nodePort 0',
      code: service('    - port: 80\n      nodePort: 30000\n    - port: 81\n      nodePort: 0\n', 'LoadBalancer'),
    },
  ],
  invalid: [
    {
      name: 'container ports 0 and 70000, a hostPort out of range',
      code: deployment('            - containerPort: 0\n            - containerPort: 70000\n              hostPort: -1\n'),
      errors: [
        { messageId: 'containerPort', line: 12, column: 30, endLine: 12, endColumn: 31, message: 'containerPort 0 is not a valid port' },
        { messageId: 'containerPort', line: 13, column: 30, endLine: 13, endColumn: 35 },
        { messageId: 'hostPort', line: 14, column: 25, endLine: 14, endColumn: 27 },
      ],
    },
    {
      name: 'port names: upper case, too long, digits only',
      code: deployment(
        '            - containerPort: 80\n              name: HTTP\n            - containerPort: 81\n              name: my-very-long-port-name\n            - containerPort: 82\n              name: "8080"\n',
      ),
      errors: [
        { messageId: 'portName', line: 13, column: 21, endLine: 13, endColumn: 25, message: 'only lower-case letters' },
        { messageId: 'portName', line: 15, column: 21, endLine: 15, endColumn: 43, message: 'longer than 15 characters' },
        { messageId: 'portName', line: 17, column: 21, endLine: 17, endColumn: 27, message: 'at least one letter' },
      ],
    },
    {
      name: 'Service: port 0, a quoted targetPort, a nodePort above 65535',
      code: service('    - port: 0\n      targetPort: "8080"\n      nodePort: 80000\n'),
      errors: [
        { messageId: 'servicePort', line: 10, column: 13, endLine: 10, endColumn: 14 },
        { messageId: 'targetPortQuoted', line: 11, column: 19, endLine: 11, endColumn: 25, message: 'reads it as a port name' },
        { messageId: 'nodePort', line: 12, column: 17, endLine: 12, endColumn: 22 },
      ],
    },
    {
      name: 'a nodePort outside the default range is a warning',
      code: service('    - port: 80\n      nodePort: 8080\n'),
      errors: [{ messageId: 'nodePortRange', line: 11, column: 17, endLine: 11, endColumn: 21, severity: 'warning' }],
    },
    {
      name: 'a targetPort above 65535 and an invalid name',
      code: service('    - port: 80\n      targetPort: 65536\n    - port: 81\n      targetPort: web--ui\n', 'ClusterIP'),
      errors: [
        { messageId: 'targetPort', line: 11, column: 19, endLine: 11, endColumn: 24 },
        { messageId: 'targetPortName', line: 13, column: 19, endLine: 13, endColumn: 26, message: 'must not contain "--"' },
      ],
    },
  ],
});
