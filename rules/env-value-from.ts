import { defineRule, type RuleContext } from '../src/lint/rule.js';
import { containersOf, isObject, podSpecOf, podSpecPaths } from '../src/k8s/pod-spec.js';
import { configKeyProblem, isDns1123Subdomain } from '../src/k8s/names.js';
import type { JsonPath, PlainObject, Resource } from '../src/types.js';

/** The sources an env var's valueFrom may name; exactly one is allowed. */
const sources = ['configMapKeyRef', 'secretKeyRef', 'fieldRef', 'resourceFieldRef', 'fileKeyRef'];

/** envFrom's sources (a whole ConfigMap or Secret); exactly one per entry. */
const envFromSources = ['configMapRef', 'secretRef'];

/** Names people write inside valueFrom, and the source they meant. */
const meantSource: Readonly<Record<string, string>> = {
  configMapRef: 'configMapKeyRef',
  secretRef: 'secretKeyRef',
  configMap: 'configMapKeyRef',
  secret: 'secretKeyRef',
  configMapKey: 'configMapKeyRef',
  secretKey: 'secretKeyRef',
};

/** Fields of a source written directly in valueFrom, one level too high. */
const sourceFields: Readonly<Record<string, readonly string[]>> = {
  name: ['configMapKeyRef', 'secretKeyRef'],
  key: ['configMapKeyRef', 'secretKeyRef'],
  optional: ['configMapKeyRef', 'secretKeyRef'],
  fieldPath: ['fieldRef'],
  resource: ['resourceFieldRef'],
  containerName: ['resourceFieldRef'],
  divisor: ['resourceFieldRef'],
};

/** Downward API fields an env var can read (validEnvDownwardAPIFieldPathExpressions, up to 1.30). */
const envFieldPaths = new Set([
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** Whether the mapping at `path` has `key`, counting a key written with no value (null, dropped from the plain value). */
function hasKey(resource: Resource, object: PlainObject, path: JsonPath, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key) || resource.map.locate([...path, key]).exact;
}

function objectAt(object: PlainObject, key: string): PlainObject {
  const value = object[key];
  return isObject(value) ? value : {};
}

type Report = RuleContext['report'];

function checkKeySelector(report: Report, selector: PlainObject, path: JsonPath, source: string, env: string, skip: ReadonlySet<string>): void {
  const name = selector.name;
  if (name === undefined || name === '') {
    if (!skip.has('name'))
      report({ path, messageId: 'missingName', target: 'key', data: { source, env, kind: source === 'configMapKeyRef' ? 'ConfigMap' : 'Secret' } });
  } else if (typeof name === 'string' && !isDns1123Subdomain(name)) {
    report({ path: [...path, 'name'], messageId: 'badName', data: { source, name } });
  }
  const key = selector.key;
  if (key === undefined || key === '') {
    if (!skip.has('key')) report({ path, messageId: 'missingKey', target: 'key', data: { source, env } });
  } else if (typeof key === 'string' && configKeyProblem(key)) {
    report({ path: [...path, 'key'], messageId: 'badKey', data: { source, key } });
  }
}

function isEnvFieldPath(fieldPath: string): boolean {
  return envFieldPaths.has(fieldPath) || /^metadata\.(labels|annotations)\['[^']+'\]$/.test(fieldPath);
}

function checkValueFrom(resource: Resource, report: Report, entry: PlainObject, entryPath: JsonPath, env: string): void {
  const valueFromPath = [...entryPath, 'valueFrom'];
  const valueFrom = entry.valueFrom;
  if (!isObject(valueFrom)) return;
  let explained = false;

  for (const key of Object.keys(valueFrom)) {
    const meant = meantSource[key];
    if (meant) {
      report({
        path: [...valueFromPath, key],
        messageId: envFromSources.includes(key) ? 'envFromRef' : 'wrongSource',
        target: 'key',
        data: { field: key, meant, env },
      });
      explained = true;
    }
  }

  const present = sources.filter((source) => hasKey(resource, valueFrom, valueFromPath, source));
  const stray = new Set<string>();
  for (const [field, parents] of Object.entries(sourceFields)) {
    if (!Object.prototype.hasOwnProperty.call(valueFrom, field)) continue;
    const parent = present.find((source) => parents.includes(source)) ?? parents.join(' or ');
    report({ path: [...valueFromPath, field], messageId: 'strayField', target: 'key', data: { field, parent, env } });
    stray.add(field);
    explained = true;
  }

  if (present.length === 0) {
    if (!explained) report({ path: valueFromPath, messageId: 'noSource', target: 'key', data: { env } });
    return;
  }
  for (const extra of present.slice(1)) {
    report({ path: [...valueFromPath, extra], messageId: 'multipleSources', target: 'key', data: { env, first: present[0]!, extra } });
  }

  for (const source of present) {
    const path = [...valueFromPath, source];
    const selector = objectAt(valueFrom, source);
    if (source === 'configMapKeyRef' || source === 'secretKeyRef') {
      checkKeySelector(report, selector, path, source, env, stray);
    } else if (source === 'fieldRef') {
      const fieldPath = selector.fieldPath;
      if (fieldPath === undefined || fieldPath === '') {
        if (!stray.has('fieldPath')) report({ path, messageId: 'missingFieldPath', target: 'key', data: { env } });
      } else if (typeof fieldPath === 'string' && !isEnvFieldPath(fieldPath)) {
        report({ path: [...path, 'fieldPath'], messageId: 'badFieldPath', data: { fieldPath } });
      }
    } else if (source === 'resourceFieldRef') {
      if ((selector.resource === undefined || selector.resource === '') && !stray.has('resource'))
        report({ path, messageId: 'missingResource', target: 'key', data: { env } });
    }
  }
}

function checkEnvFrom(resource: Resource, report: Report, entry: PlainObject, entryPath: JsonPath): void {
  const keyRefs = ['configMapKeyRef', 'secretKeyRef'].filter((key) => hasKey(resource, entry, entryPath, key));
  for (const key of keyRefs) {
    report({
      path: [...entryPath, key],
      messageId: 'keyRefInEnvFrom',
      target: 'key',
      data: { field: key, meant: key === 'configMapKeyRef' ? 'configMapRef' : 'secretRef' },
    });
  }
  const present = envFromSources.filter((source) => hasKey(resource, entry, entryPath, source));
  if (present.length === 0) {
    if (keyRefs.length === 0) report({ path: entryPath, messageId: 'envFromNoSource', target: 'key' });
    return;
  }
  for (const extra of present.slice(1))
    report({ path: [...entryPath, extra], messageId: 'envFromMultiple', target: 'key', data: { first: present[0]!, extra } });
  for (const source of present) {
    const name = objectAt(entry, source).name;
    if (name === undefined || name === '') report({ path: [...entryPath, source], messageId: 'envFromMissingName', target: 'key', data: { source } });
  }
}

export default defineRule({
  meta: {
    id: 'env-value-from',
    description: 'An env var takes value or valueFrom, not both; valueFrom names exactly one source, and configMapKeyRef/secretKeyRef carry name and key.',
    severity: 'error',
    kinds: Object.keys(podSpecPaths),
    messages: {
      valueAndValueFrom: 'The env var {{env}} sets both value and valueFrom; the API server rejects that.',
      outsideValueFrom: '{{field}} is written beside valueFrom in the env var {{env}}, not inside it; the API server rejects it.',
      envFromRefInEnv: '{{field}} in the env var {{env}} belongs to envFrom, which loads a whole {{kind}}; a single env var uses valueFrom.{{meant}}.',
      envFromRef: '{{field}} is how envFrom loads a whole ConfigMap or Secret; inside valueFrom, the env var {{env}} needs {{meant}} (with name and key).',
      wrongSource: '{{field}} is not a valueFrom source; did you mean {{meant}} (with name and key)?',
      strayField: '{{field}} is written directly in valueFrom of the env var {{env}}; it belongs inside {{parent}}, one level deeper.',
      noSource: 'valueFrom of the env var {{env}} names no source; it needs exactly one of configMapKeyRef, secretKeyRef, fieldRef or resourceFieldRef.',
      multipleSources: 'valueFrom of the env var {{env}} has both {{first}} and {{extra}}; it takes exactly one source.',
      missingName: '{{source}} of the env var {{env}} has no name: it must name the {{kind}} to read from.',
      missingKey: '{{source}} of the env var {{env}} has no key: it must name the key to read.',
      badName: '"{{name}}" is not a valid object name for {{source}}: names are lower-case letters, digits, "-" and ".".',
      badKey: '"{{key}}" is not a valid key for {{source}}: keys may only use letters, digits, "-", "_" and ".".',
      missingFieldPath: 'fieldRef of the env var {{env}} has no fieldPath.',
      badFieldPath: 'An env var cannot read the field "{{fieldPath}}".',
      missingResource: 'resourceFieldRef of the env var {{env}} has no resource.',
      keyRefInEnvFrom: "{{field}} reads a single key, which is env's valueFrom; envFrom loads a whole object with {{meant}}.",
      envFromNoSource: 'This envFrom entry names no source; it needs configMapRef or secretRef.',
      envFromMultiple: 'This envFrom entry has both {{first}} and {{extra}}; each entry takes exactly one.',
      envFromMissingName: '{{source}} in envFrom has no name: it must name the object to load.',
    },
    hints: {
      valueAndValueFrom: 'Keep one: remove value to read from the ConfigMap or Secret, or remove valueFrom to set the value here.',
      outsideValueFrom: 'Indent {{field}} (and its name and key) under valueFrom.',
      envFromRefInEnv: 'Write valueFrom:, then {{meant}}: with name and key under it; or move the entry to envFrom.',
      envFromRef: 'Replace {{field}} with {{meant}} and give it name (the object) and key (the entry to read).',
      wrongSource: 'Replace {{field}} with {{meant}} and give it name (the object) and key (the entry to read).',
      strayField: 'Indent {{field}} under {{parent}}.',
      noSource: 'For a ConfigMap entry write valueFrom: then configMapKeyRef: with name and key under it.',
      multipleSources: 'Split it into two env vars, or remove {{extra}}.',
      missingName: 'Add name: under {{source}}, naming the object.',
      missingKey: 'Add key: under {{source}}, naming the entry to read.',
      badName: "Use the object's metadata.name exactly, e.g. target-google.",
      badKey: "Use the key exactly as it is written in the object's data.",
      missingFieldPath: 'Add fieldPath, e.g. fieldPath: metadata.name.',
      badFieldPath:
        "Use metadata.name, metadata.namespace, metadata.uid, metadata.labels['KEY'], metadata.annotations['KEY'], spec.nodeName, spec.serviceAccountName, status.hostIP(s) or status.podIP(s).",
      missingResource: 'Add resource, e.g. resource: limits.memory.',
      keyRefInEnvFrom: 'Use {{meant}} with just a name here, or move this to env with valueFrom.{{field}}.',
      envFromNoSource: 'Add configMapRef: (or secretRef:) with the name of the object to load.',
      envFromMultiple: 'Split it into two envFrom entries.',
      envFromMissingName: 'Add name: under {{source}}.',
    },
    docs: {
      rationale:
        "An env var gets its value either directly (value) or from exactly one source (valueFrom): a key of a ConfigMap (configMapKeyRef) or Secret (secretKeyRef), a pod field (fieldRef) or a resource limit (resourceFieldRef). Each source needs its own fields, such as name and key, nested one level below it. A slip in indentation, or envFrom's configMapRef used inside valueFrom, makes the API server reject the pod.",
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ping-google\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: ping\n          image: alpine:3.8\n          env:\n            - name: TTW\n              valueFrom:\n                configMapRef:\n                  name: target-google\n                  key: ttw\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ping-google\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: ping\n          image: alpine:3.8\n          env:\n            - name: TTW\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: ttw\n',
    },
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path, container } of containersOf(pod)) {
      const env = container.env;
      if (Array.isArray(env)) {
        env.forEach((entry, index) => {
          if (!isObject(entry)) return;
          const entryPath = [...path, 'env', index];
          const name = typeof entry.name === 'string' ? entry.name : `env[${index}]`;
          for (const source of sources) {
            if (hasKey(resource, entry, entryPath, source))
              report({ path: [...entryPath, source], messageId: 'outsideValueFrom', target: 'key', data: { field: source, env: name } });
          }
          for (const source of envFromSources) {
            if (hasKey(resource, entry, entryPath, source)) {
              report({
                path: [...entryPath, source],
                messageId: 'envFromRefInEnv',
                target: 'key',
                data: { field: source, env: name, meant: meantSource[source]!, kind: source === 'configMapRef' ? 'ConfigMap' : 'Secret' },
              });
            }
          }
          const value = entry.value;
          const hasValue = value !== undefined && value !== '';
          if (hasValue && isObject(entry.valueFrom))
            report({ path: [...entryPath, 'value'], messageId: 'valueAndValueFrom', target: 'key', data: { env: name } });
          checkValueFrom(resource, report, entry, entryPath, name);
        });
      }
      const envFrom = container.envFrom;
      if (Array.isArray(envFrom)) {
        envFrom.forEach((entry, index) => {
          if (isObject(entry)) checkEnvFrom(resource, report, entry, [...path, 'envFrom', index]);
        });
      }
    }
  },
});
