import type { Finding, JsonPath, PlainObject, PlainValue, Resource } from '../types.js';
import { get, isObject } from '../k8s/pod-spec.js';
import { findingAt } from '../yaml/locate.js';
import { fileAndLine } from '../yaml/resource-location.js';
import { formatPath } from '../k8s/pod-spec.js';

/**
 * What the API server would store after `kubectl apply -R -f ANSWERS`: the grader scores these
 * objects, not the text. Files are applied in kubectl's order (filepath.Walk: lexical order of the
 * names in each folder, a folder's files and subfolders interleaved by name), documents in file
 * order; a later copy of the same object (kind, namespace, name) replaces an earlier one, unless it
 * changes a field the API server keeps immutable, which rejects the later copy. A Secret's
 * stringData is merged over its data, base64-encoded, as the API server stores it.
 */

export interface StoredView {
  /** One resource per object, in apply order. */
  resources: Resource[];
  /** A warning on every copy that a later copy replaces. */
  findings: Finding[];
}

/** filepath.Walk's order: path segment by segment, byte order within a folder. */
export function compareApplyOrder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i]! < right[i]! ? -1 : 1;
  }
  return left.length - right.length;
}

function deepEqual(a: PlainValue | undefined, b: PlainValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function without(value: PlainValue | undefined, keys: readonly string[]): PlainValue | undefined {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/** Paths the API server refuses to change on an existing object of each kind (a simplified reading of its update validation). */
function immutableChange(kind: string | null, before: PlainObject, after: PlainObject): JsonPath | undefined {
  const changed = (path: JsonPath) => (deepEqual(get(before, path), get(after, path)) ? undefined : path);
  switch (kind) {
    case 'Job':
      return [
        ['spec', 'selector'],
        ['spec', 'template'],
        ['spec', 'completions'],
        ['spec', 'completionMode'],
        ['spec', 'podFailurePolicy'],
      ]
        .map(changed)
        .find(Boolean);
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
      return changed(['spec', 'selector']);
    case 'StatefulSet': {
      const mutable = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];
      if (deepEqual(without(before.spec, mutable), without(after.spec, mutable))) return undefined;
      const keys = new Set([...Object.keys(isObject(before.spec) ? before.spec : {}), ...Object.keys(isObject(after.spec) ? after.spec : {})]);
      return [...keys]
        .filter((key) => !mutable.includes(key))
        .sort()
        .map((key) => changed(['spec', key]))
        .find(Boolean);
    }
    case 'ConfigMap':
    case 'Secret':
      if (before.immutable === true) return ['data', 'stringData', 'binaryData'].map((key) => changed([key])).find(Boolean);
      return kind === 'Secret' ? changed(['type']) : undefined;
    case 'Service':
      return get(before, ['spec', 'clusterIP']) !== undefined && get(after, ['spec', 'clusterIP']) !== undefined ? changed(['spec', 'clusterIP']) : undefined;
    case 'PersistentVolumeClaim':
      return deepEqual(without(before.spec, ['resources', 'volumeAttributesClassName']), without(after.spec, ['resources', 'volumeAttributesClassName']))
        ? undefined
        : ['spec'];
    default:
      return undefined;
  }
}

function firstDifference(a: PlainValue | undefined, b: PlainValue | undefined, at: JsonPath = []): JsonPath | undefined {
  if (deepEqual(a, b)) return undefined;
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const found = firstDifference(a[key], b[key], [...at, key]);
      if (found) return found;
    }
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const found = firstDifference(a[i], b[i], [...at, i]);
      if (found) return found;
    }
  }
  return at;
}

/** A Secret as the API server stores it: stringData encoded into data (stringData wins), positions kept. */
export function storedSecret(resource: Resource): Resource {
  const { value } = resource;
  if (resource.kind !== 'Secret' || !isObject(value.stringData)) return resource;
  const plain = value.stringData;
  const data: PlainObject = { ...(isObject(value.data) ? value.data : {}) };
  for (const [key, text] of Object.entries(plain)) {
    if (typeof text === 'string' || typeof text === 'number' || typeof text === 'boolean') data[key] = Buffer.from(String(text), 'utf8').toString('base64');
  }
  const fromStringData = new Set(Object.keys(plain));
  const hadData = value.data !== undefined;
  const { stringData: _dropped, ...rest } = value;
  const original = resource.map;
  return {
    ...resource,
    value: { ...rest, data },
    map: {
      // A check on data.password points at the line the student wrote: stringData.password.
      locate(path) {
        if (path[0] === 'data' && typeof path[1] === 'string' && fromStringData.has(path[1])) return original.locate(['stringData', ...path.slice(1)]);
        if (path[0] === 'data' && path.length === 1 && !hadData) return original.locate(['stringData']);
        return original.locate(path);
      },
    },
  };
}

function identityOf(resource: Resource): string | undefined {
  if (!resource.kind || resource.name === null) return undefined;
  return JSON.stringify([resource.kind, resource.namespace ?? '', resource.name]);
}

/** The objects `kubectl apply -R -f` leaves, and a warning on each copy that does not survive. */
export function storedView(resources: readonly Resource[]): StoredView {
  const ordered = resources
    .map((resource, i) => ({ resource, i }))
    .sort((a, b) => compareApplyOrder(a.resource.file, b.resource.file) || a.resource.docIndex - b.resource.docIndex || a.i - b.i)
    .map(({ resource }) => storedSecret(resource));
  const live = new Map<string, Resource>();
  const findings: Finding[] = [];
  const survivors: Resource[] = [];
  for (const resource of ordered) {
    const key = identityOf(resource);
    if (key === undefined) {
      survivors.push(resource);
      continue;
    }
    const earlier = live.get(key);
    if (!earlier) {
      live.set(key, resource);
      continue;
    }
    const what = `${resource.kind} ${resource.name}`;
    // The API server rejects the later copy (duplicate-resource reports it, as an error): the earlier one stays.
    if (immutableChange(resource.kind, earlier.value, resource.value)) continue;
    live.set(key, resource);
    const difference = firstDifference(earlier.value, resource.value);
    if (difference === undefined) continue;
    findings.push(
      findingAt(earlier, {
        ruleId: 'duplicate-resource',
        severity: 'warning',
        message: `This copy of ${what} is replaced by the later copy in ${fileAndLine(resource)} (kubectl apply -R applies files in path order; first difference: ${formatPath(difference) || 'the whole resource'}), so it is not graded.`,
        path: ['metadata', 'name'],
        target: 'value',
        hint: 'Keep one copy of each resource; if you keep an old version for reference, move it out of the answers folder.',
      }),
    );
  }
  survivors.push(...live.values());
  const order = new Map(ordered.map((resource, i) => [resource, i]));
  survivors.sort((a, b) => order.get(a)! - order.get(b)!);
  return { resources: survivors, findings };
}
