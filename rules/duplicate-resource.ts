import { defineRule } from '../src/lint/rule.js';
import { formatPath, isObject, keyOf } from '../src/k8s/pod-spec.js';
import { fileAndLine } from '../src/lint/rule.js';
import { memoKey, type ResourceIndex } from '../src/lint/rule.js';
import { clusterScopedKinds } from '../src/k8s/pod-templates.js';
import type { JsonPath, PlainValue, Resource } from '../src/types.js';

/**
 * What the object is to the API server: group, kind, namespace, name. A resource without a
 * namespace lands in whatever namespace is current when applied, so it is only the same as
 * another namespace-less one.
 */
function identityOf(resource: Resource): string | undefined {
  if (!resource.kind || !resource.name || !resource.apiVersion) return undefined;
  const group = resource.apiVersion.includes('/') ? resource.apiVersion.split('/')[0] : '';
  const namespace = clusterScopedKinds.has(resource.kind) ? null : resource.namespace;
  return keyOf(group ?? '', resource.kind, namespace, resource.name);
}

/** How far one apply reaches: `kubectl apply -f DIR` takes one folder's files, `kubectl apply -R -f DIR` the whole tree. */
type Scope = 'folder' | 'all';

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

function scopeKey(resource: Resource, scope: Scope): string {
  return scope === 'all' ? '' : folderOf(resource.file);
}

const firstsKey = memoKey<Map<Scope, Map<string, Resource>>>('duplicate-resource: first definitions');

function firstDefinitions(index: ResourceIndex, scope: Scope): Map<string, Resource> {
  // Read first: in the rules' first stage this trips (rule-stages.ts) before anything is built.
  const all = index.all;
  const scopes = index.memo(firstsKey, () => new Map<Scope, Map<string, Resource>>());
  let firsts = scopes.get(scope);
  if (!firsts) {
    firsts = new Map();
    for (const resource of all) {
      const identity = identityOf(resource);
      const key = identity === undefined ? undefined : keyOf(scopeKey(resource, scope), identity);
      if (key !== undefined && !firsts.has(key)) firsts.set(key, resource);
    }
    scopes.set(scope, firsts);
  }
  return firsts;
}

/** Leaf paths where two values differ, in a stable order (keys sorted, items by index). */
function differences(a: PlainValue | undefined, b: PlainValue | undefined): JsonPath[] {
  const found: JsonPath[] = [];
  // One path, grown and shrunk as the walk goes: a copy is made only for a difference.
  const path: (string | number)[] = [];
  const visit = (left: PlainValue | undefined, right: PlainValue | undefined): void => {
    if (isObject(left ?? null) && isObject(right ?? null)) {
      const l = left as Record<string, PlainValue>;
      const r = right as Record<string, PlainValue>;
      const keys = [...new Set([...Object.keys(l), ...Object.keys(r)])].sort();
      for (const key of keys) {
        path.push(key);
        visit(l[key], r[key]);
        path.pop();
      }
    } else if (Array.isArray(left) && Array.isArray(right)) {
      const length = Math.max(left.length, right.length);
      for (let i = 0; i < length; i++) {
        path.push(i);
        visit(left[i], right[i]);
        path.pop();
      }
    } else if (left !== right) found.push(path.slice());
  };
  visit(a, b);
  return found;
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

const statefulSetMutable = new Set([
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'revisionHistoryLimit',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
]);
const podMutable = new Set(['activeDeadlineSeconds', 'tolerations', 'terminationGracePeriodSeconds']);

/** The field the API server refuses to change on an existing object, when `path` lies in one (so the second apply fails). */
function immutableField(kind: string, path: JsonPath, first: Resource): JsonPath | undefined {
  const [top, field] = path;
  const under = (prefix: JsonPath) => (startsWith(path, prefix) ? prefix : undefined);
  switch (kind) {
    case 'Job':
      return under(['spec', 'template']) ?? under(['spec', 'selector']) ?? under(['spec', 'completionMode']);
    case 'StatefulSet':
      return top === 'spec' && typeof field === 'string' && !statefulSetMutable.has(field) ? ['spec', field] : undefined;
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
      return under(['spec', 'selector']);
    case 'PersistentVolumeClaim':
      return top === 'spec' && typeof field === 'string' && field !== 'resources' && field !== 'volumeAttributesClassName' ? ['spec', field] : undefined;
    case 'Pod': {
      if (top !== 'spec' || typeof field !== 'string' || podMutable.has(field)) return undefined;
      const isImage = (field === 'containers' || field === 'initContainers') && path[3] === 'image' && path.length === 4;
      return isImage ? undefined : ['spec', field];
    }
    case 'Service':
      return under(['spec', 'clusterIP']);
    case 'ConfigMap':
    case 'Secret':
      if (top === 'type') return ['type'];
      return first.value.immutable === true && typeof top === 'string' && ['data', 'binaryData', 'stringData'].includes(top) ? [top] : undefined;
    default:
      return undefined;
  }
}

export default defineRule({
  // Identity is kind, name and namespace; the two whole values are read again only for a pair that shares one.
  uses: { own: [] },
  // Every resource with an identity is compared with the others; one without reports nothing either way.
  readsIndexFirst: true,
  meta: {
    id: 'duplicate-resource',
    description:
      'Two resources with the same API group, kind, namespace and name that are applied together (one folder in lint mode, the whole answers tree in grade mode): an identical copy (warning), a different one (warning, or error when the second cannot be applied).',
    severity: 'error',
    messages: {
      identical: '{{kind}} {{name}} is defined twice: an identical copy is in {{first}}. That is harmless, but remove one so the two cannot drift apart.',
      overridden:
        '{{kind}} {{name}} is also defined in {{first}}, differently (first difference: {{field}}). Applied together, whichever is applied last silently replaces the other, so one of the two never takes effect.',
      conflicting:
        '{{kind}} {{name}} is also defined in {{first}}, with a different {{field}}, which cannot be changed once the object exists: applying both, the API server rejects the second.',
    },
    hints: {
      identical: 'Delete one of the two copies.',
      overridden: 'Keep a single definition (merge the two), or give one of them another name.',
      conflicting: 'Keep a single definition, or give one of them another name; to change {{field}} of an existing object, delete it first.',
    },
    options: {
      type: 'object',
      properties: {
        scope: {
          enum: ['folder', 'all'],
          description:
            'What is applied together: "folder" (default, lint mode) compares the files of one folder, as `kubectl apply -f DIR` does; "all" (grade mode) compares every file, as `kubectl apply -R -f ANSWERS` does.',
        },
      },
      additionalProperties: false,
    },
    docs: {
      rationale:
        "kubectl apply identifies an object by its API group, kind, namespace and name. Two documents with the same identity describe the same object: if they are identical the second apply changes nothing, and if they differ, whichever is applied last replaces the other, so one definition never takes effect. When they differ in a field that cannot change after creation (a Job's pod template, a StatefulSet's volumeClaimTemplates or serviceName, a selector), the second apply is rejected. A resource without metadata.namespace goes to the current namespace when applied, so it is only compared with other namespace-less resources. Only what is applied together is compared: in lint mode the files of one folder (alternative samples in sibling folders, or a base and its overlay, are never applied together); in grade mode the whole answers folder, which the grader applies with `kubectl apply -R`.",
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello-environment\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: pinger\n          image: alpine:3.8\n          command: ["ping", "google.com"]\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello-environment\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: pinger\n          image: alpine:3.8\n          command: ["ping", "-c", "3", "google.com"]\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello-environment\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: pinger\n          image: alpine:3.8\n          command: ["ping", "google.com"]\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hello-volume-mount\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: pinger\n          image: alpine:3.8\n          command: ["ping", "-c", "3", "google.com"]\n',
    },
  },
  check({ resource, index, options, report }) {
    if (!resource.kind || !resource.name || !resource.apiVersion) return;
    const scope: Scope = options.scope === 'all' ? 'all' : 'folder';
    // The index before the identity: in the first stage, reading it defers the rule (the identity would be built for nothing).
    const firsts = firstDefinitions(index, scope);
    const identity = identityOf(resource)!;
    const first = firsts.get(keyOf(scopeKey(resource, scope), identity));
    if (!first || first === resource) return;
    const kind = resource.kind ?? 'resource';
    const data = { kind, name: resource.name ?? '', first: fileAndLine(first) };
    const path = ['metadata', 'name'];
    const whole = { ...first, value: index.whole(first) };
    const changed = differences(whole.value, index.whole(resource));
    if (changed.length === 0) {
      report({ path, messageId: 'identical', severity: 'warning', data });
      return;
    }
    const immutable = changed.map((changedPath) => immutableField(kind, changedPath, whole)).find((field) => field !== undefined);
    if (immutable) report({ path, messageId: 'conflicting', data: { ...data, field: formatPath(immutable) } });
    else report({ path, messageId: 'overridden', severity: 'warning', data: { ...data, field: formatPath(changed[0]!) } });
  },
});
