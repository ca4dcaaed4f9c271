import { defineRule } from '../src/lint/rule.js';
import { isObject } from '../src/k8s/pod-spec.js';
import { describeLabels, labelsOf } from '../src/k8s/label-selector.js';
import { podTemplateOf } from '../src/k8s/pod-templates.js';
import { fileAndLine } from '../src/lint/rule.js';

export default defineRule({
  uses: {
    own: [
      ['spec', 'serviceName'],
      ['$pod', '{}'],
      ['$template', 'metadata', 'labels'],
    ],
    others: {
      Service: [
        ['spec', 'clusterIP'],
        ['spec', 'selector'],
      ],
    },
  },
  meta: {
    id: 'statefulset-service',
    description: "A StatefulSet's serviceName names a headless Service (clusterIP: None) that selects its pods.",
    severity: 'warning',
    kinds: ['StatefulSet'],
    messages: {
      namespaceApart:
        'Service {{service}} ({{where}}) is in namespace {{target}}; this StatefulSet runs in {{namespace}}, and a governing Service must be in the same namespace, so its pods get no DNS names.',
      namespaceDepends: '{{which}} names no namespace: Service {{service}} ({{where}}) governs this StatefulSet only if both are applied in {{named}}.',
      notHeadless:
        'Service {{service}} ({{where}}) governs this StatefulSet but is not headless (it has no clusterIP: None), so the pods get no stable DNS names such as {{pod}}.{{service}}.',
      missing:
        'serviceName {{service}} names a Service that is not among your files; it must exist, headless (clusterIP: None), for the pods to get stable network identities such as {{pod}}.{{service}}.',
      notSelecting:
        "The headless Service {{service}} ({{where}}) does not select this StatefulSet's pods (its selector is {{selector}}, the pods have {{labels}}), so they get no DNS names.",
      noServiceName: 'This StatefulSet sets no serviceName, so its pods get no stable DNS names; that is fine only if nothing needs to reach a particular pod.',
    },
    hints: {
      namespaceApart: 'Put Service {{service}} in namespace {{namespace}} (metadata.namespace), beside the StatefulSet.',
      namespaceDepends: 'Give both the same metadata.namespace ({{named}}), or apply them with kubectl apply -n {{named}}.',
      notHeadless:
        'Add clusterIP: None to the spec of Service {{service}}; if other pods need a load-balanced address, keep a second, normal Service for that.',
      missing: 'Add a Service named {{service}} with clusterIP: None and a selector matching the pod template labels.',
      notSelecting: 'Give Service {{service}} a selector made of the pod template labels ({{labels}}).',
      noServiceName: 'Add serviceName: naming a headless Service (clusterIP: None) that selects these pods.',
    },
    docs: {
      rationale:
        "A StatefulSet gives each pod a stable identity: data-pipeline-0, data-pipeline-1, ... The network half of that identity comes from the governing Service named in serviceName, which must be headless (clusterIP: None) and select the pods; DNS then has a record for every pod, such as data-pipeline-0.ss-db. With a normal Service, or none, the StatefulSet still runs, but the pods cannot be reached by their stable names. The workshop's own ss-db Service is not headless.",
      incorrect:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: ss-db\nspec:\n  selector:\n    app: data-pipeline\n  ports:\n    - port: 5432\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4\n',
      correct:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: ss-db\nspec:\n  clusterIP: None\n  selector:\n    app: data-pipeline\n  ports:\n    - port: 5432\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: data-pipeline\nspec:\n  serviceName: ss-db\n  selector:\n    matchLabels:\n      app: data-pipeline\n  template:\n    metadata:\n      labels:\n        app: data-pipeline\n    spec:\n      containers:\n        - name: db\n          image: postgres:9.4\n',
    },
  },
  check({ resource, value, index, report }) {
    const spec = value.spec;
    if (!isObject(spec)) return;
    const serviceName = spec.serviceName;
    if (serviceName === undefined || serviceName === '') {
      report({ path: ['spec'], target: 'key', messageId: 'noServiceName', severity: 'info' });
      return;
    }
    if (typeof serviceName !== 'string') return;
    const path = ['spec', 'serviceName'];
    const pod = `${resource.name ?? 'statefulset'}-0`;
    const found = index.lookup('Service', serviceName, resource.namespace);
    const service = found.resource;
    const other = found.elsewhere[0];
    if (!service && other && other.namespace !== null && resource.namespace !== null) {
      report({
        path,
        messageId: 'namespaceApart',
        severity: 'error',
        data: { service: serviceName, where: fileAndLine(other), target: other.namespace, namespace: resource.namespace },
      });
      return;
    }
    if (service && found.meeting?.status === 'depends') {
      const which = found.meeting.side === 'to' ? 'This StatefulSet' : `Service ${serviceName}`;
      report({ path, messageId: 'namespaceDepends', data: { which, service: serviceName, where: fileAndLine(service), named: found.meeting.named } });
    }
    if (!service) {
      report({ path, messageId: 'missing', data: { service: serviceName, pod } });
      return;
    }
    const where = fileAndLine(service);
    const serviceSpec = isObject(service.value.spec) ? service.value.spec : {};
    if (serviceSpec.clusterIP !== 'None') {
      report({ path, messageId: 'notHeadless', data: { service: serviceName, where, pod } });
      return;
    }
    const template = podTemplateOf(resource);
    const selector = labelsOf(serviceSpec.selector);
    const required = Object.entries(selector);
    // Without a selector the endpoints are managed by hand; nothing to compare.
    if (!template || required.length === 0) return;
    if (required.every(([key, label]) => template.labels[key] === label)) return;
    report({
      path,
      messageId: 'notSelecting',
      data: { service: serviceName, where, selector: describeLabels(selector), labels: describeLabels(template.labels) },
    });
  },
});
