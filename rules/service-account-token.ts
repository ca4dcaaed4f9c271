import { defineRule } from '../src/lint/rule.js';
import { containersOf, formatPath, podSpecOf } from '../src/k8s/pod-spec.js';
import type { PlainObject } from '../src/types.js';

const tokenDirectory = /\/run\/secrets\/kubernetes\.io\/serviceaccount/;

/** A container whose command reads the token directory uses the token on purpose (exercise 6 does). */
function readsToken(container: PlainObject): boolean {
  return ['command', 'args'].some((field) => {
    const words = container[field];
    return Array.isArray(words) && words.some((word) => typeof word === 'string' && tokenDirectory.test(word));
  });
}

export default defineRule({
  uses: {
    own: [
      ['$pod', 'automountServiceAccountToken'],
      ['$pod', 'serviceAccountName'],
      ['$pod', 'serviceAccount'],
      ['$containers', 'command'],
      ['$containers', 'args'],
    ],
    others: { ServiceAccount: [['automountServiceAccountToken']] },
  },
  meta: {
    id: 'service-account-token',
    description: 'A pod gets its ServiceAccount token mounted unless automountServiceAccountToken is false (on the pod or its ServiceAccount).',
    severity: 'info',
    kinds: ['Pod', 'PodTemplate', 'Job', 'CronJob', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
    messages: {
      mounted:
        'Every pod of this {{kind}} gets a token for the ServiceAccount "{{account}}" at /var/run/secrets/kubernetes.io/serviceaccount/token: anything running in it can call the Kubernetes API with that identity.',
    },
    hints: {
      mounted:
        'If the pod never talks to the Kubernetes API, add automountServiceAccountToken: false under {{where}} (or on the ServiceAccount "{{account}}").',
    },
    docs: {
      rationale:
        "Every pod runs as a ServiceAccount (the namespace's \"default\" one unless serviceAccountName says otherwise), and by default its token is mounted into every container. Any process in the pod, or anyone who can exec into it or read its files, can use the token against the API server with the account's permissions. Most application pods never call the API, so turning the mount off removes a credential they do not need. This is the lesson of the workshop's exercise 6. A pod that sets automountServiceAccountToken: true, or whose command reads the token directory, has made the choice explicitly and is not reported.",
      incorrect:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: peek\nspec:\n  restartPolicy: Never\n  containers:\n    - name: peek\n      image: alpine:3.8\n',
      correct:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: peek\nspec:\n  restartPolicy: Never\n  automountServiceAccountToken: false\n  containers:\n    - name: peek\n      image: alpine:3.8\n',
    },
  },
  check({ resource, index, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    // An explicit value on the pod wins over the ServiceAccount's; true is a deliberate choice.
    if (typeof pod.spec.automountServiceAccountToken === 'boolean') return;
    const accountField = pod.spec.serviceAccountName ?? pod.spec.serviceAccount;
    const account = typeof accountField === 'string' && accountField !== '' ? accountField : 'default';
    const serviceAccount = index.find('ServiceAccount', account, resource.namespace);
    if (serviceAccount?.value.automountServiceAccountToken === false) return;
    if (containersOf(pod).some(({ container }) => readsToken(container))) return;
    report({ path: pod.path, target: 'key', messageId: 'mounted', data: { kind: resource.kind ?? 'workload', account, where: formatPath(pod.path) } });
  },
});
