import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/ajv-setup.js';
import { bundledSchemaSource, type SchemaError, type SchemaNode, type ValidateFunction } from '../../src/schema/bundle.js';
import { minSharedNodes, SharedSubschemas } from '../../src/schema/shared-subschemas.js';
import { convertRoot, objectMetaDefinition, referencedDefinitions } from '../../src/schema/structural.js';
import { newestKubeVersion } from '../../src/schema/versions.js';

const objectMeta = referencedDefinitions(bundledSchemaSource(newestKubeVersion).definitions(), objectMetaDefinition);

/** A pod-template-like object, as CRDs repeat it under every generator; `description` varies per copy. */
function template(description: string) {
  return {
    type: 'object',
    description,
    required: ['name'],
    properties: {
      name: { type: 'string', pattern: '^[a-z]+$', description },
      replicas: { type: 'integer', minimum: 0, maximum: 10 },
      port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
      labels: { type: 'object', additionalProperties: { type: 'string' } },
      mode: { type: 'string', enum: ['fast', 'safe'] },
      containers: {
        type: 'array',
        items: {
          type: 'object',
          required: ['image'],
          properties: {
            image: { type: 'string', minLength: 1 },
            args: { type: 'array', items: { type: 'string' } },
            env: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, value: { type: 'string' } } } },
          },
        },
      },
      embedded: { type: 'object', 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true },
    },
  };
}

const crdSchema = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      properties: {
        template: template('the template'),
        generators: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              list: { type: 'object', properties: { template: template('list template'), elements: { type: 'array', items: { type: 'string' } } } },
              git: { type: 'object', properties: { template: template('git template'), repo: { type: 'string' } } },
              matrix: { type: 'object', properties: { template: template('matrix template') }, oneOf: [{ required: ['template'] }] },
            },
          },
        },
      },
    },
  },
};

/** The converted root compiled whole, as every custom schema was before sharing. */
function compiledWhole(root: SchemaNode): ValidateFunction {
  const ajv = createAjv({ validateSchema: false, strict: false, logger: false });
  ajv.addSchema({ $id: 'whole', definitions: { ...objectMeta, root } });
  return ajv.compile({ $ref: 'whole#/definitions/root' }) as unknown as ValidateFunction;
}

const errorsOf = (validate: ValidateFunction, value: unknown) =>
  validate(value) ? [] : (validate.errors ?? []).map(({ keyword, instancePath, params }: SchemaError) => ({ keyword, instancePath, params }));

const good = { name: 'web', replicas: 2, port: 'http', labels: { app: 'web' }, mode: 'fast', containers: [{ image: 'nginx' }] };
const resource = (spec: unknown) => ({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec });

describe('custom schemas with shared subschemas', () => {
  const cases: [string, unknown][] = [
    ['a valid resource', resource({ template: good, generators: [{ list: { template: good, elements: ['a'] } }] })],
    ['an unknown field in a repeated template', resource({ generators: [{ git: { template: { ...good, colour: 'red' } } }] })],
    ['wrong types in several copies', resource({ template: { ...good, replicas: 'two' }, generators: [{ list: { template: { ...good, port: [] } } }] })],
    ['a missing required field and a bad pattern', resource({ generators: [{ matrix: { template: { replicas: 1, name: 'Web' } } }] })],
    ['out of range and not in the enum', resource({ template: { ...good, replicas: 11, mode: 'slow' } })],
    ['errors inside list items', resource({ template: { ...good, containers: [{ args: [1] }, { image: '', env: [{ name: 3 }] }] } })],
    ['a oneOf that no branch matches', resource({ generators: [{ matrix: {} }] })],
    ['an embedded resource without apiVersion and kind', resource({ template: { ...good, embedded: { metadata: { name: 1 } } } })],
    ['bad metadata (the bundled ObjectMeta)', { ...resource({}), metadata: { name: 5, labels: [] } }],
    ['not an object at all', 'text'],
  ];
  const root = convertRoot(crdSchema, { mode: 'crd' });
  const shared = new SharedSubschemas(objectMeta).compile(root)!;
  const whole = compiledWhole(root);

  it.each(cases)('reports the same errors, in the same order, as the schema compiled whole: %s', (_name, value) => {
    expect(errorsOf(shared, value)).toEqual(errorsOf(whole, value));
  });

  it('the cases do reach errors in shared subschemas', () => {
    expect(errorsOf(shared, cases[1]![1]).map((error) => error.instancePath)).toContain('/spec/generators/0/git/template');
    expect(errorsOf(shared, cases[5]![1]).length).toBe(4);
  });

  it('adds a subtree repeated under four keys (descriptions aside) once', () => {
    const validators = new SharedSubschemas(objectMeta);
    validators.compile(root);
    const once = validators.schemaCount;
    const single = new SharedSubschemas(objectMeta);
    single.compile(convertRoot({ type: 'object', properties: { spec: { type: 'object', properties: { template: template('x') } } } }, { mode: 'crd' }));
    // Four templates, yet only the generator wrappers, the list item and the root come on top of one template's schemas.
    expect(once).toBeLessThan(single.schemaCount + 6);
    expect(once).toBeGreaterThan(1);
  });

  it('compiles identical schemas (two copies of a CRD, two versions with one schema) once', () => {
    const validators = new SharedSubschemas(objectMeta);
    const first = validators.compile(convertRoot(crdSchema, { mode: 'crd' }));
    const count = validators.schemaCount;
    const again = validators.compile(convertRoot(structuredClone(crdSchema), { mode: 'crd' }));
    expect(again).toBe(first);
    expect(validators.schemaCount).toBe(count);
    const other = validators.compile(convertRoot({ ...crdSchema, required: ['spec'] }, { mode: 'crd' }));
    expect(other).not.toBe(first);
  });

  it('keeps small subtrees inline', () => {
    const validators = new SharedSubschemas(objectMeta);
    const small = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } };
    expect(minSharedNodes).toBeGreaterThan(4);
    validators.compile(convertRoot({ type: 'object', properties: { one: small, two: small } }, { mode: 'crd' }));
    expect(validators.schemaCount).toBe(1);
  });

  it('throws for a schema ajv cannot compile, and compiles the next one', () => {
    const validators = new SharedSubschemas(objectMeta);
    expect(() => validators.compile({ type: 'nonsense' } as SchemaNode)).toThrow();
    expect(validators.compile(convertRoot(crdSchema, { mode: 'crd' }))).toBeTypeOf('function');
  });
});
