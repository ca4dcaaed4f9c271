import type { JsonPath, PlainObject, Resource } from '../types.js';
import { get, isObject } from '../values.js';

// The kit's surface: rules read values through these too.
export { formatPath, get, isObject, keyOf } from '../values.js';

/** Where each workload kind keeps its pod spec. */
export const podSpecPaths: Readonly<Record<string, JsonPath>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
};

export interface PodSpecAt {
  path: JsonPath;
  spec: PlainObject;
}

export function podSpecOf(resource: Resource): PodSpecAt | undefined {
  const path = resource.kind ? podSpecPaths[resource.kind] : undefined;
  if (!path) return undefined;
  const spec = get(resource.value, path);
  return isObject(spec) ? { path, spec } : undefined;
}

export interface ContainerAt {
  path: JsonPath;
  container: PlainObject;
  /** containers, initContainers or ephemeralContainers */
  list: string;
}

/** The pod spec's lists of containers, in the order the kubelet starts them. */
export const containerLists = ['initContainers', 'containers', 'ephemeralContainers'] as const;

export function containersOf(pod: PodSpecAt): ContainerAt[] {
  const found: ContainerAt[] = [];
  for (const list of containerLists) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((container, index) => {
      if (isObject(container)) found.push({ path: [...pod.path, list, index], container, list });
    });
  }
  return found;
}
