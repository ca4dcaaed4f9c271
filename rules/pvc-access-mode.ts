import { defineRule } from '../src/lint/rule.js';
import { get, isObject } from '../src/k8s/pod-spec.js';
import type { JsonPath, PlainValue } from '../src/types.js';

/** Provisioners that put a volume on one node's disk: Docker Desktop, minikube and kind, k3s/Rancher, MicroK8s, static local volumes. */
const nodeLocalClasses = new Set(['hostpath', 'standard', 'local-path', 'local-storage', 'microk8s-hostpath']);
const multiNodeModes = new Set(['ReadWriteMany', 'ReadOnlyMany']);

/** The claim specs of a PVC, or of each StatefulSet volumeClaimTemplate. */
function claimSpecs(kind: string | null, value: PlainValue): { spec: PlainValue | undefined; path: JsonPath }[] {
  if (kind === 'PersistentVolumeClaim') return [{ spec: get(value, ['spec']), path: ['spec'] }];
  const templates = get(value, ['spec', 'volumeClaimTemplates']);
  if (!Array.isArray(templates)) return [];
  return templates.map((template, index) => ({ spec: get(template, ['spec']), path: ['spec', 'volumeClaimTemplates', index, 'spec'] }));
}

export default defineRule({
  meta: {
    id: 'pvc-access-mode',
    description: 'ReadWriteMany or ReadOnlyMany on a node-local storage class (hostpath, standard, local-path), in PVCs and volumeClaimTemplates.',
    severity: 'warning',
    kinds: ['PersistentVolumeClaim', 'StatefulSet'],
    messages: {
      nodeLocal:
        '{{mode}} asks for a volume that pods on several nodes can mount at once, but storage class "{{storageClass}}" keeps the data on one node\'s disk: the claim may stay Pending, or only work while every pod runs on the same node.',
    },
    hints: {
      nodeLocal:
        'Use ReadWriteOnce (each StatefulSet replica gets a claim of its own anyway), or a storage class backed by shared storage (NFS, CephFS, a cloud file service) if pods on different nodes really must share the data.',
    },
    docs: {
      rationale:
        'Access modes describe how many nodes may mount a volume: ReadWriteOnce is one node at a time, ReadWriteMany and ReadOnlyMany are several. Storage classes backed by node-local storage, like hostpath (Docker Desktop), standard (minikube, kind) or local-path (k3s), cannot be mounted from several nodes, so a many-node access mode is not supported there: depending on the provisioner the claim stays Pending, or it is provisioned but only works on a single-node cluster. A claim without storageClassName uses the cluster default, which the grader cannot know, so it is not reported.',
      incorrect:
        'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: shared-data\nspec:\n  accessModes:\n    - ReadWriteMany\n  storageClassName: hostpath\n  resources:\n    requests:\n      storage: 1Gi\n',
      correct:
        'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: shared-data\nspec:\n  accessModes:\n    - ReadWriteOnce\n  storageClassName: hostpath\n  resources:\n    requests:\n      storage: 1Gi\n',
    },
  },
  check({ resource, value, report }) {
    for (const { spec, path } of claimSpecs(resource.kind, value)) {
      if (!isObject(spec) || typeof spec.storageClassName !== 'string' || !nodeLocalClasses.has(spec.storageClassName)) continue;
      const modes = spec.accessModes;
      if (!Array.isArray(modes)) continue;
      modes.forEach((mode, index) => {
        if (typeof mode === 'string' && multiNodeModes.has(mode)) {
          report({ path: [...path, 'accessModes', index], messageId: 'nodeLocal', data: { mode, storageClass: spec.storageClassName as string } });
        }
      });
    }
  },
});
