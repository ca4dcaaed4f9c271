import type { JsonPath, PlainValue } from '../types.js';
import type { Definitions, SchemaNode } from './bundle.js';

/** A schema found at a place in a resource, with what a person needs to read about it. */
export interface SchemaAt {
  schema: SchemaNode;
  /** The definition it came from, e.g. io.k8s.api.core.v1.PodSpec, when it is one. */
  definition?: string;
  /** The field's description (the one beside the reference, else the definition's). */
  description?: string;
}

const refPrefix = '#/definitions/';

/** Follows references; the description written beside a reference wins over the target's own. */
export function deref(definitions: Definitions, node: SchemaNode): SchemaAt {
  let current = node;
  let definition: string | undefined;
  const description = node.description;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 32; hops++) {
    definition = current.$ref.startsWith(refPrefix) ? current.$ref.slice(refPrefix.length) : current.$ref;
    const target = definitions[definition];
    if (!target) break;
    current = target;
  }
  return { schema: current, definition, description: description ?? current.description };
}

export function jsonType(value: unknown): 'null' | 'array' | 'object' | 'string' | 'number' | 'integer' | 'boolean' {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as 'object' | 'string' | 'boolean';
}

/** The JSON types a schema accepts ('object' for a reference to a definition with properties). */
export function typesOf(definitions: Definitions, node: SchemaNode): string[] {
  const { schema } = deref(definitions, node);
  if (schema.anyOf) return schema.anyOf.flatMap((branch) => typesOf(definitions, branch));
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  return schema.properties ? ['object'] : [];
}

export function accepts(types: readonly string[], value: unknown): boolean {
  const actual = jsonType(value);
  if (types.length === 0) return true;
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** Picks the anyOf branch a value is meant for, by its JSON type. */
export function branchFor(definitions: Definitions, schema: SchemaNode, value: unknown): SchemaNode | undefined {
  return schema.anyOf?.find((branch) => accepts(typesOf(definitions, branch), value));
}

/** Narrows an anyOf to the branch meant for `data`; keeps the field's own description. */
function narrow(definitions: Definitions, at: SchemaAt, data: unknown): SchemaAt | undefined {
  if (!at.schema.anyOf) return at;
  const branch = branchFor(definitions, at.schema, data);
  if (!branch) return undefined;
  const inner = deref(definitions, branch);
  return { schema: inner.schema, definition: inner.definition ?? at.definition, description: at.description ?? inner.description };
}

/**
 * The schema that applies at `path` inside a value validated against `root`; an anyOf found there
 * is narrowed to the branch meant for the value unless `keepAnyOf` is set.
 */
export function schemaAt(definitions: Definitions, root: string, path: JsonPath, value: unknown, keepAnyOf = false): SchemaAt | undefined {
  let at: SchemaAt | undefined = deref(definitions, { $ref: `${refPrefix}${root}` });
  let data: unknown = value;
  for (const segment of path) {
    at = narrow(definitions, at, data);
    if (!at) return undefined;
    const { schema } = at;
    let next: SchemaNode | undefined;
    if (typeof segment === 'number') next = schema.items;
    else if (schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, segment)) next = schema.properties[segment];
    else if (typeof schema.additionalProperties === 'object') next = schema.additionalProperties;
    if (!next) return undefined;
    at = deref(definitions, next);
    data = data !== null && typeof data === 'object' ? (data as Record<string | number, PlainValue>)[segment] : undefined;
  }
  // An anyOf that no branch takes stays as it is: that is the "must be X or Y" case.
  return keepAnyOf ? at : (narrow(definitions, at, data) ?? at);
}

/** The short name of a definition: io.k8s.api.core.v1.PodSpec -> PodSpec. */
export function shortName(definition: string | undefined): string | undefined {
  return definition ? definition.slice(definition.lastIndexOf('.') + 1) : undefined;
}
