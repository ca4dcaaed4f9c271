import { defineRule } from '../src/lint/rule.js';
import { isObject } from '../src/k8s/pod-spec.js';
import { describeLabels, describeRequirement, satisfies, selectorRequirements, type SelectorRequirement } from '../src/k8s/label-selector.js';
import { podTemplateOf } from '../src/k8s/pod-templates.js';

/**
 * Without manualSelector the API server adds controller-uid to a Job's selector and then requires it
 * to match only the labels it generates (job-name and controller-uid, whose value nobody knows in advance).
 */
function selectsGeneratedLabels(requirements: SelectorRequirement[], jobName: string): boolean {
  const generated = { 'job-name': jobName, 'batch.kubernetes.io/job-name': jobName };
  return requirements.every(
    (requirement) =>
      satisfies(generated, requirement) ||
      (requirement.type === 'expression' &&
        requirement.operator === 'Exists' &&
        ['controller-uid', 'batch.kubernetes.io/controller-uid'].includes(requirement.key)),
  );
}

export default defineRule({
  meta: {
    id: 'selector-labels',
    description: "A workload's selector must match its pod template labels (StatefulSet, Deployment, ReplicaSet, DaemonSet, Job with manualSelector).",
    severity: 'error',
    kinds: ['StatefulSet', 'Deployment', 'ReplicaSet', 'DaemonSet', 'Job'],
    messages: {
      labelMissing:
        'The selector requires the label {{key}}={{value}}, but the pod template has no label {{key}} (its labels: {{labels}}); the API server rejects this: "selector does not match template labels".',
      labelDiffers:
        'The selector requires {{key}}={{value}}, but the pod template sets {{key}}={{actual}}; the API server rejects this: "selector does not match template labels".',
      expressionFails:
        'The selector expression "{{expression}}" does not match the pod template labels ({{labels}}); the API server rejects this: "selector does not match template labels".',
      empty: 'An empty selector would select every pod in the namespace; the API server rejects it for a {{kind}}.',
      jobSelectorNotManual:
        'A Job generates its own selector (controller-uid), so the API server rejects a spec.selector that asks for other labels unless manualSelector is true ("selector not auto-generated").',
    },
    hints: {
      labelMissing: 'Add {{key}}: {{value}} under {{labelsPath}}, or remove it from the selector.',
      labelDiffers: 'Make the two values identical: either {{key}}: {{value}} in the template, or {{key}}: {{actual}} in the selector.',
      expressionFails: 'Change the expression or the labels under {{labelsPath}} so that the pods it creates are selected.',
      empty: 'Select the pod template labels, e.g. matchLabels: { app: my-app } with the same label under {{labelsPath}}.',
      jobSelectorNotManual:
        'Remove spec.selector and let Kubernetes generate it (recommended), or set manualSelector: true and make it match the template labels.',
    },
    docs: {
      rationale:
        'A controller finds the pods it owns through its selector, so the selector must match the labels of the pods it creates from its template. The API server refuses a StatefulSet, Deployment, ReplicaSet or DaemonSet whose selector does not match the template labels ("selector does not match template labels"), and an empty selector. A Job builds its own selector unless you set manualSelector: true.',
      incorrect:
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4\n',
      correct:
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4\n',
    },
  },
  check({ resource, value, report }) {
    const spec = value.spec;
    if (!isObject(spec)) return;
    const selector = spec.selector;
    if (resource.kind === 'Job' && spec.manualSelector !== true) {
      if (isObject(selector) && !selectsGeneratedLabels(selectorRequirements(selector, ['spec', 'selector']), resource.name ?? '')) {
        report({ path: ['spec', 'selector'], messageId: 'jobSelectorNotManual', target: 'key' });
      }
      return;
    }
    // A missing selector is the schema's to report (and older API versions default it from the labels).
    if (!isObject(selector)) return;
    const template = podTemplateOf(resource);
    if (!template) return;
    const labelsPath = template.labelsPath.join('.');
    const requirements = selectorRequirements(selector, ['spec', 'selector']);
    if (requirements.length === 0) {
      if (resource.kind !== 'Job')
        report({ path: ['spec', 'selector'], messageId: 'empty', target: 'key', data: { kind: resource.kind ?? 'workload', labelsPath } });
      return;
    }
    const labels = describeLabels(template.labels);
    for (const requirement of requirements) {
      if (satisfies(template.labels, requirement)) continue;
      if (requirement.type === 'expression') {
        report({
          path: [...requirement.path, 'key'],
          messageId: 'expressionFails',
          data: { expression: describeRequirement(requirement), labels, labelsPath },
        });
      } else if (Object.prototype.hasOwnProperty.call(template.labels, requirement.key)) {
        report({
          path: requirement.path,
          messageId: 'labelDiffers',
          data: { key: requirement.key, value: requirement.value, actual: template.labels[requirement.key]!, labelsPath },
        });
      } else {
        report({
          path: requirement.path,
          target: 'key',
          messageId: 'labelMissing',
          data: { key: requirement.key, value: requirement.value, labels, labelsPath },
        });
      }
    }
  },
});
