import { defineRule } from '../src/lint/rule.js';
import { containersOf, isObject, podSpecOf } from '../src/k8s/pod-spec.js';
import type { PlainObject } from '../src/types.js';

/** What Kubernetes before 1.32 accepts (IsEnvVarName); 1.32+ accepts any printable ASCII but '='. */
const strictName = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const printableAscii = /^[\x20-\x7e]+$/;

function strictlyValid(name: string): boolean {
  return strictName.test(name) && name !== '.' && !name.startsWith('..');
}

/** The API server's own duplicate warning spares X: "$(X)more", which extends the earlier value. */
function extendsEarlier(entry: PlainObject, name: string): boolean {
  const reference = `$(${name})`;
  return entry.valueFrom === undefined && typeof entry.value === 'string' && entry.value !== reference && entry.value.includes(reference);
}

export default defineRule({
  meta: {
    id: 'env-name',
    description: 'Env var names a shell can use (no - or ., no leading digit), no duplicates; names with = or empty names are rejected.',
    severity: 'warning',
    kinds: ['Pod', 'PodTemplate', 'Job', 'CronJob', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    messages: {
      rejected: 'Env var name "{{name}}" is rejected by the API server: a name must not be empty and may use only printable ASCII characters other than "=".',
      shellUnusable:
        'Env var name "{{name}}" contains "{{character}}": Kubernetes accepts it and $({{name}}) works in command and args, but a shell cannot read it (in sh, ${{name}} is not one variable), and many programs ignore such names.',
      newerOnly:
        'Env var name "{{name}}" is accepted only by Kubernetes 1.32 and later (earlier API servers accept only letters, digits, _, - and ., not starting with a digit or ".."), and no shell can read it.',
      duplicate:
        'Env var {{name}} is defined twice in container "{{container}}" (also at env[{{first}}]): only the last definition takes effect, and kubectl apply may drop one of them.',
    },
    hints: {
      rejected: 'Use letters, digits and _ only, e.g. {{suggestion}}.',
      shellUnusable: 'Rename it {{suggestion}} (letters, digits and _ only) and update every $({{name}}) reference.',
      newerOnly: 'Rename it {{suggestion}}: start with a letter or _, and use letters, digits and _ only.',
      duplicate: 'Keep one {{name}} entry and delete the other.',
    },
    docs: {
      rationale:
        'Since Kubernetes 1.8 an env var name may contain - and . (MAX-HOPS), but the shell can only read names made of letters, digits and _ that do not start with a digit: in sh, $MAX-HOPS means $MAX followed by "-HOPS". Kubernetes 1.32 and later also accept other printable characters, which older API servers reject. A name containing = or an empty name is always rejected. When a name appears twice in the same container only the last value counts, and kubectl apply can lose one of the two.',
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX-HOPS\n              value: "15"\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX_HOPS\n              value: "15"\n',
    },
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path, container } of containersOf(pod)) {
      const env = container.env;
      if (!Array.isArray(env)) continue;
      const firstIndex = new Map<string, number>();
      env.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry.name !== 'string') return;
        const name = entry.name;
        const where = [...path, 'env', index, 'name'];
        const suggestion = name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=\d)/, '_') || 'MY_VAR';
        if (name === '' || name.includes('=') || !printableAscii.test(name)) {
          report({ path: where, messageId: 'rejected', severity: 'error', data: { name, suggestion } });
        } else if (!strictlyValid(name)) {
          report({ path: where, messageId: 'newerOnly', data: { name, suggestion } });
        } else if (/[-.]/.test(name)) {
          report({ path: where, messageId: 'shellUnusable', data: { name, suggestion, character: /-/.test(name) ? '-' : '.' } });
        }
        const first = firstIndex.get(name);
        if (first === undefined) firstIndex.set(name, index);
        else if (!extendsEarlier(entry, name)) {
          report({ path: where, messageId: 'duplicate', data: { name, first, container: typeof container.name === 'string' ? container.name : 'unnamed' } });
        }
      });
    }
  },
});
