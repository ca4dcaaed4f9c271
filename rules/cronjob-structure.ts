import { defineRule } from '../src/lint/rule.js';
import { formatPath, isObject } from '../src/k8s/pod-spec.js';
import type { FixIntent, JsonPath, PlainObject } from '../src/types.js';

/** Field names per level, from the kubernetes-types 1.30 declarations (batch/v1, core/v1), plus PodSpec.resources (1.32+) so newer manifests are not flagged. */
const fieldsOf = {
  Object: ['apiVersion', 'kind', 'metadata', 'spec', 'status'],
  CronJobSpec: [
    'concurrencyPolicy',
    'failedJobsHistoryLimit',
    'jobTemplate',
    'schedule',
    'startingDeadlineSeconds',
    'successfulJobsHistoryLimit',
    'suspend',
    'timeZone',
  ],
  JobTemplateSpec: ['metadata', 'spec'],
  JobSpec: [
    'activeDeadlineSeconds',
    'backoffLimit',
    'backoffLimitPerIndex',
    'completionMode',
    'completions',
    'managedBy',
    'manualSelector',
    'maxFailedIndexes',
    'parallelism',
    'podFailurePolicy',
    'podReplacementPolicy',
    'selector',
    'successPolicy',
    'suspend',
    'template',
    'ttlSecondsAfterFinished',
  ],
  PodTemplateSpec: ['metadata', 'spec'],
  PodSpec: [
    'activeDeadlineSeconds',
    'affinity',
    'automountServiceAccountToken',
    'containers',
    'dnsConfig',
    'dnsPolicy',
    'enableServiceLinks',
    'ephemeralContainers',
    'hostAliases',
    'hostIPC',
    'hostNetwork',
    'hostPID',
    'hostUsers',
    'hostname',
    'imagePullSecrets',
    'initContainers',
    'nodeName',
    'nodeSelector',
    'os',
    'overhead',
    'preemptionPolicy',
    'priority',
    'priorityClassName',
    'readinessGates',
    'resourceClaims',
    'resources',
    'restartPolicy',
    'runtimeClassName',
    'schedulerName',
    'schedulingGates',
    'securityContext',
    'serviceAccount',
    'serviceAccountName',
    'setHostnameAsFQDN',
    'shareProcessNamespace',
    'subdomain',
    'terminationGracePeriodSeconds',
    'tolerations',
    'topologySpreadConstraints',
    'volumes',
  ],
  Container: [
    'args',
    'command',
    'env',
    'envFrom',
    'image',
    'imagePullPolicy',
    'lifecycle',
    'livenessProbe',
    'name',
    'ports',
    'readinessProbe',
    'resizePolicy',
    'resources',
    'restartPolicy',
    'securityContext',
    'startupProbe',
    'stdin',
    'stdinOnce',
    'terminationMessagePath',
    'terminationMessagePolicy',
    'tty',
    'volumeDevices',
    'volumeMounts',
    'workingDir',
  ],
} as const;

type LevelName = keyof typeof fieldsOf;

const labels: Record<LevelName, string> = {
  Object: 'the top level',
  CronJobSpec: 'the CronJob spec',
  JobTemplateSpec: 'the job template',
  JobSpec: 'the Job spec',
  PodTemplateSpec: 'the pod template',
  PodSpec: 'the pod spec',
  Container: 'a container',
};

/** The nesting from the top of the object down to the pod spec: each level and the key that leads to it. */
const chains: Record<string, readonly { level: LevelName; key?: string }[]> = {
  CronJob: [
    { level: 'Object' },
    { level: 'CronJobSpec', key: 'spec' },
    { level: 'JobTemplateSpec', key: 'jobTemplate' },
    { level: 'JobSpec', key: 'spec' },
    { level: 'PodTemplateSpec', key: 'template' },
    { level: 'PodSpec', key: 'spec' },
  ],
  Job: [{ level: 'Object' }, { level: 'JobSpec', key: 'spec' }, { level: 'PodTemplateSpec', key: 'template' }, { level: 'PodSpec', key: 'spec' }],
};

const nestings: Record<string, string> = {
  CronJob: 'spec > jobTemplate > spec > template > spec > containers',
  Job: 'spec > template > spec > containers',
};

/** Object metadata written one level too high, beside metadata instead of inside it. */
const metadataFields = new Set(['name', 'namespace', 'labels', 'annotations']);

interface PresentLevel {
  level: LevelName;
  /** Position in the chain; containers come right after the pod spec. */
  depth: number;
  path: JsonPath;
  value: PlainObject;
  /** For a container: containers or initContainers. */
  list?: string;
}

interface Misplaced {
  path: JsonPath;
  messageId: 'misplaced' | 'containerField' | 'metadataField';
  where: string;
  /** Where the field belongs, to tell whether it explains a missing level. */
  home: JsonPath;
  here: PresentLevel;
}

function isUnder(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

/** The depth of the nearest other level that has this field; on a tie the deeper one, since fields drift up more often than down. */
function nearestLevelWith(field: string, depth: number, levels: readonly LevelName[]): number | undefined {
  let best: number | undefined;
  levels.forEach((level, candidate) => {
    if (candidate === depth || !(fieldsOf[level] as readonly string[]).includes(field)) return;
    const distance = Math.abs(candidate - depth);
    if (best === undefined || distance < Math.abs(best - depth) || (distance === Math.abs(best - depth) && candidate > best)) best = candidate;
  });
  return best;
}

function pathText(path: JsonPath): string {
  return formatPath(path) || 'the top level';
}

export default defineRule({
  meta: {
    id: 'cronjob-structure',
    description:
      'A CronJob nests spec > jobTemplate > spec > template > spec > containers (a Job: spec > template > spec > containers); a field one level off is reported where it stands, with the path where it belongs.',
    severity: 'error',
    kinds: ['CronJob', 'Job'],
    messages: {
      misplaced: '{{field}} is not a field of {{here}} ({{level}}), so the API server rejects it; it belongs at {{where}}.',
      containerField: '{{field}} is a container field, not a field of {{here}} ({{level}}); it belongs inside a container, at {{where}}.',
      metadataField: '{{field}} is not a field of {{here}} ({{level}}); it belongs under metadata, at {{where}}.',
      missing: '{{here}} has no {{field}}, so this {{kind}} has nothing to run; the API server rejects it.',
    },
    hints: {
      misplaced: 'Move {{field}} (and anything nested under it) to {{where}}. A {{kind}} nests {{nesting}}.',
      containerField: 'Move {{field}} into a container entry ({{where}}). A {{kind}} nests {{nesting}}.',
      metadataField: 'Move {{field}} under metadata, at {{where}}.',
      missing: 'Add {{field}} under {{here}}: a {{kind}} nests {{nesting}}.',
    },
    docs: {
      rationale:
        'A CronJob wraps a Job, which wraps a pod template, which wraps a pod spec: spec > jobTemplate > spec > template > spec > containers. It is easy to get lost in this "spec/template soup" and put containers or restartPolicy one level too high. The API server then rejects the unknown field, and the pod spec it expects has no containers. This rule reports the field where it stands and names the path where it belongs.',
      incorrect:
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: heartbeat\n          image: alpine:3.8\n',
      correct:
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: heartbeat\n              image: alpine:3.8\n',
    },
  },
  check({ resource, value, report }) {
    const kind = resource.kind ?? 'Job';
    const chain = chains[kind];
    if (!chain) return;
    const nesting = nestings[kind]!;

    // Walk down the expected nesting as far as it exists.
    const present: PresentLevel[] = [{ level: 'Object', depth: 0, path: [], value }];
    let missing: { parent: PresentLevel; key: string } | undefined;
    for (let depth = 1; depth < chain.length; depth++) {
      const parent = present[present.length - 1]!;
      const key = chain[depth]!.key!;
      const child = parent.value[key];
      if (child === undefined) {
        missing = { parent, key };
        break;
      }
      // A level of the wrong type is the schema check's to report.
      if (!isObject(child)) break;
      present.push({ level: chain[depth]!.level, depth, path: [...parent.path, key], value: child });
    }
    const podSpec = present.find((level) => level.level === 'PodSpec');
    if (podSpec) {
      const containers = podSpec.value.containers;
      if (containers === undefined || (Array.isArray(containers) && containers.length === 0)) missing = { parent: podSpec, key: 'containers' };
      for (const list of ['initContainers', 'containers']) {
        const items = podSpec.value[list];
        if (!Array.isArray(items)) continue;
        items.forEach((item, index) => {
          if (isObject(item)) present.push({ level: 'Container', depth: chain.length, path: [...podSpec.path, list, index], value: item, list });
        });
      }
    }

    // Where each level of the chain is (or would be), so a misplaced field can name its home.
    const chainPaths: JsonPath[] = [];
    chain.forEach((step, depth) => chainPaths.push(depth === 0 ? [] : [...chainPaths[depth - 1]!, step.key!]));
    const podSpecPath = chainPaths[chainPaths.length - 1]!;
    const levelsAt: LevelName[] = [...chain.map((step) => step.level), 'Container'];

    const misplaced: Misplaced[] = [];
    for (const here of present) {
      const known: readonly string[] = fieldsOf[here.level];
      for (const field of Object.keys(here.value)) {
        // A container's own restartPolicy exists only for sidecar init containers; in containers it is the pod's, misplaced.
        const podsRestartPolicy = here.list === 'containers' && field === 'restartPolicy';
        if (known.includes(field) && !podsRestartPolicy) continue;
        const fieldPath = [...here.path, field];
        if (metadataFields.has(field) && known.includes('metadata')) {
          const home = [...here.path, 'metadata', field];
          misplaced.push({ path: fieldPath, messageId: 'metadataField', where: pathText(home), home, here });
          continue;
        }
        const best = nearestLevelWith(field, here.depth, levelsAt);
        // Unknown everywhere: a typo, which the schema check explains with a did-you-mean.
        if (best === undefined) continue;
        if (levelsAt[best] === 'Container') {
          const home = [...podSpecPath, 'containers'];
          misplaced.push({ path: fieldPath, messageId: 'containerField', where: `${formatPath(home)}[].${field}`, home, here });
        } else {
          const home = [...chainPaths[best]!, field];
          misplaced.push({ path: fieldPath, messageId: 'misplaced', where: pathText(home), home, here });
        }
      }
    }

    // Fields that left the same level for the same parent move together, in one fix: moved one by one,
    // the first would leave a pod spec without its restartPolicy or containers (a new error) for a pass.
    const moves = new Map<string, Misplaced[]>();
    for (const entry of misplaced) {
      if (entry.messageId === 'containerField') continue;
      const group = JSON.stringify([entry.here.path, entry.home.slice(0, -1)]);
      moves.set(group, [...(moves.get(group) ?? []), entry]);
    }
    const moveOf = (entry: Misplaced): FixIntent | undefined => {
      const group = moves.get(JSON.stringify([entry.here.path, entry.home.slice(0, -1)]));
      if (!group) return undefined;
      const to = entry.home.slice(0, -1);
      const names = group.map((member) => String(member.path[member.path.length - 1]));
      const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
      return { title: `Move ${list} under ${pathText(to)}`, move: { paths: group.map((member) => member.path), to } };
    };

    for (const entry of misplaced) {
      const fix = moveOf(entry);
      report({
        path: entry.path,
        messageId: entry.messageId,
        target: 'key',
        ...(fix ? { fix } : {}),
        data: {
          field: String(entry.path[entry.path.length - 1]),
          here: pathText(entry.here.path),
          level: labels[entry.here.level],
          where: entry.where,
          kind,
          nesting,
        },
      });
    }

    // A missing level is not worth a second finding when a misplaced field already shows what belongs there.
    if (missing && missing.parent.path.length > 0) {
      const missingPath = [...missing.parent.path, missing.key];
      if (!misplaced.some((entry) => isUnder(entry.home, missingPath))) {
        report({
          path: missing.parent.path,
          messageId: 'missing',
          target: 'key',
          data: { here: pathText(missing.parent.path), field: missing.key, kind, nesting },
        });
      }
    }
  },
});
