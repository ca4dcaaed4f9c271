import { defineRule, memoKey, type ResourceIndex } from '../src/lint/rule.js';
import { containersOf, isObject, keyOf, podSpecOf, type PodSpecAt } from '../src/k8s/pod-spec.js';
import { configDataKeys } from '../src/k8s/config-data.js';
import { listNames, nameSuggester, suggestName } from '../src/k8s/did-you-mean.js';
import { sameNamespace } from '../src/k8s/pod-templates.js';
import type { JsonPath, PlainObject, PlainValue, Resource } from '../src/types.js';

type ConfigKind = 'ConfigMap' | 'Secret';

/** One place a pod refers to a ConfigMap or Secret, and the keys it picks from it. */
interface ConfigReference {
  kind: ConfigKind;
  name: string;
  namePath: JsonPath;
  optional: boolean;
  keys: { key: string; path: JsonPath }[];
  /** What happens when a key is missing. */
  consequence: string;
}

const envConsequence = 'The container cannot start (CreateContainerConfigError).';
const volumeConsequence = 'The volume cannot be set up, so the pod stays in ContainerCreating.';

function itemKeys(source: PlainObject, path: JsonPath): { key: string; path: JsonPath }[] {
  const items = source.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item, index) => (isObject(item) && typeof item.key === 'string' ? [{ key: item.key, path: [...path, 'items', index, 'key'] }] : []));
}

function volumeReference(kind: ConfigKind, source: PlainValue | undefined, path: JsonPath, nameField: string): ConfigReference[] {
  if (!isObject(source) || typeof source[nameField] !== 'string') return [];
  return [
    {
      kind,
      name: source[nameField] as string,
      namePath: [...path, nameField],
      optional: source.optional === true,
      keys: itemKeys(source, path),
      consequence: volumeConsequence,
    },
  ];
}

function referencesOf(pod: PodSpecAt): ConfigReference[] {
  const found: ConfigReference[] = [];
  for (const { path, container } of containersOf(pod)) {
    const env = container.env;
    if (Array.isArray(env)) {
      env.forEach((entry, index) => {
        if (!isObject(entry) || !isObject(entry.valueFrom)) return;
        for (const [field, kind] of [
          ['configMapKeyRef', 'ConfigMap'],
          ['secretKeyRef', 'Secret'],
        ] as const) {
          const ref = entry.valueFrom[field];
          if (!isObject(ref) || typeof ref.name !== 'string') continue;
          const refPath = [...path, 'env', index, 'valueFrom', field];
          const keys = typeof ref.key === 'string' ? [{ key: ref.key, path: [...refPath, 'key'] }] : [];
          found.push({ kind, name: ref.name, namePath: [...refPath, 'name'], optional: ref.optional === true, keys, consequence: envConsequence });
        }
      });
    }
    const envFrom = container.envFrom;
    if (Array.isArray(envFrom)) {
      envFrom.forEach((entry, index) => {
        if (!isObject(entry)) return;
        for (const [field, kind] of [
          ['configMapRef', 'ConfigMap'],
          ['secretRef', 'Secret'],
        ] as const) {
          const ref = entry[field];
          if (!isObject(ref) || typeof ref.name !== 'string') continue;
          found.push({
            kind,
            name: ref.name,
            namePath: [...path, 'envFrom', index, field, 'name'],
            optional: ref.optional === true,
            keys: [],
            consequence: envConsequence,
          });
        }
      });
    }
  }
  const volumes = pod.spec.volumes;
  if (Array.isArray(volumes)) {
    volumes.forEach((volume, index) => {
      if (!isObject(volume)) return;
      const path = [...pod.path, 'volumes', index];
      found.push(...volumeReference('ConfigMap', volume.configMap, [...path, 'configMap'], 'name'));
      found.push(...volumeReference('Secret', volume.secret, [...path, 'secret'], 'secretName'));
      const sources = isObject(volume.projected) ? volume.projected.sources : undefined;
      if (!Array.isArray(sources)) return;
      sources.forEach((source, sourceIndex) => {
        if (!isObject(source)) return;
        const sourcePath = [...path, 'projected', 'sources', sourceIndex];
        found.push(...volumeReference('ConfigMap', source.configMap, [...sourcePath, 'configMap'], 'name'));
        found.push(...volumeReference('Secret', source.secret, [...sourcePath, 'secret'], 'name'));
      });
    });
  }
  return found;
}

const dataKeysKey = memoKey<Map<Resource, string[]>>('config-ref: data keys');

/** configDataKeys, once per ConfigMap or Secret: a big one is referred to by many env entries. */
function dataKeysOf(index: ResourceIndex, target: Resource): string[] {
  const dataKeys = index.memo(dataKeysKey, () => new Map<Resource, string[]>());
  let keys = dataKeys.get(target);
  if (!keys) dataKeys.set(target, (keys = configDataKeys(target)));
  return keys;
}

interface NamesNearby {
  suggest: (name: string) => string | undefined;
  /** The first resource (in index order) of each name. */
  firstNamed: Map<string, Resource>;
}

const nearbyKey = memoKey<Map<string, NamesNearby>>('config-ref: names nearby');

/** The objects of a kind a pod in `namespace` can use, once per index, kind and namespace: asked for every missing reference. */
function namesNearby(index: ResourceIndex, kind: ConfigKind, namespace: string | null): NamesNearby {
  const byKey = index.memo(nearbyKey, () => new Map<string, NamesNearby>());
  const key = keyOf(kind, namespace);
  let nearby = byKey.get(key);
  if (!nearby) {
    const firstNamed = new Map<string, Resource>();
    for (const other of index.ofKind(kind)) {
      if (other.name !== null && sameNamespace(other.namespace, namespace) && !firstNamed.has(other.name)) firstNamed.set(other.name, other);
    }
    nearby = { suggest: nameSuggester(firstNamed.keys()), firstNamed };
    byKey.set(key, nearby);
  }
  return nearby;
}

export default defineRule({
  uses: {
    own: [
      ['$containers', 'env'],
      ['$containers', 'envFrom'],
      ['$pod', 'volumes'],
    ],
    others: {
      ConfigMap: [
        ['data', '{keys}'],
        ['binaryData', '{keys}'],
      ],
      Secret: [
        ['data', '{keys}'],
        ['stringData', '{keys}'],
      ],
    },
  },
  meta: {
    id: 'config-ref',
    description: 'ConfigMaps and Secrets a pod uses (env, envFrom, volumes) exist among your files and have the keys it asks for.',
    severity: 'error',
    kinds: ['Pod', 'PodTemplate', 'Job', 'CronJob', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    messages: {
      keyMissing: '{{kind}} {{name}} has no key "{{key}}"; it has {{keys}}. {{consequence}}',
      keyMissingSuggest: '{{kind}} {{name}} has no key "{{key}}" (did you mean "{{suggestion}}"?); it has {{keys}}. {{consequence}}',
      optionalKeyMissing: '{{kind}} {{name}} has no key "{{key}}" (it has {{keys}}); the reference is optional, so it is silently skipped.',
      namespaceApart: '{{kind}} {{name}} is in namespace {{target}}; this pod runs in {{namespace}} and cannot use it.',
      namespaceOfTarget:
        '{{kind}} {{name}} is in namespace {{target}}, and this pod names no namespace: it can use it only if the pod is applied in {{target}} too.',
      namespaceOfPod:
        '{{kind}} {{name}} names no namespace, and this pod runs in {{namespace}}: it can use it only if {{name}} is applied in {{namespace}} too.',
      objectMissing: '{{kind}} {{name}} is not among your files: the pod will not start unless it exists in the cluster.',
      objectMissingSuggest:
        '{{kind}} {{name}} is not among your files (did you mean {{suggestion}}, defined in {{where}}?): the pod will not start unless it exists in the cluster.',
    },
    hints: {
      keyMissing: 'Use one of the keys of {{kind}} {{name}}, or add "{{key}}" to it.',
      keyMissingSuggest: 'Change the key to "{{suggestion}}": keys must match exactly, including - and _.',
      optionalKeyMissing: 'Use one of the existing keys if you expected a value here.',
      namespaceApart: 'A pod can only use a {{kind}} of its own namespace: put both in the same metadata.namespace.',
      namespaceOfTarget: 'Give this pod metadata.namespace: {{target}} as well, or apply it with kubectl apply -n {{target}}.',
      namespaceOfPod: 'Give {{kind}} {{name}} metadata.namespace: {{namespace}} as well, or apply it with kubectl apply -n {{namespace}}.',
      objectMissing: 'Add the {{kind}} to your files (or create it before the pod), or mark the reference optional: true if the pod can run without it.',
      objectMissingSuggest: 'Change the name to {{suggestion}}, or add a {{kind}} named {{name}}.',
    },
    docs: {
      rationale:
        'A pod reads ConfigMaps and Secrets by name, and single values by key. The API server accepts any name and key, but the pod cannot start when the object or the key does not exist: a missing key in a configMapKeyRef stops the container with CreateContainerConfigError, a missing item key stops the volume from mounting. When the object is among your files a missing key is certain to fail; when it is not, it must already exist in the cluster. Keys are exact: max-hops and max_hops are different keys. Only key names are ever shown, never values.',
      incorrect:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: "4"\n  max-hops: "15"\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX_HOPS\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: max_hops\n',
      correct:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: "4"\n  max-hops: "15"\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX_HOPS\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: max-hops\n',
    },
  },
  check({ resource, index, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const reference of referencesOf(pod)) {
      const { kind, name } = reference;
      const found = index.lookup(kind, name, resource.namespace);
      const target = found.resource;
      const other = found.elsewhere[0];
      if (!target && other && resource.namespace !== null && other.namespace !== null) {
        if (!reference.optional)
          report({ path: reference.namePath, messageId: 'namespaceApart', data: { kind, name, target: other.namespace, namespace: resource.namespace } });
        continue;
      }
      if (found.meeting?.status === 'depends') {
        const onTarget = found.meeting.side === 'to';
        report({
          path: reference.namePath,
          messageId: onTarget ? 'namespaceOfTarget' : 'namespaceOfPod',
          severity: 'warning',
          data: { kind, name, target: found.meeting.named, namespace: found.meeting.named },
        });
      }
      if (!target) {
        if (reference.optional) continue;
        const nearby = namesNearby(index, kind, resource.namespace);
        const suggestion = nearby.suggest(name);
        const similar = suggestion === undefined ? undefined : nearby.firstNamed.get(suggestion);
        if (suggestion && similar) {
          report({ path: reference.namePath, messageId: 'objectMissingSuggest', severity: 'warning', data: { kind, name, suggestion, where: similar.file } });
        } else {
          report({ path: reference.namePath, messageId: 'objectMissing', severity: 'warning', data: { kind, name } });
        }
        continue;
      }
      if (reference.keys.length === 0) continue;
      const available = dataKeysOf(index, target);
      for (const { key, path } of reference.keys) {
        if (available.includes(key)) continue;
        const data = { kind, name, key, keys: listNames(available), consequence: reference.consequence };
        if (reference.optional) {
          report({ path, messageId: 'optionalKeyMissing', severity: 'info', data });
          continue;
        }
        const suggestion = suggestName(key, available);
        report({ path, messageId: suggestion ? 'keyMissingSuggest' : 'keyMissing', data: suggestion ? { ...data, suggestion } : data });
      }
    }
  },
});
