import type { PlainObject, PlainValue, Resource } from '../types.js';
import { containerLists, podSpecPaths } from '../k8s/pod-spec.js';
import { redactedPaths } from '../k8s/redact.js';
import { keyOf } from '../values.js';
import { clusterScopedKinds } from '../k8s/pod-templates.js';
import { keepWholeValue } from '../resources/resource-index.js';

/**
 * A path into a resource's value: keys, '*' for every key or item, and last '{keys}' for an
 * object's keys without their values (each reads as '') or '{}' for an object or array without its
 * contents. A path that starts with '$pod' starts at the pod spec of the resource's kind (spec,
 * spec.template.spec, ...; src/k8s/pod-spec.ts), one with '$template' at the template that holds it,
 * and one with '$containers' at every container of the pod spec (init, regular and ephemeral).
 */
export type ValuePath = readonly string[];

/**
 * What a rule that looks at other resources reads in the cross-resource stage. In lint mode each
 * resource keeps only this (for every rule) once its file is checked: a big repository must not
 * hold every value until the end.
 */
export interface ResourceUses {
  /** What it reads of the resource it checks when it runs there. Without it, that resource keeps its whole value. */
  own?: readonly ValuePath[];
  /** What it reads of other resources, by kind ('*': every kind). */
  others?: Readonly<Record<string, readonly ValuePath[]>>;
}

/** What the engine itself reads after a file's stage: the kubegrade.io/ignore annotation (src/lint/suppress.ts). */
const engineUses: readonly ValuePath[] = [['metadata', 'annotations', 'kubegrade.io/ignore']];

interface Trie {
  whole: boolean;
  keys: boolean;
  children: Map<string, Trie>;
  /** merged(children.get(key), children.get('*')) by key, made once per trie rather than once per value projected. */
  withAny?: Map<string, Trie | undefined>;
}

const newTrie = (): Trie => ({ whole: false, keys: false, children: new Map(), withAny: undefined });

/** What a key (or an item's index) of a value at this trie keeps: its own child and every key's, merged. */
function childFor(trie: Trie, key: string): Trie | undefined {
  const any = trie.children.get('*');
  if (!any) return trie.children.get(key);
  trie.withAny ??= new Map();
  let child = trie.withAny.get(key);
  if (child === undefined && !trie.withAny.has(key)) {
    child = merged(trie.children.get(key), any);
    // Bounded: list indexes and user keys (data, labels) would otherwise grow it with every value.
    if (trie.withAny.size < 1000) trie.withAny.set(key, child);
  }
  return child;
}

/** Adds the first `length` segments of path (the whole path by default) to the trie. */
function add(trie: Trie, path: readonly (string | number)[], length = path.length): void {
  let node = trie;
  for (let i = 0; i < length; i++) {
    if (node.whole) return;
    const segment = String(path[i]);
    if (segment === '{keys}') {
      node.keys = true;
      return;
    }
    if (segment === '{}') return;
    let child = node.children.get(segment);
    if (!child) node.children.set(segment, (child = newTrie()));
    node = child;
  }
  node.whole = true;
  node.children.clear();
}

function merged(a: Trie | undefined, b: Trie | undefined): Trie | undefined {
  if (!a || !b) return a ?? b;
  const out: Trie = { whole: a.whole || b.whole, keys: a.keys || b.keys, children: new Map(), withAny: undefined };
  if (out.whole) return out;
  for (const key of new Set([...a.children.keys(), ...b.children.keys()])) out.children.set(key, merged(a.children.get(key), b.children.get(key))!);
  return out;
}

function set(out: PlainObject, key: string, value: PlainValue): void {
  // Keys such as "__proto__" stay data, as in the parsed value (src/yaml/plain-value.ts).
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** The parts of a value a trie names; objects and arrays on the way are kept (arrays keep every item, so indexes hold). */
function project(value: PlainValue, trie: Trie): PlainValue {
  // A list item may be null (only mapping values are dropped when null).
  if (trie.whole || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      const child = childFor(trie, String(i));
      return child ? project(item, child) : Array.isArray(item) ? [] : item !== null && typeof item === 'object' ? {} : item;
    });
  }
  const out: PlainObject = {};
  for (const key of Object.keys(value)) {
    const child = childFor(trie, key);
    if (child) set(out, key, project(value[key]!, child));
    else if (trie.keys) set(out, key, '');
  }
  return out;
}

/** True when JSON gives the value back exactly: plain objects and arrays, strings, booleans, null, and finite numbers but -0. */
function jsonExact(value: PlainValue): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonExact);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!jsonExact(value[key]!)) return false;
  return true;
}

/**
 * A projection rebuilt by JSON.parse where that gives it back exactly: an object built key by key
 * keeps room for four properties, one from JSON.parse is its own size (the reduced values of 50k
 * resources took 32 MB, and 25 MB so). It costs ~1.5% of a run's time, so only big runs pay it.
 */
function compacted(value: PlainValue): PlainValue {
  return jsonExact(value) ? (JSON.parse(JSON.stringify(value)) as PlainValue) : value;
}

function expand(path: ValuePath, kind: string | null): ValuePath[] {
  if (path[0] !== '$pod' && path[0] !== '$template' && path[0] !== '$containers') return [path];
  const pod = kind ? (podSpecPaths[kind] as readonly string[] | undefined) : undefined;
  if (!pod) return [];
  if (path[0] === '$containers') return containerLists.map((list) => [...pod, list, '*', ...path.slice(1)]);
  return [[...(path[0] === '$pod' ? pod : pod.slice(0, -1)), ...path.slice(1)]];
}

export interface UsingRule {
  meta: { id: string };
  uses?: ResourceUses;
}

/** The tries for a kind and deferred rule set, kept across files: the same rules give the same tries. */
const triesByRules = new WeakMap<readonly UsingRule[], { byId: Map<string, UsingRule>; tries: Map<string, Trie | null> }>();

/**
 * Reduces each resource's value to what the cross-resource stage reads of it: what every rule
 * reads of other resources of its kind, and what its own deferred rules read of it (the whole
 * value when one of them does not say). The resource is marked with its position in the file, so
 * a rule that must compare whole values (duplicate-resource) can have it read again. Those that
 * keepWhole names stay as they are.
 */
export function releaseValues(
  rules: readonly UsingRule[],
  resources: readonly Resource[],
  deferred: readonly (readonly string[])[],
  keepWhole?: (resource: Resource) => boolean,
  compact = false,
): Resource[] {
  let cached = triesByRules.get(rules);
  if (!cached) triesByRules.set(rules, (cached = { byId: new Map(rules.map((rule) => [rule.meta.id, rule])), tries: new Map() }));
  const { byId, tries } = cached;
  const window = recentWindow();
  return resources.map((resource, position) => {
    if (keepWhole?.(resource)) {
      window.see(resource, resource, resource.value);
      return resource;
    }
    const ids = deferred[position] ?? [];
    const cacheKey = `${resource.kind ?? ''}\u0000${ids.join(',')}`;
    let trie = tries.get(cacheKey);
    if (trie === undefined) {
      trie = trieFor(
        rules,
        ids.map((id) => byId.get(id)),
        resource.kind,
      );
      // Kinds and deferred sets repeat; a run with a great many kinds (custom resources) keeps the first few thousand.
      if (tries.size < 5000) tries.set(cacheKey, trie);
    }
    if (trie === null) {
      window.see(resource, resource, resource.value);
      return resource;
    }
    // Messages are redacted against the values that must never be shown (run-rules.ts): those stay, with their siblings.
    let extra: Trie | undefined;
    for (const path of redactedPaths(resource)) {
      add((extra ??= newTrie()), path, path.length - 1);
      // And the name beside a 'value' above it ({name: DB_PASSWORD, value: {...}}), which the decision reads too.
      for (let i = 1; i < path.length - 1; i++) if (path[i] === 'value') add(extra, [...path.slice(0, i), 'name']);
    }
    if (extra) trie = merged(trie, extra)!;
    // Written out, not spread: a spread plus a new key gives every object a hidden class of its own (100+ bytes each).
    const { file, docIndex, apiVersion, kind, name, namespace, map } = resource;
    const released: Resource = {
      file,
      docIndex,
      apiVersion,
      kind,
      name,
      namespace,
      value: (compact ? compacted(project(resource.value, trie)) : project(resource.value, trie)) as PlainObject,
      map,
      releasedAt: position,
    };
    window.see(resource, released, resource.value);
    return released;
  });
}

/**
 * The resources of the last few files released in this thread, by what the API server identifies
 * them by and their folder. A resource defined again (duplicate-resource compares the two whole
 * values) keeps its whole value, and so does the earlier one: the two are nearly always a few files
 * apart, and kept they are compared as they were read, without reading either file again (a file
 * changed in the meantime would be compared in its new state). Farther pairs are read again.
 */
interface RecentWindow {
  see(resource: Resource, released: Resource, whole: PlainObject): void;
}

interface Recent {
  released: Resource;
  whole: PlainObject;
}

const recentFileLimit = 16;
const recentResourceLimit = 256;
const recent = new Map<string, Recent>();
/** Per file seen, oldest first: the identities it entered in `recent`. */
const recentFiles: { file: string; identities: string[] }[] = [];
let recentCount = 0;

function identityKey(resource: Resource): string | undefined {
  if (!resource.kind || !resource.name || !resource.apiVersion) return undefined;
  const group = resource.apiVersion.includes('/') ? resource.apiVersion.split('/')[0] : '';
  const namespace = clusterScopedKinds.has(resource.kind) ? null : resource.namespace;
  const slash = resource.file.lastIndexOf('/');
  return keyOf(slash < 0 ? '' : resource.file.slice(0, slash), group ?? '', resource.kind, namespace, resource.name);
}

function recentWindow(): RecentWindow {
  let entered: { file: string; identities: string[] } | undefined;
  return {
    see(resource, released, whole) {
      const identity = identityKey(resource);
      if (identity === undefined) return;
      const earlier = recent.get(identity);
      if (earlier) {
        keepWholeValue(earlier.released, earlier.whole);
        keepWholeValue(released, whole);
        return;
      }
      if (!entered) {
        entered = { file: resource.file, identities: [] };
        recentFiles.push(entered);
      }
      recent.set(identity, { released, whole });
      entered.identities.push(identity);
      recentCount++;
      // The newest file stays whole however big; older ones leave, oldest first.
      while (recentFiles.length > 1 && (recentFiles.length > recentFileLimit || recentCount > recentResourceLimit)) {
        const oldest = recentFiles.shift()!;
        for (const key of oldest.identities) recent.delete(key);
        recentCount -= oldest.identities.length;
      }
    },
  };
}

/** null: the resource keeps its whole value. */
function trieFor(rules: readonly UsingRule[], deferred: readonly (UsingRule | undefined)[], kind: string | null): Trie | null {
  const trie = newTrie();
  const paths: ValuePath[] = [['apiVersion'], ['kind'], ['metadata', 'name'], ['metadata', 'namespace'], ['metadata', 'labels'], ...engineUses];
  for (const rule of rules) paths.push(...(rule.uses?.others?.['*'] ?? []), ...(kind ? (rule.uses?.others?.[kind] ?? []) : []));
  for (const rule of deferred) {
    if (!rule?.uses?.own) return null;
    paths.push(...rule.uses.own);
  }
  for (const path of paths) for (const expanded of expand(path, kind)) add(trie, expanded);
  return trie;
}
