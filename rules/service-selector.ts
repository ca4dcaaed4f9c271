import { defineRule, type ResourceIndex } from '../src/lint/rule.js';
import { isObject } from '../src/k8s/pod-spec.js';
import { describeLabels, labelsOf } from '../src/k8s/label-selector.js';
import {
  meeting,
  controllerAddsLabel,
  podTemplateOrdinal,
  podTemplatesIn,
  podTemplatesLabelled,
  podTemplatesNear,
  sameNamespace,
  type PodTemplate,
} from '../src/k8s/pod-templates.js';

function carries(template: PodTemplate, key: string, value: string): boolean {
  return template.labels[key] === value || controllerAddsLabel(template, key, value);
}

function describeWorkload(template: PodTemplate): string {
  return `${template.resource.kind} ${template.resource.name ?? ''}`.trim();
}

/**
 * Of the templates in reach of `namespace`, the one that carries most of the entries (at least
 * one), the first in index order of those that carry as many. Counted from the label index, so a
 * Service that matches nothing looks at the templates sharing a label with it, not at every one;
 * an entry a controller may add (job-name, pod-template-hash) can be on any, so then all are read.
 */
function closestTemplate(index: ResourceIndex, namespace: string | null, entries: [string, string][]): { template: PodTemplate; matching: number } | undefined {
  const near = (template: PodTemplate) => sameNamespace(template.resource.namespace, namespace);
  let closest: { template: PodTemplate; matching: number } | undefined;
  const labelled = entries.map(([key, label]) => podTemplatesLabelled(index, key, label));
  if (labelled.some((list) => list === undefined)) {
    for (const template of podTemplatesIn(index)) {
      if (!near(template)) continue;
      let matching = 0;
      for (let i = 0; i < entries.length; i++) if (carries(template, entries[i]![0], entries[i]![1])) matching++;
      if (matching > 0 && (!closest || matching > closest.matching)) closest = { template, matching };
    }
    return closest;
  }
  const counts = new Map<PodTemplate, number>();
  labelled.forEach((list, i) => {
    const [key, label] = entries[i]!;
    // The label index joins key and value with a NUL, so a key holding one could share a list: the label is compared, and a template counted once.
    list!.forEach((template, j) => {
      if (near(template) && template.labels[key] === label && list![j - 1] !== template) counts.set(template, (counts.get(template) ?? 0) + 1);
    });
  });
  for (const [template, matching] of counts) {
    if (
      !closest ||
      matching > closest.matching ||
      (matching === closest.matching && podTemplateOrdinal(index, template) < podTemplateOrdinal(index, closest.template))
    )
      closest = { template, matching };
  }
  return closest;
}

export default defineRule({
  // A Service is compared with the pod templates; one without a selector reports nothing either way.
  readsIndexFirst: true,
  uses: {
    own: [
      ['spec', 'type'],
      ['spec', 'selector'],
    ],
    // Every pod template: where it is and its labels (src/k8s/pod-templates.ts).
    others: {
      '*': [
        ['$pod', '{}'],
        ['$template', 'metadata', 'labels'],
      ],
    },
  },
  meta: {
    id: 'service-selector',
    description: 'A Service selector that selects none of the pod templates among your files in its namespace.',
    severity: 'warning',
    kinds: ['Service'],
    messages: {
      noMatch:
        'This Service selects pods labelled {{selector}}, but no pod template among your files in its namespace has these labels, so the Service has no endpoints and connections to it fail.',
      labelMissing:
        "No pod template among your files matches this Service's selector ({{selector}}): the closest, {{workload}}, has no label {{key}}. The Service gets no endpoints and connections to it fail.",
      labelDiffers:
        "No pod template among your files matches this Service's selector ({{selector}}): the closest, {{workload}}, has {{key}}={{actual}}. The Service gets no endpoints and connections to it fail.",
      namespaceApart:
        'This Service is in namespace {{namespace}}, but the pods it selects ({{selector}}) are those of {{workload}}, in namespace {{target}}: a Service selects pods of its own namespace only, so it gets no endpoints and connections to it fail.',
      namespaceOfPods:
        'This Service names no namespace, and the pods it selects ({{selector}}) are those of {{workload}}, in namespace {{named}}: it reaches them only if it is applied in {{named}} too.',
      namespaceOfService:
        'This Service is in namespace {{named}}, and {{workload}}, whose pods it selects ({{selector}}), names no namespace: it reaches them only if {{workload}} is applied in {{named}} too.',
    },
    hints: {
      noMatch: 'Use the labels written under the pod template (spec.template.metadata.labels) of the workload this Service is for.',
      labelMissing: 'Add {{key}}: {{value}} to the pod template labels of {{workload}}, or remove {{key}} from the selector.',
      labelDiffers: 'Make the values identical: {{key}}: {{actual}} here, or {{key}}: {{value}} in the pod template of {{workload}}.',
      namespaceApart: 'Put the Service and {{workload}} in the same metadata.namespace.',
      namespaceOfPods: 'Give this Service metadata.namespace: {{named}} as well, or apply it with kubectl apply -n {{named}}.',
      namespaceOfService: 'Give {{workload}} metadata.namespace: {{named}} as well, or apply it with kubectl apply -n {{named}}.',
    },
    docs: {
      rationale:
        'A Service sends traffic to the pods whose labels match every entry of its selector. The labels that count are the pod template labels (spec.template.metadata.labels), not the labels of the Deployment or StatefulSet itself. When no pod matches, the API server accepts the Service, but it has no endpoints and every connection fails. A Service selects pods of its own namespace only: when both it and the workload name a namespace and they differ, it never reaches those pods; when only one of them names a namespace, it reaches them only if the other is applied there too (kubectl apply puts a resource without a namespace in the current one). The rule only looks at pod templates among your files; when your files hold no pod templates at all, the pods are assumed to live elsewhere.',
      incorrect:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: voter-svc\nspec:\n  selector:\n    app: voter\n    version: v2\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: voter\nspec:\n  selector:\n    matchLabels:\n      app: voter\n  template:\n    metadata:\n      labels:\n        app: voter\n        version: v1\n    spec:\n      containers:\n        - name: vote\n          image: dockersamples/examplevotingapp_vote:after\n',
      correct:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: voter-svc\nspec:\n  selector:\n    app: voter\n    version: v1\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: voter\nspec:\n  selector:\n    matchLabels:\n      app: voter\n  template:\n    metadata:\n      labels:\n        app: voter\n        version: v1\n    spec:\n      containers:\n        - name: vote\n          image: dockersamples/examplevotingapp_vote:after\n',
    },
  },
  check({ resource, value, index, report }) {
    const spec = value.spec;
    // No selector: ExternalName or manually managed endpoints.
    if (!isObject(spec) || spec.type === 'ExternalName' || !isObject(spec.selector)) return;
    const selector = labelsOf(spec.selector);
    const entries = Object.entries(selector);
    if (entries.length === 0) return;
    const description = describeLabels(selector);
    const selects = (template: PodTemplate) => entries.every(([key, label]) => carries(template, key, label));
    // Only templates carrying the first label can match: a lookup, not a scan of every template.
    const selected = (podTemplatesLabelled(index, entries[0]![0], entries[0]![1]) ?? podTemplatesIn(index))
      .filter(selects)
      .map((template) => ({ template, meeting: meeting(resource.namespace, template.resource.namespace) }));
    if (selected.some(({ meeting }) => meeting.status === 'same')) return;
    // Pods with these labels, in a namespace this Service may not share: never an error (kubectl apply -n decides where a namespace-less one lands).
    const nearest = selected.find(({ meeting }) => meeting.status === 'depends') ?? selected[0];
    if (nearest) {
      const workload = describeWorkload(nearest.template);
      const at = { path: ['spec', 'selector'], target: 'key' as const };
      const { meeting: met } = nearest;
      if (met.status === 'apart')
        report({ ...at, messageId: 'namespaceApart', data: { selector: description, workload, namespace: met.from, target: met.to } });
      else if (met.status === 'depends')
        report({ ...at, messageId: met.side === 'to' ? 'namespaceOfPods' : 'namespaceOfService', data: { selector: description, workload, named: met.named } });
      return;
    }
    // The pods this Service is for are not among the files.
    if (podTemplatesNear(index, resource.namespace) === 0) return;
    const closest = closestTemplate(index, resource.namespace, entries);
    if (!closest) {
      report({ path: ['spec', 'selector'], target: 'key', messageId: 'noMatch', data: { selector: description } });
      return;
    }
    const { template } = closest;
    const workload = describeWorkload(template);
    const [key, label] = entries.find(([entryKey, entryLabel]) => !carries(template, entryKey, entryLabel))!;
    const actual = template.labels[key];
    if (actual === undefined) {
      report({ path: ['spec', 'selector', key], target: 'key', messageId: 'labelMissing', data: { selector: description, workload, key, value: label } });
    } else {
      report({ path: ['spec', 'selector', key], messageId: 'labelDiffers', data: { selector: description, workload, key, value: label, actual } });
    }
  },
});
