/** Alpha kinds are validated by precompiled code in chunks of their own, with the same findings the runtime compile gave. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundledSchemaSource, type SchemaSource } from '../../src/schema/bundle.js';
import { bundledSchemas, type SchemaSet } from '../../src/schema/validate.js';
import { bundledKubeVersions } from '../../src/schema/versions.js';
import { placed, validateYaml, yaml } from './support.js';

const isAlpha = (apiVersion: string) => /alpha\d*$/.test(apiVersion);

/** The bundled schemas without their precompiled validators: every kind compiles with ajv at run time, as alpha kinds used to. */
const runtimeCompiled: SchemaSet = {
  versions: bundledKubeVersions,
  source: (version) => {
    const bundled = bundledSchemaSource(version);
    return { version, index: bundled.index, definitions: () => bundled.definitions(), precompiled: () => undefined } satisfies SchemaSource;
  },
};

const validatingAdmissionPolicy = yaml(
  'apiVersion: admissionregistration.k8s.io/v1alpha1',
  'kind: ValidatingAdmissionPolicy',
  'metadata:',
  '  name: demo',
  'spec:',
  '  failurePolicy: Fail',
  '  matchConstraints:',
  '    resourceRules:',
  '      - apiGroups: [apps]',
  '        operations: CREATE',
  '  validations:',
  '    - expresion: object.spec.replicas <= 5',
  '  paramKind: 3',
);

const initializerConfiguration = yaml(
  'apiVersion: admissionregistration.k8s.io/v1alpha1',
  'kind: InitializerConfiguration',
  'metadata:',
  '  name: demo',
  'initializers:',
  '  - name: podimage.example.com',
  '    rules:',
  '      - apiGroups: [""]',
  '        apiVersions: v1',
  '        resources: [pods]',
  '        scope: all',
);

const cronJob = yaml(
  'apiVersion: batch/v2alpha1',
  'kind: CronJob',
  'metadata:',
  '  name: demo',
  'spec:',
  '  schedule: "*/5 * * * *"',
  '  concurrencyPolicy: Sometimes',
  '  jobTemplate:',
  '    spec:',
  '      backoffLimit: 1.5',
  '      template:',
  '        spec:',
  '          restartPolicy: Never',
  '          containers:',
  '            - name: c',
  '              image: busybox',
  '              imagePullPolicy: Sometimes',
  '              port: 80',
);

const resourceClaim = yaml(
  'apiVersion: resource.k8s.io/v1alpha2',
  'kind: ResourceClaim',
  'metadata:',
  '  name: demo',
  'spec:',
  '  resourceClassName: 7',
  '  allocationMode: Later',
);

const schemaFinding = (messageId: string, line: number, column: number) => ({ ruleId: 'schema', messageId, line, column });

const cases = [
  {
    name: 'ValidatingAdmissionPolicy v1alpha1 on 1.30',
    code: validatingAdmissionPolicy,
    kubeVersion: '1.30',
    chunk: 'v1.30/validators/admissionregistration.k8s.io-alpha.cjs',
    expected: [
      schemaFinding('wrong-type', 10, 21),
      schemaFinding('unknown-field', 12, 7),
      schemaFinding('required', 12, 7),
      schemaFinding('wrong-type', 13, 14),
    ],
  },
  {
    name: 'InitializerConfiguration v1alpha1 on 1.13',
    code: initializerConfiguration,
    kubeVersion: '1.13',
    chunk: 'v1.13/validators/admissionregistration.k8s.io-alpha.cjs',
    expected: [schemaFinding('wrong-type', 9, 22), schemaFinding('unknown-field', 11, 9)],
  },
  {
    name: 'CronJob batch/v2alpha1 on 1.10 (a pod template: the workloads-alpha chunk)',
    code: cronJob,
    kubeVersion: '1.10',
    chunk: 'v1.10/validators/workloads-alpha.cjs',
    expected: [schemaFinding('enum', 7, 22), schemaFinding('wrong-type', 10, 21), schemaFinding('enum', 17, 32), schemaFinding('unknown-field', 18, 15)],
  },
  {
    name: 'ResourceClaim resource.k8s.io/v1alpha2 on 1.30',
    code: resourceClaim,
    kubeVersion: '1.30',
    chunk: 'v1.30/validators/resource.k8s.io-alpha.cjs',
    expected: [schemaFinding('wrong-type', 6, 22)],
  },
];

const require = createRequire(import.meta.url);
const loadedAlphaChunks = () =>
  Object.keys(require.cache)
    .filter((file) => file.endsWith('-alpha.cjs'))
    .map((file) => file.split(/[\\/]/).slice(-3).join('/'));

describe('alpha kinds', () => {
  it('every alpha kind (but List kinds) has a precompiled validator in an -alpha chunk, and no other kind does', () => {
    for (const version of bundledKubeVersions) {
      const { index } = bundledSchemaSource(version);
      for (const [apiVersion, kinds] of Object.entries(index.kinds)) {
        for (const [kind, definition] of Object.entries(kinds)) {
          if (kind.endsWith('List')) continue;
          const chunk = index.validators?.[definition];
          expect(chunk, `${version} ${apiVersion} ${kind}`).toBeDefined();
          expect(chunk!.endsWith('-alpha'), `${version} ${apiVersion} ${kind} in ${chunk}`).toBe(isAlpha(apiVersion));
        }
      }
    }
  });

  it('a run that meets no alpha kind loads no alpha chunk', () => {
    validateYaml(yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  replicas: many'));
    expect(loadedAlphaChunks()).toEqual([]);
  });

  it.each(cases)('$name: precompiled, with the findings of the runtime compile', ({ code, kubeVersion, chunk, expected }) => {
    const precompiled = validateYaml(code, { kubeVersion, schemas: bundledSchemas }).filter((finding) => finding.ruleId === 'schema');
    expect(loadedAlphaChunks()).toContain(chunk);
    expect(precompiled.map((finding) => ({ ruleId: finding.ruleId, messageId: finding.messageId, line: finding.line, column: finding.column }))).toEqual(
      expected,
    );
    const compiled = validateYaml(code, { kubeVersion, schemas: runtimeCompiled }).filter((finding) => finding.ruleId === 'schema');
    expect(precompiled.map(placed)).toEqual(compiled.map(placed));
    expect(precompiled.map((finding) => finding.message)).toEqual(compiled.map((finding) => finding.message));
  });
});
