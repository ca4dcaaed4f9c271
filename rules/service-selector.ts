import { defineRule } from '../src/lint/rule.js';
import { isObject } from '../src/k8s/pod-spec.js';
import { describeLabels, labelsOf } from '../src/k8s/label-selector.js';
import { controllerAddsLabel, podTemplatesIn, podTemplatesLabelled, sameNamespace, type PodTemplate } from '../src/k8s/pod-templates.js';

function carries(template: PodTemplate, key: string, value: string): boolean {
  return template.labels[key] === value || controllerAddsLabel(template, key, value);
}

export default defineRule({
  uses: {
    own: [['spec', 'type'], ['spec', 'selector']],
    // Every pod template: where it is and its labels (src/k8s/pod-templates.ts).
    others: { '*': [['$pod', '{}'], ['$template', 'metadata', 'labels']] },
  },
  meta: {
    id: 'service-selector',
    description: 'A Service selector that selects none of the pod templates among your files.',
    severity: 'warning',
    kinds: ['Service'],
    messages: {
      noMatch:
        'This Service selects pods labelled {{selector}}, but no pod template among your files in its namespace has these labels, so the Service has no endpoints and connections to it fail.',
      labelMissing:
        "No pod template among your files matches this Service's selector ({{selector}}): the closest, {{workload}}, has no label {{key}}. The Service gets no endpoints and connections to it fail.",
      labelDiffers:
        "No pod template among your files matches this Service's selector ({{selector}}): the closest, {{workload}}, has {{key}}={{actual}}. The Service gets no endpoints and connections to it fail.",
    },
    hints: {
      noMatch: 'Use the labels written under the pod template (spec.template.metadata.labels) of the workload this Service is for.',
      labelMissing: 'Add {{key}}: {{value}} to the pod template labels of {{workload}}, or remove {{key}} from the selector.',
      labelDiffers: 'Make the values identical: {{key}}: {{actual}} here, or {{key}}: {{value}} in the pod template of {{workload}}.',
    },
    docs: {
      rationale:
        'A Service sends traffic to the pods whose labels match every entry of its selector. The labels that count are the pod template labels (spec.template.metadata.labels), not the labels of the Deployment or StatefulSet itself. When no pod matches, the API server accepts the Service, but it has no endpoints and every connection fails. The rule only looks at pod templates among your files; when your files hold no pod templates at all, the pods are assumed to live elsewhere.',
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
    const selects = (template: PodTemplate) =>
      sameNamespace(template.resource.namespace, resource.namespace) && entries.every(([key, label]) => carries(template, key, label));
    // Only templates carrying the first label can match: a lookup, not a scan of every template.
    if ((podTemplatesLabelled(index, entries[0]![0], entries[0]![1]) ?? podTemplatesIn(index)).some(selects)) return;
    const templates = podTemplatesIn(index).filter((template) => sameNamespace(template.resource.namespace, resource.namespace));
    // The pods this Service is for are not among the files.
    if (templates.length === 0) return;

    const description = describeLabels(selector);
    let closest: { template: PodTemplate; matching: number } | undefined;
    for (const template of templates) {
      const matching = entries.filter(([key, label]) => carries(template, key, label)).length;
      if (matching > 0 && (!closest || matching > closest.matching)) closest = { template, matching };
    }
    if (!closest) {
      report({ path: ['spec', 'selector'], target: 'key', messageId: 'noMatch', data: { selector: description } });
      return;
    }
    const { template } = closest;
    const workload = `${template.resource.kind} ${template.resource.name ?? ''}`.trim();
    const [key, label] = entries.find(([entryKey, entryLabel]) => !carries(template, entryKey, entryLabel))!;
    const actual = template.labels[key];
    if (actual === undefined) {
      report({ path: ['spec', 'selector', key], target: 'key', messageId: 'labelMissing', data: { selector: description, workload, key, value: label } });
    } else {
      report({ path: ['spec', 'selector', key], messageId: 'labelDiffers', data: { selector: description, workload, key, value: label, actual } });
    }
  },
});
