import { defineRule } from '../src/lint/rule.js';
import { containersOf, get, isObject, podSpecOf } from '../src/k8s/pod-spec.js';
import { suggestName } from '../src/k8s/did-you-mean.js';

export default defineRule({
  meta: {
    id: 'volume-unused',
    description: 'A pod volume, or a StatefulSet volumeClaimTemplate, that no container mounts.',
    severity: 'warning',
    kinds: ['Pod', 'PodTemplate', 'Job', 'CronJob', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    messages: {
      volume: 'Volume "{{name}}" is declared but no container mounts it, so its data is not visible anywhere in the pod.',
      claim:
        'volumeClaimTemplate "{{name}}" is not mounted by any container: every replica still gets its own PersistentVolumeClaim ({{name}}-{{statefulSet}}-0, ...) and disk that nothing uses.',
    },
    hints: {
      volume: 'Add a volumeMounts entry with name: {{name}} and a mountPath to the container that needs it, or remove the volume.',
      claim: 'Add a volumeMounts entry with name: {{name}} to the container that should store its data there, or remove the template.',
    },
    docs: {
      rationale:
        'Declaring a volume only makes it available to the pod; a container sees it only through a volumeMounts entry with the same name. A volume nobody mounts is usually a mount that was forgotten or misnamed (the API server accepts it, and the files you expected are simply not there). An unmounted StatefulSet volumeClaimTemplate still provisions a disk for every replica. When a mount names something close to the volume (a misspelling), volume-mount-ref reports the mount with a did-you-mean instead.',
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: volume-mount-explorer\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: explorer\n          image: alpine:3.8\n          command: ["ls", "/etc/not-secret"]\n      volumes:\n        - name: not-secret-config\n          configMap:\n            name: not-secret-config\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: volume-mount-explorer\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: explorer\n          image: alpine:3.8\n          command: ["ls", "/etc/not-secret"]\n          volumeMounts:\n            - name: not-secret-config\n              mountPath: /etc/not-secret\n      volumes:\n        - name: not-secret-config\n          configMap:\n            name: not-secret-config\n',
    },
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const mounted = new Set<string>();
    for (const { container } of containersOf(pod)) {
      for (const list of ['volumeMounts', 'volumeDevices']) {
        const mounts = container[list];
        if (!Array.isArray(mounts)) continue;
        for (const mount of mounts) if (isObject(mount) && typeof mount.name === 'string') mounted.add(mount.name);
      }
    }
    const volumes = pod.spec.volumes;
    const claims = resource.kind === 'StatefulSet' ? get(resource.value, ['spec', 'volumeClaimTemplates']) : undefined;
    const declared = [
      ...(Array.isArray(volumes) ? volumes.map((volume) => get(volume, ['name'])) : []),
      ...(Array.isArray(claims) ? claims.map((claim) => get(claim, ['metadata', 'name'])) : []),
    ].filter((name): name is string => typeof name === 'string');
    // A mount with a misspelt name is reported by volume-mount-ref, with the volume it meant as did-you-mean.
    const meant = new Set([...mounted].filter((name) => !declared.includes(name)).map((name) => suggestName(name, declared)));
    if (Array.isArray(volumes)) {
      volumes.forEach((volume, index) => {
        if (isObject(volume) && typeof volume.name === 'string' && !mounted.has(volume.name) && !meant.has(volume.name)) {
          report({ path: [...pod.path, 'volumes', index, 'name'], messageId: 'volume', data: { name: volume.name } });
        }
      });
    }
    if (!Array.isArray(claims)) return;
    claims.forEach((claim, index) => {
      const name = get(claim, ['metadata', 'name']);
      if (typeof name === 'string' && !mounted.has(name) && !meant.has(name)) {
        report({
          path: ['spec', 'volumeClaimTemplates', index, 'metadata', 'name'],
          messageId: 'claim',
          data: { name, statefulSet: resource.name ?? 'statefulset' },
        });
      }
    });
  },
});
