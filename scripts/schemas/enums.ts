/**
 * The reviewed table of the API's enumerated fields: only fields whose values the API server
 * checks (a `NotSupported` or `Invalid` error in pkg/apis/<group>/validation, or apimachinery's
 * ValidateLabelSelectorRequirement), with the Kubernetes version each value appeared in. Open
 * strings (Secret type, appProtocol, status fields, condition types) are left out on purpose: a
 * false error costs more than a missed one. The generator holds every entry against the values it
 * extracts from the field descriptions (enum-descriptions.ts) and fails on a disagreement that
 * `descriptionDiffers` does not explain.
 */

export interface EnumField {
  /** Definitions that hold the field, e.g. /^io\.k8s\.api\.core\.v1\.PodSpec$/. */
  definition: RegExp;
  property: string;
}

export interface EnumType {
  /** The Go type upstream (core/v1 RestartPolicy...), for the reader. */
  type: string;
  /** Where the API server rejects other values. */
  validation: string;
  fields: EnumField[];
  /** value -> the Kubernetes version it appeared in ('1.0' when it is older than every bundled version). */
  values: Record<string, string>;
  /**
   * The field holds a list of these values (accessModes). A single value may also be empty (""),
   * which the API server defaults or ignores; list items may not.
   */
  list?: boolean;
  /** Why a description's list differs from `values`, per version ("*" for all). */
  descriptionDiffers?: Record<string, string>;
}

const core = (name: string) => new RegExp(`^io\\.k8s\\.api\\.core\\.v1\\.${name}$`);
const apps = (name: string) => new RegExp(`^io\\.k8s\\.api\\.(apps\\.v1(beta1|beta2)?|extensions\\.v1beta1)\\.${name}$`);
const batch = (name: string) => new RegExp(`^io\\.k8s\\.api\\.batch\\.v(1|1beta1|2alpha1)\\.${name}$`);
const containers = [core('Container'), core('EphemeralContainer')];

export const enumTypes: EnumType[] = [
  {
    type: 'core/v1 RestartPolicy',
    validation: 'core validateRestartPolicy',
    fields: [{ definition: core('PodSpec'), property: 'restartPolicy' }],
    values: { Always: '1.0', OnFailure: '1.0', Never: '1.0' },
  },
  {
    type: 'core/v1 PullPolicy',
    validation: 'core validatePullPolicy',
    fields: containers.map((definition) => ({ definition, property: 'imagePullPolicy' })),
    values: { Always: '1.0', Never: '1.0', IfNotPresent: '1.0' },
  },
  {
    type: 'core/v1 TerminationMessagePolicy',
    validation: 'core validateContainers (terminationMessagePolicy)',
    fields: containers.map((definition) => ({ definition, property: 'terminationMessagePolicy' })),
    values: { File: '1.7', FallbackToLogsOnError: '1.7' },
  },
  {
    type: 'core/v1 Protocol',
    validation: 'core supportedPortProtocols (container, service and endpoint ports); networking validateNetworkPolicyPort',
    fields: [
      { definition: core('ContainerPort'), property: 'protocol' },
      { definition: core('ServicePort'), property: 'protocol' },
      { definition: core('EndpointPort'), property: 'protocol' },
      { definition: /^io\.k8s\.api\.(networking\.v1|extensions\.v1beta1)\.NetworkPolicyPort$/, property: 'protocol' },
    ],
    // SCTP: alpha (SCTPSupport gate) from 1.12, on by default from 1.19; accepted from 1.12 so a cluster with the gate on gets no false error.
    values: { TCP: '1.0', UDP: '1.0', SCTP: '1.12' },
  },
  {
    type: 'core/v1 ServiceType',
    validation: 'core supportedServiceType',
    fields: [{ definition: core('ServiceSpec'), property: 'type' }],
    values: { ClusterIP: '1.0', NodePort: '1.0', LoadBalancer: '1.0', ExternalName: '1.7' },
  },
  {
    type: 'core/v1 ServiceAffinity',
    validation: 'core supportedSessionAffinityType',
    fields: [{ definition: core('ServiceSpec'), property: 'sessionAffinity' }],
    values: { ClientIP: '1.0', None: '1.0' },
  },
  {
    type: 'core/v1 ServiceExternalTrafficPolicy',
    validation: 'core validateServiceExternalTrafficFieldsValue',
    fields: [{ definition: core('ServiceSpec'), property: 'externalTrafficPolicy' }],
    values: { Cluster: '1.7', Local: '1.7' },
  },
  {
    type: 'core/v1 ServiceInternalTrafficPolicy',
    validation: 'core validateServiceInternalTrafficFieldsValue',
    fields: [{ definition: core('ServiceSpec'), property: 'internalTrafficPolicy' }],
    values: { Cluster: '1.21', Local: '1.21' },
  },
  {
    type: 'core/v1 IPFamilyPolicy',
    validation: 'core validateIPFamilyPolicy (supportedServiceIPFamilyPolicy)',
    fields: [{ definition: core('ServiceSpec'), property: 'ipFamilyPolicy' }],
    values: { SingleStack: '1.20', PreferDualStack: '1.20', RequireDualStack: '1.20' },
  },
  {
    type: 'core/v1 IPFamily',
    validation: 'core validateIPFamilies (supportedServiceIPFamily)',
    fields: [{ definition: core('ServiceSpec'), property: 'ipFamilies' }],
    values: { IPv4: '1.20', IPv6: '1.20' },
    list: true,
  },
  {
    type: 'core/v1 PersistentVolumeAccessMode',
    validation: 'core ValidatePersistentVolumeClaimSpec / ValidatePersistentVolumeSpec (supportedAccessModes)',
    fields: [
      { definition: core('PersistentVolumeClaimSpec'), property: 'accessModes' },
      { definition: core('PersistentVolumeSpec'), property: 'accessModes' },
    ],
    // ReadWriteOncePod: alpha (ReadWriteOncePod gate) in 1.22, beta 1.27, GA 1.29.
    values: { ReadWriteOnce: '1.0', ReadOnlyMany: '1.0', ReadWriteMany: '1.0', ReadWriteOncePod: '1.22' },
    list: true,
  },
  {
    type: 'core/v1 PersistentVolumeReclaimPolicy',
    validation: 'core supportedReclaimPolicy',
    fields: [{ definition: core('PersistentVolumeSpec'), property: 'persistentVolumeReclaimPolicy' }],
    values: { Retain: '1.0', Delete: '1.0', Recycle: '1.0' },
  },
  {
    type: 'core/v1 PersistentVolumeMode',
    validation: 'core supportedVolumeModes',
    fields: [
      { definition: core('PersistentVolumeClaimSpec'), property: 'volumeMode' },
      { definition: core('PersistentVolumeSpec'), property: 'volumeMode' },
    ],
    values: { Block: '1.9', Filesystem: '1.9' },
  },
  {
    type: 'core/v1 DNSPolicy',
    validation: 'core validateDNSPolicy',
    fields: [{ definition: core('PodSpec'), property: 'dnsPolicy' }],
    values: { ClusterFirstWithHostNet: '1.0', ClusterFirst: '1.0', Default: '1.0', None: '1.9' },
  },
  {
    type: 'core/v1 PreemptionPolicy',
    validation: 'core ValidatePreemptionPolicy',
    fields: [{ definition: core('PodSpec'), property: 'preemptionPolicy' }],
    values: { PreemptLowerPriority: '1.15', Never: '1.15' },
  },
  {
    type: 'core/v1 HostPathType',
    validation: 'core validateHostPathType (supportedHostPathTypes, "" included)',
    fields: [{ definition: core('HostPathVolumeSource'), property: 'type' }],
    values: { DirectoryOrCreate: '1.8', Directory: '1.8', FileOrCreate: '1.8', File: '1.8', Socket: '1.8', CharDevice: '1.8', BlockDevice: '1.8' },
    descriptionDiffers: { '*': 'the description only links to the documentation' },
  },
  {
    type: 'core/v1 MountPropagationMode',
    validation: 'core validateMountPropagation',
    fields: [{ definition: core('VolumeMount'), property: 'mountPropagation' }],
    // None came in 1.10 (1.8 and 1.9 had only the other two, behind the MountPropagation gate).
    values: { None: '1.10', HostToContainer: '1.8', Bidirectional: '1.8' },
  },
  {
    type: 'core/v1 TaintEffect',
    validation: 'core validateTaintEffect (empty allowed in tolerations)',
    fields: [
      { definition: core('Taint'), property: 'effect' },
      { definition: core('Toleration'), property: 'effect' },
    ],
    values: { NoSchedule: '1.0', PreferNoSchedule: '1.0', NoExecute: '1.6' },
  },
  {
    type: 'core/v1 TolerationOperator',
    validation: 'core validateTolerations (Equal, "" or Exists)',
    fields: [{ definition: core('Toleration'), property: 'operator' }],
    values: { Exists: '1.0', Equal: '1.0' },
  },
  {
    type: 'core/v1 NodeSelectorOperator',
    validation: 'core validateNodeSelectorRequirement',
    fields: [{ definition: core('NodeSelectorRequirement'), property: 'operator' }],
    values: { In: '1.0', NotIn: '1.0', Exists: '1.0', DoesNotExist: '1.0', Gt: '1.0', Lt: '1.0' },
    descriptionDiffers: { '*': 'a stray period ("DoesNotExist. Gt, and Lt") ends the sentence before Gt and Lt' },
  },
  {
    type: 'meta/v1 LabelSelectorOperator',
    validation: 'apimachinery ValidateLabelSelectorRequirement',
    fields: [{ definition: /^io\.k8s\.apimachinery\.pkg\.apis\.meta\.v1\.LabelSelectorRequirement$/, property: 'operator' }],
    values: { In: '1.0', NotIn: '1.0', Exists: '1.0', DoesNotExist: '1.0' },
  },
  {
    type: 'core/v1 UnsatisfiableConstraintAction',
    validation: 'core validateWhenUnsatisfiable (supportedScheduleActions)',
    fields: [{ definition: core('TopologySpreadConstraint'), property: 'whenUnsatisfiable' }],
    values: { DoNotSchedule: '1.16', ScheduleAnyway: '1.16' },
  },
  {
    type: 'core/v1 NodeInclusionPolicy',
    validation: 'core validateNodeInclusionPolicy',
    fields: [
      { definition: core('TopologySpreadConstraint'), property: 'nodeAffinityPolicy' },
      { definition: core('TopologySpreadConstraint'), property: 'nodeTaintsPolicy' },
    ],
    values: { Honor: '1.25', Ignore: '1.25' },
  },
  {
    type: 'core/v1 SeccompProfileType',
    validation: 'core validateSeccompProfileField',
    fields: [{ definition: core('SeccompProfile'), property: 'type' }],
    values: { Localhost: '1.19', RuntimeDefault: '1.19', Unconfined: '1.19' },
  },
  {
    type: 'core/v1 PodFSGroupChangePolicy',
    validation: 'core validateFSGroupChangePolicy',
    fields: [{ definition: core('PodSecurityContext'), property: 'fsGroupChangePolicy' }],
    values: { OnRootMismatch: '1.18', Always: '1.18' },
  },
  {
    type: 'core/v1 OSName',
    validation: 'core validateOS (validOS)',
    fields: [{ definition: core('PodOS'), property: 'name' }],
    values: { linux: '1.23', windows: '1.23' },
  },
  {
    type: 'batch ConcurrencyPolicy',
    validation: 'batch validateConcurrencyPolicy',
    fields: [{ definition: batch('CronJobSpec'), property: 'concurrencyPolicy' }],
    values: { Allow: '1.0', Forbid: '1.0', Replace: '1.0' },
  },
  {
    type: 'batch CompletionMode',
    validation: 'batch validateJobSpec (completionMode)',
    fields: [{ definition: batch('JobSpec'), property: 'completionMode' }],
    values: { NonIndexed: '1.21', Indexed: '1.21' },
  },
  {
    type: 'batch PodFailurePolicyAction',
    validation: 'batch validatePodFailurePolicyRule (allowedPodFailurePolicyActions)',
    fields: [{ definition: batch('PodFailurePolicyRule'), property: 'action' }],
    // FailIndex: alpha (JobBackoffLimitPerIndex) in 1.28, beta 1.29.
    values: { FailJob: '1.25', Ignore: '1.25', Count: '1.25', FailIndex: '1.28' },
  },
  {
    type: 'batch PodFailurePolicyOnExitCodesOperator',
    validation: 'batch validatePodFailurePolicyRuleOnExitCodes',
    fields: [{ definition: batch('PodFailurePolicyOnExitCodesRequirement'), property: 'operator' }],
    values: { In: '1.25', NotIn: '1.25' },
  },
  {
    type: 'apps PodManagementPolicyType',
    validation: 'apps ValidateStatefulSetSpec (podManagementPolicy)',
    fields: [{ definition: apps('StatefulSetSpec'), property: 'podManagementPolicy' }],
    values: { OrderedReady: '1.7', Parallel: '1.7' },
  },
  {
    type: 'apps StatefulSetUpdateStrategyType',
    validation: 'apps ValidateStatefulSetSpec (updateStrategy.type)',
    fields: [{ definition: apps('StatefulSetUpdateStrategy'), property: 'type' }],
    values: { RollingUpdate: '1.7', OnDelete: '1.7' },
  },
  {
    type: 'apps DeploymentStrategyType',
    validation: 'apps ValidateDeploymentStrategy',
    fields: [{ definition: apps('DeploymentStrategy'), property: 'type' }],
    values: { Recreate: '1.0', RollingUpdate: '1.0' },
  },
  {
    type: 'apps DaemonSetUpdateStrategyType',
    validation: 'apps ValidateDaemonSetUpdateStrategy',
    fields: [{ definition: apps('DaemonSetUpdateStrategy'), property: 'type' }],
    values: { RollingUpdate: '1.6', OnDelete: '1.6' },
  },
  {
    type: 'apps PersistentVolumeClaimRetentionPolicyType',
    validation: 'apps ValidatePersistentVolumeClaimRetentionPolicyType',
    fields: [
      { definition: apps('StatefulSetPersistentVolumeClaimRetentionPolicy'), property: 'whenDeleted' },
      { definition: apps('StatefulSetPersistentVolumeClaimRetentionPolicy'), property: 'whenScaled' },
    ],
    values: { Retain: '1.23', Delete: '1.23' },
  },
  {
    type: 'networking PathType',
    validation: 'networking validateHTTPIngressPath',
    fields: [{ definition: /^io\.k8s\.api\.(networking\.v1(beta1)?|extensions\.v1beta1)\.HTTPIngressPath$/, property: 'pathType' }],
    values: { Exact: '1.18', Prefix: '1.18', ImplementationSpecific: '1.18' },
  },
  {
    type: 'networking PolicyType',
    validation: 'networking ValidateNetworkPolicySpec (policyTypes)',
    fields: [{ definition: /^io\.k8s\.api\.(networking\.v1|extensions\.v1beta1)\.NetworkPolicySpec$/, property: 'policyTypes' }],
    values: { Ingress: '1.8', Egress: '1.8' },
    list: true,
  },
  {
    type: 'autoscaling MetricSourceType',
    validation: 'autoscaling validateMetricSpec (validMetricSourceTypes)',
    fields: [{ definition: /^io\.k8s\.api\.autoscaling\.v2(beta1|beta2)?\.MetricSpec$/, property: 'type' }],
    // ContainerResource: alpha (HPAContainerMetrics) in 1.20, beta 1.27.
    values: { Object: '1.6', Pods: '1.6', Resource: '1.6', External: '1.10', ContainerResource: '1.20' },
    descriptionDiffers: {
      '1.10': 'External metrics came in 1.10 (the MetricSpec has an external field) before the description named them',
      '1.13': 'External metrics came in 1.10 (the MetricSpec has an external field) before the description named them',
    },
  },
];
