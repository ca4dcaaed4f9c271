import { defineRule } from '../src/lint/rule.js';
import { containersOf, get, isObject, podSpecOf } from '../src/k8s/pod-spec.js';
import { listNames, suggestName } from '../src/k8s/did-you-mean.js';
import { distance } from 'fastest-levenshtein';
import type { FixIntent, PlainValue } from '../src/types.js';

function namesIn(list: PlainValue | undefined, namePath: readonly string[]): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const name = get(item, namePath);
    return typeof name === 'string' ? [name] : [];
  });
}

/** A StatefulSet spec key that is volumeClaimTemplates misspelt (volumeClaimTemplate, volumeclaimtemplates, ...), with the claim names under it. */
function misspeltClaimTemplates(spec: PlainValue | undefined): { field: string; names: string[] } | undefined {
  if (!isObject(spec)) return undefined;
  const field = Object.keys(spec).find((key) => key !== 'volumeClaimTemplates' && distance(key.toLowerCase(), 'volumeclaimtemplates') <= 2);
  return field ? { field, names: namesIn(spec[field], ['metadata', 'name']) } : undefined;
}

export default defineRule({
  meta: {
    id: 'volume-mount-ref',
    description: 'Every volumeMount (and volumeDevice) names a volume of the pod, or for a StatefulSet a volumeClaimTemplate.',
    severity: 'error',
    kinds: ['Pod', 'PodTemplate', 'Job', 'CronJob', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    messages: {
      unknown:
        'volumeMount "{{name}}" names no volume of this pod; the pod declares {{declared}}. The API server rejects the pod ("volumeMounts.name: Not found").',
      unknownSuggest:
        'volumeMount "{{name}}" names no volume of this pod; did you mean "{{suggestion}}"? The API server rejects the pod ("volumeMounts.name: Not found").',
      noVolumes:
        'volumeMount "{{name}}" names a volume, but this pod declares no volumes at all. The API server rejects the pod ("volumeMounts.name: Not found").',
      unknownStatefulSet:
        'volumeMount "{{name}}" names neither a pod volume nor a volumeClaimTemplate (declared: {{declared}}), so the StatefulSet controller can never create its pods.',
      unknownStatefulSetSuggest:
        'volumeMount "{{name}}" names neither a pod volume nor a volumeClaimTemplate; did you mean "{{suggestion}}"? The StatefulSet controller can never create its pods.',
      noVolumesStatefulSet:
        'volumeMount "{{name}}" names a volume, but this StatefulSet declares no volumes and no volumeClaimTemplates, so the StatefulSet controller can never create its pods.',
      misspeltClaimTemplates:
        'volumeMount "{{name}}" refers to a claim declared under spec.{{field}}, which Kubernetes does not read (only spec.volumeClaimTemplates), so the StatefulSet controller can never create its pods.',
    },
    hints: {
      unknown: 'Use the name of one of the volumes listed under volumes:, or add a volume named "{{name}}".',
      unknownSuggest: 'Make the two names identical: rename the mount to "{{suggestion}}" (or the volume to "{{name}}").',
      noVolumes: 'Add a volumes: list beside containers: with an entry named "{{name}}" (e.g. configMap:, secret: or emptyDir:).',
      unknownStatefulSet: 'Name a volume under volumes:, or a volumeClaimTemplates entry by its metadata.name.',
      unknownStatefulSetSuggest: 'Make the two names identical: rename the mount to "{{suggestion}}".',
      noVolumesStatefulSet: 'Add a volumeClaimTemplates entry whose metadata.name is "{{name}}", or a volume of that name under volumes:.',
      misspeltClaimTemplates: 'Rename spec.{{field}} to spec.volumeClaimTemplates.',
    },
    docs: {
      rationale:
        "A volumeMount says where a volume appears inside a container, and refers to the volume by name. The name must be exactly the name of an entry under the pod's volumes (or, in a StatefulSet, the metadata.name of a volumeClaimTemplate). A mount that names nothing is rejected by the API server, and for a StatefulSet the controller can never create the pods. The usual slip is naming the mount after the ConfigMap or Secret instead of after the volume.",
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: volume-mount-explorer\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: explorer\n          image: alpine:3.8\n          volumeMounts:\n            - name: pretty-secret-config\n              mountPath: /run/secret/\n      volumes:\n        - name: pretty-secret-config-volume\n          secret:\n            secretName: pretty-secret-config\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: volume-mount-explorer\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: explorer\n          image: alpine:3.8\n          volumeMounts:\n            - name: pretty-secret-config-volume\n              mountPath: /run/secret/\n      volumes:\n        - name: pretty-secret-config-volume\n          secret:\n            secretName: pretty-secret-config\n',
    },
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const isStatefulSet = resource.kind === 'StatefulSet';
    const volumes = namesIn(pod.spec.volumes, ['name']);
    const claims = isStatefulSet ? namesIn(get(resource.value, ['spec', 'volumeClaimTemplates']), ['metadata', 'name']) : [];
    const declared = new Set([...volumes, ...claims]);
    const misspelt = isStatefulSet ? misspeltClaimTemplates(resource.value.spec) : undefined;
    for (const { path, container } of containersOf(pod)) {
      for (const list of ['volumeMounts', 'volumeDevices']) {
        const mounts = container[list];
        if (!Array.isArray(mounts)) continue;
        mounts.forEach((mount, index) => {
          if (!isObject(mount) || typeof mount.name !== 'string' || declared.has(mount.name)) return;
          const name = mount.name;
          const where = [...path, list, index, 'name'];
          const suggestion = suggestName(name, declared);
          const data = { name, declared: listNames(declared), ...(suggestion ? { suggestion } : {}) };
          // Two ways out, and only the author knows which was meant: offered in the editor, never applied by --fix.
          const suggestions: FixIntent[] = isStatefulSet
            ? []
            : [
                ...(suggestion ? [{ title: `Mount ${suggestion} instead`, replacement: suggestion }] : []),
                {
                  title: `Add an emptyDir volume named ${name} to the pod's volumes`,
                  append: { path: [...pod.path, 'volumes'], entry: { name, emptyDir: {} } },
                },
              ];
          if (misspelt?.names.includes(name)) report({ path: where, messageId: 'misspeltClaimTemplates', data: { ...data, field: misspelt.field } });
          else if (isStatefulSet && declared.size === 0 && !suggestion) report({ path: where, messageId: 'noVolumesStatefulSet', data });
          else if (isStatefulSet) report({ path: where, messageId: suggestion ? 'unknownStatefulSetSuggest' : 'unknownStatefulSet', data });
          else if (declared.size === 0) report({ path: where, messageId: 'noVolumes', data, suggestions });
          else report({ path: where, messageId: suggestion ? 'unknownSuggest' : 'unknown', data, suggestions });
        });
      }
    }
  },
});
