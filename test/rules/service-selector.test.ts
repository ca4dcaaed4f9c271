import rule from '../../rules/service-selector.js';
import { testRule } from '../support/rule-tester.js';

const service = (selector: string, extra = '') => `apiVersion: v1
kind: Service
metadata:
  name: voter-svc
${extra}spec:
  selector:
${selector}  ports:
    - port: 80
---
`;

const deployment = (labels: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: voter
${extra}spec:
  selector:
    matchLabels:
      app: voter
  template:
    metadata:
      labels:
${labels}    spec:
      containers:
        - name: vote
          image: dockersamples/examplevotingapp_vote:after
`;

const voterLabels = '        app: voter\n        version: v1\n';

testRule(rule, {
  valid: [
    { name: 'selector matches the pod template labels', code: service('    app: voter\n    version: v1\n') + deployment(voterLabels) },
    { name: 'a subset of the labels is enough', code: service('    app: voter\n') + deployment(voterLabels) },
    { name: 'no pod templates among the files: the pods live elsewhere', code: service('    app: anything\n') },
    {
      name: 'Service without a selector (manual endpoints)',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: external-db\nspec:\n  ports:\n    - port: 5432\n---\n' + deployment(voterLabels),
    },
    {
      name: 'ExternalName Service',
      code:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: search\nspec:\n  type: ExternalName\n  externalName: example.com\n  selector:\n    app: none\n---\n' +
        deployment(voterLabels),
    },
    {
      name: 'Service and pods in the same named namespace',
      code: service('    app: voter\n', '  namespace: ws\n') + deployment(voterLabels, '  namespace: ws\n'),
    },
    {
      name: 'pods in its own namespace count, even when a copy elsewhere names another',
      code:
        service('    app: voter\n', '  namespace: ws\n') +
        deployment(voterLabels, '  namespace: other\n') +
        '---\n' +
        deployment(voterLabels, '  namespace: ws\n'),
    },
    {
      name: 'a StatefulSet pod by its controller-set pod-name label',
      code:
        service('    statefulset.kubernetes.io/pod-name: db-0\n') +
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels: { app: db }\n  template:\n    metadata:\n      labels: { app: db }\n    spec:\n      containers: [{ name: db, image: postgres:9.4 }]\n',
    },
    {
      name: 'a bare Pod counts as a pod template',
      code:
        service('    run: peek\n') +
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: peek\n  labels:\n    run: peek\nspec:\n  containers: [{ name: peek, image: alpine:3.8 }]\n',
    },
  ],
  invalid: [
    {
      name: 'one label value differs from the closest template',
      code: service('    app: voter\n    version: v2\n') + deployment(voterLabels),
      errors: [{ messageId: 'labelDiffers', line: 8, column: 14, endLine: 8, endColumn: 16, message: 'the closest, Deployment voter, has version=v1' }],
    },
    {
      name: 'a label the closest template does not have',
      code: service('    app: voter\n    tier: frontend\n') + deployment(voterLabels),
      errors: [{ messageId: 'labelMissing', line: 8, column: 5, endLine: 8, endColumn: 9, message: 'has no label tier' }],
    },
    {
      name: 'nothing in common with any pod template',
      code: service('    app: results\n') + deployment(voterLabels),
      errors: [{ messageId: 'noMatch', line: 6, column: 3, endLine: 6, endColumn: 11, message: 'selects pods labelled app=results' }],
    },
    {
      name: 'the closest template shares the most labels, the first of equals, and only in reach of its namespace',
      code:
        service('    app: voter\n    tier: web\n    version: v3\n', '  namespace: ws\n') +
        deployment('        app: voter\n        tier: db\n', '  namespace: ws\n').replace('name: voter\n', 'name: a\n') +
        '---\n' +
        deployment('        app: voter\n        tier: web\n        version: v2\n', '  namespace: other\n').replace('name: voter\n', 'name: b\n') +
        '---\n' +
        deployment('        app: voter\n        tier: web\n', '  namespace: ws\n').replace('name: voter\n', 'name: c\n') +
        '---\n' +
        deployment('        app: voter\n        tier: web\n').replace('name: voter\n', 'name: d\n'),
      errors: [{ messageId: 'labelMissing', line: 10, column: 5, message: 'the closest, Deployment c, has no label version' }],
    },
    {
      name: 'a label the controller adds (pod-template-hash) counts for the closest template too',
      code: service('    pod-template-hash: abc\n    app: voter\n    version: v9\n') + deployment(voterLabels),
      errors: [{ messageId: 'labelDiffers', line: 9, column: 14, message: 'the closest, Deployment voter, has version=v1' }],
    },
    {
      name: 'the Deployment labels do not count, only the pod template labels',
      code: service('    app: voter\n') + deployment('        name: voter\n', '  labels:\n    app: voter\n'),
      errors: [{ messageId: 'noMatch', line: 6, column: 3 }],
    },
    {
      name: 'pods in another namespace do not count',
      code:
        service('    app: voter\n', '  namespace: a\n') +
        deployment(voterLabels, '  namespace: a\n') +
        '---\n' +
        service('    app: voter\n', '  namespace: b\n').replace('name: voter-svc', 'name: voter-b') +
        deployment('        app: other\n', '  namespace: b\n').replace('name: voter\n', 'name: other\n'),
      errors: [
        {
          messageId: 'namespaceApart',
          line: 37,
          column: 3,
          severity: 'warning',
          message:
            'This Service is in namespace b, but the pods it selects (app=voter) are those of Deployment voter, in namespace a: a Service selects pods of its own namespace only, so it gets no endpoints and connections to it fail.',
        },
      ],
    },
    {
      name: 'both name a namespace and they differ: the Service can never reach those pods (a warning, as every finding of this rule)',
      code: service('    app: voter\n', '  namespace: a\n') + deployment(voterLabels, '  namespace: b\n'),
      errors: [
        {
          messageId: 'namespaceApart',
          line: 7,
          column: 3,
          endColumn: 11,
          severity: 'warning',
          message: 'This Service is in namespace a, but the pods it selects (app=voter) are those of Deployment voter, in namespace b',
        },
      ],
    },
    {
      name: 'only the pods name a namespace: a warning that the Service must be applied there, never an error',
      code: service('    app: voter\n') + deployment(voterLabels, '  namespace: ws\n'),
      errors: [
        {
          messageId: 'namespaceOfPods',
          line: 6,
          column: 3,
          severity: 'warning',
          message:
            'This Service names no namespace, and the pods it selects (app=voter) are those of Deployment voter, in namespace ws: it reaches them only if it is applied in ws too.',
        },
      ],
    },
    {
      name: 'only the Service names a namespace: a warning that the workload must be applied there, never an error',
      code: service('    app: voter\n', '  namespace: ws\n') + deployment(voterLabels),
      errors: [
        {
          messageId: 'namespaceOfService',
          line: 7,
          column: 3,
          severity: 'warning',
          message:
            'This Service is in namespace ws, and Deployment voter, whose pods it selects (app=voter), names no namespace: it reaches them only if Deployment voter is applied in ws too.',
        },
      ],
    },
  ],
});
