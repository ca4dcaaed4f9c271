import type { JsonPath, Resource } from '../types.js';
import { get, podSpecOf } from './pod-spec.js';
import { labelsOf, type Labels } from './label-selector.js';
import type { ResourceIndex } from './resource-index.js';

/** A pod template (or a bare Pod) and the labels its pods will carry. */
export interface PodTemplate {
  resource: Resource;
  labels: Labels;
  /** Where the labels are written, e.g. spec.template.metadata.labels */
  labelsPath: JsonPath;
}

export function podTemplateOf(resource: Resource): PodTemplate | undefined {
  const pod = podSpecOf(resource);
  if (!pod) return undefined;
  const labelsPath: JsonPath = [...pod.path.slice(0, -1), 'metadata', 'labels'];
  return { resource, labels: labelsOf(get(resource.value, labelsPath)), labelsPath };
}

/** Every pod template among the resources, in index order. */
export function podTemplatesIn(index: ResourceIndex): PodTemplate[] {
  return index.all.flatMap((resource) => podTemplateOf(resource) ?? []);
}

/** Whether two namespaces can be the same once applied: a resource without one lands in the current namespace. */
export function sameNamespace(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * Whether the controller adds this label to the pods itself (job-name, pod-template-hash,
 * statefulset.kubernetes.io/pod-name, ...), so a selector may rely on it without the template
 * writing it. Values the controller makes up (hashes, uids) match anything.
 */
export function controllerAddsLabel(template: PodTemplate, key: string, value: string): boolean {
  const { kind, name } = template.resource;
  const podName = new RegExp(`^${escapeRegExp(name ?? '')}-\\d+$`);
  switch (kind) {
    case 'Job':
      if (key === 'job-name' || key === 'batch.kubernetes.io/job-name') return value === name;
      return ['controller-uid', 'batch.kubernetes.io/controller-uid', 'batch.kubernetes.io/job-completion-index'].includes(key);
    case 'CronJob':
      if (key === 'job-name' || key === 'batch.kubernetes.io/job-name') return podName.test(value);
      return ['controller-uid', 'batch.kubernetes.io/controller-uid'].includes(key);
    case 'StatefulSet':
      if (key === 'statefulset.kubernetes.io/pod-name') return podName.test(value);
      if (key === 'apps.kubernetes.io/pod-index') return /^\d+$/.test(value);
      return key === 'controller-revision-hash';
    case 'Deployment':
      return key === 'pod-template-hash';
    case 'DaemonSet':
      return key === 'controller-revision-hash' || key === 'pod-template-generation';
    default:
      return false;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
