import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { bundledSchemaSource, type SchemaError, type SchemaNode, type ValidateFunction } from '../../src/schema/bundle.js';
import { customKindOf } from '../../src/schema/custom.js';
import { interpretedValidator } from '../../src/schema/interpreted.js';
import { SharedSubschemas } from '../../src/schema/shared-subschemas.js';
import { convertRoot, objectMetaDefinition, referencedDefinitions } from '../../src/schema/structural.js';
import { newestKubeVersion } from '../../src/schema/versions.js';
import type { PlainValue, Resource } from '../../src/types.js';

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

type Case = [name: string, schema: Record<string, unknown>, value: unknown, errors: { keyword: string; instancePath: string; params: Record<string, unknown> }[]];

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
  ['enum and type: the type error first (integer has no group)', { type: 'integer', enum: [1, 2] }, 'x', [
    e('type', '', { type: 'integer' }),
    e('enum', '', { allowedValues: [1, 2] }),
  ]],
  ['enum and type with a string rule: the type error after the enum', { type: 'string', enum: ['a'], pattern: '^a$' }, 5, [
    e('enum', '', { allowedValues: ['a'] }),
    e('type', '', { type: 'string' }),
  ]],
  ['maximum', { type: 'number', maximum: 5 }, 6, [e('maximum', '', { comparison: '<=', limit: 5 })]],
  ['maximum, equal', { type: 'number', maximum: 5 }, 5, []],
  ['minimum', { type: 'integer', minimum: 0 }, -1, [e('minimum', '', { comparison: '>=', limit: 0 })]],
  ['minimum on the wrong type: only the type error', { type: 'integer', minimum: 0 }, 'x', [e('type', '', { type: 'integer' })]],
  ['minimum, NaN', { minimum: 0 }, NaN, [e('minimum', '', { comparison: '>=', limit: 0 })]],
  ['exclusiveMaximum', { exclusiveMaximum: 5 }, 5, [e('exclusiveMaximum', '', { comparison: '<', limit: 5 })]],
  ['exclusiveMinimum', { exclusiveMinimum: 0 }, 0, [e('exclusiveMinimum', '', { comparison: '>', limit: 0 })]],
  ['maximum and minimum at once, in ajv order', { type: 'number', maximum: 1, minimum: 2, multipleOf: 4 }, 1.5, [
    e('maximum', '', { comparison: '<=', limit: 1 }),
    e('minimum', '', { comparison: '>=', limit: 2 }),
    e('multipleOf', '', { multipleOf: 4 }),
  ]],
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
  ['an unknown format on a number still makes the number group check the type', { type: 'number', format: 'int32', enum: [1] }, 'x', [
    e('enum', '', { allowedValues: [1] }),
    e('type', '', { type: 'number' }),
  ]],
  ['maxItems', { type: 'array', maxItems: 1 }, [1, 2], [e('maxItems', '', { limit: 1 })]],
  ['minItems', { type: 'array', minItems: 1 }, [], [e('minItems', '', { limit: 1 })]],
  ['items: every item checked', { type: 'array', items: { type: 'string' } }, ['a', 1, 'b', false], [
    e('type', '/1', { type: 'string' }),
    e('type', '/3', { type: 'string' }),
  ]],
  ['items on an object: the type error only', { type: 'array', items: { type: 'string' } }, { 0: 1 }, [e('type', '', { type: 'array' })]],
  ['maxProperties', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, [e('maxProperties', '', { limit: 1 })]],
  ['minProperties', { type: 'object', minProperties: 1 }, {}, [e('minProperties', '', { limit: 1 })]],
  ['required, in the schema order', { type: 'object', required: ['b', 'a'] }, {}, [
    e('required', '', { missingProperty: 'b' }),
    e('required', '', { missingProperty: 'a' }),
  ]],
  ['required, present', { required: ['a'] }, { a: 0 }, []],
  ['additionalProperties false: data order, before the properties', {
    type: 'object',
    properties: { a: { type: 'string' } },
    additionalProperties: false,
  }, { z: 1, a: 2, y: 3 }, [
    e('additionalProperties', '', { additionalProperty: 'z' }),
    e('additionalProperties', '', { additionalProperty: 'y' }),
    e('type', '/a', { type: 'string' }),
  ]],
  ['additionalProperties false with more than eight properties', {
    properties: Object.fromEntries('abcdefghij'.split('').map((name) => [name, { type: 'string' }])),
    additionalProperties: false,
  }, { j: 's', k: 's' }, [e('additionalProperties', '', { additionalProperty: 'k' })]],
  ['additionalProperties schema, keys escaped', { type: 'object', additionalProperties: { type: 'string' } }, { 'a/b~c': 1, ok: 'x' }, [
    e('type', '/a~1b~0c', { type: 'string' }),
  ]],
  ['additionalProperties true', { type: 'object', additionalProperties: true }, { a: 1 }, []],
  ['properties in the schema order, not the data order', { properties: { b: { type: 'string' }, a: { type: 'string' } } }, { a: 1, b: 2 }, [
    e('type', '/b', { type: 'string' }),
    e('type', '/a', { type: 'string' }),
  ]],
  ['properties: null is checked (only undefined is absent)', { properties: { a: { type: 'string' } } }, { a: null }, [e('type', '/a', { type: 'string' })]],
  ['properties with an empty schema', { properties: { a: {} } }, { a: 1 }, []],
  ['object keywords in ajv order', {
    type: 'object',
    required: ['x'],
    minProperties: 3,
    properties: { a: { type: 'integer' } },
    additionalProperties: false,
  }, { a: 'no', b: 1 }, [
    e('minProperties', '', { limit: 3 }),
    e('required', '', { missingProperty: 'x' }),
    e('additionalProperties', '', { additionalProperty: 'b' }),
    e('type', '/a', { type: 'integer' }),
  ]],
  ['anyOf, the second branch passes: no errors', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, 3, []],
  ['anyOf, no branch passes: the branch errors, then anyOf', { anyOf: [{ type: 'string' }, { minimum: 5 }] }, 3, [
    e('type', '', { type: 'string' }),
    e('minimum', '', { comparison: '>=', limit: 5 }),
    e('anyOf', ''),
  ]],
  ['anyOf with an empty branch', { anyOf: [{ type: 'string' }, {}] }, 3, []],
  ['oneOf, one passes', { oneOf: [{ required: ['a'] }, { required: ['b'] }] }, { a: 1 }, []],
  ['oneOf, none passes', { oneOf: [{ required: ['a'] }, { required: ['b'] }] }, {}, [
    e('required', '', { missingProperty: 'a' }),
    e('required', '', { missingProperty: 'b' }),
    e('oneOf', '', { passingSchemas: null }),
  ]],
  ['oneOf, two pass: stops at the second', { oneOf: [{ required: ['c'] }, { required: ['a'] }, { required: ['b'] }, { required: ['d'] }] }, { a: 1, b: 1 }, [
    e('required', '', { missingProperty: 'c' }),
    e('oneOf', '', { passingSchemas: [1, 2] }),
  ]],
  ['allOf: every branch', { allOf: [{ type: 'string' }, { minLength: 3 }, { pattern: '^a' }] }, 'b', [
    e('minLength', '', { limit: 3 }),
    e('pattern', '', { pattern: '^a' }),
  ]],
  ['not, the inner schema passes', { not: { required: ['a'] } }, { a: 1 }, [e('not', '')]],
  ['not, the inner schema fails: no errors', { not: { required: ['a'] } }, {}, []],
  ['not of an empty schema always fails', { not: {} }, 1, [e('not', '')]],
  ['untyped keywords before typed ones', {
    type: 'object',
    properties: { a: { type: 'string' } },
    anyOf: [{ required: ['b'] }],
    enum: ['never'],
  }, { a: 1 }, [
    e('enum', '', { allowedValues: ['never'] }),
    e('required', '', { missingProperty: 'b' }),
    e('anyOf', ''),
    e('type', '/a', { type: 'string' }),
  ]],
  ['nested paths', { properties: { list: { items: { properties: { name: { type: 'string' } } } } } }, { list: [{ name: 1 }, { name: 'x' }, { name: [] }] }, [
    e('type', '/list/0/name', { type: 'string' }),
    e('type', '/list/2/name', { type: 'string' }),
  ]],
  ['a $ref into the bundled definitions (ObjectMeta)', { properties: { metadata: { $ref: `#/definitions/${objectMetaDefinition}` } } }, {
    metadata: { name: 5, labels: { a: 1 }, creationTimestamp: 'now', colour: 'red' },
  }, [
    e('additionalProperties', '/metadata', { additionalProperty: 'colour' }),
    e('format', '/metadata/creationTimestamp', { format: 'date-time' }),
    e('type', '/metadata/labels/a', { type: 'string' }),
    e('type', '/metadata/name', { type: 'string' }),
  ]],
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

const corpusDir = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

/** Every custom resource of the corpus with the converted schema of its CRD version. */
function corpusCustomResources(): { resource: Resource; root: SchemaNode; key: string }[] {
  const resources = yamlFiles(corpusDir).flatMap((file) => checkText(path.relative(corpusDir, file), readFileSync(file, 'utf8')).resources);
  const schemas = new Map<string, SchemaNode>();
  for (const crd of resources) {
    const custom = customKindOf(crd);
    if (!custom) continue;
    for (const version of custom.versions) {
      const key = `${custom.group}/${version.name}/${custom.kind}`;
      if (version.schema === undefined || schemas.has(key)) continue;
      schemas.set(key, convertRoot(version.schema, { mode: custom.preserveUnknownFields ? 'json' : 'crd' }));
    }
  }
  return resources.flatMap((resource) => {
    const key = `${resource.apiVersion}/${resource.kind}`;
    const root = schemas.get(key);
    return root ? [{ resource, root, key }] : [];
  });
}

/** Deterministic mutations of a value: every node replaced by wrong types and odd values, keys dropped and added. */
function* mutations(value: PlainValue): Generator<{ where: string; value: PlainValue }> {
  const replacements: PlainValue[] = ['text', 12.5, -3, 1e12, true, null, [], {}, 'x'.repeat(300), ['a', 1], { unknownField: 1 }];
  const paths: (string | number)[][] = [];
  const walk = (node: PlainValue, at: (string | number)[]) => {
    paths.push(at);
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...at, index]));
    else if (node !== null && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child as PlainValue, [...at, key]);
  };
  walk(value, []);
  const setAt = (root: PlainValue, at: (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void) => {
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let parent = copy;
    for (const step of at.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    change(parent, at[at.length - 1]!);
    return copy as PlainValue;
  };
  for (const [index, at] of paths.entries()) {
    if (at.length === 0) continue;
    const where = at.join('.');
    // Three replacements per node, in turn, keep the count near 30,000 over the corpus.
    for (const replacement of [0, 1, 2].map((offset) => replacements[(index * 3 + offset) % replacements.length]!))
      yield { where: `${where} = ${JSON.stringify(replacement).slice(0, 20)}`, value: setAt(value, at, (parent, key) => (parent[key] = structuredClone(replacement))) };
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
  const found = existsSync(corpusDir) ? corpusCustomResources() : [];
  const ajv = new SharedSubschemas(objectMeta);
  const validators = new Map<SchemaNode, ReturnType<typeof both>>();
  const pair = (root: SchemaNode) => {
    let entry = validators.get(root);
    if (!entry) validators.set(root, (entry = both(root, ajv)));
    return entry;
  };

  it('interprets the schema of every CRD version the corpus uses', () => {
    expect(found.length).toBeGreaterThan(100);
    const kinds = new Set(found.map(({ key }) => key));
    expect(kinds.size).toBeGreaterThan(20);
    expect([...kinds].filter((key) => !pair(found.find((entry) => entry.key === key)!.root).interpreted)).toEqual([]);
  });

  it('reports what ajv reports for every custom resource', () => {
    let invalid = 0;
    for (const { resource, root } of found) {
      const { interpreted, compiled } = pair(root);
      const expected = errorsOf(compiled, resource.value);
      if (!expected.valid) invalid++;
      expect(errorsOf(interpreted!, resource.value), `${resource.file}:${resource.line}`).toEqual(expected);
    }
    // The corpus has a few invalid ones too.
    expect(invalid).toBeGreaterThan(0);
  });

  it('reports what ajv reports for every mutation of every custom resource', () => {
    let count = 0;
    let invalid = 0;
    const keywords = new Set<string>();
    for (const { resource, root } of found) {
      const { interpreted, compiled } = pair(root);
      for (const mutation of mutations(resource.value)) {
        const expected = errorsOf(compiled, mutation.value);
        count++;
        if (!expected.valid) invalid++;
        for (const error of expected.errors) keywords.add(error.keyword);
        const actual = errorsOf(interpreted!, mutation.value);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual, `${resource.file}:${resource.line} ${mutation.where}`).toEqual(expected);
      }
    }
    expect(count).toBeGreaterThan(10_000);
    expect(invalid).toBeGreaterThan(count * 0.5);
    // anyOf, oneOf, allOf and not are rare in CRDs (int-or-string's anyOf is dropped): the table above covers them.
    expect([...keywords].sort()).toEqual(['additionalProperties', 'enum', 'format', 'maxLength', 'maximum', 'minItems', 'minimum', 'pattern', 'required', 'type']);
  }, 600_000);
});
