/**
 * Whether two namespaced resources can meet (a pod and the ConfigMap it reads, a Service and the
 * pods it selects). One place for the rule every cross-reference follows: two resources that both
 * name their namespace and differ never meet; a resource without a namespace lands wherever
 * `kubectl apply` puts it (the current namespace), so when only one side names a namespace the
 * reference works only if the other is applied there; when neither names one they meet.
 */

export type Meeting =
  /** Both in the same named namespace, or neither names one. */
  | { status: 'same' }
  /** Both name a namespace and they differ: the reference can never work. */
  | { status: 'apart'; from: string; to: string }
  /** Only one side names a namespace: it works only if the other is applied there. */
  | { status: 'depends'; named: string; side: 'from' | 'to' };

/** `from` is the resource that refers (the pod), `to` the one it refers to (the Secret). */
export function meeting(from: string | null, to: string | null): Meeting {
  if (from === to) return { status: 'same' };
  if (from !== null && to !== null) return { status: 'apart', from, to };
  return from !== null ? { status: 'depends', named: from, side: 'from' } : { status: 'depends', named: to!, side: 'to' };
}

/** Whether two resources can be in one namespace once applied. */
export function canMeet(a: string | null, b: string | null): boolean {
  // meeting(a, b).status !== 'apart', without building the meeting: this runs per pair of resources.
  return a === b || a === null || b === null;
}

/** Kinds without a namespace: metadata.namespace means nothing for them. */
export const clusterScopedKinds: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'APIService',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'CertificateSigningRequest',
  'PodSecurityPolicy',
  'FlowSchema',
  'PriorityLevelConfiguration',
]);
