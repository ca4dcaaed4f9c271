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
import { buildCheckCode } from './check-code.js';

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

/** The offset just past the JSON value that starts at `start` (ajv writes schema constants as JSON). */
function endOfJson(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error(`unterminated schema constant at ${start}`);
}

/** The value at `path` below `from`, copied into `to` along the same path (objects created on the way); a list on the way is copied whole. */
function copyPath(to: Record<string, unknown>, from: Record<string, unknown>, path: readonly string[], value: (found: unknown) => unknown): void {
  let source: unknown = from;
  let depth = 0;
  while (depth < path.length && !Array.isArray(source)) {
    const key = path[depth++]!;
    source = typeof source === 'object' && source !== null && Object.hasOwn(source, key) ? (source as Record<string, unknown>)[key] : undefined;
  }
  if (source === undefined) return;
  const reached = path.slice(0, depth);
  let target = to;
  for (const key of reached.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[reached.at(-1)!] = depth === path.length ? value(source) : source;
}

/**
 * ajv embeds a whole schema object (`const schemaN = {...}`) where generated code reads parts of it:
 * `schemaN.properties` to test a key with hasOwnProperty (objects of more than 8 properties), or
 * `schemaN.type` and `schemaN.properties.mode.enum` for an error's params. Building those nested
 * literals is most of a chunk's load time; keeping only the parts read (of a `properties` tested by
 * hasOwnProperty, only its keys) loads the same validators faster.
 */
export function slimSchemaConstants(code: string): string {
  const declaration = /const (schema\d+) = /g;
  let slim = '';
  let copied = 0;
  for (let found = declaration.exec(code); found; found = declaration.exec(code)) {
    const name = found[1]!;
    const start = found.index + found[0].length;
    const end = endOfJson(code, start);
    declaration.lastIndex = end;
    const uses = [...code.matchAll(new RegExp(`\\b${name}\\b((?:\\.[A-Za-z_$][\\w$]*)*)`, 'g'))]
      .filter((use) => use.index !== found.index + 'const '.length)
      .map((use) => ({ path: use[1]!.split('.').slice(1), bracket: code[use.index + use[0].length] === '[' }));
    // A bare use (the whole object passed on) keeps the constant whole.
    if (uses.some((use) => use.path.length === 0)) continue;
    const schema = JSON.parse(code.slice(start, end)) as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    const keysOnly = (found: unknown) => Object.fromEntries(Object.keys(found as object).map((key) => [key, true]));
    const whole = (found: unknown) => found;
    const byDepth = [...uses].sort((a, b) => a.path.length - b.path.length || a.path.join('.').localeCompare(b.path.join('.')));
    // Shallow parts first: a deeper read (properties.mode.enum) then fills in below the keys of a hasOwnProperty test.
    for (const use of byDepth) copyPath(kept, schema, use.path, use.path.length === 1 && use.path[0] === 'properties' && !use.bracket ? keysOnly : whole);
    if (JSON.stringify(kept).includes('"__proto__"')) throw new Error(`${name}: a key named __proto__ cannot be written as a literal`);
    slim += `${code.slice(copied, start)}${JSON.stringify(kept)}`;
    copied = end;
  }
  return slim + code.slice(copied);
}

export interface StandaloneValidators {
  /** chunk name -> CommonJS module source */
  chunks: Map<string, string>;
  /** chunk name -> CommonJS source of the chunk's yes/no validators (check-code.ts) */
  checks: Map<string, string>;
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
  const checks = new Map<string, string>();
  for (const chunk of [...byChunk.keys()].sort()) {
    const ajv = createAjv({ code: { source: true, esm: false, lines: false, optimize: true } });
    ajv.addSchema({ $id: bundleId, definitions: bare });
    const refs: Record<string, string> = {};
    for (const definition of byChunk.get(chunk)!.sort()) refs[definition] = `${bundleId}#/definitions/${definition}`;
    chunks.set(chunk, `${slimSchemaConstants(standaloneCode(ajv, refs))}\n`);
    checks.set(chunk, buildCheckCode(bare, byChunk.get(chunk)!));
  }
  return { chunks, checks, validators };
}
