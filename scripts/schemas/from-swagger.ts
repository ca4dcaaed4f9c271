/** Front-end for an upstream OpenAPI v2 document (swagger.json of Kubernetes 1.10-1.13). */
import type { SwaggerDocument } from './sources.js';
import type { JsonSchema, KindEntry, RawApi } from './model.js';

interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

/** The legacy io.k8s.kubernetes.pkg.* definitions are deprecated aliases of io.k8s.api.* ones. */
function isLegacyAlias(name: string): boolean {
  return name.startsWith('io.k8s.kubernetes.pkg.');
}

/** DeleteOptions, WatchEvent, Status...: request and response envelopes listed under every group, never manifests. */
function isEnvelope(name: string): boolean {
  return name.startsWith('io.k8s.apimachinery.pkg.apis.meta.');
}

export function rawApiFromSwagger(document: SwaggerDocument): RawApi {
  const definitions: Record<string, JsonSchema> = {};
  const kinds: KindEntry[] = [];
  for (const [name, schema] of Object.entries(document.definitions)) {
    if (isLegacyAlias(name)) continue;
    definitions[name] = schema;
    const gvks = schema['x-kubernetes-group-version-kind'];
    if (!Array.isArray(gvks) || isEnvelope(name)) continue;
    for (const gvk of gvks as GroupVersionKind[]) {
      kinds.push({ apiVersion: gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version, kind: gvk.kind, definition: name });
    }
  }
  // 1.10 leaves the group-version-kind off a few definitions (CustomResourceDefinition, APIService); their create operations carry it.
  for (const entry of kindsFromCreateOperations(document)) {
    if (!definitions[entry.definition] || isEnvelope(entry.definition)) continue;
    if (!kinds.some((known) => known.apiVersion === entry.apiVersion && known.kind === entry.kind)) kinds.push(entry);
  }
  return { definitions, kinds };
}

interface Operation {
  'x-kubernetes-action'?: string;
  'x-kubernetes-group-version-kind'?: GroupVersionKind;
  parameters?: { in?: string; schema?: { $ref?: unknown } }[];
}

function kindsFromCreateOperations(document: SwaggerDocument): KindEntry[] {
  const found: KindEntry[] = [];
  for (const item of Object.values(document.paths ?? {})) {
    const operation = (item as Record<string, Operation>).post;
    const gvk = operation?.['x-kubernetes-group-version-kind'];
    if (!operation || operation['x-kubernetes-action'] !== 'post' || !gvk) continue;
    const ref = operation.parameters?.find((parameter) => parameter.in === 'body')?.schema?.$ref;
    if (typeof ref !== 'string') continue;
    const definition = ref.replace('#/definitions/', '');
    if (definition.endsWith(`.${gvk.kind}`)) found.push({ apiVersion: gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version, kind: gvk.kind, definition });
  }
  return found;
}
