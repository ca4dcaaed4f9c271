/** Each thing the type declarations lose, put back as schemas/SCHEMAS.md records it, proven on the bundled schemas. */
import { describe, expect, it } from 'vitest';
import { bundledKubeVersions } from '../../src/schema/versions.js';
import { errorsOf, placed, validateYaml, yaml } from './support.js';

const deployment = (extraContainerLines: string[], strategy: string[] = []) =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: web',
    ...strategy,
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: web',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: nginx:1.25',
    ...extraContainerLines,
  );

const rollingUpdate = (maxSurge: string, maxUnavailable: string) => [
  '  strategy:',
  '    rollingUpdate:',
  `      maxSurge: ${maxSurge}`,
  `      maxUnavailable: ${maxUnavailable}`,
];

describe.each(bundledKubeVersions)('Kubernetes %s', (kubeVersion) => {
  it('integers: backoffLimit: 1.5 is not a whole number', () => {
    const code = yaml(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: j',
      'spec:',
      '  backoffLimit: 1.5',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '        - name: c',
      '          image: alpine:3.8',
    );
    const errors = errorsOf(code, { kubeVersion });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'wrong-type', line: 6, column: 17, endLine: 6, endColumn: 20 }]);
    expect(errors[0]!.message).toBe('spec.backoffLimit must be a whole number, not the number 1.5.');
  });

  it('Quantity accepts numbers: cpu: 1, cpu: 0.5 and memory: 1Gi pass', () => {
    const resources = [
      '          resources:',
      '            requests:',
      '              cpu: 0.5',
      '              memory: 1Gi',
      '            limits:',
      '              cpu: 1',
      '              memory: 512Mi',
    ];
    expect(errorsOf(deployment(resources), { kubeVersion })).toEqual([]);
  });

  it('Quantity still rejects what is neither a number nor a string', () => {
    const errors = errorsOf(deployment(['          resources:', '            limits:', '              cpu: true']), { kubeVersion });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'wrong-type', line: 19, column: 20, endLine: 19, endColumn: 24 }]);
    expect(errors[0]!.message).toMatch(/must be a quantity such as 500m, 1, 1\.5 or 1Gi, not true/);
  });

  it('int-or-string: maxSurge: 25% and maxUnavailable: 1 pass', () => {
    expect(errorsOf(deployment([], rollingUpdate('25%', '1')), { kubeVersion })).toEqual([]);
  });

  it('int-or-string: maxUnavailable: 1.5 is one finding, not an anyOf cascade', () => {
    const errors = errorsOf(deployment([], rollingUpdate('25%', '1.5')), { kubeVersion });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'wrong-type', line: 12, column: 23, endLine: 12, endColumn: 26 }]);
    expect(errors[0]!.message).toMatch(/maxUnavailable must be a whole number or a string/);
    expect(errors[0]!.hint).toMatch(/Use a whole number, or a percentage in quotes such as "25%"/);
  });

  it('named ports: targetPort: http and httpGet port: http pass', () => {
    const probe = [
      '          ports:',
      '            - containerPort: 80',
      '              name: http',
      '          readinessProbe:',
      '            httpGet:',
      '              path: /',
      '              port: http',
    ];
    const service = yaml(
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector:',
      '    app: web',
      '  ports:',
      '    - port: 80',
      '      targetPort: http',
    );
    expect(errorsOf(deployment(probe) + service, { kubeVersion })).toEqual([]);
  });

  it('null is unset: what kubectl create --dry-run -o yaml prints passes', () => {
    const dryRun = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  creationTimestamp: null',
      '  labels:',
      '    app: web',
      '  name: web',
      'spec:',
      '  replicas: 1',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  strategy: {}',
      '  template:',
      '    metadata:',
      '      creationTimestamp: null',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - image: nginx',
      '        name: nginx',
      '        resources: {}',
      'status: {}',
    );
    expect(errorsOf(dryRun, { kubeVersion })).toEqual([]);
  });

  it('Time: a date-time passes, other text is reported on the value', () => {
    const job = (startTime: string) =>
      yaml(
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata:',
        '  name: j',
        'spec:',
        '  template:',
        '    spec:',
        '      restartPolicy: Never',
        '      containers:',
        '        - name: c',
        '          image: alpine:3.8',
        'status:',
        `  startTime: ${startTime}`,
      );
    expect(errorsOf(job('2024-01-31T12:00:00Z'), { kubeVersion })).toEqual([]);
    expect(errorsOf(job('"2024-01-31T12:00:00+01:00"'), { kubeVersion })).toEqual([]);
    const errors = errorsOf(job('yesterday'), { kubeVersion });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'format', line: 13, column: 14, endLine: 13, endColumn: 23 }]);
    expect(errors[0]!.message).toBe('status.startTime must be a date and time such as 2024-01-31T12:00:00Z, not the string "yesterday".');
  });

  // Decision: the schema reports non-base64 Secret data (the API server rejects it); when the
  // secret-data rule reports the same spot, the pipeline keeps the rule's more specific finding.
  it('Secret data: non-base64 fails on the schema, at the value, without repeating the value', () => {
    const code = yaml('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: s', 'data:', '  username: amVmZg==', '  password: hunter2!');
    const errors = errorsOf(code, { kubeVersion });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'format', line: 7, column: 13, endLine: 7, endColumn: 21 }]);
    expect(JSON.stringify(errors)).not.toContain('hunter2');
  });

  it('Secret data: base64 wrapped over several lines passes, as Go decodes it', () => {
    const code = yaml(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: s',
      'data:',
      '  tls.crt: |',
      '    aGVsbG8gd29y',
      '    bGQ=',
      'stringData:',
      '  plain: not base64 at all',
    );
    expect(errorsOf(code, { kubeVersion })).toEqual([]);
  });

  it('ConfigMap binaryData values are base64 too', () => {
    const code = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'binaryData:', '  blob: "%%%"');
    expect(errorsOf(code, { kubeVersion }).map(placed)).toEqual([{ ruleId: 'schema', messageId: 'format', line: 6, column: 9, endLine: 6, endColumn: 14 }]);
  });
});

const crd = (schemaLines: string[]) =>
  yaml(
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: widgets.example.com',
    'spec:',
    '  group: example.com',
    '  scope: Namespaced',
    '  names:',
    '    kind: Widget',
    '    plural: widgets',
    '  versions:',
    '    - name: v1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema:',
    '          type: object',
    ...schemaLines,
  );

describe.each(['1.21', '1.25', '1.30'])('CustomResourceDefinition schemas on Kubernetes %s', (kubeVersion) => {
  it('JSONSchemaProps keeps its floats (minimum: 0.5) and its x-kubernetes-* fields', () => {
    const code = crd([
      '          x-kubernetes-preserve-unknown-fields: true',
      '          properties:',
      '            ratio:',
      '              type: number',
      '              minimum: 0.5',
      '              multipleOf: 0.25',
      '            port:',
      '              x-kubernetes-int-or-string: true',
      '            tags:',
      '              type: array',
      '              x-kubernetes-list-type: set',
      '              items:',
      '                type: string',
    ]);
    expect(errorsOf(code, { kubeVersion })).toEqual([]);
  });

  it('other JSONSchemaProps numbers stay integers (maxLength: 1.5 fails)', () => {
    const code = crd(['          properties:', '            name:', '              type: string', '              maxLength: 1.5']);
    expect(errorsOf(code, { kubeVersion }).map(placed)).toEqual([
      { ruleId: 'schema', messageId: 'wrong-type', line: 21, column: 26, endLine: 21, endColumn: 29 },
    ]);
  });

  it('JSONSchemaPropsOrBool: a string is one "mapping or true/false" finding, not one per anyOf branch', () => {
    const errors = errorsOf(crd(['          additionalProperties: "yes"']), { kubeVersion });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'wrong-type', line: 18, column: 33, endLine: 18, endColumn: 38 }]);
    expect(errors[0]!.message).toMatch(/additionalProperties must be a mapping of fields \(key: value\) or true or false, not the string "yes"/);
  });

  it('JSONSchemaPropsOrBool: a mapping is checked as a schema, so a typo inside it is found', () => {
    const errors = errorsOf(crd(['          additionalProperties:', '            tpye: string']), { kubeVersion });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'unknown-field', line: 19, column: 13, endLine: 19, endColumn: 17 }]);
    expect(errors[0]!.message).toMatch(/did you mean "type"\?/);
  });
});

describe('admission rules keep the fields kubernetes-types loses (descriptions containing a comment terminator)', () => {
  it.each(['1.21', '1.25', '1.30'])('Kubernetes %s: webhook rules with resources and scope pass', (kubeVersion) => {
    const code = yaml(
      'apiVersion: admissionregistration.k8s.io/v1',
      'kind: ValidatingWebhookConfiguration',
      'metadata:',
      '  name: check',
      'webhooks:',
      '  - name: check.example.com',
      '    admissionReviewVersions: ["v1"]',
      '    sideEffects: None',
      '    clientConfig:',
      '      service:',
      '        name: checker',
      '        namespace: default',
      '    rules:',
      '      - apiGroups: [""]',
      '        apiVersions: ["v1"]',
      '        operations: ["CREATE"]',
      '        resources: ["pods", "*/scale"]',
      '        scope: Namespaced',
    );
    expect(validateYaml(code, { kubeVersion })).toEqual([]);
  });
});
