import type { JsonPath, PlainObject, PlainValue, Resource } from '../types.js';

export function isObject(value: PlainValue | undefined | null): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function get(value: PlainValue | undefined, path: JsonPath): PlainValue | undefined {
  let current: PlainValue | undefined = value;
  for (const segment of path) {
    if (current === undefined || current === null) return undefined;
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isObject(current) && Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
  }
  return current ?? undefined;
}

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

export function containersOf(pod: PodSpecAt): ContainerAt[] {
  const found: ContainerAt[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((container, index) => {
      if (isObject(container)) found.push({ path: [...pod.path, list, index], container, list });
    });
  }
  return found;
}

/** Renders a JSON path as a dotted path: spec.containers[0].image */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
