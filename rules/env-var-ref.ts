import { defineRule } from '../src/lint/rule.js';
import { containersOf, isObject, podSpecOf } from '../src/k8s/pod-spec.js';
import { envFromKeys } from '../src/k8s/config-data.js';
import { sameNameShape, suggestName } from '../src/k8s/did-you-mean.js';
import { isShell, looksLikeServiceVariable, looksLikeVariableName, variableReferences } from '../src/k8s/env-expansion.js';
import type { ResourceIndex } from '../src/lint/rule.js';
import type { JsonPath, PlainObject } from '../src/types.js';

/** Names envFrom provides, or undefined when a source is not among the files (then nothing can be judged). */
function envFromNames(container: PlainObject, namespace: string | null, index: ResourceIndex): Set<string> | undefined {
  const names = new Set<string>();
  const envFrom = container.envFrom;
  if (!Array.isArray(envFrom)) return names;
  for (const entry of envFrom) {
    if (!isObject(entry)) continue;
    const prefix = typeof entry.prefix === 'string' ? entry.prefix : '';
    for (const [field, kind] of [
      ['configMapRef', 'ConfigMap'],
      ['secretRef', 'Secret'],
    ] as const) {
      const ref = entry[field];
      if (!isObject(ref)) continue;
      const source = typeof ref.name === 'string' ? index.find(kind, ref.name, namespace) : undefined;
      if (!source) return undefined;
      for (const key of envFromKeys(source)) names.add(prefix + key);
    }
  }
  return names;
}

export default defineRule({
  uses: {
    own: [
      ['$pod', 'initContainers'],
      ['$pod', 'containers'],
      ['$pod', 'ephemeralContainers'],
    ],
    others: {
      ConfigMap: [['data', '{keys}']],
      Secret: [
        ['data', '{keys}'],
        ['stringData', '{keys}'],
      ],
    },
  },
  meta: {
    id: 'env-var-ref',
    description: '$(VAR) in command, args and env values names an env var of the same container (defined earlier, for env values).',
    severity: 'warning',
    kinds: ['Pod', 'PodTemplate', 'Job', 'CronJob', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    messages: {
      unknown: '$({{name}}) names no env var of container "{{container}}", so Kubernetes leaves it unexpanded. {{consequence}}',
      typo: '$({{name}}) names no env var of container "{{container}}"; did you mean $({{suggestion}})? Kubernetes leaves an unknown reference unexpanded. {{consequence}}',
      unusableName:
        '$({{name}}) does not refer to the env var {{suggestion}}: Kubernetes expands exact names only, so it leaves $({{name}}) unexpanded. {{consequence}}',
      selfReference:
        '$({{name}}) in the value of {{name}} refers to the variable itself, which has no earlier definition, so {{name}} gets the text $({{name}}) unexpanded.',
      definedLater:
        '$({{name}}) refers to env var {{name}}, which is defined after {{current}}; Kubernetes expands only variables defined earlier in the list, so {{current}} gets the text $({{name}}) unexpanded.',
    },
    hints: {
      unknown: 'Define an env var named {{name}} in this container (under env: or through envFrom:).',
      typo: 'Write $({{suggestion}}): variable names must match exactly, including case, - and _.',
      unusableName:
        'Name the env var {{name}} instead of {{suggestion}}: letters, digits and _ work everywhere, while a shell cannot use a name containing - or .',
      selfReference: 'Define {{name}} earlier (in env above this entry, or through envFrom) if you meant to extend its value, or remove the reference.',
      definedLater: 'Move the {{name}} entry above {{current}} in env.',
    },
    docs: {
      rationale:
        'Kubernetes replaces $(NAME) in command, args and env values with the value of the container\'s env var NAME before the container starts. The name must match exactly; a reference to a name that is not defined (or, in an env value, defined further down the list) is left as the literal text $(NAME). When the command runs in sh -c, the shell then reads $(NAME) as command substitution and tries to run a program called NAME, which fails with "NAME: not found". This is the trap in the traceroute exercise: the env var is written MAX-HOPS but the command uses $(MAX_HOPS). Shell substitutions such as $(cat /run/secret/username) are not variable names and are left alone, as Kubernetes does, and so is a lowercase name that resembles no env var of the container, such as $(date) or $(hostname). Write $$(NAME) for a literal $(NAME). When envFrom reads a ConfigMap or Secret that is not among your files, its keys are unknown and the container is not checked.',
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]\n          env:\n            - name: TARGET\n              value: google.com\n            - name: TTW\n              value: "4"\n            - name: MAX-HOPS\n              value: "15"\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute-google\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]\n          env:\n            - name: TARGET\n              value: google.com\n            - name: TTW\n              value: "4"\n            - name: MAX_HOPS\n              value: "15"\n',
    },
  },
  check({ resource, index, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path, container } of containersOf(pod)) {
      const fromEnvFrom = envFromNames(container, resource.namespace, index);
      if (!fromEnvFrom) continue;
      const containerName = typeof container.name === 'string' ? container.name : 'unnamed';
      const env = Array.isArray(container.env) ? container.env : [];
      const envNames = env.map((entry) => (isObject(entry) && typeof entry.name === 'string' ? entry.name : undefined));
      const allNames = new Set([...fromEnvFrom, ...envNames.filter((name): name is string => name !== undefined)]);
      const command = Array.isArray(container.command) ? container.command : [];
      const shell = isShell(command[0]);

      const checkText = (text: string, where: JsonPath, defined: Set<string>, inShell: boolean, current?: { name: string; later: Set<string> }) => {
        const seen = new Set<string>();
        for (const { name } of variableReferences(text)) {
          if (seen.has(name) || defined.has(name) || !looksLikeVariableName(name) || looksLikeServiceVariable(name)) continue;
          seen.add(name);
          if (current?.name === name) {
            report({ path: where, messageId: 'selfReference', data: { name } });
            continue;
          }
          if (current?.later.has(name)) {
            report({ path: where, messageId: 'definedLater', data: { name, current: current.name } });
            continue;
          }
          const suggestion = suggestName(name, allNames);
          // A lowercase name nothing resembles is far more likely shell, like $(date) or $(hostname).
          if (!suggestion && /[a-z]/.test(name)) continue;
          const consequence = current
            ? `Env var ${current.name} gets the literal text $(${name}).`
            : inShell
              ? `The shell then runs ${name} as a command substitution, which fails with "${name}: not found".`
              : `The program receives the literal text $(${name}) instead of a value.`;
          const data = { name, container: containerName, consequence, ...(suggestion ? { suggestion } : {}) };
          if (!suggestion) report({ path: where, messageId: 'unknown', data });
          else if (sameNameShape(name, suggestion) && /[-.]/.test(suggestion)) report({ path: where, messageId: 'unusableName', data });
          else report({ path: where, messageId: 'typo', data });
        }
      };

      for (const field of ['command', 'args'] as const) {
        const items = container[field];
        if (!Array.isArray(items)) continue;
        items.forEach((item, i) => {
          // The program itself is never run through the shell; everything after it is, in `sh -c`.
          if (typeof item === 'string') checkText(item, [...path, field, i], allNames, shell && !(field === 'command' && i === 0));
        });
      }
      const earlier = new Set(fromEnvFrom);
      env.forEach((entry, i) => {
        if (!isObject(entry)) return;
        if (typeof entry.value === 'string' && typeof entry.name === 'string') {
          const later = new Set(envNames.slice(i + 1).filter((name): name is string => name !== undefined));
          checkText(entry.value, [...path, 'env', i, 'value'], earlier, false, { name: entry.name, later });
        }
        if (typeof entry.name === 'string') earlier.add(entry.name);
      });
    }
  },
});
