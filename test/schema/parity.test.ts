/**
 * Parity with the API server: no error on what it accepts, and every unknown field rejected.
 * The accepted manifests are written the way people write them (quoted numbers where the API
 * wants strings, named ports, numeric quantities, the nulls and empty maps kubectl prints).
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatPath, isObject } from '../../src/k8s/pod-spec.js';
import { bundledSchemaSource } from '../../src/schema/bundle.js';
import { schemaAt } from '../../src/schema/schema-at.js';
import type { JsonPath, PlainObject, PlainValue } from '../../src/types.js';
import { errorsOf, validateYaml } from './support.js';

const accepted: Record<string, string> = {
  'Job with env from a ConfigMap': `apiVersion: batch/v1
kind: Job
metadata:
  name: traceroute-google
  labels: {exercise: "3", attempt: "1"}
spec:
  backoffLimit: 4
  activeDeadlineSeconds: 600
  ttlSecondsAfterFinished: 100
  template:
    metadata:
      creationTimestamp: null
    spec:
      restartPolicy: OnFailure
      containers:
        - name: traceroute
          image: alpine:3.8
          command: ["sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]
          env:
            - name: TARGET
              valueFrom:
                configMapKeyRef: {name: target-google, key: target}
            - name: TTW
              value: "4"
            - name: POD_IP
              valueFrom:
                fieldRef: {fieldPath: status.podIP}
          resources:
            requests: {cpu: 100m, memory: 64Mi}
            limits: {cpu: 1, memory: 128Mi}
`,
  'CronJob with a secret volume': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: login-heartbeat
spec:
  schedule: "*/1 * * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: heartbeat
              image: alpine:3.8
              args: [/bin/sh, -c, "cat /run/secret/username"]
              volumeMounts:
                - {name: secret, mountPath: /run/secret/, readOnly: true}
          volumes:
            - name: secret
              secret:
                secretName: pretty-secret-config
                defaultMode: 0400
                items: [{key: username, path: username}]
`,
  'ConfigMap and Secret': `apiVersion: v1
kind: ConfigMap
metadata:
  name: not-secret-config
data:
  username: jeff
  password: "123"
  endpoint: "https://example.com:8443"
---
apiVersion: v1
kind: Secret
metadata:
  name: pretty-secret-config
type: Opaque
data:
  username: amVmZg==
  cert: |
    aGVsbG8gd29y
    bGQ=
stringData:
  endpoint: https://example.com
immutable: false
`,
  'StatefulSet with a headless Service': `apiVersion: v1
kind: Service
metadata:
  name: ss-db
spec:
  clusterIP: None
  selector: {app: data-pipeline}
  ports:
    - {name: pg, port: 5432, targetPort: pg, protocol: TCP}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: data-pipeline
  namespace: workshop-day2-solutions
spec:
  replicas: 1
  serviceName: ss-db
  podManagementPolicy: Parallel
  updateStrategy:
    type: RollingUpdate
    rollingUpdate: {partition: 0}
  selector:
    matchLabels: {app: data-pipeline}
  template:
    metadata:
      labels: {app: data-pipeline}
    spec:
      terminationGracePeriodSeconds: 10
      hostAliases:
        - ip: "127.0.0.1"
          hostnames: ["redis", "db"]
      containers:
        - name: db
          image: postgres:9.4-alpine
          ports: [{name: pg, containerPort: 5432}]
          env: [{name: PGDATA, value: /var/lib/postgresql/data/pgdata}]
          volumeMounts: [{mountPath: /var/lib/postgresql/data/pgdata, name: pg-data}]
          livenessProbe:
            tcpSocket: {port: pg}
            initialDelaySeconds: 5
  volumeClaimTemplates:
    - metadata:
        name: pg-data
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: "hostpath"
        resources:
          requests: {storage: 1Gi}
`,
  'Deployment, NodePort Service and Ingress': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations: {deployment.kubernetes.io/revision: "2"}
spec:
  replicas: 3
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 25%, maxUnavailable: 1}
  selector:
    matchExpressions:
      - {key: app, operator: In, values: [web]}
  template:
    metadata:
      labels: {app: web}
    spec:
      serviceAccountName: web
      automountServiceAccountToken: false
      securityContext: {runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000}
      nodeSelector: {kubernetes.io/os: linux}
      tolerations:
        - {key: dedicated, operator: Equal, value: web, effect: NoSchedule}
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector: {matchLabels: {app: web}}
      initContainers:
        - name: wait
          image: busybox:1.36
          command: ['sh', '-c', 'sleep 1']
      containers:
        - name: web
          image: nginx:1.25
          imagePullPolicy: IfNotPresent
          ports: [{containerPort: 80, name: http}]
          readinessProbe:
            httpGet: {path: /healthz, port: http, scheme: HTTP}
            periodSeconds: 10
          lifecycle:
            preStop:
              exec: {command: [sleep, "5"]}
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: {drop: [ALL]}
          envFrom:
            - configMapRef: {name: not-secret-config}
            - secretRef: {name: pretty-secret-config, optional: true}
          volumeMounts:
            - {name: cache, mountPath: /cache}
            - {name: config, mountPath: /etc/config}
      volumes:
        - name: cache
          emptyDir: {medium: Memory, sizeLimit: 64Mi}
        - name: config
          projected:
            sources:
              - configMap: {name: not-secret-config}
              - downwardAPI:
                  items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]
status: {}
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector: {app: web}
  ports:
    - {port: 80, targetPort: http, nodePort: 31000}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  rules:
    - host: example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: web, port: {name: http}}
`,
  'Pod, PVC, Namespace and ServiceAccount': `apiVersion: v1
kind: Namespace
metadata:
  name: workshop-day2-solutions
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
imagePullSecrets: [{name: registry}]
automountServiceAccountToken: false
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  volumeMode: Filesystem
  resources:
    requests: {storage: 500Mi}
---
apiVersion: v1
kind: Pod
metadata:
  name: peek
spec:
  restartPolicy: Never
  containers:
    - name: peek
      image: alpine:3.8
      command: [sleep, "3600"]
      stdin: true
      tty: true
      volumeMounts: [{name: data, mountPath: /data}]
  volumes:
    - name: data
      persistentVolumeClaim: {claimName: data}
    - name: host
      hostPath: {path: /var/log, type: Directory}
`,
  'RBAC, including what the API server defaults or reads as empty': `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: pod-reader
rules:
  - apiGroups: [""]
    resources: [pods, pods/log]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: monitoring
aggregationRule:
  clusterRoleSelectors: [{matchLabels: {rbac.example.com/aggregate-to-monitoring: "true"}}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: read-pods
subjects:
  - {kind: ServiceAccount, name: web, namespace: default}
  - {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}
roleRef:
  kind: Role
  name: pod-reader
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all
spec:
  policyTypes: [Ingress]
`,
  'DaemonSet, HPA and PodDisruptionBudget': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector: {matchLabels: {app: agent}}
  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: "10%"}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: agent:1.0
          resources: {limits: {memory: 200Mi}, requests: {cpu: 0.1}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 1
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: 80}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: "50%"
  selector: {matchLabels: {app: web}}
`,
};

describe('no false errors on manifests the API server accepts (Kubernetes 1.30)', () => {
  for (const [name, code] of Object.entries(accepted)) {
    it(name, () => {
      expect(validateYaml(code, { kubeVersion: '1.30' }).map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
    });
  }
});

interface Document {
  value: PlainObject;
  definition: string;
}

function documentsOf(code: string): Document[] {
  const index = bundledSchemaSource('1.30').index.kinds;
  return code
    .split(/^---$/m)
    .map((text) => parse(text) as PlainObject)
    .map((value) => ({ value, definition: index[String(value.apiVersion)]![String(value.kind)]! }));
}

/** Every object in the document that the schema closes (properties and additionalProperties: false). */
function strictObjectPaths(document: Document): JsonPath[] {
  const definitions = bundledSchemaSource('1.30').definitions();
  const found: JsonPath[] = [];
  const visit = (value: PlainValue, path: JsonPath) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (isObject(value)) {
      const at = schemaAt(definitions, document.definition, path, document.value);
      if (at?.schema.properties && at.schema.additionalProperties === false) found.push(path);
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(document.value, []);
  return found;
}

function withField(value: PlainObject, path: JsonPath, key: string): PlainObject {
  const copy = structuredClone(value);
  let target: PlainValue = copy;
  for (const segment of path) target = (target as Record<string | number, PlainValue>)[segment]!;
  (target as PlainObject)[key] = 'surprise';
  return copy;
}

describe('every unknown field is rejected, on its key', () => {
  const documents = Object.values(accepted).flatMap(documentsOf);
  const places = documents.flatMap((document) => strictObjectPaths(document).map((path) => ({ document, path })));

  it('finds hundreds of closed objects to try', () => {
    expect(places.length).toBeGreaterThan(100);
  });

  it('an added field anywhere in a closed object is an unknown-field error at that key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.stringMatching(/^[a-z][a-zA-Z]{3,10}$/), ({ document, path }, stem) => {
        const key = `zz${stem}`;
        const code = stringify(withField(document.value, path, key));
        const errors = errorsOf(code, { kubeVersion: '1.30' });
        const lines = code.split('\n');
        const line = lines.findIndex((text) => new RegExp(`(^|[ -])${key}:`).test(text)) + 1;
        const column = lines[line - 1]!.indexOf(key) + 1;
        expect(
          errors.map((finding) => ({
            messageId: finding.messageId,
            path: finding.path,
            line: finding.line,
            column: finding.column,
            endColumn: finding.endColumn,
          })),
        ).toEqual([{ messageId: 'unknown-field', path: formatPath([...path, key]), line, column, endColumn: column + key.length }]);
      }),
      { numRuns: 150, seed: 20240131 },
    );
  });
});
