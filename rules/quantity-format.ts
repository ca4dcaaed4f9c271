import { defineRule } from '../src/lint/rule.js';
import { containersOf, get, isObject, podSpecOf, podSpecPaths } from '../src/k8s/pod-spec.js';
import type { JsonPath, PlainObject, PlainValue } from '../src/types.js';
import { hasPlaceholder } from '../src/k8s/placeholders.js';

/** resource.Quantity's syntax: a signed decimal number, then a binary or decimal SI suffix or an exponent. */
const quantityPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

const binarySuffixes = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const unitNames: Readonly<Record<string, [string, string]>> = {
  K: ['kibibytes', 'kilobytes'],
  M: ['mebibytes', 'megabytes'],
  G: ['gibibytes', 'gigabytes'],
  T: ['tebibytes', 'terabytes'],
  P: ['pebibytes', 'petabytes'],
  E: ['exbibytes', 'exabytes'],
};

/** The quantity someone probably meant, for the usual slips (1GB, 1gi, 512 Mi, 1K, 100B). */
function suggestionFor(text: string): string | undefined {
  const trimmed = text.replace(/\s+/g, '');
  if (trimmed !== text && quantityPattern.test(trimmed)) return trimmed;
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([a-zA-Z]+)$/.exec(trimmed);
  if (!match) return undefined;
  const [, number, unit] = match as unknown as [string, string, string];
  // 1gi, 1GI, 1GiB: a binary suffix in the wrong case or with a trailing B.
  const binary = binarySuffixes.find((suffix) => suffix.toLowerCase() === unit.toLowerCase() || `${suffix}b`.toLowerCase() === unit.toLowerCase());
  if (binary) return `${number}${binary}`;
  // 1GB, 1gb, 1K, 1kb: binary or decimal, we cannot tell which was meant.
  const letter = /^([kKmMgGtTpPeE])[bB]?$/.exec(unit)?.[1]?.toUpperCase();
  const names = letter ? unitNames[letter] : undefined;
  if (letter && names) {
    const decimal = letter === 'K' ? 'k' : letter;
    return `${number}${letter === 'K' ? 'Ki' : `${letter}i`} (${names[0]}) or ${number}${decimal} (${names[1]})`;
  }
  if (/^b(ytes?)?$/i.test(unit)) return `${number} (a plain number of bytes)`;
  return undefined;
}

interface QuantityAt {
  path: JsonPath;
  value: PlainValue;
}

/** Every value of a map of quantities, e.g. requests: {cpu, memory}. */
function quantitiesIn(object: PlainValue | undefined, path: JsonPath): QuantityAt[] {
  if (!isObject(object)) return [];
  return Object.entries(object).map(([name, value]) => ({ path: [...path, name], value }));
}

/** requests and limits of a ResourceRequirements-like object. */
function requirements(object: PlainValue | undefined, path: JsonPath): QuantityAt[] {
  if (!isObject(object)) return [];
  return ['requests', 'limits'].flatMap((section) => quantitiesIn(object[section], [...path, section]));
}

function claimSpecQuantities(spec: PlainValue | undefined, path: JsonPath): QuantityAt[] {
  return isObject(spec) ? requirements(spec.resources, [...path, 'resources']) : [];
}

function listOf(value: PlainValue | undefined): PlainValue[] {
  return Array.isArray(value) ? value : [];
}

/** Where each kind keeps quantities: containers, volumes, claims, quotas and limit ranges. */
function quantitiesOf(kind: string | null, value: PlainObject, pod: ReturnType<typeof podSpecOf>): QuantityAt[] {
  const found: QuantityAt[] = [];
  if (pod) {
    for (const { path, container } of containersOf(pod)) found.push(...requirements(container.resources, [...path, 'resources']));
    found.push(...requirements(pod.spec.resources, [...pod.path, 'resources']));
    found.push(...quantitiesIn(pod.spec.overhead, [...pod.path, 'overhead']));
    listOf(pod.spec.volumes).forEach((volume, index) => {
      if (!isObject(volume)) return;
      const path = [...pod.path, 'volumes', index];
      if (isObject(volume.emptyDir) && volume.emptyDir.sizeLimit !== undefined)
        found.push({ path: [...path, 'emptyDir', 'sizeLimit'], value: volume.emptyDir.sizeLimit });
      found.push(...claimSpecQuantities(get(volume, ['ephemeral', 'volumeClaimTemplate', 'spec']), [...path, 'ephemeral', 'volumeClaimTemplate', 'spec']));
    });
  }
  if (kind === 'StatefulSet') {
    listOf(get(value, ['spec', 'volumeClaimTemplates'])).forEach((template, index) => {
      if (isObject(template)) found.push(...claimSpecQuantities(template.spec, ['spec', 'volumeClaimTemplates', index, 'spec']));
    });
  }
  if (kind === 'PersistentVolumeClaim') found.push(...claimSpecQuantities(value.spec, ['spec']));
  if (kind === 'PersistentVolume') found.push(...quantitiesIn(get(value, ['spec', 'capacity']), ['spec', 'capacity']));
  if (kind === 'ResourceQuota') found.push(...quantitiesIn(get(value, ['spec', 'hard']), ['spec', 'hard']));
  if (kind === 'LimitRange') {
    listOf(get(value, ['spec', 'limits'])).forEach((limit, index) => {
      if (!isObject(limit)) return;
      for (const section of ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'])
        found.push(...quantitiesIn(limit[section], ['spec', 'limits', index, section]));
    });
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'quantity-format',
    description: 'Resource requests and limits, storage sizes and quotas are Kubernetes quantities such as 500m, 1Gi or 0.5 ("1GB" is not one).',
    severity: 'error',
    kinds: [...Object.keys(podSpecPaths), 'PersistentVolumeClaim', 'PersistentVolume', 'ResourceQuota', 'LimitRange'],
    messages: {
      invalid: '"{{value}}" is not a Kubernetes quantity, so the API server rejects {{field}}.',
      suggest: '"{{value}}" is not a Kubernetes quantity, so the API server rejects {{field}}.',
      negative: '{{field}} is {{value}}; a quantity here cannot be negative.',
      notQuantity: '{{field}} is a {{type}}; it must be a quantity such as 500m or 1Gi.',
    },
    hints: {
      invalid: 'Write a number with an optional suffix: Ki, Mi, Gi, Ti (powers of 1024), k, M, G, T (powers of 1000) or m (thousandths, e.g. cpu: 500m).',
      suggest: 'Did you mean {{suggestion}}?',
      negative: 'Use 0 or a positive quantity.',
      notQuantity: 'Write a number with an optional suffix, e.g. memory: 512Mi or cpu: 250m.',
    },
    docs: {
      rationale:
        'Kubernetes writes amounts of CPU, memory and storage as quantities: a number with an optional suffix. Memory and storage use Ki, Mi, Gi (powers of 1024) or k, M, G (powers of 1000); CPU uses cores (1, 0.5) or millicores (500m). Units from other tools, such as 1GB, 512mb or 1gi, are not quantities, and the API server rejects the whole object.',
      incorrect:
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4-alpine\n          resources:\n            limits:\n              memory: 1GB\n  volumeClaimTemplates:\n    - metadata:\n        name: pg-data\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: 1gi\n',
      correct:
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4-alpine\n          resources:\n            limits:\n              memory: 1Gi\n  volumeClaimTemplates:\n    - metadata:\n        name: pg-data\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: 1Gi\n',
    },
  },
  check({ resource, value, report }) {
    for (const quantity of quantitiesOf(resource.kind, value, podSpecOf(resource))) {
      const field = quantity.path.slice(-2).join('.');
      if (typeof quantity.value === 'number') {
        if (quantity.value < 0) report({ path: quantity.path, messageId: 'negative', data: { field, value: quantity.value } });
        continue;
      }
      if (typeof quantity.value !== 'string') {
        report({
          path: quantity.path,
          messageId: 'notQuantity',
          data: { field, type: Array.isArray(quantity.value) ? 'list' : isObject(quantity.value) ? 'map' : typeof quantity.value },
        });
        continue;
      }
      const text = quantity.value;
      if (hasPlaceholder(text)) continue;
      if (quantityPattern.test(text)) {
        if (text.startsWith('-') && !/^-0*\.?0*$/.test(text)) report({ path: quantity.path, messageId: 'negative', data: { field, value: text } });
        continue;
      }
      const suggestion = suggestionFor(text);
      if (suggestion) report({ path: quantity.path, messageId: 'suggest', data: { field, value: text, suggestion } });
      else report({ path: quantity.path, messageId: 'invalid', data: { field, value: text } });
    }
  },
});
