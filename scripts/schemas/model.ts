/** The shape both front-ends (swagger.json, kubernetes-types) hand to the one back-end. */

export type JsonSchema = { [keyword: string]: unknown };

export interface KindEntry {
  apiVersion: string;
  kind: string;
  definition: string;
}

export interface RawApi {
  /** OpenAPI-style definitions, references written as {"$ref": "#/definitions/<name>"}. */
  definitions: Record<string, JsonSchema>;
  kinds: KindEntry[];
}

export const refPrefix = '#/definitions/';

export const wellKnown = {
  intOrString: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
  quantity: 'io.k8s.apimachinery.pkg.api.resource.Quantity',
  time: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
  microTime: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime',
  rawExtension: 'io.k8s.apimachinery.pkg.runtime.RawExtension',
  secret: 'io.k8s.api.core.v1.Secret',
  configMap: 'io.k8s.api.core.v1.ConfigMap',
} as const;

export const apiextensionsPrefix = 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.';

export function isRef(schema: JsonSchema): schema is JsonSchema & { $ref: string } {
  return typeof schema.$ref === 'string';
}

export function refTo(name: string): JsonSchema {
  return { $ref: `${refPrefix}${name}` };
}

/** Applies `visit` to every subschema (not to property names: JSONSchemaProps has properties called "$ref" and "format"). */
export function mapSchema(schema: JsonSchema, visit: (schema: JsonSchema) => JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' && isPlainObject(value)) {
      const properties: Record<string, JsonSchema> = {};
      for (const [name, property] of Object.entries(value)) properties[name] = visit(property as JsonSchema);
      out.properties = properties;
    } else if ((keyword === 'additionalProperties' || keyword === 'items' || keyword === 'not') && isPlainObject(value)) {
      out[keyword] = visit(value as JsonSchema);
    } else if ((keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf') && Array.isArray(value)) {
      out[keyword] = value.map((item) => visit(item as JsonSchema));
    } else {
      out[keyword] = value;
    }
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted at every level: the same API gives the same bytes. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}
