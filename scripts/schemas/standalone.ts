/**
 * Precompiled validators (ajv standalone code), so a one-file run does not pay ajv's compile time.
 * Kinds are grouped into chunks that are loaded only when a resource needs them: everything that
 * embeds a pod template shares one chunk (the pod spec is most of the code), CRDs another, and the
 * rest one chunk per API group. Alpha APIs (off by default in a cluster) get chunks of their own
 * (`<chunk>-alpha`), so a run that meets no alpha kind loads none of their code.
 */
import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import { isRef, mapSchema, type JsonSchema } from './model.js';
import { bundleId, createAjv } from '../../src/schema/ajv-setup.js';

const require = createRequire(import.meta.url);
const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, refs: Record<string, string>) => string }).default;

const podSpec = 'io.k8s.api.core.v1.PodSpec';

function referencesOf(schema: JsonSchema, found: Set<string>): void {
  const visit = (node: JsonSchema): JsonSchema => {
    if (isRef(node)) found.add(node.$ref.replace(/^#\/definitions\//, ''));
    return mapSchema(node, visit);
  };
  visit(schema);
}

function closureOf(definitions: Record<string, JsonSchema>, root: string): Set<string> {
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const refs = new Set<string>();
    referencesOf(definitions[name] ?? {}, refs);
    queue.push(...refs);
  }
  return seen;
}

const isAlpha = (apiVersion: string): boolean => /alpha\d*$/.test(apiVersion);

function chunkOf(definitions: Record<string, JsonSchema>, definition: string, apiVersion: string): string {
  const suffix = isAlpha(apiVersion) ? '-alpha' : '';
  const closure = closureOf(definitions, definition);
  if (closure.has(podSpec)) return `workloads${suffix}`;
  if ([...closure].some((name) => name.endsWith('.JSONSchemaProps'))) return `crds${suffix}`;
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : 'core';
  return `${group.replace(/[^a-z0-9.-]/g, '_')}${suffix}`;
}

export interface StandaloneValidators {
  /** chunk name -> CommonJS module source */
  chunks: Map<string, string>;
  /** definition -> chunk name */
  validators: Record<string, string>;
}

/** Descriptions do not change validation; without them the embedded schema objects stay small. */
function withoutDescriptions(definitions: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const strip = (schema: JsonSchema): JsonSchema => {
    const { description: _description, ...rest } = schema;
    return mapSchema(rest, strip);
  };
  return Object.fromEntries(Object.entries(definitions).map(([name, schema]) => [name, strip(schema)]));
}

export function buildStandaloneValidators(definitions: Record<string, JsonSchema>, kinds: Record<string, Record<string, string>>): StandaloneValidators {
  const validators: Record<string, string> = {};
  const byChunk = new Map<string, string[]>();
  // Non-alpha apiVersions first: a definition an alpha and a served apiVersion share goes to the served one's chunk.
  const apiVersions = Object.keys(kinds).sort();
  for (const apiVersion of [...apiVersions.filter((name) => !isAlpha(name)), ...apiVersions.filter(isAlpha)]) {
    for (const kind of Object.keys(kinds[apiVersion]!).sort()) {
      const definition = kinds[apiVersion]![kind]!;
      // List kinds are split into their items before validation (only a List whose items is no list gets here): those compile lazily.
      if (kind.endsWith('List') || validators[definition]) continue;
      const chunk = chunkOf(definitions, definition, apiVersion);
      validators[definition] = chunk;
      byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), definition]);
    }
  }
  const bare = withoutDescriptions(definitions);
  const chunks = new Map<string, string>();
  for (const chunk of [...byChunk.keys()].sort()) {
    const ajv = createAjv({ code: { source: true, esm: false, lines: false, optimize: true } });
    ajv.addSchema({ $id: bundleId, definitions: bare });
    const refs: Record<string, string> = {};
    for (const definition of byChunk.get(chunk)!.sort()) refs[definition] = `${bundleId}#/definitions/${definition}`;
    chunks.set(chunk, `${standaloneCode(ajv, refs)}\n`);
  }
  return { chunks, validators };
}
