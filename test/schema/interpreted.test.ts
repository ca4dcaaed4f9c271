import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { bundledSchemaSource, type SchemaError, type SchemaNode, type ValidateFunction } from '../../src/schema/bundle.js';
import { customKindOf } from '../../src/schema/custom.js';
import { interpretedValidator, interpreterFor } from '../../src/schema/interpreted.js';
import { SharedSubschemas } from '../../src/schema/shared-subschemas.js';
import { convertRoot, convertsInterpretably, objectMetaDefinition, referencedDefinitions, type ConvertOptions } from '../../src/schema/structural.js';
import { newestKubeVersion } from '../../src/schema/versions.js';
import type { Resource } from '../../src/types.js';
import { corpusDir, yamlFiles } from '../support/manifest-files.js';

const objectMeta = referencedDefinitions(bundledSchemaSource(newestKubeVersion).definitions(), objectMetaDefinition);

/** What findings read of an error; schemaPath is not among it. */
const errorsOf = (validate: ValidateFunction, value: unknown) => {
  const valid = validate(value);
  const errors = (validate.errors ?? []).map(({ keyword, instancePath, params }: SchemaError) => ({ keyword, instancePath, params }));
  return { valid, errors: valid ? [] : errors };
};

/** Both validators of one converted schema: the interpreter, and ajv as custom schemas were compiled before. */
function both(root: SchemaNode, ajv = new SharedSubschemas(objectMeta)) {
  const interpreted = interpretedValidator(root, objectMeta);
  const compiled = ajv.compile(root)!;
  return { interpreted, compiled };
}

type Case = [
  name: string,
  schema: Record<string, unknown>,
  value: unknown,
  errors: { keyword: string; instancePath: string; params: Record<string, unknown> }[],
];

/** A plain JSON schema as the interpreter receives it: a converted one, with no CRD conversion in the way. */
const e = (keyword: string, instancePath: string, params: Record<string, unknown> = {}) => ({ keyword, instancePath, params });

const keywordCases: Case[] = [
  ['type string, valid', { type: 'string' }, 'a', []],
  ['type string, a number', { type: 'string' }, 1, [e('type', '', { type: 'string' })]],
  ['type integer, a fraction', { type: 'integer' }, 1.5, [e('type', '', { type: 'integer' })]],
  ['type integer, Infinity counts (strictNumbers off)', { type: 'integer' }, Infinity, []],
  ['type number, an integer', { type: 'number' }, 3, []],
  ['type boolean, a string', { type: 'boolean' }, 'true', [e('type', '', { type: 'boolean' })]],
  ['type null', { type: 'null' }, 0, [e('type', '', { type: 'null' })]],
  ['type array, an object', { type: 'array' }, {}, [e('type', '', { type: 'array' })]],
  ['type object, an array', { type: 'object' }, [], [e('type', '', { type: 'object' })]],
  ['type object, null', { type: 'object' }, null, [e('type', '', { type: 'object' })]],
  ['int-or-string, a string', { type: ['integer', 'string'] }, '80%', []],
  ['int-or-string, a boolean', { type: ['integer', 'string'] }, true, [e('type', '', { type: ['integer', 'string'] })]],
  ['object or array, null', { type: ['object', 'array'] }, null, [e('type', '', { type: ['object', 'array'] })]],
  ['object or null, null', { type: ['object', 'null'] }, null, []],
  ['enum, a member', { enum: ['a', 1, null] }, null, []],
  ['enum, not a member', { enum: ['a', 'b'] }, 'c', [e('enum', '', { allowedValues: ['a', 'b'] })]],
  [
    'enum and type: the type error first (integer has no group)',
    { type: 'integer', enum: [1, 2] },
    'x',
    [e('type', '', { type: 'integer' }), e('enum', '', { allowedValues: [1, 2] })],
  ],
  [
    'enum and type with a string rule: the type error after the enum',
    { type: 'string', enum: ['a'], pattern: '^a$' },
    5,
    [e('enum', '', { allowedValues: ['a'] }), e('type', '', { type: 'string' })],
  ],
  ['maximum', { type: 'number', maximum: 5 }, 6, [e('maximum', '', { comparison: '<=', limit: 5 })]],
  ['maximum, equal', { type: 'number', maximum: 5 }, 5, []],
  ['minimum', { type: 'integer', minimum: 0 }, -1, [e('minimum', '', { comparison: '>=', limit: 0 })]],
  ['minimum on the wrong type: only the type error', { type: 'integer', minimum: 0 }, 'x', [e('type', '', { type: 'integer' })]],
  ['minimum, NaN', { minimum: 0 }, NaN, [e('minimum', '', { comparison: '>=', limit: 0 })]],
  ['exclusiveMaximum', { exclusiveMaximum: 5 }, 5, [e('exclusiveMaximum', '', { comparison: '<', limit: 5 })]],
  ['exclusiveMinimum', { exclusiveMinimum: 0 }, 0, [e('exclusiveMinimum', '', { comparison: '>', limit: 0 })]],
  [
    'maximum and minimum at once, in ajv order',
    { type: 'number', maximum: 1, minimum: 2, multipleOf: 4 },
    1.5,
    [e('maximum', '', { comparison: '<=', limit: 1 }), e('minimum', '', { comparison: '>=', limit: 2 }), e('multipleOf', '', { multipleOf: 4 })],
  ],
  ['multipleOf, valid', { multipleOf: 0.5 }, 2.5, []],
  ['multipleOf, 1e21 (parseInt reads "1e+21")', { multipleOf: 1 }, 1e21, [e('multipleOf', '', { multipleOf: 1 })]],
  ['number type in the number group', { type: 'number', minimum: 0 }, 'x', [e('type', '', { type: 'number' })]],
  ['maxLength counts code points', { type: 'string', maxLength: 2 }, '😀😀', []],
  ['maxLength', { type: 'string', maxLength: 2 }, 'abc', [e('maxLength', '', { limit: 2 })]],
  ['minLength', { type: 'string', minLength: 1 }, '', [e('minLength', '', { limit: 1 })]],
  ['pattern, valid', { type: 'string', pattern: '^[a-z]+$' }, 'abc', []],
  ['pattern', { type: 'string', pattern: '^[a-z]+$' }, 'aBc', [e('pattern', '', { pattern: '^[a-z]+$' })]],
  ['pattern ignores non-strings', { pattern: '^a$' }, 5, []],
  ['format date-time', { type: 'string', format: 'date-time' }, 'yesterday', [e('format', '', { format: 'date-time' })]],
  ['format date-time, valid', { type: 'string', format: 'date-time' }, '2024-01-02T03:04:05Z', []],
  ['format byte', { type: 'string', format: 'byte' }, 'abc', [e('format', '', { format: 'byte' })]],
  ['an unknown format is ignored', { type: 'string', format: 'int-or-string' }, 'x', []],
  [
    'an unknown format on a number still makes the number group check the type',
    { type: 'number', format: 'int32', enum: [1] },
    'x',
    [e('enum', '', { allowedValues: [1] }), e('type', '', { type: 'number' })],
  ],
  ['maxItems', { type: 'array', maxItems: 1 }, [1, 2], [e('maxItems', '', { limit: 1 })]],
  ['minItems', { type: 'array', minItems: 1 }, [], [e('minItems', '', { limit: 1 })]],
  [
    'items: every item checked',
    { type: 'array', items: { type: 'string' } },
    ['a', 1, 'b', false],
    [e('type', '/1', { type: 'string' }), e('type', '/3', { type: 'string' })],
  ],
  ['items on an object: the type error only', { type: 'array', items: { type: 'string' } }, { 0: 1 }, [e('type', '', { type: 'array' })]],
  ['maxProperties', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, [e('maxProperties', '', { limit: 1 })]],
  ['minProperties', { type: 'object', minProperties: 1 }, {}, [e('minProperties', '', { limit: 1 })]],
  [
    'required, in the schema order',
    { type: 'object', required: ['b', 'a'] },
    {},
    [e('required', '', { missingProperty: 'b' }), e('required', '', { missingProperty: 'a' })],
  ],
  ['required, present', { required: ['a'] }, { a: 0 }, []],
  [
    'additionalProperties false: data order, before the properties',
    {
      type: 'object',
      properties: { a: { type: 'string' } },
      additionalProperties: false,
    },
    { z: 1, a: 2, y: 3 },
    [
      e('additionalProperties', '', { additionalProperty: 'z' }),
      e('additionalProperties', '', { additionalProperty: 'y' }),
      e('type', '/a', { type: 'string' }),
    ],
  ],
  [
    'additionalProperties false with more than eight properties',
    {
      properties: Object.fromEntries('abcdefghij'.split('').map((name) => [name, { type: 'string' }])),
      additionalProperties: false,
    },
    { j: 's', k: 's' },
    [e('additionalProperties', '', { additionalProperty: 'k' })],
  ],
  [
    'additionalProperties schema, keys escaped',
    { type: 'object', additionalProperties: { type: 'string' } },
    { 'a/b~c': 1, ok: 'x' },
    [e('type', '/a~1b~0c', { type: 'string' })],
  ],
  ['additionalProperties true', { type: 'object', additionalProperties: true }, { a: 1 }, []],
  [
    'properties in the schema order, not the data order',
    { properties: { b: { type: 'string' }, a: { type: 'string' } } },
    { a: 1, b: 2 },
    [e('type', '/b', { type: 'string' }), e('type', '/a', { type: 'string' })],
  ],
  ['properties: null is checked (only undefined is absent)', { properties: { a: { type: 'string' } } }, { a: null }, [e('type', '/a', { type: 'string' })]],
  ['properties with an empty schema', { properties: { a: {} } }, { a: 1 }, []],
  [
    'object keywords in ajv order',
    {
      type: 'object',
      required: ['x'],
      minProperties: 3,
      properties: { a: { type: 'integer' } },
      additionalProperties: false,
    },
    { a: 'no', b: 1 },
    [
      e('minProperties', '', { limit: 3 }),
      e('required', '', { missingProperty: 'x' }),
      e('additionalProperties', '', { additionalProperty: 'b' }),
      e('type', '/a', { type: 'integer' }),
    ],
  ],
  ['anyOf, the second branch passes: no errors', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, 3, []],
  [
    'anyOf, no branch passes: the branch errors, then anyOf',
    { anyOf: [{ type: 'string' }, { minimum: 5 }] },
    3,
    [e('type', '', { type: 'string' }), e('minimum', '', { comparison: '>=', limit: 5 }), e('anyOf', '')],
  ],
  ['anyOf with an empty branch', { anyOf: [{ type: 'string' }, {}] }, 3, []],
  ['oneOf, one passes', { oneOf: [{ required: ['a'] }, { required: ['b'] }] }, { a: 1 }, []],
  [
    'oneOf, none passes',
    { oneOf: [{ required: ['a'] }, { required: ['b'] }] },
    {},
    [e('required', '', { missingProperty: 'a' }), e('required', '', { missingProperty: 'b' }), e('oneOf', '', { passingSchemas: null })],
  ],
  [
    'oneOf, two pass: stops at the second',
    { oneOf: [{ required: ['c'] }, { required: ['a'] }, { required: ['b'] }, { required: ['d'] }] },
    { a: 1, b: 1 },
    [e('required', '', { missingProperty: 'c' }), e('oneOf', '', { passingSchemas: [1, 2] })],
  ],
  [
    'allOf: every branch',
    { allOf: [{ type: 'string' }, { minLength: 3 }, { pattern: '^a' }] },
    'b',
    [e('minLength', '', { limit: 3 }), e('pattern', '', { pattern: '^a' })],
  ],
  ['not, the inner schema passes', { not: { required: ['a'] } }, { a: 1 }, [e('not', '')]],
  ['not, the inner schema fails: no errors', { not: { required: ['a'] } }, {}, []],
  ['not of an empty schema always fails', { not: {} }, 1, [e('not', '')]],
  [
    'untyped keywords before typed ones',
    {
      type: 'object',
      properties: { a: { type: 'string' } },
      anyOf: [{ required: ['b'] }],
      enum: ['never'],
    },
    { a: 1 },
    [e('enum', '', { allowedValues: ['never'] }), e('required', '', { missingProperty: 'b' }), e('anyOf', ''), e('type', '/a', { type: 'string' })],
  ],
  [
    'nested paths',
    { properties: { list: { items: { properties: { name: { type: 'string' } } } } } },
    { list: [{ name: 1 }, { name: 'x' }, { name: [] }] },
    [e('type', '/list/0/name', { type: 'string' }), e('type', '/list/2/name', { type: 'string' })],
  ],
  [
    'a $ref into the bundled definitions (ObjectMeta)',
    { properties: { metadata: { $ref: `#/definitions/${objectMetaDefinition}` } } },
    {
      metadata: { name: 5, labels: { a: 1 }, creationTimestamp: 'now', colour: 'red' },
    },
    [
      e('additionalProperties', '/metadata', { additionalProperty: 'colour' }),
      e('format', '/metadata/creationTimestamp', { format: 'date-time' }),
      e('type', '/metadata/labels/a', { type: 'string' }),
      e('type', '/metadata/name', { type: 'string' }),
    ],
  ],
];

describe('the interpreted validator, keyword by keyword', () => {
  it.each(keywordCases)('%s', (_name, schema, value, expected) => {
    const { interpreted, compiled } = both(schema as SchemaNode);
    expect(interpreted, 'interpretable').toBeTypeOf('function');
    expect(errorsOf(interpreted!, value)).toEqual({ valid: expected.length === 0, errors: expected });
    // The table itself is checked against ajv, so it cannot drift from what ajv does.
    expect(errorsOf(compiled, value)).toEqual({ valid: expected.length === 0, errors: expected });
  });

  it.each([
    ['a keyword it does not interpret (uniqueItems)', { type: 'array', uniqueItems: true }],
    ['const', { const: 1 }],
    ['nullable', { type: 'string', nullable: true }],
    ['an object among the enum values', { enum: [{ a: 1 }] }],
    ['an empty enum (ajv cannot compile it)', { enum: [] }],
    ['an unknown type', { type: 'text' }],
    ['a bound that is not a number', { minimum: '1' }],
    ['a tuple items list', { items: [{ type: 'string' }] }],
    ['a property named like an Object method', { properties: { constructor: { type: 'string' } } }],
    ['a $ref beside other rules', { $ref: `#/definitions/${objectMetaDefinition}`, type: 'object' }],
    ['a $ref to an unknown definition', { $ref: '#/definitions/nothing' }],
    ['a pattern JavaScript cannot read', { pattern: '(?i)abc' }],
    ['an x-kubernetes extension left in', { properties: { a: { type: 'string', 'x-kubernetes-int-or-string': true } } }],
  ])('leaves a schema with %s to ajv', (_name, schema) => {
    expect(interpretedValidator(schema as SchemaNode, objectMeta)).toBeUndefined();
  });
});

describe('deciding from the raw CRD schema, and converting lazily', () => {
  const field = (schema: Record<string, unknown>) => ({ type: 'object', properties: { spec: { type: 'object', properties: { a: schema } } } });
  it.each([
    ['an ordinary field', { type: 'string', maxLength: 3 }, true],
    ['an unknown type', { type: 'text' }, false],
    ['a repeated type', { type: ['string', 'string'] }, false],
    ['an empty enum', { enum: [] }, false],
    ['an object in an enum', { enum: [{ a: 1 }] }, false],
    ['a bound that is not a number', { minimum: '1' }, false],
    ['an OpenAPI exclusive flag', { type: 'integer', minimum: 1, exclusiveMinimum: true }, true],
    ['a JSON schema exclusive bound', { type: 'integer', exclusiveMaximum: 5 }, true],
    ['an exclusive bound that is not finite', { exclusiveMaximum: Infinity }, false],
    ['a property named like an Object method', { properties: { constructor: { type: 'string' } } }, false],
    ['a required name like an Object method', { required: ['toString'] }, false],
    ['int-or-string with its anyOf', { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] }, true],
    ['a pattern JavaScript cannot read (dropped)', { type: 'string', pattern: '(?i)abc' }, true],
    ['an embedded resource', { type: 'object', 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true }, true],
    ['a bad type under items', { type: 'array', items: { type: 'nope' } }, false],
    ['a bad type under not', { not: { type: 'nope' } }, false],
    ['a bad type in an allOf branch', { allOf: [{ type: 'nope' }] }, false],
    ['a bad type under additionalProperties', { type: 'object', additionalProperties: { type: 'nope' } }, false],
  ])('%s: %s', (_name, schema, expected) => {
    for (const mode of ['crd', 'json'] as const) {
      expect(convertsInterpretably(field(schema), { mode })).toBe(expected);
      expect(interpretedValidator(convertRoot(field(schema), { mode }), objectMeta) !== undefined).toBe(expected);
    }
  });

  const raw = {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', description: 'The name.' },
          items: { type: 'array', items: { type: 'object', properties: { port: { 'x-kubernetes-int-or-string': true } } } },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          template: {
            type: 'object',
            'x-kubernetes-embedded-resource': true,
            properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          },
        },
      },
    },
  };
  const converted = {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', description: 'The name.' },
          items: {
            type: 'array',
            items: { type: 'object', properties: { port: { type: ['integer', 'string'] } }, additionalProperties: false },
          },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          template: {
            type: 'object',
            required: ['apiVersion', 'kind'],
            properties: {
              spec: { type: 'object' },
              apiVersion: { type: 'string' },
              kind: { type: 'string' },
              metadata: { $ref: `#/definitions/${objectMetaDefinition}` },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { $ref: `#/definitions/${objectMetaDefinition}` },
    },
    additionalProperties: false,
  };

  /** The node at a path of keys, read the ordinary way (so a lazy field converts). */
  const at = (node: unknown, ...keys: string[]): unknown => keys.reduce((current, key) => (current as Record<string, unknown>)[key], node);
  /** How a field of spec is stored: still an accessor (not converted yet), or converted. */
  const stored = (root: unknown, name: string) =>
    Object.getOwnPropertyDescriptor(at(root, 'properties', 'spec', 'properties'), name)!.get ? 'later' : 'converted';

  it('converts a field when it is first read, to what a full conversion gives, in whatever order it is read', () => {
    const root = convertRoot(raw, { mode: 'crd' });
    expect([stored(root, 'items'), stored(root, 'template')]).toEqual(['later', 'later']);
    expect(at(root, 'properties', 'spec', 'properties', 'items', 'items', 'properties', 'port')).toEqual({ type: ['integer', 'string'] });
    expect([stored(root, 'items'), stored(root, 'template')]).toEqual(['converted', 'later']);
    // Key order (as JSON shows it) and content are those of a conversion read front to back.
    expect(JSON.stringify(root)).toBe(JSON.stringify(converted));
    expect(JSON.stringify(convertRoot(raw, { mode: 'crd' }))).toBe(JSON.stringify(converted));
  });

  it('the interpreter reads only what the value reaches', () => {
    const root = convertRoot(raw, { mode: 'crd' });
    const validate = interpreterFor(root, objectMeta);
    expect(errorsOf(validate, { apiVersion: 'v', kind: 'K', spec: { name: 'n', labels: { a: 1 } } })).toEqual({
      valid: false,
      errors: [e('type', '/spec/labels/a', { type: 'string' })],
    });
    expect(['name', 'items', 'labels', 'template'].map((name) => stored(root, name))).toEqual(['converted', 'later', 'converted', 'later']);
  });
});

interface CrdSchema {
  key: string;
  raw: unknown;
  options: ConvertOptions;
}

/** Every CRD version schema of the corpus, and every custom resource with the schema of its CRD version. */
function corpusCustomResources(): { schemas: CrdSchema[]; found: { resource: Resource; schema: CrdSchema }[] } {
  const resources = yamlFiles(corpusDir).flatMap((file) => checkText(path.relative(corpusDir, file), readFileSync(file, 'utf8')).resources);
  const schemas = new Map<string, CrdSchema>();
  for (const crd of resources) {
    const custom = customKindOf(crd);
    if (!custom) continue;
    for (const version of custom.versions) {
      const key = `${custom.group}/${version.name}/${custom.kind}`;
      if (version.schema === undefined || schemas.has(key)) continue;
      schemas.set(key, { key, raw: version.schema, options: { mode: custom.preserveUnknownFields ? 'json' : 'crd' } });
    }
  }
  return {
    schemas: [...schemas.values()],
    found: resources.flatMap((resource) => {
      const schema = schemas.get(`${resource.apiVersion}/${resource.kind}`);
      return schema ? [{ resource, schema }] : [];
    }),
  };
}

/** Deterministic mutations of a value: every node replaced by wrong types and odd values, keys dropped and added. */
function* mutations(value: unknown): Generator<{ where: string; value: unknown }> {
  const replacements: unknown[] = ['text', 12.5, -3, 1e12, true, null, [], {}, 'x'.repeat(300), ['a', 1], { unknownField: 1 }];
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, at: (string | number)[]) => {
    paths.push(at);
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...at, index]));
    else if (node !== null && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, [...at, key]);
  };
  walk(value, []);
  const setAt = (root: unknown, at: (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void) => {
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let parent = copy;
    for (const step of at.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    change(parent, at[at.length - 1]!);
    return copy;
  };
  for (const [index, at] of paths.entries()) {
    if (at.length === 0) continue;
    const where = at.join('.');
    // Three replacements per node, in turn, keep the count near 30,000 over the corpus.
    for (const replacement of [0, 1, 2].map((offset) => replacements[(index * 3 + offset) % replacements.length]!))
      yield {
        where: `${where} = ${JSON.stringify(replacement).slice(0, 20)}`,
        value: setAt(value, at, (parent, key) => (parent[key] = structuredClone(replacement))),
      };
    yield {
      where: `${where} deleted`,
      value: setAt(value, at, (parent, key) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key])),
    };
    yield {
      where: `${where} gains an unknown key`,
      value: setAt(value, at, (parent, key) => {
        const node = parent[key];
        if (node !== null && typeof node === 'object' && !Array.isArray(node)) (node as Record<string, unknown>).zzUnknown = 'x';
        else if (Array.isArray(node)) node.push({ zzUnknown: 1 });
      }),
    };
  }
}

describe.skipIf(!existsSync(corpusDir))('the interpreted validator on the real-world corpus, against ajv', () => {
  const { schemas, found } = existsSync(corpusDir) ? corpusCustomResources() : { schemas: [], found: [] };
  const ajv = new SharedSubschemas(objectMeta);
  const validators = new Map<CrdSchema, { interpreted?: ValidateFunction; compiled: ValidateFunction }>();
  /** As the catalog builds them: the interpreter over a lazily converted schema, decided from the raw schema; ajv over a separate conversion. */
  const pair = (schema: CrdSchema) => {
    let entry = validators.get(schema);
    if (!entry) {
      const interpreted = convertsInterpretably(schema.raw, schema.options) ? interpreterFor(convertRoot(schema.raw, schema.options), objectMeta) : undefined;
      validators.set(schema, (entry = { interpreted, compiled: ajv.compile(convertRoot(schema.raw, schema.options))! }));
    }
    return entry;
  };

  it('decides from the raw schema what the converted schema says, for every CRD version (either mode)', () => {
    expect(schemas.length).toBeGreaterThan(30);
    for (const { key, raw } of schemas)
      for (const mode of ['crd', 'json'] as const) {
        const converted = interpretedValidator(convertRoot(raw, { mode }), objectMeta) !== undefined;
        expect(convertsInterpretably(raw, { mode }), `${key} ${mode}`).toBe(converted);
      }
  });

  it('interprets the schema of every CRD version the corpus uses', () => {
    expect(found.length).toBeGreaterThan(100);
    const used = [...new Set(found.map(({ schema }) => schema))];
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((schema) => !pair(schema).interpreted).map(({ key }) => key)).toEqual([]);
  });

  it('reports what ajv reports for every custom resource', () => {
    let invalid = 0;
    for (const { resource, schema } of found) {
      const { interpreted, compiled } = pair(schema);
      const expected = errorsOf(compiled, resource.value);
      if (!expected.valid) invalid++;
      expect(errorsOf(interpreted!, resource.value), `${resource.file}#${resource.docIndex}`).toEqual(expected);
    }
    // The corpus has a few invalid ones too.
    expect(invalid).toBeGreaterThan(0);
  });

  it('reports what ajv reports for every mutation of every custom resource', () => {
    let count = 0;
    let invalid = 0;
    const keywords = new Set<string>();
    for (const { resource, schema } of found) {
      const { interpreted, compiled } = pair(schema);
      for (const mutation of mutations(resource.value)) {
        const expected = errorsOf(compiled, mutation.value);
        count++;
        if (!expected.valid) invalid++;
        for (const error of expected.errors) keywords.add(error.keyword);
        const actual = errorsOf(interpreted!, mutation.value);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual, `${resource.file}#${resource.docIndex} ${mutation.where}`).toEqual(expected);
      }
    }
    expect(count).toBeGreaterThan(10_000);
    expect(invalid).toBeGreaterThan(count * 0.5);
    // anyOf, oneOf, allOf and not are rare in CRDs (int-or-string's anyOf is dropped): the table above covers them.
    expect([...keywords].sort()).toEqual([
      'additionalProperties',
      'enum',
      'format',
      'maxLength',
      'maximum',
      'minItems',
      'minimum',
      'pattern',
      'required',
      'type',
    ]);
  }, 600_000);
});
