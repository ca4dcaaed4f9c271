import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-resource.js';
import { checkText } from '../../src/pipeline/check.js';
import { ResourceIndex } from '../../src/resources/resource-index.js';
import { runRule } from '../../src/lint/run-rules.js';
import { testRule } from '../support/rule-tester.js';

const job = (name: string, command: string, namespace = '', labels = '') => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
${namespace}${labels}spec:
  template:
    spec:
      restartPolicy: OnFailure
      containers:
        - name: pinger
          image: alpine:3.8
          command: ${command}
---
`;

const ping = '["ping", "google.com"]';

const statefulSet = (image: string, serviceName: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: data-pipeline
  namespace: workshop
spec:
  serviceName: ${serviceName}
  selector:
    matchLabels: { app: data-pipeline }
  template:
    metadata:
      labels: { app: data-pipeline }
    spec:
      containers:
        - name: db
          image: ${image}
---
`;

const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: workshop\n---\n';

testRule(rule, {
  valid: [
    { name: 'different names', code: job('hello-environment', ping) + job('hello-volume-mount', ping) },
    { name: 'same name, different namespaces', code: job('hello', ping, '  namespace: a\n') + job('hello', ping, '  namespace: b\n') },
    { name: 'a namespace-less resource is not the same as a namespaced one', code: job('hello', ping) + job('hello', ping, '  namespace: a\n') },
    { name: 'same name, different kinds', code: job('hello', ping) + 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hello\n' },
    {
      name: 'same kind name in different API groups',
      code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n---\napiVersion: extensions.example.com/v1\nkind: Ingress\nmetadata:\n  name: web\n',
    },
  ],
  invalid: [
    {
      name: "an identical copy (the instructor's hello-environment Job in two files)",
      code: job('hello-environment', ping, '  namespace: workshop\n') + job('hello-environment', ping, '  namespace: workshop\n'),
      errors: [
        { messageId: 'identical', line: 18, column: 9, endLine: 18, endColumn: 26, severity: 'warning', message: 'an identical copy is in test.yaml:4' },
      ],
    },
    {
      name: 'a Job whose template differs: the second apply is rejected',
      code: job('hello-environment', ping) + job('hello-environment', '["ping", "-c", "3", "google.com"]'),
      errors: [
        { messageId: 'conflicting', line: 17, column: 9, endColumn: 26, severity: 'error', message: 'with a different spec.template, which cannot be changed' },
      ],
    },
    {
      name: 'a Job that differs only in labels is overwritten, not rejected',
      code: job('hello', ping) + job('hello', ping, '', '  labels:\n    app: hello\n'),
      errors: [{ messageId: 'overridden', line: 17, column: 9, severity: 'warning', message: '(first difference: metadata.labels)' }],
    },
    {
      name: 'a StatefulSet updated to a new image (ex1 and ex1/v2) is only overwritten',
      code: statefulSet('postgres:9.4', 'ss-db') + statefulSet('postgres:9.4-alpine', 'ss-db'),
      errors: [{ messageId: 'overridden', line: 21, column: 9, endColumn: 22, severity: 'warning', message: 'spec.template.spec.containers[0].image' }],
    },
    {
      name: 'a StatefulSet with another serviceName cannot be applied over the first',
      code: statefulSet('postgres:9.4', 'ss-db') + statefulSet('postgres:9.4', 'db'),
      errors: [{ messageId: 'conflicting', line: 21, column: 9, severity: 'error', message: 'spec.serviceName' }],
    },
    {
      name: 'cluster-scoped kinds ignore the namespace; every later copy names the first',
      code: namespace + namespace.replace('  name: workshop\n', '  name: workshop\n  namespace: ignored\n') + namespace,
      errors: [
        { messageId: 'overridden', line: 9, column: 9, message: 'test.yaml:4' },
        { messageId: 'identical', line: 15, column: 9, message: 'test.yaml:4' },
      ],
    },
  ],
});

/** The rule over several files at once: what is applied together depends on the folders. */
function acrossFiles(files: Record<string, string>, options: Record<string, unknown> = {}): string[] {
  const resources = Object.entries(files).flatMap(([file, code]) => checkText(file, code).resources);
  const index = new ResourceIndex(resources);
  return resources.flatMap((resource) => runRule(rule, resource, index, options)).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.messageId}`);
}

describe('duplicate-resource: only what is applied together', () => {
  const first = job('hello-environment', ping);
  const second = job('hello-environment', '["ping", "-c", "3", "google.com"]');

  it('compares the files of one folder (kubectl apply -f DIR)', () => {
    expect(acrossFiles({ 'ex1/a.yaml': first, 'ex1/b.yaml': second })).toEqual(['ex1/b.yaml:4:9 error conflicting']);
  });

  it('never compares files in different folders in lint mode (alternative samples, a base and its overlay)', () => {
    expect(acrossFiles({ 'samples/v1/job.yaml': first, 'samples/v2/job.yaml': second })).toEqual([]);
    expect(acrossFiles({ 'base/job.yaml': first, 'base/overlay/job.yaml': second })).toEqual([]);
    expect(acrossFiles({ 'job.yaml': first, 'sub/job.yaml': first })).toEqual([]);
  });

  it('compares every file with scope "all", as grading applies the answers with kubectl apply -R', () => {
    expect(acrossFiles({ 'ex1/job.yaml': first, 'ex2/job.yaml': second }, { scope: 'all' })).toEqual(['ex2/job.yaml:4:9 error conflicting']);
    expect(acrossFiles({ 'job.yaml': first, 'sub/job.yaml': first }, { scope: 'all' })).toEqual(['sub/job.yaml:4:9 warning identical']);
  });
});
