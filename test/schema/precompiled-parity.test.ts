/**
 * The committed precompiled validators (ajv standalone code, schema constants slimmed by
 * scripts/schemas/standalone.ts) report exactly the errors a runtime ajv compile of the same
 * definitions reports, for every kind of every bundled version, on a document wrong everywhere.
 */
import { describe, expect, it } from 'vitest';
import { slimSchemaConstants } from '../../scripts/schemas/standalone.js';
import { bundledSchemaSource, type Definitions, type SchemaNode } from '../../src/schema/bundle.js';
import { DefinitionValidators } from '../../src/schema/validator.js';
import { bundledKubeVersions } from '../../src/schema/versions.js';
import type { PlainValue } from '../../src/types.js';

/** A value that breaks every rule the schema has: wrong types, values outside enums, an unknown field in every object. */
function wrongEverywhere(schema: SchemaNode, definitions: Definitions, depth: number): PlainValue {
  if (schema.$ref) return wrongEverywhere(definitions[schema.$ref.replace('#/definitions/', '')] ?? {}, definitions, depth);
  if (schema.enum) return 'NotOneOfThem';
  if (schema.anyOf) return depth % 2 === 0 ? [] : 'neither';
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.properties && depth > 0) {
    const value: Record<string, PlainValue> = { unknownField: 1 };
    for (const [name, property] of Object.entries(schema.properties)) value[name] = wrongEverywhere(property, definitions, depth - 1);
    return value;
  }
  if (schema.items && depth > 0) return [wrongEverywhere(schema.items, definitions, depth - 1), true];
  if (typeof schema.additionalProperties === 'object' && depth > 0) return { key: wrongEverywhere(schema.additionalProperties, definitions, depth - 1) };
  switch (type) {
    case 'string':
      return schema.format ? 'not-a-format-value' : 12;
    case 'integer':
      return 1.5;
    case 'number':
    case 'boolean':
      return 'text';
    case 'array':
      return 'not a list';
    case 'object':
      return 'not a mapping';
    default:
      return null as unknown as PlainValue;
  }
}

/** What findings are made of: the rest (schemaPath) names the schema, which a runtime compile roots elsewhere. */
const essentials = (errors: readonly { keyword: string; instancePath: string; params: Record<string, unknown> }[] | null | undefined) =>
  (errors ?? []).map(({ keyword, instancePath, params }) => ({ keyword, instancePath, params }));

describe.each(bundledKubeVersions)('precompiled validators of v%s', (version) => {
  it('report what a runtime compile reports, for every precompiled definition', () => {
    const source = bundledSchemaSource(version);
    const definitions = source.definitions();
    const runtime = new DefinitionValidators({ ...source, precompiled: () => undefined });
    const precompiled = Object.keys(source.index.validators ?? {}).sort();
    expect(precompiled.length).toBeGreaterThan(50);
    let compared = 0;
    for (const definition of precompiled) {
      for (const depth of [3, 6]) {
        const document = wrongEverywhere(definitions[definition]!, definitions, depth);
        const fast = source.precompiled(definition)!;
        const slow = runtime.get(definition);
        expect(fast(document), definition).toBe(slow(document));
        const expected = essentials(slow.errors);
        expect(essentials(fast.errors), definition).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);
});

describe('slimSchemaConstants', () => {
  const code = (...parts: string[]) => parts.join('');
  it.each([
    {
      name: 'a properties object tested by hasOwnProperty keeps only its keys',
      input: code('const schema1 = {"type":"object","properties":{"a":{"type":"string"},"b":{"$ref":"#/x"}}};', 'f(schema1.properties, k);'),
      output: code('const schema1 = {"properties":{"a":true,"b":true}};', 'f(schema1.properties, k);'),
    },
    {
      name: 'an enum read below the keys keeps that enum, beside the other keys',
      input: code('const schema2 = {"properties":{"a":{"enum":["X","Y"]},"b":{}}};', 'f(schema2.properties, k);g(schema2.properties.a.enum);'),
      output: code('const schema2 = {"properties":{"a":{"enum":["X","Y"]},"b":true}};', 'f(schema2.properties, k);g(schema2.properties.a.enum);'),
    },
    {
      name: 'a union type is kept as it is',
      input: code('const schema3 = {"type":["integer","string"],"description":"d"};', 'e({type: schema3.type});'),
      output: code('const schema3 = {"type":["integer","string"]};', 'e({type: schema3.type});'),
    },
    {
      name: 'a bare use keeps the whole constant',
      input: code('const schema4 = {"properties":{"a":{}}};', 'h(schema4);f(schema4.properties, k);'),
      output: code('const schema4 = {"properties":{"a":{}}};', 'h(schema4);f(schema4.properties, k);'),
    },
    {
      name: 'a bracket read keeps what it reads into',
      input: code('const schema5 = {"properties":{"a-b":{"enum":["X"]}},"required":["a-b"]};', 'g(schema5.properties["a-b"].enum);'),
      output: code('const schema5 = {"properties":{"a-b":{"enum":["X"]}}};', 'g(schema5.properties["a-b"].enum);'),
    },
    {
      name: 'a constant nothing reads becomes empty; schema10 is not schema1',
      input: code('const schema1 = {"type":"string","pattern":"\\"}{"};', 'const schema10 = {"a":1};f(schema10.a);'),
      output: code('const schema1 = {};', 'const schema10 = {"a":1};f(schema10.a);'),
    },
  ])('$name', ({ input, output }) => {
    expect(slimSchemaConstants(input)).toBe(output);
  });
});
