import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFolder } from '../../src/pipeline/run.js';
import { customKindOf } from '../../src/schema/custom.js';
import type { Finding } from '../../src/types.js';
import { runGrade, writeTree } from '../support/cli.js';
import { validateYaml, yaml } from './support.js';

/** A CRD with every structural-schema feature the validation has to honour. */
const widgetCrd = yaml(
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  name: widgets.example.com',
  'spec:',
  '  group: example.com',
  '  names:',
  '    kind: Widget',
  '    plural: widgets',
  '  scope: Namespaced',
  '  versions:',
  '    - name: v1beta1',
  '      served: false',
  '      storage: false',
  '      schema:',
  '        openAPIV3Schema:',
  '          type: object',
  '    - name: v1',
  '      served: true',
  '      storage: true',
  '      schema:',
  '        openAPIV3Schema:',
  '          type: object',
  '          properties:',
  '            spec:',
  '              type: object',
  '              required: [size]',
  '              properties:',
  '                size:',
  '                  type: integer',
  '                  default: 1',
  '                  maximum: 10',
  '                name:',
  '                  type: string',
  "                  pattern: '^[a-z]+$'",
  '                color:',
  '                  type: string',
  '                  nullable: true',
  '                port:',
  '                  x-kubernetes-int-or-string: true',
  '                  anyOf:',
  '                    - type: integer',
  '                    - type: string',
  '                extra:',
  '                  type: object',
  '                  x-kubernetes-preserve-unknown-fields: true',
  '                template:',
  '                  type: object',
  '                  x-kubernetes-embedded-resource: true',
  '                  x-kubernetes-preserve-unknown-fields: true',
);

const widget = (...specLines: string[]) => yaml('apiVersion: example.com/v1', 'kind: Widget', 'metadata:', '  name: w', 'spec:', ...specLines);

interface Case {
  name: string;
  manifest: string;
  expected: Pick<Finding, 'ruleId' | 'messageId' | 'line' | 'column' | 'message'>[];
}

const cases: Case[] = [
  { name: 'a valid widget (defaults are not required)', manifest: widget('  size: 3'), expected: [] },
  {
    name: 'a wrong type',
    manifest: widget('  size: "three"'),
    expected: [{ ruleId: 'schema', messageId: 'wrong-type', line: 6, column: 9, message: 'spec.size must be a whole number, not the string "three".' }],
  },
  {
    name: 'an unknown field, with did-you-mean',
    manifest: widget('  size: 3', '  colour: red'),
    expected: [{ ruleId: 'schema', messageId: 'unknown-field', line: 7, column: 3, message: 'Unknown field "colour" in spec; did you mean "color"?' }],
  },
  {
    name: 'an unknown field at the top level',
    manifest: yaml('apiVersion: example.com/v1', 'kind: Widget', 'metadata:', '  name: w', 'spec:', '  size: 3', 'status2: {}'),
    expected: [
      {
        ruleId: 'schema',
        messageId: 'unknown-field',
        line: 7,
        column: 1,
        message: 'Unknown field "status2" in the top level of this Widget: a Widget has no such field, so the API server rejects it.',
      },
    ],
  },
  {
    name: 'a bound',
    manifest: widget('  size: 11'),
    expected: [{ ruleId: 'schema', messageId: 'out-of-range', line: 6, column: 9, message: 'spec.size must be at most 10, not the number 11.' }],
  },
  {
    name: 'a pattern',
    manifest: widget('  size: 1', '  name: Web1'),
    expected: [
      { ruleId: 'schema', messageId: 'pattern', line: 7, column: 9, message: 'spec.name must match the pattern ^[a-z]+$, and the string "Web1" does not.' },
    ],
  },
  {
    name: 'a missing required field',
    manifest: widget('  color: red'),
    expected: [{ ruleId: 'schema', messageId: 'required', line: 5, column: 1, message: 'spec is missing the required field "size".' }],
  },
  {
    name: 'a preserve-unknown-fields subtree accepts anything',
    manifest: widget('  size: 3', '  extra:', '    anything: [1, 2]', '    nested: {deep: true}'),
    expected: [],
  },
  { name: 'int-or-string takes a number', manifest: widget('  size: 3', '  port: 8080'), expected: [] },
  { name: 'int-or-string takes a string', manifest: widget('  size: 3', '  port: http'), expected: [] },
  {
    name: 'int-or-string rejects a list',
    manifest: widget('  size: 3', '  port: [1]'),
    expected: [
      {
        ruleId: 'schema',
        messageId: 'wrong-type',
        line: 7,
        column: 9,
        message: 'spec.port must be a whole number or a string (such as 8080, "http" or "25%"), not a list.',
      },
    ],
  },
  { name: 'a nullable field may be null', manifest: widget('  size: 3', '  color: null'), expected: [] },
  {
    name: 'an unserved version names the served ones',
    manifest: yaml('apiVersion: example.com/v1beta1', 'kind: Widget', 'metadata:', '  name: w'),
    expected: [
      {
        ruleId: 'api-version',
        messageId: 'not-served',
        line: 1,
        column: 13,
        message: 'The CustomResourceDefinition of Widget (crd.yaml) defines v1beta1 but does not serve it; it serves example.com/v1.',
      },
    ],
  },
  {
    name: 'a version the CRD does not have',
    manifest: yaml('apiVersion: example.com/v2', 'kind: Widget', 'metadata:', '  name: w'),
    expected: [
      {
        ruleId: 'api-version',
        messageId: 'not-served',
        line: 1,
        column: 13,
        message: 'The CustomResourceDefinition of Widget (crd.yaml) has no version v2; it serves example.com/v1.',
      },
    ],
  },
  {
    name: 'an embedded resource with apiVersion and kind',
    manifest: widget('  size: 3', '  template:', '    apiVersion: v1', '    kind: Pod', '    metadata:', '      name: p', '    spec: {containers: []}'),
    expected: [],
  },
  {
    name: 'an embedded resource needs kind, and its metadata is an ObjectMeta',
    manifest: widget('  size: 3', '  template:', '    apiVersion: v1', '    metadata:', '      nam: p'),
    expected: [
      { ruleId: 'schema', messageId: 'required', line: 7, column: 3, message: 'spec.template is missing the required field "kind".' },
      {
        ruleId: 'schema',
        messageId: 'unknown-field',
        line: 10,
        column: 7,
        message: 'Unknown field "nam" in spec.template.metadata (an ObjectMeta); did you mean "name"?',
      },
    ],
  },
  {
    name: 'the root metadata is an ObjectMeta',
    manifest: yaml('apiVersion: example.com/v1', 'kind: Widget', 'metadata:', '  name: w', '  label: {a: b}', 'spec:', '  size: 3'),
    expected: [
      {
        ruleId: 'schema',
        messageId: 'unknown-field',
        line: 5,
        column: 3,
        message: 'Unknown field "label" in metadata (an ObjectMeta); did you mean "labels"?',
      },
    ],
  },
];

function shown(findings: readonly Finding[]) {
  return findings
    .filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'api-version')
    .map(({ ruleId, messageId, line, column, message }) => ({ ruleId, messageId, line, column, message }));
}

describe('custom resources against a CRD in the same folder', () => {
  it.each(cases)('$name', async ({ manifest, expected }) => {
    const dir = writeTree({ 'crd.yaml': widgetCrd, 'widget.yaml': manifest });
    const { report } = await lintFolder({ inputs: [dir], jobs: 1 });
    expect(shown(report.findings.filter((finding) => finding.file === 'widget.yaml'))).toEqual(expected);
  });

  it('validates a CRD and its custom resource in one file too', () => {
    const findings = validateYaml(`${widgetCrd}---\n${widget('  size: "3"')}`);
    expect(findings.map((finding) => [finding.messageId, finding.line, finding.column])).toEqual([['wrong-type', 57, 9]]);
  });

  it('is the same for every --jobs', async () => {
    const files: Record<string, string> = { 'crd.yaml': widgetCrd };
    for (let i = 0; i < 8; i++) files[`w${i}.yaml`] = widget(`  size: ${i % 2 === 0 ? '"x"' : '1'}`, '  colour: red');
    const dir = writeTree(files);
    process.env.KUBEGRADE_MIN_FILES_PER_JOB = '1';
    try {
      const one = await lintFolder({ inputs: [dir], jobs: 1, toolVersion: 'test' });
      const three = await lintFolder({ inputs: [dir], jobs: 3, toolVersion: 'test' });
      expect(JSON.stringify(three.report)).toBe(JSON.stringify(one.report));
      expect(shown(one.report.findings).filter((finding) => finding.messageId === 'wrong-type')).toHaveLength(4);
      expect(shown(one.report.findings).filter((finding) => finding.messageId === 'unknown-field')).toHaveLength(8);
    } finally {
      delete process.env.KUBEGRADE_MIN_FILES_PER_JOB;
    }
  });

  it('without a CRD a custom resource stays one no-schema note', async () => {
    const dir = writeTree({ 'widget.yaml': widget('  size: "x"') });
    const { report } = await lintFolder({ inputs: [dir], jobs: 1 });
    expect(shown(report.findings)).toEqual([
      { ruleId: 'schema', messageId: 'no-schema', line: 2, column: 7, message: 'No schema for example.com/v1 Widget in Kubernetes 1.30; not validated.' },
    ]);
  });
});

const wrongTypeAndUnknown = [
  { ruleId: 'schema', messageId: 'wrong-type', line: 6, column: 9, message: 'spec.size must be a whole number, not the string "three".' },
  { ruleId: 'schema', messageId: 'unknown-field', line: 7, column: 3, message: 'Unknown field "colour" in spec; did you mean "color"?' },
];

describe('--crd and --schema-location', () => {
  const manifest = widget('  size: "three"', '  colour: red');

  it('--crd reads a CRD from another folder', async () => {
    const crds = writeTree({ 'widgets.yaml': widgetCrd });
    const dir = writeTree({ 'widget.yaml': manifest });
    const { report } = await lintFolder({ inputs: [dir], jobs: 1, customSchemas: { crds: [path.join(crds, 'widgets.yaml')] } });
    expect(shown(report.findings)).toEqual(wrongTypeAndUnknown);
  });

  /** The widget's v1 schema as a JSON schema file (what openapi2jsonschema writes: strict objects). */
  const jsonSchema = JSON.stringify({
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      spec: {
        type: 'object',
        additionalProperties: false,
        required: ['size'],
        properties: { size: { type: 'integer', format: 'int32' }, color: { type: 'string' } },
      },
    },
  });

  it.each([
    ['CRDs-catalog', path.join('example.com', 'widget_v1.json')],
    ['kubeconform', 'widget-example.com-v1.json'],
    ['kubeconform, first label of the group', 'widget-example-v1.json'],
  ])('--schema-location in the %s layout', async (_, file) => {
    const schemas = writeTree({});
    mkdirSync(path.dirname(path.join(schemas, file)), { recursive: true });
    writeFileSync(path.join(schemas, file), jsonSchema);
    const dir = writeTree({ 'widget.yaml': manifest });
    const { report } = await lintFolder({ inputs: [dir], jobs: 1, customSchemas: { schemaLocations: [schemas] } });
    expect(shown(report.findings)).toEqual(wrongTypeAndUnknown);
  });

  it('a kind the bundled version lacks (a newer Kubernetes) is validated against the supplied schema', async () => {
    const deviceClass = yaml('apiVersion: resource.k8s.io/v1', 'kind: DeviceClass', 'metadata:', '  name: gpu', 'spec:', '  selectors: gpu');
    const dir = writeTree({ 'device-class.yaml': deviceClass });
    const without = await lintFolder({ inputs: [dir], jobs: 1 });
    expect(shown(without.report.findings).map((finding) => finding.ruleId)).toEqual(['api-version']);
    const schemas = writeTree({
      'deviceclass-resource-v1.json': JSON.stringify({
        type: 'object',
        properties: {
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          metadata: { type: 'object' },
          spec: { type: 'object', properties: { selectors: { type: 'array' } } },
        },
      }),
    });
    const supplied = await lintFolder({ inputs: [dir], jobs: 1, customSchemas: { schemaLocations: [schemas] } });
    expect(shown(supplied.report.findings)).toEqual([
      { ruleId: 'schema', messageId: 'wrong-type', line: 6, column: 14, message: 'spec.selectors must be a list, not the string "gpu".' },
    ]);
  });

  it('a --crd that holds no CRD is a usage error', async () => {
    const other = writeTree({ 'cm.yaml': yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c') });
    const dir = writeTree({ 'widget.yaml': manifest });
    await expect(lintFolder({ inputs: [dir], customSchemas: { crds: [path.join(other, 'cm.yaml')] } })).rejects.toThrow(
      /--crd .*cm\.yaml: holds no CustomResourceDefinition/,
    );
  });

  it('grade --lint --crd and --schema-location through bin/grade.js', () => {
    const dir = writeTree({ 'answers/widget.yaml': manifest, 'crds/widgets.yaml': widgetCrd, 'schemas/example.com/widget_v1.json': jsonSchema });
    for (const flags of [
      ['--crd', 'crds/widgets.yaml'],
      ['--schema-location', 'schemas'],
    ]) {
      const run = runGrade(['--lint', '-f', 'json', ...flags, 'answers'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(shown((JSON.parse(run.stdout) as { findings: Finding[] }).findings)).toEqual(wrongTypeAndUnknown);
    }
    const missing = runGrade(['--lint', '--schema-location', 'nowhere', 'answers'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe(
      'grade: --schema-location nowhere: no such folder (give a folder of JSON schemas named {kind}-{group}-{version}.json or {group}/{kind}_{version}.json)',
    );
  });
});

describe('apiextensions.k8s.io/v1beta1 CRDs', () => {
  const crd = (preserve: string[]) =>
    yaml(
      'apiVersion: apiextensions.k8s.io/v1beta1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: gadgets.example.com',
      'spec:',
      '  group: example.com',
      '  version: v1',
      '  names: {kind: Gadget, plural: gadgets}',
      ...preserve,
      '  validation:',
      '    openAPIV3Schema:',
      '      type: object',
      '      properties:',
      '        spec:',
      '          type: object',
      '          properties:',
      '            size: {type: integer}',
    );
  const gadget = yaml('apiVersion: example.com/v1', 'kind: Gadget', 'metadata:', '  name: g', 'spec:', '  size: "2"', '  other: 1');

  it('keeps unknown fields unless preserveUnknownFields is false, as the API server did', () => {
    // The CRD itself is reported as removed in 1.30; only the gadget's findings matter here.
    const gadgetFindings = (text: string) =>
      validateYaml(text)
        .filter((finding) => finding.line! > text.split('\n').length - 8)
        .map((finding) => [finding.messageId, finding.line]);
    expect(gadgetFindings(`${crd([])}---\n${gadget}`)).toEqual([['wrong-type', 23]]);
    expect(gadgetFindings(`${crd(['  preserveUnknownFields: false'])}---\n${gadget}`)).toEqual([
      ['wrong-type', 24],
      ['unknown-field', 25],
    ]);
  });
});

const corpusDir = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');

describe.skipIf(!existsSync(corpusDir))('the real-world corpus', () => {
  it('validates every custom resource whose CRD is in the corpus (one CRD there declares no schema)', async () => {
    const { report, check } = await lintFolder({ inputs: [corpusDir], jobs: 1 });
    const crdKinds = new Set(
      check.resources.flatMap((resource) => {
        const custom = customKindOf(resource);
        return custom ? [`${custom.group}/${custom.kind}`] : [];
      }),
    );
    const group = (apiVersion: string) => apiVersion.slice(0, apiVersion.lastIndexOf('/'));
    const unvalidated = report.findings.filter(
      (finding) =>
        finding.messageId === 'no-schema' && finding.resource?.apiVersion && crdKinds.has(`${group(finding.resource.apiVersion)}/${finding.resource.kind}`),
    );
    expect(unvalidated.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^The CustomResourceDefinition of CronWorkflow \(.*\) has no schema for v1alpha1; not validated\.$/),
    ]);
    expect(crdKinds.size).toBeGreaterThan(35);
  }, 600_000);
});
