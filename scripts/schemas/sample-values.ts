/** Documents built from a definition: one the schema accepts, and its one-step mutations (code-cache warm-up, check parity test). */
import type { Definitions, SchemaNode } from '../../src/schema/bundle.js';

/** A value the schema accepts, with every property filled in down to `depth`. */
export function validValue(schema: SchemaNode, definitions: Definitions, depth: number): unknown {
  if (schema.$ref) return validValue(definitions[schema.$ref.replace('#/definitions/', '')] ?? {}, definitions, depth);
  if (schema.enum) return schema.enum[schema.enum.length - 1];
  if (schema.anyOf) return validValue(schema.anyOf[depth % schema.anyOf.length]!, definitions, depth);
  const type = Array.isArray(schema.type) ? schema.type[depth % schema.type.length] : schema.type;
  if (type === 'array' || schema.items) return depth > 0 && schema.items ? [validValue(schema.items, definitions, depth - 1)] : [];
  if (type === 'object' || schema.properties || schema.additionalProperties) {
    const value: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      if (depth > 0 || schema.required?.includes(name)) value[name] = validValue(property, definitions, depth - 1);
    if (typeof schema.additionalProperties === 'object' && depth > 0) value['some-key'] = validValue(schema.additionalProperties, definitions, depth - 1);
    return value;
  }
  switch (type) {
    case 'string':
      return schema.format === 'date-time' ? '2024-02-29T12:00:00Z' : schema.format === 'byte' ? 'aGVsbG8=' : 'text';
    case 'integer':
      return 3;
    case 'number':
      return 2.5;
    case 'boolean':
      return false;
    default:
      return { anything: [1, 'two'] };
  }
}

const replacements: unknown[] = [
  null,
  1.5,
  7,
  -1,
  'text',
  '',
  true,
  [],
  ['text'],
  {},
  { unknownField: 1 },
  Number.NaN,
  '2024-13-99T00:00:00Z',
  'not base64!',
  'Always',
];

/** Every document one step from `value`: a node replaced, a key dropped, an unknown key added. */
export function* mutations(value: unknown): Generator<unknown> {
  for (const replacement of replacements) yield replacement;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) for (const mutated of mutations(value[i])) yield value.map((item, j) => (j === i ? mutated : item));
    yield [...value, ...value];
  } else if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    yield { ...object, unknownField: 'x' };
    for (const key of Object.keys(object)) {
      const { [key]: _dropped, ...rest } = object;
      yield rest;
      for (const mutated of mutations(object[key])) yield { ...object, [key]: mutated };
    }
  }
}
