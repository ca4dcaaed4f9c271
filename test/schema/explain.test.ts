/** Error translation on a small hand-written schema set: what the generated bundles cannot show (enums), and the edges. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { inMemorySchemaSource, type Definitions } from '../../src/schema/bundle.js';
import { pointerToPath } from '../../src/schema/explain.js';
import { suggestField } from '../../src/schema/suggest-field.js';
import { validateSchemas, type SchemaSet } from '../../src/schema/validate.js';
import { placed, yaml } from './support.js';

const definitions: Definitions = {
  'example.v1.Gadget': {
    type: 'object',
    additionalProperties: false,
    required: ['spec'],
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: {
        type: 'object',
        additionalProperties: false,
        properties: { name: { type: 'string' }, annotations: { type: 'object', additionalProperties: { type: 'string' } } },
      },
      spec: { $ref: '#/definitions/example.v1.GadgetSpec', description: 'What the gadget should do.' },
    },
  },
  'example.v1.GadgetSpec': {
    type: 'object',
    additionalProperties: false,
    properties: {
      mode: { type: 'string', enum: ['Fast', 'Slow'], description: 'How fast it runs.' },
      apiToken: { type: 'string', description: 'The token it calls home with.' },
      options: { anyOf: [{ $ref: '#/definitions/example.v1.Options' }, { type: 'boolean' }], description: 'Options, or true for the defaults.' },
    },
  },
  'example.v1.Options': { type: 'object', additionalProperties: false, properties: { level: { type: 'integer' } } },
};

const schemas: SchemaSet = {
  versions: ['9.9'],
  source: () =>
    inMemorySchemaSource('9.9', { kubernetesVersion: '9.9', source: 'test', kinds: { 'example.io/v1': { Gadget: 'example.v1.Gadget' } } }, definitions),
};

function findings(code: string) {
  return validateSchemas(checkText('test.yaml', code).resources, { kubeVersion: '9.9', schemas });
}

const gadget = (...specLines: string[]) => yaml('apiVersion: example.io/v1', 'kind: Gadget', 'metadata:', '  name: g', 'spec:', ...specLines);

describe('turning ajv errors into findings', () => {
  it('a value outside an enum: on the value, listing the allowed values', () => {
    const [finding, ...rest] = findings(gadget('  mode: fast'));
    expect(rest).toEqual([]);
    expect(placed(finding!)).toEqual({ ruleId: 'schema', messageId: 'enum', line: 6, column: 9, endLine: 6, endColumn: 13 });
    expect(finding!.message).toBe('spec.mode must be one of Fast, Slow, not "fast".');
    expect(finding!.hint).toBe('Did you mean Fast? Values are case-sensitive. About mode: How fast it runs.');
  });

  it('a credential-like field never has its value repeated', () => {
    const [finding] = findings(gadget('  apiToken: 12345678'));
    expect(finding!.message).toBe('spec.apiToken must be a string, not a number.');
    expect(JSON.stringify(finding)).not.toContain('12345678');
  });

  it('anyOf: a value of a type no branch takes is one finding naming every accepted type', () => {
    const all = findings(gadget('  options: many'));
    expect(all.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'wrong-type', line: 6, column: 12, endLine: 6, endColumn: 16 }]);
    expect(all[0]!.message).toBe('spec.options must be a mapping of fields (key: value) or true or false, not the string "many".');
  });

  it('anyOf: a mapping is checked against the mapping branch only', () => {
    const all = findings(gadget('  options:', '    level: high'));
    expect(all.map((finding) => finding.message)).toEqual(['spec.options.level must be a whole number, not the string "high".']);
  });

  it('anyOf: the other branch passes quietly', () => {
    expect(findings(gadget('  options: true'))).toEqual([]);
  });

  it('a missing required field at the top level goes on the first key of the document', () => {
    const all = findings(yaml('apiVersion: example.io/v1', 'kind: Gadget', 'metadata:', '  name: g'));
    expect(all.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'required', line: 1, column: 1, endLine: 1, endColumn: 11 }]);
    expect(all[0]!.message).toBe('This Gadget is missing the required field "spec".');
    expect(all[0]!.hint).toBe('Add spec: at the top level. About spec: What the gadget should do.');
  });

  it('an unknown field without a close match lists the fields allowed there', () => {
    const [finding] = findings(gadget('  colour: blue'));
    expect(finding!.message).toBe('Unknown field "colour" in spec (a GadgetSpec): a GadgetSpec has no such field, so the API server rejects it.');
    expect(finding!.hint).toBe('Remove it, or check its spelling and indentation. Fields allowed here: apiToken, mode, options.');
  });

  it('map keys with / and ~ are read back from the JSON pointer', () => {
    const all = findings(yaml('apiVersion: example.io/v1', 'kind: Gadget', 'metadata:', '  name: g', '  annotations:', '    example.com/a~b: 5', 'spec: {}'));
    expect(all.map((finding) => [finding.path, finding.line, finding.column])).toEqual([['metadata.annotations["example.com/a~b"]', 6, 22]]);
  });
});

describe('pointerToPath', () => {
  it('turns list positions into numbers and unescapes ~1 and ~0', () => {
    expect(pointerToPath('/spec/containers/0/env/1/value', { spec: { containers: [{ env: [{}, {}] }] } })).toEqual([
      'spec',
      'containers',
      0,
      'env',
      1,
      'value',
    ]);
    expect(pointerToPath('/metadata/labels/a~1b~0c', { metadata: { labels: {} } })).toEqual(['metadata', 'labels', 'a/b~c']);
    expect(pointerToPath('/data/0', { data: { '0': 'x' } })).toEqual(['data', '0']);
  });
});

describe('suggestField', () => {
  it.each([
    ['restartpolicy', ['restartPolicy', 'containers'], 'restartPolicy'],
    ['secretname', ['secretName', 'items', 'optional'], 'secretName'],
    ['volumeClaimTemplate', ['volumeClaimTemplates', 'serviceName'], 'volumeClaimTemplates'],
    ['tpye', ['type', 'format'], 'type'],
    ['storageClass', ['storageClassName', 'resources'], 'storageClassName'],
    ['imagePullPolicy', ['image', 'name'], undefined],
    ['foo', ['bar', 'baz'], undefined],
  ])('%s among %j -> %s', (name, known, expected) => {
    expect(suggestField(name, known)).toBe(expected);
  });
});
