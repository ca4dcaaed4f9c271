/**
 * A CustomResourceDefinition's openAPIV3Schema (or a JSON schema from --schema-location) turned
 * into a JSON schema ajv validates the way the API server does with strict field validation.
 */
import type { Definitions, SchemaNode } from './bundle.js';
import { inheritedName, isRaw, keywordValueInterpretable, unicodePattern, type Raw } from './interpreted.js';

export const objectMetaDefinition = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const objectMetaRef = `#/definitions/${objectMetaDefinition}`;

/** Keywords that constrain a value; everything else (x-kubernetes-*, default, example, format, ...) is dropped. */
const valueKeywords = [
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'description',
] as const;

export interface ConvertOptions {
  /**
   * 'crd': the API server's structural schema, where an object without
   * x-kubernetes-preserve-unknown-fields keeps only the fields it names (strict validation rejects the rest).
   * 'json': a JSON schema file, whose own additionalProperties say what is allowed.
   */
  mode: 'crd' | 'json';
}

/** Go's RE2 and JavaScript differ at the edges ((?i), \z): a pattern JavaScript cannot read is not checked. */
function usablePattern(pattern: unknown): pattern is string {
  return typeof pattern === 'string' && unicodePattern(pattern) !== undefined;
}

function onlyRestatesTypes(branches: unknown): boolean {
  return Array.isArray(branches) && branches.every((branch) => isRaw(branch) && Object.keys(branch).every((key) => key === 'type'));
}

/** Sets a data property the way assignment would, also over an accessor left by `later`. */
function define(target: Raw, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * target[key] = convert(child), converted on first read: a custom resource reaches a small part
 * of its CRD's schema, and what it does not reach is converted only if a message or ajv reads it.
 */
function later(target: Raw, key: string, child: unknown, options: ConvertOptions, junctor: boolean): void {
  // Assigning "__proto__" sets the prototype; keep that (as before) rather than make an own property.
  if (key === '__proto__') {
    target[key] = convert(child, options, junctor);
    return;
  }
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(this: Raw) {
      const value = convert(child, options, junctor);
      define(this, key, value);
      return value;
    },
    set(this: Raw, value: unknown) {
      define(this, key, value);
    },
  });
}

/** Converts one node; `junctor` marks the inside of allOf/anyOf/oneOf/not, which only adds value checks. */
function convert(raw: unknown, options: ConvertOptions, junctor: boolean): SchemaNode {
  if (!isRaw(raw)) return {};
  const out: Raw = {};
  const intOrString = raw['x-kubernetes-int-or-string'] === true;
  if (intOrString) out.type = ['integer', 'string'];
  else if (typeof raw.type === 'string' || Array.isArray(raw.type)) out.type = raw.type;
  for (const keyword of valueKeywords) if (raw[keyword] !== undefined) out[keyword] = raw[keyword];
  if (usablePattern(raw.pattern)) out.pattern = raw.pattern;
  // OpenAPI 3.0 writes exclusive bounds as flags beside minimum/maximum; JSON schema as the bound itself.
  if (raw.exclusiveMinimum === true && typeof raw.minimum === 'number') {
    out.exclusiveMinimum = raw.minimum;
    delete out.minimum;
  } else if (typeof raw.exclusiveMinimum === 'number') out.exclusiveMinimum = raw.exclusiveMinimum;
  if (raw.exclusiveMaximum === true && typeof raw.maximum === 'number') {
    out.exclusiveMaximum = raw.maximum;
    delete out.maximum;
  } else if (typeof raw.exclusiveMaximum === 'number') out.exclusiveMaximum = raw.exclusiveMaximum;
  if (Array.isArray(raw.required) && raw.required.every((name) => typeof name === 'string') && raw.required.length > 0)
    out.required = [...new Set(raw.required as string[])];

  const properties: Record<string, SchemaNode> = {};
  if (isRaw(raw.properties)) for (const [name, child] of Object.entries(raw.properties)) later(properties, name, child, options, junctor);
  if (isRaw(raw.items)) later(out, 'items', raw.items, options, junctor);
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = raw[keyword];
    // int-or-string fields restate their two types in an anyOf; the type union above says it once.
    if (intOrString && onlyRestatesTypes(branches)) continue;
    if (Array.isArray(branches) && branches.length > 0) out[keyword] = branches.map((branch) => convert(branch, options, true));
  }
  if (isRaw(raw.not)) out.not = convert(raw.not, options, true);

  if (raw['x-kubernetes-embedded-resource'] === true) {
    // The API server requires apiVersion and kind of an embedded object and reads its metadata as ObjectMeta.
    // A converted node is never undefined, so `in` says what ??= would, without converting it.
    if (!('apiVersion' in properties)) properties.apiVersion = { type: 'string' };
    if (!('kind' in properties)) properties.kind = { type: 'string' };
    define(properties, 'metadata', { $ref: objectMetaRef });
    out.required = [...new Set([...((out.required as string[] | undefined) ?? []), 'apiVersion', 'kind'])];
  }
  if (Object.keys(properties).length > 0) out.properties = properties;

  const preserve = raw['x-kubernetes-preserve-unknown-fields'] === true;
  if (options.mode === 'json') {
    if (typeof raw.additionalProperties === 'boolean') out.additionalProperties = raw.additionalProperties;
    else if (isRaw(raw.additionalProperties)) later(out, 'additionalProperties', raw.additionalProperties, options, junctor);
  } else if (isRaw(raw.additionalProperties)) {
    later(out, 'additionalProperties', raw.additionalProperties, options, junctor);
  } else if (!junctor && !preserve && raw.additionalProperties !== true && out.type === 'object') {
    // Strict field validation: a field the schema does not name is rejected, not silently pruned.
    out.additionalProperties = false;
  }
  return out as SchemaNode;
}

/** The root of a custom resource: apiVersion, kind and the standard ObjectMeta beside the CRD's own fields. */
export function convertRoot(raw: unknown, options: ConvertOptions): SchemaNode {
  const root = convert(raw, options, false) as Raw;
  const properties = { ...((root.properties as Record<string, SchemaNode> | undefined) ?? {}) };
  properties.apiVersion = { type: 'string' };
  properties.kind = { type: 'string' };
  if (options.mode === 'crd' || properties.metadata === undefined) properties.metadata = { $ref: objectMetaRef };
  root.properties = properties;
  root.type ??= 'object';
  if (options.mode === 'crd' && raw !== undefined && (raw as Raw)['x-kubernetes-preserve-unknown-fields'] !== true) root.additionalProperties = false;
  return root as SchemaNode;
}

/**
 * Whether convertRoot(raw) is a schema the interpreter reads (interpreted.ts), decided from raw
 * without converting it: the same keyword values it would check on the converted nodes, where
 * convert copies them. May say no where the converted schema would pass (then ajv validates, as
 * before), never yes where it would not; the caller also checks the ObjectMeta definition.
 */
export function convertsInterpretably(raw: unknown, options: ConvertOptions): boolean {
  return raw === undefined || nodeConvertsInterpretably(raw, options);
}

const valueKeywordSet = new Set<string>(valueKeywords);

/** One pass over the keys a node has (CRD nodes have few of the many keywords; probing each absent one was the cost). */
function nodeConvertsInterpretably(raw: unknown, options: ConvertOptions): boolean {
  if (!isRaw(raw)) return true;
  const intOrString = raw['x-kubernetes-int-or-string'] === true;
  for (const keyword in raw) {
    const value = raw[keyword];
    if (value === undefined) continue;
    if (valueKeywordSet.has(keyword)) {
      // Bounds moved by the exclusive flags keep their value, so checking them where they stand is the same.
      if (!keywordValueInterpretable(keyword, value)) return false;
      continue;
    }
    switch (keyword) {
      case 'type':
        if (!intOrString && (typeof value === 'string' || Array.isArray(value)) && !keywordValueInterpretable('type', value)) return false;
        break;
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        if (typeof value === 'number' && !keywordValueInterpretable('minimum', value)) return false;
        break;
      case 'required':
        if (Array.isArray(value) && value.length > 0 && value.every((name) => typeof name === 'string')) {
          const required = new Set<string>(value as string[]);
          if (raw['x-kubernetes-embedded-resource'] === true) required.add('apiVersion').add('kind');
          if (!keywordValueInterpretable('required', [...required])) return false;
        }
        break;
      case 'properties':
        if (isRaw(value)) for (const name in value) if (inheritedName(name) || !nodeConvertsInterpretably(value[name], options)) return false;
        break;
      case 'items':
      case 'not':
      case 'additionalProperties':
        if (isRaw(value) && !nodeConvertsInterpretably(value, options)) return false;
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        if (intOrString && onlyRestatesTypes(value)) break;
        if (Array.isArray(value) && !value.every((branch) => nodeConvertsInterpretably(branch, options))) return false;
        break;
    }
  }
  return true;
}

/** The bundled definitions a converted schema refers to (ObjectMeta and what it references). */
export function referencedDefinitions(all: Definitions, start: string): Definitions {
  const out: Definitions = {};
  const pending = [start];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (out[name] || !all[name]) continue;
    out[name] = all[name]!;
    const text = JSON.stringify(all[name]);
    for (const match of text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)) pending.push(match[1]!);
  }
  return out;
}
