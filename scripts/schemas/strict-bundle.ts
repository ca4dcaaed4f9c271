/** The one back-end: turns either front-end's definitions into a strict, small, deterministic bundle. */
import { apiextensionsPrefix, isPlainObject, isRef, mapSchema, refTo, wellKnown, type JsonSchema, type RawApi } from './model.js';

export interface StrictBundle {
  definitions: Record<string, JsonSchema>;
  /** apiVersion -> kind -> definition name */
  kinds: Record<string, Record<string, string>>;
}

/** Formats ajv can check and Kubernetes means; the rest (int32, int64, double...) say nothing a type does not. */
const keptFormats = new Set(['date-time', 'byte']);

const maxDescription = 160;

/** The first sentence of a description, without "More info" links, at most one short line. */
export function shortDescription(text: string): string {
  let sentence = text.replace(/\s+/g, ' ').trim();
  const end = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|ex|Ex|No))\.(?=\s|$)/.exec(sentence);
  if (end) sentence = sentence.slice(0, end.index + 1);
  sentence = sentence.replace(/\s*More info: \S+$/, '').trim();
  if (sentence.length <= maxDescription) return sentence;
  const cut = sentence.lastIndexOf(' ', maxDescription - 3);
  return `${sentence.slice(0, cut > 40 ? cut : maxDescription - 3).replace(/[,;:]$/, '')}...`;
}

/**
 * Fields the API marks required only because the Go struct lacks omitempty, which the API server
 * accepts absent: it defaults roleRef.apiGroup, reads a missing podSelector as {} (all pods), a
 * missing rules or endpoints list as empty, an APIService without service as local, and never
 * required serviceName or caBundle (optional upstream from 1.32, 1.13; Role rules from 1.14).
 */
const acceptedAbsent: { name: RegExp; fields: string[] }[] = [
  { name: /^io\.k8s\.api\.apps\.v1\w*\.StatefulSetSpec$/, fields: ['serviceName'] },
  { name: /^io\.k8s\.api\.discovery\.v1\w*\.EndpointSlice$/, fields: ['endpoints'] },
  { name: /^io\.k8s\.api\.rbac\.v1\w*\.RoleRef$/, fields: ['apiGroup'] },
  { name: /^io\.k8s\.api\.rbac\.v1\w*\.(Cluster)?Role$/, fields: ['rules'] },
  { name: /^io\.k8s\.api\.(networking|extensions)\.v1\w*\.NetworkPolicySpec$/, fields: ['podSelector'] },
  { name: /^io\.k8s\.kube-aggregator\.pkg\.apis\.apiregistration\.v1\w*\.APIServiceSpec$/, fields: ['caBundle', 'service'] },
];

function relaxRequired(name: string, schema: JsonSchema): JsonSchema {
  const relaxed = acceptedAbsent.find((entry) => entry.name.test(name));
  if (!relaxed || !Array.isArray(schema.required)) return schema;
  const required = (schema.required as string[]).filter((field) => !relaxed.fields.includes(field));
  const { required: _required, ...rest } = schema;
  return required.length > 0 ? { ...rest, required } : rest;
}

/** Replacements for what the sources describe loosely (or, in the types, lose). */
function overrides(name: string, schema: JsonSchema): JsonSchema {
  const description = typeof schema.description === 'string' ? { description: schema.description } : {};
  switch (name) {
    case wellKnown.intOrString:
      return { type: ['integer', 'string'], description: 'An integer or a string, such as 8080 or "http", 1 or "25%".' };
    case wellKnown.quantity:
      // kubectl and the API server read `cpu: 1` and `cpu: 0.5` as quantities; quantity-format checks the text.
      return { type: ['string', 'number'], description: 'A quantity: a number with an optional suffix, such as 500m, 1, 1.5 or 1Gi.' };
    case wellKnown.time:
    case wellKnown.microTime:
      return { type: 'string', format: 'date-time', ...description };
    case wellKnown.rawExtension:
      return { ...description };
  }
  if (name.startsWith(apiextensionsPrefix)) {
    const local = name.slice(name.lastIndexOf('.') + 1);
    const props = refTo(`${name.slice(0, name.lastIndexOf('.') + 1)}JSONSchemaProps`);
    switch (local) {
      case 'JSON':
        return { ...description };
      case 'JSONSchemaPropsOrBool':
        return { anyOf: [props, { type: 'boolean' }], ...description };
      case 'JSONSchemaPropsOrArray':
        return { anyOf: [props, { type: 'array', items: props }], ...description };
      case 'JSONSchemaPropsOrStringArray':
        return { anyOf: [props, { type: 'array', items: { type: 'string' } }], ...description };
      case 'JSONSchemaProps': {
        // The only floats in the Kubernetes API.
        const properties = { ...(schema.properties as Record<string, JsonSchema>) };
        for (const field of ['maximum', 'minimum', 'multipleOf']) properties[field] = { ...properties[field], type: 'number' };
        return { ...schema, properties };
      }
    }
  }
  if (name === wellKnown.secret || name === wellKnown.configMap) {
    const field = name === wellKnown.secret ? 'data' : 'binaryData';
    const properties = { ...(schema.properties as Record<string, JsonSchema>) };
    if (properties[field]) properties[field] = { ...properties[field], type: 'object', additionalProperties: { type: 'string', format: 'byte' } };
    return { ...schema, properties };
  }
  return schema;
}

/** Strict and small: unknown fields rejected, vendor keywords and unused formats dropped, descriptions shortened. */
function tighten(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith('x-')) continue;
    if (keyword === 'format') {
      if (value === 'int-or-string') return { ...refTo(wellKnown.intOrString), ...(typeof schema.description === 'string' ? { description: shortDescription(schema.description) } : {}) };
      if (!keptFormats.has(value as string)) continue;
    }
    out[keyword] = keyword === 'description' && typeof value === 'string' ? shortDescription(value) : value;
  }
  if (isRef(out)) {
    // Beside a reference only the description is kept: it is what a person reads.
    return { $ref: out.$ref, ...(out.description ? { description: out.description } : {}) };
  }
  if (isPlainObject(out.properties)) {
    if (out.type === undefined) out.type = 'object';
    if (out.additionalProperties === undefined) out.additionalProperties = false;
  }
  return mapSchema(out, tighten);
}

function checkReferences(definitions: Record<string, JsonSchema>): void {
  const visit = (schema: JsonSchema, where: string): JsonSchema => {
    if (isRef(schema)) {
      const target = schema.$ref.replace(/^#\/definitions\//, '');
      if (!definitions[target]) throw new Error(`${where}: reference to a missing definition ${target}`);
    }
    return mapSchema(schema, (child) => visit(child, where));
  };
  for (const [name, schema] of Object.entries(definitions)) visit(schema, name);
}

export function buildStrictBundle(raw: RawApi): StrictBundle {
  const definitions: Record<string, JsonSchema> = {};
  const rawDefinitions = { ...raw.definitions };
  if (!rawDefinitions[wellKnown.intOrString]) rawDefinitions[wellKnown.intOrString] = {};
  for (const name of Object.keys(rawDefinitions).sort()) definitions[name] = tighten(relaxRequired(name, overrides(name, rawDefinitions[name]!)));
  checkReferences(definitions);
  const kinds: Record<string, Record<string, string>> = {};
  for (const entry of raw.kinds) {
    if (!definitions[entry.definition]) throw new Error(`${entry.apiVersion} ${entry.kind}: no definition ${entry.definition}`);
    (kinds[entry.apiVersion] ??= {})[entry.kind] = entry.definition;
  }
  return { definitions, kinds };
}
