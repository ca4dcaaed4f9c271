/**
 * When each built-in apiVersion/kind was served, deprecated and removed, and what replaces it.
 * Facts from the Kubernetes deprecation guide (docs/reference/using-api/deprecation-guide) and
 * release notes; the generated schema indexes fill in what is not listed here.
 */
export interface ApiFact {
  apiVersion: string;
  kinds: readonly string[];
  /** First Kubernetes minor version that serves it. */
  since?: string;
  /** Served but deprecated from this version on. */
  deprecated?: string;
  /** First version that no longer serves it. */
  removed?: string;
  /** The apiVersion to move to. */
  replacement?: string;
  /** What to do when there is no replacement, or what changes on the way. */
  note?: string;
}

const workloads = ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet', 'ControllerRevision'] as const;
const rbac = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'] as const;
const selectorNote = 'apps/v1 requires spec.selector, matching the pod template labels.';
const ingressNote = 'networking.k8s.io/v1 renames backend.serviceName/servicePort to backend.service.name/port, and every path needs a pathType.';

export const apiHistory: readonly ApiFact[] = [
  // CronJob
  { apiVersion: 'batch/v2alpha1', kinds: ['CronJob'], removed: '1.21', replacement: 'batch/v1' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], since: '1.8', deprecated: '1.21', removed: '1.25', replacement: 'batch/v1' },
  { apiVersion: 'batch/v1', kinds: ['CronJob'], since: '1.21' },
  // Workloads: apps/v1 since 1.9, the betas removed in 1.16
  { apiVersion: 'apps/v1', kinds: workloads, since: '1.9' },
  {
    apiVersion: 'extensions/v1beta1',
    kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'],
    deprecated: '1.9',
    removed: '1.16',
    replacement: 'apps/v1',
    note: selectorNote,
  },
  {
    apiVersion: 'apps/v1beta1',
    kinds: ['Deployment', 'StatefulSet', 'ControllerRevision'],
    since: '1.5',
    deprecated: '1.9',
    removed: '1.16',
    replacement: 'apps/v1',
    note: selectorNote,
  },
  { apiVersion: 'apps/v1beta2', kinds: workloads, since: '1.8', deprecated: '1.9', removed: '1.16', replacement: 'apps/v1', note: selectorNote },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], deprecated: '1.9', removed: '1.16', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1', kinds: ['NetworkPolicy'], since: '1.8' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], deprecated: '1.11', removed: '1.16', replacement: 'policy/v1beta1' },
  // Removed in 1.22
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], deprecated: '1.14', removed: '1.22', replacement: 'networking.k8s.io/v1', note: ingressNote },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kinds: ['Ingress'],
    since: '1.14',
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'networking.k8s.io/v1',
    note: ingressNote,
  },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['IngressClass'], since: '1.18', deprecated: '1.19', removed: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1', kinds: ['Ingress', 'IngressClass'], since: '1.19' },
  { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kinds: rbac, deprecated: '1.17', removed: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: rbac, deprecated: '1.17', removed: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kinds: rbac, since: '1.8' },
  {
    apiVersion: 'apiextensions.k8s.io/v1beta1',
    kinds: ['CustomResourceDefinition'],
    deprecated: '1.16',
    removed: '1.22',
    replacement: 'apiextensions.k8s.io/v1',
    note: 'apiextensions.k8s.io/v1 moves the schema to spec.versions[*].schema.openAPIV3Schema and requires spec.scope.',
  },
  { apiVersion: 'apiextensions.k8s.io/v1', kinds: ['CustomResourceDefinition'], since: '1.16' },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    deprecated: '1.16',
    removed: '1.22',
    replacement: 'admissionregistration.k8s.io/v1',
    note: 'admissionregistration.k8s.io/v1 requires sideEffects and admissionReviewVersions on every webhook.',
  },
  { apiVersion: 'admissionregistration.k8s.io/v1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], since: '1.16' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], deprecated: '1.19', removed: '1.22', replacement: 'apiregistration.k8s.io/v1' },
  // Served by every version bundled here, though kubernetes-types (the 1.21+ source) has no declarations for it.
  { apiVersion: 'apiregistration.k8s.io/v1', kinds: ['APIService'], since: '1.10' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], deprecated: '1.19', removed: '1.22', replacement: 'authentication.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1', kinds: ['TokenReview'], since: '1.6' },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kinds: ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview'],
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'authorization.k8s.io/v1',
  },
  { apiVersion: 'authorization.k8s.io/v1', kinds: ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview'], since: '1.6' },
  { apiVersion: 'authorization.k8s.io/v1', kinds: ['SelfSubjectRulesReview'], since: '1.8' },
  {
    apiVersion: 'certificates.k8s.io/v1beta1',
    kinds: ['CertificateSigningRequest'],
    deprecated: '1.19',
    removed: '1.22',
    replacement: 'certificates.k8s.io/v1',
  },
  { apiVersion: 'certificates.k8s.io/v1', kinds: ['CertificateSigningRequest'], since: '1.19' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], deprecated: '1.19', removed: '1.22', replacement: 'coordination.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1', kinds: ['Lease'], since: '1.14' },
  { apiVersion: 'scheduling.k8s.io/v1alpha1', kinds: ['PriorityClass'], deprecated: '1.14', removed: '1.22', replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], deprecated: '1.14', removed: '1.22', replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1', kinds: ['PriorityClass'], since: '1.14' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['StorageClass'], deprecated: '1.6', removed: '1.22', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['VolumeAttachment'], deprecated: '1.13', removed: '1.22', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSINode'], deprecated: '1.17', removed: '1.22', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver'], deprecated: '1.19', removed: '1.22', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1', kinds: ['StorageClass'], since: '1.6' },
  { apiVersion: 'storage.k8s.io/v1', kinds: ['VolumeAttachment'], since: '1.13' },
  { apiVersion: 'storage.k8s.io/v1', kinds: ['CSINode'], since: '1.17' },
  { apiVersion: 'storage.k8s.io/v1', kinds: ['CSIDriver'], since: '1.19' },
  // Removed in 1.25
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], deprecated: '1.21', removed: '1.25', replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'discovery.k8s.io/v1', kinds: ['EndpointSlice'], since: '1.21' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], deprecated: '1.19', removed: '1.25', replacement: 'events.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1', kinds: ['Event'], since: '1.19' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], deprecated: '1.22', removed: '1.25', replacement: 'autoscaling/v2' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], deprecated: '1.23', removed: '1.26', replacement: 'autoscaling/v2' },
  { apiVersion: 'autoscaling/v2', kinds: ['HorizontalPodAutoscaler'], since: '1.23' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], deprecated: '1.21', removed: '1.25', replacement: 'policy/v1' },
  { apiVersion: 'policy/v1', kinds: ['PodDisruptionBudget'], since: '1.21' },
  {
    apiVersion: 'policy/v1beta1',
    kinds: ['PodSecurityPolicy'],
    since: '1.10',
    deprecated: '1.21',
    removed: '1.25',
    note: 'PodSecurityPolicy has no replacement kind: use Pod Security Admission (pod-security.kubernetes.io/* labels on the namespace).',
  },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], since: '1.14', deprecated: '1.20', removed: '1.25', replacement: 'node.k8s.io/v1' },
  { apiVersion: 'node.k8s.io/v1', kinds: ['RuntimeClass'], since: '1.20' },
  // Removed in 1.26 and later
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
    kinds: ['FlowSchema', 'PriorityLevelConfiguration'],
    deprecated: '1.23',
    removed: '1.26',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
    kinds: ['FlowSchema', 'PriorityLevelConfiguration'],
    since: '1.23',
    deprecated: '1.26',
    removed: '1.29',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
    kinds: ['FlowSchema', 'PriorityLevelConfiguration'],
    since: '1.26',
    deprecated: '1.29',
    removed: '1.32',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], since: '1.29' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], since: '1.21', deprecated: '1.24', removed: '1.27', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1', kinds: ['CSIStorageCapacity'], since: '1.24' },
];

/** The recorded facts about one apiVersion/kind, if any. */
export function apiFact(apiVersion: string, kind: string): ApiFact | undefined {
  return apiHistory.find((fact) => fact.apiVersion === apiVersion && fact.kinds.includes(kind));
}

/** The API group of an apiVersion: "apps/v1" -> "apps", "v1" -> "" (core). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}
