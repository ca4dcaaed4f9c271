/** Enumerated fields on every bundled version: a wrong value is an error on the value, naming the allowed ones; every allowed value passes. */
import { describe, expect, it } from 'vitest';
import { applyEnums } from '../../scripts/schemas/apply-enums.js';
import { enumValuesInDescription } from '../../scripts/schemas/enum-descriptions.js';
import type { EnumField } from '../../scripts/schemas/enums.js';
import type { JsonSchema } from '../../scripts/schemas/model.js';
import { compareKubeVersions, bundledKubeVersions } from '../../src/schema/versions.js';
import { checkText } from '../../src/pipeline/check.js';
import { inMemorySchemaSource } from '../../src/schema/bundle.js';
import { validateSchemas } from '../../src/schema/validate.js';
import { errorsOf, placed, yaml } from './support.js';

const pod = (...specLines: string[]) =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: c', '      image: nginx:1.25', ...specLines);
const container = (...lines: string[]) => pod(...lines.map((line) => `      ${line}`));
const service = (...specLines: string[]) =>
  yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  ports:', '    - port: 80', ...specLines);
const claim = (...specLines: string[]) =>
  yaml('apiVersion: v1', 'kind: PersistentVolumeClaim', 'metadata:', '  name: c', 'spec:', '  resources:', '    requests:', '      storage: 1Gi', ...specLines);
const volume = (...specLines: string[]) =>
  yaml(
    'apiVersion: v1',
    'kind: PersistentVolume',
    'metadata:',
    '  name: v',
    'spec:',
    '  capacity:',
    '    storage: 1Gi',
    '  hostPath:',
    '    path: /data',
    ...specLines,
  );
const networkPolicy = (...specLines: string[]) =>
  yaml('apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata:', '  name: np', 'spec:', '  podSelector: {}', ...specLines);
const statefulSet = (...specLines: string[]) =>
  yaml(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: s',
    'spec:',
    '  serviceName: s',
    '  selector:',
    '    matchLabels: {app: s}',
    '  template:',
    '    metadata:',
    '      labels: {app: s}',
    '    spec:',
    '      containers:',
    '        - name: c',
    '          image: nginx:1.25',
    ...specLines,
  );
const deployment = (...specLines: string[]) =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: d',
    'spec:',
    '  selector:',
    '    matchLabels: {app: d}',
    '  template:',
    '    metadata:',
    '      labels: {app: d}',
    '    spec:',
    '      containers:',
    '        - name: c',
    '          image: nginx:1.25',
    ...specLines,
  );
const daemonSet = (...specLines: string[]) =>
  yaml(
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata:',
    '  name: d',
    'spec:',
    '  selector:',
    '    matchLabels: {app: d}',
    '  template:',
    '    metadata:',
    '      labels: {app: d}',
    '    spec:',
    '      containers:',
    '        - name: c',
    '          image: nginx:1.25',
    ...specLines,
  );
const job = (...specLines: string[]) =>
  yaml(
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: j',
    'spec:',
    '  template:',
    '    spec:',
    '      restartPolicy: Never',
    '      containers:',
    '        - name: c',
    '          image: busybox:1.36',
    ...specLines,
  );
const cronJob = (version: string, ...specLines: string[]) =>
  yaml(
    `apiVersion: ${compareKubeVersions(version, '1.21') > 0 ? 'batch/v1' : 'batch/v1beta1'}`,
    'kind: CronJob',
    'metadata:',
    '  name: cj',
    'spec:',
    '  schedule: "0 * * * *"',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          restartPolicy: OnFailure',
    '          containers:',
    '            - name: c',
    '              image: busybox:1.36',
    ...specLines,
  );
const hpa = (version: string, ...metricLines: string[]) => {
  const apiVersion = version === '1.10' ? 'autoscaling/v2beta1' : compareKubeVersions(version, '1.25') >= 0 ? 'autoscaling/v2' : 'autoscaling/v2beta2';
  return yaml(
    `apiVersion: ${apiVersion}`,
    'kind: HorizontalPodAutoscaler',
    'metadata:',
    '  name: h',
    'spec:',
    '  scaleTargetRef:',
    '    kind: Deployment',
    '    name: d',
    '  maxReplicas: 3',
    '  metrics:',
    ...metricLines,
  );
};

/** kubernetes-types 1.25 marks onPodConditions required (the Go field lacked omitempty until 1.26); not what these tests are about. */
const onPodConditions = (version: string) => (version === '1.25' ? ['        onPodConditions: []'] : []);

interface EnumCase {
  field: string;
  /** The path in the finding's message. */
  path: string;
  /** The first bundled version whose schema has the field. */
  from: string;
  /** Allowed values, in the order the message lists them. */
  values: string[];
  /** Values that appeared after `from`: value -> Kubernetes version. */
  later?: Record<string, string>;
  /** The manifest with `$V` where the value goes. */
  manifest: (version: string) => string;
}

const cases: EnumCase[] = [
  {
    field: 'PodSpec.restartPolicy',
    path: 'spec.restartPolicy',
    from: '1.10',
    values: ['Always', 'OnFailure', 'Never'],
    manifest: () => pod('  restartPolicy: $V'),
  },
  {
    field: 'Container.imagePullPolicy',
    path: 'spec.containers[0].imagePullPolicy',
    from: '1.10',
    values: ['Always', 'Never', 'IfNotPresent'],
    manifest: () => container('imagePullPolicy: $V'),
  },
  {
    field: 'Container.terminationMessagePolicy',
    path: 'spec.containers[0].terminationMessagePolicy',
    from: '1.10',
    values: ['File', 'FallbackToLogsOnError'],
    manifest: () => container('terminationMessagePolicy: $V'),
  },
  {
    field: 'ContainerPort.protocol',
    path: 'spec.containers[0].ports[0].protocol',
    from: '1.10',
    values: ['TCP', 'UDP', 'SCTP'],
    later: { SCTP: '1.12' },
    manifest: () => container('ports:', '  - containerPort: 80', '    protocol: $V'),
  },
  {
    field: 'ServicePort.protocol',
    path: 'spec.ports[0].protocol',
    from: '1.10',
    values: ['TCP', 'UDP', 'SCTP'],
    later: { SCTP: '1.12' },
    manifest: () => service('      protocol: $V'),
  },
  {
    field: 'EndpointPort.protocol',
    path: 'subsets[0].ports[0].protocol',
    from: '1.10',
    values: ['TCP', 'UDP', 'SCTP'],
    later: { SCTP: '1.12' },
    manifest: () =>
      yaml(
        'apiVersion: v1',
        'kind: Endpoints',
        'metadata:',
        '  name: e',
        'subsets:',
        '  - addresses:',
        '      - ip: 10.0.0.1',
        '    ports:',
        '      - port: 80',
        '        protocol: $V',
      ),
  },
  {
    field: 'NetworkPolicyPort.protocol',
    path: 'spec.ingress[0].ports[0].protocol',
    from: '1.10',
    values: ['TCP', 'UDP', 'SCTP'],
    later: { SCTP: '1.12' },
    manifest: () => networkPolicy('  ingress:', '    - ports:', '        - protocol: $V'),
  },
  {
    field: 'ServiceSpec.type',
    path: 'spec.type',
    from: '1.10',
    values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
    manifest: () => service('  type: $V'),
  },
  {
    field: 'ServiceSpec.sessionAffinity',
    path: 'spec.sessionAffinity',
    from: '1.10',
    values: ['ClientIP', 'None'],
    manifest: () => service('  sessionAffinity: $V'),
  },
  {
    field: 'ServiceSpec.externalTrafficPolicy',
    path: 'spec.externalTrafficPolicy',
    from: '1.10',
    values: ['Cluster', 'Local'],
    manifest: () => service('  type: NodePort', '  externalTrafficPolicy: $V'),
  },
  {
    field: 'ServiceSpec.internalTrafficPolicy',
    path: 'spec.internalTrafficPolicy',
    from: '1.21',
    values: ['Cluster', 'Local'],
    manifest: () => service('  internalTrafficPolicy: $V'),
  },
  {
    field: 'ServiceSpec.ipFamilyPolicy',
    path: 'spec.ipFamilyPolicy',
    from: '1.21',
    values: ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
    manifest: () => service('  ipFamilyPolicy: $V'),
  },
  {
    field: 'ServiceSpec.ipFamilies[]',
    path: 'spec.ipFamilies[0]',
    from: '1.21',
    values: ['IPv4', 'IPv6'],
    manifest: () => service('  ipFamilies:', '    - $V'),
  },
  {
    field: 'PersistentVolumeClaimSpec.accessModes[]',
    path: 'spec.accessModes[0]',
    from: '1.10',
    values: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'],
    later: { ReadWriteOncePod: '1.22' },
    manifest: () => claim('  accessModes: [$V]'),
  },
  {
    field: 'PersistentVolumeClaimSpec.volumeMode',
    path: 'spec.volumeMode',
    from: '1.10',
    values: ['Block', 'Filesystem'],
    manifest: () => claim('  volumeMode: $V'),
  },
  {
    field: 'PersistentVolumeSpec.accessModes[]',
    path: 'spec.accessModes[0]',
    from: '1.10',
    values: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'],
    later: { ReadWriteOncePod: '1.22' },
    manifest: () => volume('  accessModes:', '    - $V'),
  },
  {
    field: 'PersistentVolumeSpec.persistentVolumeReclaimPolicy',
    path: 'spec.persistentVolumeReclaimPolicy',
    from: '1.10',
    values: ['Retain', 'Delete', 'Recycle'],
    manifest: () => volume('  persistentVolumeReclaimPolicy: $V'),
  },
  {
    field: 'PersistentVolumeSpec.volumeMode',
    path: 'spec.volumeMode',
    from: '1.10',
    values: ['Block', 'Filesystem'],
    manifest: () => volume('  volumeMode: $V'),
  },
  {
    field: 'PodSpec.dnsPolicy',
    path: 'spec.dnsPolicy',
    from: '1.10',
    values: ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'],
    manifest: () => pod('  dnsPolicy: $V'),
  },
  {
    field: 'PodSpec.preemptionPolicy',
    path: 'spec.preemptionPolicy',
    from: '1.21',
    values: ['PreemptLowerPriority', 'Never'],
    manifest: () => pod('  preemptionPolicy: $V'),
  },
  {
    field: 'HostPathVolumeSource.type',
    path: 'spec.volumes[0].hostPath.type',
    from: '1.10',
    values: ['DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'],
    manifest: () => pod('  volumes:', '    - name: v', '      hostPath:', '        path: /data', '        type: $V'),
  },
  {
    field: 'VolumeMount.mountPropagation',
    path: 'spec.containers[0].volumeMounts[0].mountPropagation',
    from: '1.10',
    values: ['None', 'HostToContainer', 'Bidirectional'],
    manifest: () => container('volumeMounts:', '  - name: v', '    mountPath: /v', '    mountPropagation: $V'),
  },
  {
    field: 'Taint.effect',
    path: 'spec.taints[0].effect',
    from: '1.10',
    values: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
    manifest: () => yaml('apiVersion: v1', 'kind: Node', 'metadata:', '  name: np', 'spec:', '  taints:', '    - key: k', '      effect: $V'),
  },
  {
    field: 'Toleration.effect',
    path: 'spec.tolerations[0].effect',
    from: '1.10',
    values: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
    manifest: () => pod('  tolerations:', '    - key: k', '      effect: $V'),
  },
  {
    field: 'Toleration.operator',
    path: 'spec.tolerations[0].operator',
    from: '1.10',
    values: ['Exists', 'Equal'],
    manifest: () => pod('  tolerations:', '    - key: k', '      operator: $V'),
  },
  {
    field: 'NodeSelectorRequirement.operator',
    path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator',
    from: '1.10',
    values: ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'],
    manifest: () =>
      pod(
        '  affinity:',
        '    nodeAffinity:',
        '      requiredDuringSchedulingIgnoredDuringExecution:',
        '        nodeSelectorTerms:',
        '          - matchExpressions:',
        '              - key: k',
        '                operator: $V',
      ),
  },
  {
    field: 'LabelSelectorRequirement.operator',
    path: 'spec.podSelector.matchExpressions[0].operator',
    from: '1.10',
    values: ['In', 'NotIn', 'Exists', 'DoesNotExist'],
    manifest: () =>
      yaml(
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata:',
        '  name: np',
        'spec:',
        '  podSelector:',
        '    matchExpressions:',
        '      - key: k',
        '        operator: $V',
      ),
  },
  {
    field: 'TopologySpreadConstraint.whenUnsatisfiable',
    path: 'spec.topologySpreadConstraints[0].whenUnsatisfiable',
    from: '1.21',
    values: ['DoNotSchedule', 'ScheduleAnyway'],
    manifest: () => pod('  topologySpreadConstraints:', '    - maxSkew: 1', '      topologyKey: zone', '      whenUnsatisfiable: $V'),
  },
  {
    field: 'TopologySpreadConstraint.nodeAffinityPolicy',
    path: 'spec.topologySpreadConstraints[0].nodeAffinityPolicy',
    from: '1.25',
    values: ['Honor', 'Ignore'],
    manifest: () =>
      pod(
        '  topologySpreadConstraints:',
        '    - maxSkew: 1',
        '      topologyKey: zone',
        '      whenUnsatisfiable: DoNotSchedule',
        '      nodeAffinityPolicy: $V',
      ),
  },
  {
    field: 'TopologySpreadConstraint.nodeTaintsPolicy',
    path: 'spec.topologySpreadConstraints[0].nodeTaintsPolicy',
    from: '1.25',
    values: ['Honor', 'Ignore'],
    manifest: () =>
      pod(
        '  topologySpreadConstraints:',
        '    - maxSkew: 1',
        '      topologyKey: zone',
        '      whenUnsatisfiable: DoNotSchedule',
        '      nodeTaintsPolicy: $V',
      ),
  },
  {
    field: 'SeccompProfile.type',
    path: 'spec.securityContext.seccompProfile.type',
    from: '1.21',
    values: ['Localhost', 'RuntimeDefault', 'Unconfined'],
    manifest: () => pod('  securityContext:', '    seccompProfile:', '      type: $V'),
  },
  {
    field: 'PodSecurityContext.fsGroupChangePolicy',
    path: 'spec.securityContext.fsGroupChangePolicy',
    from: '1.21',
    values: ['OnRootMismatch', 'Always'],
    manifest: () => pod('  securityContext:', '    fsGroupChangePolicy: $V'),
  },
  { field: 'PodOS.name', path: 'spec.os.name', from: '1.25', values: ['linux', 'windows'], manifest: () => pod('  os:', '    name: $V') },
  {
    field: 'CronJobSpec.concurrencyPolicy',
    path: 'spec.concurrencyPolicy',
    from: '1.10',
    values: ['Allow', 'Forbid', 'Replace'],
    manifest: (version) => cronJob(version, '  concurrencyPolicy: $V'),
  },
  {
    field: 'JobSpec.completionMode',
    path: 'spec.completionMode',
    from: '1.21',
    values: ['NonIndexed', 'Indexed'],
    manifest: () => job('  completionMode: $V'),
  },
  {
    field: 'PodFailurePolicyRule.action',
    path: 'spec.podFailurePolicy.rules[0].action',
    from: '1.25',
    values: ['FailJob', 'Ignore', 'Count', 'FailIndex'],
    later: { FailIndex: '1.28' },
    manifest: (version) =>
      job(
        '  podFailurePolicy:',
        '    rules:',
        '      - action: $V',
        ...onPodConditions(version),
        '        onExitCodes:',
        '          operator: In',
        '          values: [1]',
      ),
  },
  {
    field: 'PodFailurePolicyOnExitCodesRequirement.operator',
    path: 'spec.podFailurePolicy.rules[0].onExitCodes.operator',
    from: '1.25',
    values: ['In', 'NotIn'],
    manifest: (version) =>
      job(
        '  podFailurePolicy:',
        '    rules:',
        '      - action: FailJob',
        ...onPodConditions(version),
        '        onExitCodes:',
        '          operator: $V',
        '          values: [1]',
      ),
  },
  {
    field: 'StatefulSetSpec.podManagementPolicy',
    path: 'spec.podManagementPolicy',
    from: '1.10',
    values: ['OrderedReady', 'Parallel'],
    manifest: () => statefulSet('  podManagementPolicy: $V'),
  },
  {
    field: 'StatefulSetUpdateStrategy.type',
    path: 'spec.updateStrategy.type',
    from: '1.10',
    values: ['RollingUpdate', 'OnDelete'],
    manifest: () => statefulSet('  updateStrategy:', '    type: $V'),
  },
  {
    field: 'StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted',
    path: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted',
    from: '1.25',
    values: ['Retain', 'Delete'],
    manifest: () => statefulSet('  persistentVolumeClaimRetentionPolicy:', '    whenDeleted: $V'),
  },
  {
    field: 'StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled',
    path: 'spec.persistentVolumeClaimRetentionPolicy.whenScaled',
    from: '1.25',
    values: ['Retain', 'Delete'],
    manifest: () => statefulSet('  persistentVolumeClaimRetentionPolicy:', '    whenScaled: $V'),
  },
  {
    field: 'DeploymentStrategy.type',
    path: 'spec.strategy.type',
    from: '1.10',
    values: ['Recreate', 'RollingUpdate'],
    manifest: () => deployment('  strategy:', '    type: $V'),
  },
  {
    field: 'DaemonSetUpdateStrategy.type',
    path: 'spec.updateStrategy.type',
    from: '1.10',
    values: ['RollingUpdate', 'OnDelete'],
    manifest: () => daemonSet('  updateStrategy:', '    type: $V'),
  },
  {
    field: 'HTTPIngressPath.pathType',
    path: 'spec.rules[0].http.paths[0].pathType',
    from: '1.21',
    values: ['Exact', 'Prefix', 'ImplementationSpecific'],
    manifest: () =>
      yaml(
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: i',
        'spec:',
        '  rules:',
        '    - http:',
        '        paths:',
        '          - path: /',
        '            pathType: $V',
        '            backend:',
        '              service:',
        '                name: s',
        '                port:',
        '                  number: 80',
      ),
  },
  {
    field: 'NetworkPolicySpec.policyTypes[]',
    path: 'spec.policyTypes[0]',
    from: '1.10',
    values: ['Ingress', 'Egress'],
    manifest: () => networkPolicy('  policyTypes:', '    - $V'),
  },
  {
    field: 'MetricSpec.type',
    path: 'spec.metrics[0].type',
    from: '1.10',
    values: ['Object', 'Pods', 'Resource', 'External', 'ContainerResource'],
    later: { ContainerResource: '1.20' },
    manifest: (version) => hpa(version, '    - type: $V'),
  },
];

/** The allowed values on a version: those not introduced after it. */
function allowedOn(testCase: EnumCase, version: string): string[] {
  return testCase.values.filter((value) => !testCase.later?.[value] || compareKubeVersions(testCase.later[value]!, version) <= 0);
}

/** Line and column (1-based) of `$V` in a manifest. */
function placeOf(manifest: string): { line: number; column: number } {
  const lines = manifest.split('\n');
  const line = lines.findIndex((text) => text.includes('$V'));
  return { line: line + 1, column: lines[line]!.indexOf('$V') + 1 };
}

/** A wrong spelling with a close allowed value: the first value, lower-cased ("tcp" for TCP). */
function misspelled(value: string): string {
  return value.toLowerCase() === value ? value.toUpperCase() : value.toLowerCase();
}

const servingVersions = (testCase: EnumCase) => bundledKubeVersions.filter((version) => compareKubeVersions(version, testCase.from) >= 0);

describe("the issue's six enum mistakes are errors at their values, naming the allowed values", () => {
  const six: { manifest: string; line: number; column: number; message: string; hint: string }[] = [
    {
      manifest: pod('  restartPolicy: Sometimes'),
      line: 9,
      column: 18,
      message: 'spec.restartPolicy must be one of Always, OnFailure, Never, not "Sometimes".',
      hint: 'Use one of Always, OnFailure, Never (values are case-sensitive).',
    },
    {
      manifest: container('imagePullPolicy: Sometimes'),
      line: 9,
      column: 24,
      message: 'spec.containers[0].imagePullPolicy must be one of Always, Never, IfNotPresent, not "Sometimes".',
      hint: 'Use one of Always, Never, IfNotPresent (values are case-sensitive).',
    },
    {
      manifest: container('ports:', '  - containerPort: 80', '    protocol: tcp'),
      line: 11,
      column: 21,
      message: 'spec.containers[0].ports[0].protocol must be one of TCP, UDP, SCTP, not "tcp".',
      hint: 'Did you mean TCP? Values are case-sensitive.',
    },
    {
      manifest: service('  type: LoadBalancr'),
      line: 8,
      column: 9,
      message: 'spec.type must be one of ClusterIP, NodePort, LoadBalancer, ExternalName, not "LoadBalancr".',
      hint: 'Did you mean LoadBalancer? Values are case-sensitive.',
    },
    {
      manifest: claim('  accessModes: [ReadWriteOnly]'),
      line: 9,
      column: 17,
      message: 'spec.accessModes[0] must be one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod, not "ReadWriteOnly".',
      hint: 'Did you mean ReadWriteOnce? Values are case-sensitive.',
    },
    {
      manifest: cronJob('1.30', '  concurrencyPolicy: Allowed'),
      line: 15,
      column: 22,
      message: 'spec.concurrencyPolicy must be one of Allow, Forbid, Replace, not "Allowed".',
      hint: 'Did you mean Allow? Values are case-sensitive.',
    },
  ];
  it.each(six)('$message', ({ manifest, line, column, message, hint }) => {
    const errors = errorsOf(manifest, { kubeVersion: '1.30' });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'enum', line, column, endLine: line, endColumn: expect.any(Number) }]);
    expect(errors[0]!.message).toBe(message);
    expect(errors[0]!.hint?.startsWith(hint)).toBe(true);
  });

  it('a list item is reported at its own position (the second of two access modes)', () => {
    const errors = errorsOf(claim('  accessModes:', '    - ReadWriteOnce', '    - readwritemany'), { kubeVersion: '1.30' });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'enum', line: 11, column: 7, endLine: 11, endColumn: 20 }]);
    expect(errors[0]!.hint).toBe('Did you mean ReadWriteMany? Values are case-sensitive.');
  });

  it('a value of the wrong type is one type finding, not an enum finding as well', () => {
    const errors = errorsOf(pod('  restartPolicy: 5'), { kubeVersion: '1.30' });
    expect(errors.map((error) => error.messageId)).toEqual(['wrong-type']);
  });

  it('an empty value, which the API server defaults, passes', () => {
    expect(errorsOf(pod('  restartPolicy: ""'), { kubeVersion: '1.30' })).toEqual([]);
  });

  it('a value from a later Kubernetes says from which version it exists', () => {
    const errors = errorsOf(claim('  accessModes: [ReadWriteOncePod]'), { kubeVersion: '1.21' });
    expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'enum', line: 9, column: 17, endLine: 9, endColumn: 33 }]);
    expect(errors[0]!.message).toBe(
      'spec.accessModes[0] must be one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany in Kubernetes 1.21, not "ReadWriteOncePod": it exists from Kubernetes 1.22.',
    );
    expect(errors[0]!.hint).toBe('Use one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany, or choose Kubernetes 1.22 or newer with --kube-version.');
  });

  it('SCTP on 1.10 (before 1.12) says the same', () => {
    const [error] = errorsOf(service('      protocol: SCTP'), { kubeVersion: '1.10' });
    expect(error!.message).toBe('spec.ports[0].protocol must be one of TCP, UDP in Kubernetes 1.10, not "SCTP": it exists from Kubernetes 1.12.');
  });
});

describe.each(cases)('$field', (testCase) => {
  describe.each(servingVersions(testCase))('Kubernetes %s', (version) => {
    const allowed = allowedOn(testCase, version);
    const manifest = testCase.manifest(version);
    const { line, column } = placeOf(manifest);

    it.each(allowed)('%s passes', (value) => {
      expect(errorsOf(manifest.replace('$V', value), { kubeVersion: version })).toEqual([]);
    });

    it('a misspelling is an error on the value, naming the allowed values and the close one', () => {
      const wrong = misspelled(allowed[0]!);
      const errors = errorsOf(manifest.replace('$V', wrong), { kubeVersion: version });
      expect(errors.map(placed)).toEqual([{ ruleId: 'schema', messageId: 'enum', line, column, endLine: line, endColumn: column + wrong.length }]);
      expect(errors[0]!.message).toBe(`${testCase.path} must be one of ${allowed.join(', ')}, not "${wrong}".`);
      expect(errors[0]!.hint?.startsWith(`Did you mean ${allowed[0]}? Values are case-sensitive.`)).toBe(true);
    });

    const notYet = testCase.values.filter((value) => !allowed.includes(value));
    it.each(notYet)('%s is an error naming the version it arrived in', (value) => {
      const [error, ...rest] = errorsOf(manifest.replace('$V', value), { kubeVersion: version });
      expect(rest).toEqual([]);
      expect(error!.message).toBe(
        `${testCase.path} must be one of ${allowed.join(', ')} in Kubernetes ${version}, not "${value}": it exists from Kubernetes ${testCase.later![value]}.`,
      );
    });
  });
});

describe('reading allowed values from descriptions', () => {
  it.each([
    ['Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always.', [['Always', 'OnFailure', 'Never']]],
    ['Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".', [['UDP', 'TCP', 'SCTP']]],
    [
      "Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters",
      [['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']],
    ],
    [
      'Valid options are Retain (default for manually created PersistentVolumes), Delete (default for dynamic ones), and Recycle (deprecated). Recycle must be supported',
      [['Retain', 'Delete', 'Recycle']],
    ],
    [
      'Valid values are: - "Allow" (default): allows CronJobs to run concurrently; - "Forbid": forbids concurrent runs; - "Replace": cancels currently running job',
      [['Allow', 'Forbid', 'Replace']],
    ],
    [
      'Valid options are: Localhost - a profile defined in a file on the node should be used. RuntimeDefault - the runtime default. Unconfined - no profile should be applied.',
      [['Localhost', 'RuntimeDefault', 'Unconfined']],
    ],
    [
      'It should be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each mapping to a matching field in the object.',
      [['ContainerResource', 'External', 'Object', 'Pods', 'Resource']],
    ],
    ['Valid options are ["Ingress"], ["Egress"], or ["Ingress", "Egress"].', [['Ingress', 'Egress']]],
    [
      'PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix.',
      [['Exact', 'Prefix']],
    ],
    [
      'Supports "ClientIP" and "None". Used to maintain session affinity. Must be ClientIP or None.',
      [
        ['ClientIP', 'None'],
        ['ClientIP', 'None'],
      ],
    ],
  ])('%s', (description, expected) => {
    expect(enumValuesInDescription(description)).toEqual(expected);
  });

  it.each([
    'When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified.',
    'One of `name` or `selector` must be set, but `name` and `selector` are mutually exclusive properties.',
    'Type for HostPath Volume Defaults to "" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
    'The currently supported values are linux and windows, and more may be defined in future: https://github.com/opencontainers/runtime-spec',
  ])('takes no list it cannot read whole: %s', (description) => {
    expect(enumValuesInDescription(description)).toEqual([]);
  });
});

describe('the generator holds the table against the descriptions', () => {
  const podSpec = (restartPolicy: JsonSchema): Record<string, JsonSchema> => ({
    'io.k8s.api.core.v1.PodSpec': { type: 'object', properties: { restartPolicy } },
  });
  const claimSpec = (): Record<string, JsonSchema> => ({
    'io.k8s.api.core.v1.PersistentVolumeClaimSpec': { type: 'object', properties: { accessModes: { type: 'array', items: { type: 'string' } } } },
  });

  it('adds the values of the version, and "" for a single value the API server defaults', () => {
    const bundle = podSpec({ type: 'string' });
    applyEnums(
      '1.30',
      podSpec({ type: 'string', description: 'Restart policy. One of Always, OnFailure, Never. Default to Always.' }),
      bundle,
      new Set<EnumField>(),
    );
    expect((bundle['io.k8s.api.core.v1.PodSpec']!.properties as Record<string, JsonSchema>).restartPolicy).toEqual({
      type: 'string',
      enum: ['Always', 'OnFailure', 'Never', ''],
    });
  });

  it("puts a list field's values on its items, and returns the values a version lacks with their version", () => {
    const bundle = claimSpec();
    const later = applyEnums('1.21', claimSpec(), bundle, new Set<EnumField>());
    expect((bundle['io.k8s.api.core.v1.PersistentVolumeClaimSpec']!.properties as Record<string, JsonSchema>).accessModes).toEqual({
      type: 'array',
      items: { type: 'string', enum: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany'] },
    });
    expect(later).toEqual({ 'io.k8s.api.core.v1.PersistentVolumeClaimSpec.accessModes': { ReadWriteOncePod: '1.22' } });
  });

  it('fails when a description lists other values than the table', () => {
    expect(() =>
      applyEnums('1.30', podSpec({ type: 'string', description: 'One of Always, Never.' }), podSpec({ type: 'string' }), new Set<EnumField>()),
    ).toThrow(
      'v1.30 io.k8s.api.core.v1.PodSpec.restartPolicy: the description lists Always, Never; the table (core/v1 RestartPolicy) has Always, OnFailure, Never',
    );
  });

  it('fails where an enum beside a reference would check nothing', () => {
    expect(() => applyEnums('1.30', podSpec({ $ref: '#/definitions/x' }), podSpec({ $ref: '#/definitions/x' }), new Set<EnumField>())).toThrow(
      'an enum needs an inline string schema here',
    );
  });
});

describe('a value that may be a credential is never repeated', () => {
  const schemas = {
    versions: ['9.9'],
    source: () =>
      inMemorySchemaSource(
        '9.9',
        { kubernetesVersion: '9.9', source: 'test', kinds: { 'example.io/v1': { Gadget: 'example.v1.Gadget' } } },
        {
          'example.v1.Gadget': {
            type: 'object',
            properties: {
              apiVersion: { type: 'string' },
              kind: { type: 'string' },
              metadata: { type: 'object' },
              authToken: { type: 'string', enum: ['Static', 'Rotating'] },
            },
          },
        },
      ),
  };

  it('names the allowed values, not the value, and suggests nothing', () => {
    const resources = checkText('test.yaml', yaml('apiVersion: example.io/v1', 'kind: Gadget', 'metadata:', '  name: g', 'authToken: static-s3cr3t')).resources;
    const [finding, ...rest] = validateSchemas(resources, { kubeVersion: '9.9', schemas });
    expect(rest).toEqual([]);
    expect(finding!.message).toBe('authToken must be one of Static, Rotating, not the value given.');
    expect(finding!.hint).toBe('Use one of Static, Rotating (values are case-sensitive).');
    expect(JSON.stringify(finding)).not.toContain('s3cr3t');
  });
});
