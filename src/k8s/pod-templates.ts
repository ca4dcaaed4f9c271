import { canMeet } from '../resources/namespaces.js';
import type { JsonPath, Resource } from '../types.js';
import { get, podSpecOf } from './pod-spec.js';
import { labelsOf, type Labels } from './label-selector.js';
import { memoKey, type ResourceIndex } from '../resources/resource-index.js';

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

const templatesKey = memoKey<PodTemplate[]>('pod templates');

/** Every pod template among the resources, in index order (computed once per index: rules ask per Service). */
export function podTemplatesIn(index: ResourceIndex): PodTemplate[] {
  return index.memo(templatesKey, () => index.all.flatMap((resource) => podTemplateOf(resource) ?? []));
}

/** Every label key that controllerAddsLabel can answer true for. */
const controllerLabelKeys = new Set([
  'job-name',
  'batch.kubernetes.io/job-name',
  'controller-uid',
  'batch.kubernetes.io/controller-uid',
  'batch.kubernetes.io/job-completion-index',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'controller-revision-hash',
  'pod-template-hash',
  'pod-template-generation',
]);

const labelIndexKey = memoKey<Map<string, PodTemplate[]>>('pod templates by label');

/**
 * The pod templates whose own labels include key=value, in index order; undefined when a
 * controller may add that label, so that any template could carry it. Lets a rule that asks per
 * Service look at a handful of templates instead of all of them.
 */
export function podTemplatesLabelled(index: ResourceIndex, key: string, value: string): readonly PodTemplate[] | undefined {
  if (controllerLabelKeys.has(key)) return undefined;
  const byLabel = index.memo(labelIndexKey, () => {
    const built = new Map<string, PodTemplate[]>();
    for (const template of podTemplatesIn(index)) {
      for (const [labelKey, labelValue] of Object.entries(template.labels)) {
        const label = `${labelKey}\u0000${labelValue}`;
        const list = built.get(label);
        if (list) list.push(template);
        else built.set(label, [template]);
      }
    }
    return built;
  });
  return byLabel.get(`${key}\u0000${value}`) ?? [];
}

const ordinalsKey = memoKey<Map<PodTemplate, number>>('pod template ordinals');

/** A template's place in podTemplatesIn: ties between templates go to the first. */
export function podTemplateOrdinal(index: ResourceIndex, template: PodTemplate): number {
  const ordinals = index.memo(ordinalsKey, () => new Map(podTemplatesIn(index).map((each, i) => [each, i])));
  return ordinals.get(template) ?? -1;
}

const countsKey = memoKey<Map<string | null, number>>('pod templates per namespace');

/** How many pod templates can be in one namespace with a resource in `namespace` (sameNamespace), counted once per index. */
export function podTemplatesNear(index: ResourceIndex, namespace: string | null): number {
  const counts = index.memo(countsKey, () => {
    const built = new Map<string | null, number>();
    for (const template of podTemplatesIn(index)) built.set(template.resource.namespace, (built.get(template.resource.namespace) ?? 0) + 1);
    return built;
  });
  if (namespace === null) return podTemplatesIn(index).length;
  return (counts.get(namespace) ?? 0) + (counts.get(null) ?? 0);
}

/** How a Service and the pods it selects meet across namespaces, and which kinds have none (src/resources/namespaces.ts), for rules. */
export { clusterScopedKinds, meeting } from '../resources/namespaces.js';

/** Whether two namespaces can be the same once applied: a resource without one lands in the current namespace. */
export function sameNamespace(a: string | null, b: string | null): boolean {
  return canMeet(a, b);
}

/**
 * Whether the controller adds this label to the pods itself (job-name, pod-template-hash,
 * statefulset.kubernetes.io/pod-name, ...), so a selector may rely on it without the template
 * writing it. Values the controller makes up (hashes, uids) match anything.
 */
export function controllerAddsLabel(template: PodTemplate, key: string, value: string): boolean {
  const { kind, name } = template.resource;
  // Built only where needed: this runs for every (Service, template) pair.
  const podName = { test: (text: string) => new RegExp(`^${escapeRegExp(name ?? '')}-\\d+$`).test(text) };
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
