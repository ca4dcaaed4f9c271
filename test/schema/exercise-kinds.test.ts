import { describe, expect, it } from 'vitest';
import { errorsOf, placed, yaml } from './support.js';

interface Mutation {
  what: 'unknown field' | 'wrong type' | 'missing required field';
  code: string;
  expected: { messageId: string; line: number; column: number; endLine: number; endColumn: number; message?: RegExp };
}

interface KindCase {
  name: string;
  /** The bundled versions that serve this apiVersion/kind. */
  versions: string[];
  valid: string;
  mutations: Mutation[];
}

const every = ['1.10', '1.13', '1.21', '1.25', '1.30'];

/** An owner reference without its uid: a required field for kinds that have no required field of their own. */
const ownerWithoutUid = ['  ownerReferences:', '    - apiVersion: v1', '      kind: Pod', '      name: owner'];
const missingUid = {
  messageId: 'required',
  line: 6,
  column: 7,
  endLine: 6,
  endColumn: 17,
  message: /metadata\.ownerReferences\[0\] is missing the required field "uid"/,
};

const job = (backoffLimit: string, restartPolicyKey: string, withContainers = true) =>
  yaml(
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: traceroute',
    'spec:',
    `  backoffLimit: ${backoffLimit}`,
    '  template:',
    '    spec:',
    `      ${restartPolicyKey}: Never`,
    ...(withContainers
      ? ['      containers:', '        - name: traceroute', '          image: alpine:3.8', '          command: ["traceroute", "google.com"]']
      : []),
  );

const cronJob = (apiVersion: string, schedule: string | undefined, secretNameKey = 'secretName') =>
  yaml(
    `apiVersion: ${apiVersion}`,
    'kind: CronJob',
    'metadata:',
    '  name: login-heartbeat',
    'spec:',
    ...(schedule === undefined ? [] : [`  schedule: ${schedule}`]),
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          containers:',
    '            - name: heartbeat',
    '              image: alpine:3.8',
    '          restartPolicy: OnFailure',
    '          volumes:',
    '            - name: config',
    '              secret:',
    `                ${secretNameKey}: pretty-secret-config`,
  );

const cronJobCase = (apiVersion: string, versions: string[]): KindCase => ({
  name: `${apiVersion} CronJob`,
  versions,
  valid: cronJob(apiVersion, '"*/1 * * * *"'),
  mutations: [
    {
      what: 'unknown field',
      code: cronJob(apiVersion, '"*/1 * * * *"', 'secretname'),
      expected: { messageId: 'unknown-field', line: 18, column: 17, endLine: 18, endColumn: 27, message: /did you mean "secretName"/ },
    },
    {
      what: 'wrong type',
      code: cronJob(apiVersion, '5'),
      expected: { messageId: 'wrong-type', line: 6, column: 13, endLine: 6, endColumn: 14, message: /spec\.schedule must be a string, not the number 5/ },
    },
    {
      what: 'missing required field',
      code: cronJob(apiVersion, undefined),
      expected: { messageId: 'required', line: 5, column: 1, endLine: 5, endColumn: 5, message: /spec is missing the required field "schedule"/ },
    },
  ],
});

const statefulSet = (replicas: string, claimsKey: string, withSelector = true) =>
  yaml(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: data-pipeline',
    'spec:',
    `  replicas: ${replicas}`,
    ...(withSelector ? ['  selector:', '    matchLabels:', '      app: data-pipeline'] : []),
    '  serviceName: ss-db',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: data-pipeline',
    '    spec:',
    '      containers:',
    '        - name: redis',
    '          image: redis:alpine',
    '          volumeMounts:',
    '            - mountPath: /data',
    '              name: redis-data',
    `  ${claimsKey}:`,
    '    - metadata:',
    '        name: redis-data',
    '      spec:',
    '        accessModes:',
    '          - ReadWriteOnce',
    '        storageClassName: hostpath',
    '        resources:',
    '          requests:',
    '            storage: 1Gi',
  );

const deployment = (maxSurgeKey: string, containerPort: string, withTemplate = true) =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  replicas: 2',
    '  selector:',
    '    matchLabels:',
    '      app: web',
    '  strategy:',
    '    rollingUpdate:',
    `      ${maxSurgeKey}: 25%`,
    '      maxUnavailable: 0',
    ...(withTemplate
      ? [
          '  template:',
          '    metadata:',
          '      labels:',
          '        app: web',
          '    spec:',
          '      containers:',
          '        - name: web',
          '          image: nginx:1.25',
          '          ports:',
          `            - containerPort: ${containerPort}`,
          '              name: http',
        ]
      : []),
  );

const cases: KindCase[] = [
  {
    name: 'batch/v1 Job',
    versions: every,
    valid: job('4', 'restartPolicy'),
    mutations: [
      {
        what: 'unknown field',
        code: job('4', 'restartpolicy'),
        expected: {
          messageId: 'unknown-field',
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 20,
          message: /Unknown field "restartpolicy" in spec\.template\.spec \(a PodSpec\); did you mean "restartPolicy"\?/,
        },
      },
      {
        what: 'wrong type',
        code: job('"4"', 'restartPolicy'),
        expected: {
          messageId: 'wrong-type',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 20,
          message: /spec\.backoffLimit must be a whole number, not the string "4"/,
        },
      },
      {
        what: 'missing required field',
        code: job('4', 'restartPolicy', false),
        expected: {
          messageId: 'required',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 9,
          message: /spec\.template\.spec is missing the required field "containers"/,
        },
      },
    ],
  },
  cronJobCase('batch/v1', ['1.21', '1.25', '1.30']),
  cronJobCase('batch/v1beta1', ['1.10', '1.13', '1.21']),
  {
    name: 'v1 ConfigMap',
    versions: every,
    valid: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: target-google', 'data:', '  target: google.com', '  ttw: "4"', '  max-hops: "15"'),
    mutations: [
      {
        what: 'unknown field',
        code: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: target-google', 'date:', '  target: google.com'),
        expected: {
          messageId: 'unknown-field',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 5,
          message: /Unknown field "date" in the top level of this ConfigMap; did you mean "data"\?/,
        },
      },
      {
        what: 'wrong type',
        code: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: target-google', 'data:', '  target: google.com', '  ttw: 4'),
        expected: { messageId: 'wrong-type', line: 7, column: 8, endLine: 7, endColumn: 9, message: /data\.ttw must be a string, not the number 4/ },
      },
      {
        what: 'missing required field',
        code: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: target-google', ...ownerWithoutUid),
        expected: missingUid,
      },
    ],
  },
  {
    name: 'v1 Secret',
    versions: every,
    valid: yaml(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: pretty-secret-config',
      'type: Opaque',
      'data:',
      '  username: amVmZg==',
      '  password: c3VwZXJzZWNyZXQ=',
    ),
    mutations: [
      {
        what: 'unknown field',
        code: yaml('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: pretty-secret-config', 'stringdata:', '  username: jeff'),
        expected: { messageId: 'unknown-field', line: 5, column: 1, endLine: 5, endColumn: 11, message: /did you mean "stringData"\?/ },
      },
      {
        what: 'wrong type',
        code: yaml('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: pretty-secret-config', 'data:', '  username: 42'),
        expected: { messageId: 'wrong-type', line: 6, column: 13, endLine: 6, endColumn: 15, message: /^data\.username must be a string, not a number\.$/ },
      },
      {
        what: 'missing required field',
        code: yaml('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: pretty-secret-config', ...ownerWithoutUid),
        expected: missingUid,
      },
    ],
  },
  {
    name: 'apps/v1 StatefulSet',
    versions: every,
    valid: statefulSet('1', 'volumeClaimTemplates'),
    mutations: [
      {
        what: 'unknown field',
        code: statefulSet('1', 'volumeClaimTemplate'),
        expected: {
          messageId: 'unknown-field',
          line: 22,
          column: 3,
          endLine: 22,
          endColumn: 22,
          message: /Unknown field "volumeClaimTemplate" in spec \(a StatefulSetSpec\); did you mean "volumeClaimTemplates"\?/,
        },
      },
      {
        what: 'wrong type',
        code: statefulSet('"1"', 'volumeClaimTemplates'),
        expected: {
          messageId: 'wrong-type',
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 16,
          message: /spec\.replicas must be a whole number, not the string "1"/,
        },
      },
      {
        what: 'missing required field',
        code: statefulSet('1', 'volumeClaimTemplates', false),
        expected: { messageId: 'required', line: 5, column: 1, endLine: 5, endColumn: 5, message: /spec is missing the required field "selector"/ },
      },
    ],
  },
  {
    name: 'v1 Service',
    versions: every,
    valid: yaml(
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: ss-db',
      'spec:',
      '  clusterIP: None',
      '  selector:',
      '    app: data-pipeline',
      '  ports:',
      '    - port: 5432',
      '      targetPort: postgres',
    ),
    mutations: [
      {
        what: 'unknown field',
        code: yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: ss-db', 'spec:', '  ports:', '    - port: 5432', '      targetport: postgres'),
        expected: { messageId: 'unknown-field', line: 8, column: 7, endLine: 8, endColumn: 17, message: /did you mean "targetPort"\?/ },
      },
      {
        what: 'wrong type',
        code: yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: ss-db', 'spec:', '  ports:', '    - port: "5432"'),
        expected: {
          messageId: 'wrong-type',
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 19,
          message: /spec\.ports\[0\]\.port must be a whole number, not the string "5432"/,
        },
      },
      {
        what: 'missing required field',
        code: yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: ss-db', 'spec:', '  ports:', '    - name: pg', '      targetPort: 5432'),
        expected: { messageId: 'required', line: 7, column: 7, endLine: 7, endColumn: 11, message: /spec\.ports\[0\] is missing the required field "port"/ },
      },
    ],
  },
  {
    name: 'apps/v1 Deployment',
    versions: every,
    valid: deployment('maxSurge', '80'),
    mutations: [
      {
        what: 'unknown field',
        code: deployment('maxsurge', '80'),
        expected: {
          messageId: 'unknown-field',
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 15,
          message: /in spec\.strategy\.rollingUpdate \(a RollingUpdateDeployment\); did you mean "maxSurge"\?/,
        },
      },
      {
        what: 'wrong type',
        code: deployment('maxSurge', '"80"'),
        expected: {
          messageId: 'wrong-type',
          line: 23,
          column: 30,
          endLine: 23,
          endColumn: 34,
          message: /containerPort must be a whole number, not the string "80"/,
        },
      },
      {
        what: 'missing required field',
        code: deployment('maxSurge', '80', false),
        expected: { messageId: 'required', line: 5, column: 1, endLine: 5, endColumn: 5, message: /spec is missing the required field "template"/ },
      },
    ],
  },
  {
    name: 'v1 Pod',
    versions: every,
    valid: yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: peek',
      'spec:',
      '  restartPolicy: Never',
      '  containers:',
      '    - name: peek',
      '      image: alpine:3.8',
      '      command: ["sleep", "3600"]',
    ),
    mutations: [
      {
        what: 'unknown field',
        code: yaml(
          'apiVersion: v1',
          'kind: Pod',
          'metadata:',
          '  name: peek',
          'spec:',
          '  restartPolicy: Never',
          '  automountServiceAcountToken: false',
          '  containers:',
          '    - name: peek',
          '      image: alpine:3.8',
        ),
        expected: { messageId: 'unknown-field', line: 7, column: 3, endLine: 7, endColumn: 30, message: /did you mean "automountServiceAccountToken"\?/ },
      },
      {
        what: 'wrong type',
        code: yaml(
          'apiVersion: v1',
          'kind: Pod',
          'metadata:',
          '  name: peek',
          'spec:',
          '  containers:',
          '    - name: peek',
          '      image: alpine:3.8',
          '      command: sleep 3600',
        ),
        expected: { messageId: 'wrong-type', line: 9, column: 16, endLine: 9, endColumn: 26, message: /command must be a list, not the string "sleep 3600"/ },
      },
      {
        what: 'missing required field',
        code: yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: peek', 'spec:', '  containers:', '    - image: alpine:3.8'),
        expected: {
          messageId: 'required',
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 12,
          message: /spec\.containers\[0\] is missing the required field "name"/,
        },
      },
    ],
  },
  {
    name: 'v1 PersistentVolumeClaim',
    versions: every,
    valid: yaml(
      'apiVersion: v1',
      'kind: PersistentVolumeClaim',
      'metadata:',
      '  name: data',
      'spec:',
      '  accessModes:',
      '    - ReadWriteOnce',
      '  storageClassName: standard',
      '  resources:',
      '    requests:',
      '      storage: 1Gi',
    ),
    mutations: [
      {
        what: 'unknown field',
        code: yaml(
          'apiVersion: v1',
          'kind: PersistentVolumeClaim',
          'metadata:',
          '  name: data',
          'spec:',
          '  accessModes:',
          '    - ReadWriteOnce',
          '  storageClass: standard',
        ),
        expected: { messageId: 'unknown-field', line: 8, column: 3, endLine: 8, endColumn: 15, message: /did you mean "storageClassName"\?/ },
      },
      {
        what: 'wrong type',
        code: yaml('apiVersion: v1', 'kind: PersistentVolumeClaim', 'metadata:', '  name: data', 'spec:', '  accessModes: ReadWriteOnce'),
        expected: {
          messageId: 'wrong-type',
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 29,
          message: /spec\.accessModes must be a list, not the string "ReadWriteOnce"/,
        },
      },
      {
        what: 'missing required field',
        code: yaml(
          'apiVersion: v1',
          'kind: PersistentVolumeClaim',
          'metadata:',
          '  name: data',
          'spec:',
          '  accessModes:',
          '    - ReadWriteOnce',
          '  selector:',
          '    matchExpressions:',
          '      - key: tier',
          '        values: [db]',
        ),
        expected: {
          messageId: 'required',
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 12,
          message: /spec\.selector\.matchExpressions\[0\] is missing the required field "operator"/,
        },
      },
    ],
  },
  {
    name: 'v1 Namespace',
    versions: every,
    valid: yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: workshop-day2-solutions', '  labels:', '    team: blue'),
    mutations: [
      {
        what: 'unknown field',
        code: yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: workshop-day2-solutions', '  label:', '    team: blue'),
        expected: {
          messageId: 'unknown-field',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 8,
          message: /in metadata \(an ObjectMeta\); did you mean "labels"\?/,
        },
      },
      {
        what: 'wrong type',
        code: yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: workshop-day2-solutions', '  labels:', '    team: 1'),
        expected: {
          messageId: 'wrong-type',
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 12,
          message: /metadata\.labels\.team must be a string, not the number 1/,
        },
      },
      {
        what: 'missing required field',
        code: yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: workshop-day2-solutions', ...ownerWithoutUid),
        expected: missingUid,
      },
    ],
  },
  {
    name: 'v1 ServiceAccount',
    versions: every,
    valid: yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: heartbeat', 'automountServiceAccountToken: false'),
    mutations: [
      {
        what: 'unknown field',
        code: yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: heartbeat', 'automountServiceAccountTokens: false'),
        expected: { messageId: 'unknown-field', line: 5, column: 1, endLine: 5, endColumn: 30, message: /did you mean "automountServiceAccountToken"\?/ },
      },
      {
        what: 'wrong type',
        code: yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: heartbeat', 'automountServiceAccountToken: "false"'),
        expected: { messageId: 'wrong-type', line: 5, column: 31, endLine: 5, endColumn: 38, message: /must be true or false, not the string "false"/ },
      },
      {
        what: 'missing required field',
        code: yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: heartbeat', ...ownerWithoutUid),
        expected: missingUid,
      },
    ],
  },
  {
    name: 'rbac.authorization.k8s.io/v1 Role',
    versions: every,
    valid: yaml(
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata:',
      '  name: pod-reader',
      'rules:',
      '  - apiGroups: [""]',
      '    resources: ["pods"]',
      '    verbs: ["get", "list"]',
    ),
    mutations: [
      {
        what: 'unknown field',
        code: yaml(
          'apiVersion: rbac.authorization.k8s.io/v1',
          'kind: Role',
          'metadata:',
          '  name: pod-reader',
          'rules:',
          '  - apiGroups: [""]',
          '    resource: ["pods"]',
          '    verbs: ["get", "list"]',
        ),
        expected: { messageId: 'unknown-field', line: 7, column: 5, endLine: 7, endColumn: 13, message: /did you mean "resources"\?/ },
      },
      {
        what: 'wrong type',
        code: yaml(
          'apiVersion: rbac.authorization.k8s.io/v1',
          'kind: Role',
          'metadata:',
          '  name: pod-reader',
          'rules:',
          '  - apiGroups: [""]',
          '    resources: ["pods"]',
          '    verbs: get',
        ),
        expected: {
          messageId: 'wrong-type',
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 15,
          message: /rules\[0\]\.verbs must be a list, not the string "get"/,
        },
      },
      {
        what: 'missing required field',
        code: yaml(
          'apiVersion: rbac.authorization.k8s.io/v1',
          'kind: Role',
          'metadata:',
          '  name: pod-reader',
          'rules:',
          '  - apiGroups: [""]',
          '    resources: ["pods"]',
        ),
        expected: { messageId: 'required', line: 6, column: 5, endLine: 6, endColumn: 14, message: /rules\[0\] is missing the required field "verbs"/ },
      },
    ],
  },
  {
    name: 'rbac.authorization.k8s.io/v1 RoleBinding',
    versions: every,
    valid: yaml(
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata:',
      '  name: read-pods',
      'subjects:',
      '  - kind: ServiceAccount',
      '    name: heartbeat',
      'roleRef:',
      '  kind: Role',
      '  name: pod-reader',
      '  apiGroup: rbac.authorization.k8s.io',
    ),
    mutations: [
      {
        what: 'unknown field',
        code: yaml(
          'apiVersion: rbac.authorization.k8s.io/v1',
          'kind: RoleBinding',
          'metadata:',
          '  name: read-pods',
          'subjects:',
          '  - kind: ServiceAccount',
          '    name: heartbeat',
          'roleRef:',
          '  kind: Role',
          '  name: pod-reader',
          '  apigroup: rbac.authorization.k8s.io',
        ),
        expected: { messageId: 'unknown-field', line: 11, column: 3, endLine: 11, endColumn: 11, message: /did you mean "apiGroup"\?/ },
      },
      {
        what: 'wrong type',
        code: yaml(
          'apiVersion: rbac.authorization.k8s.io/v1',
          'kind: RoleBinding',
          'metadata:',
          '  name: read-pods',
          'subjects:',
          '  - kind: ServiceAccount',
          '    name: heartbeat',
          'roleRef: pod-reader',
        ),
        expected: {
          messageId: 'wrong-type',
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 20,
          message: /roleRef must be a mapping of fields \(key: value\), not the string "pod-reader"/,
        },
      },
      {
        what: 'missing required field',
        code: yaml(
          'apiVersion: rbac.authorization.k8s.io/v1',
          'kind: RoleBinding',
          'metadata:',
          '  name: read-pods',
          'subjects:',
          '  - kind: ServiceAccount',
          '    name: heartbeat',
        ),
        expected: { messageId: 'required', line: 1, column: 1, endLine: 1, endColumn: 11, message: /This RoleBinding is missing the required field "roleRef"/ },
      },
    ],
  },
];

describe.each(cases)('$name', ({ versions, valid, mutations }) => {
  it.each(versions)('a valid manifest passes on Kubernetes %s', (kubeVersion) => {
    expect(errorsOf(valid, { kubeVersion }).map((finding) => finding.message)).toEqual([]);
  });

  for (const mutation of mutations) {
    it.each(versions)(`${mutation.what}: caught at its exact range on Kubernetes %s`, (kubeVersion) => {
      const errors = errorsOf(mutation.code, { kubeVersion });
      const { message, ...range } = mutation.expected;
      expect(errors.map(placed)).toEqual([{ ruleId: 'schema', ...range }]);
      if (message) expect(errors[0]!.message).toMatch(message);
      expect(errors[0]!.hint).toBeTruthy();
    });
  }
});
