import { defineRule } from '../src/lint/rule.js';
import { podSpecOf } from '../src/k8s/pod-spec.js';

const allowed = ['Never', 'OnFailure'];
const choices = allowed.map((value) => ({ title: `Change restartPolicy to ${value}`, replacement: value }));

export default defineRule({
  meta: {
    id: 'job-restart-policy',
    description: "A Job's or CronJob's pod template must set restartPolicy to Never or OnFailure.",
    severity: 'error',
    kinds: ['Job', 'CronJob'],
    messages: {
      missing: 'restartPolicy is not set in this pod template, so it defaults to Always, which the API server rejects for a {{kind}}.',
      always: "A {{kind}}'s pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.",
      invalid: 'restartPolicy "{{value}}" is not valid for a {{kind}}; use Never or OnFailure.',
    },
    hints: {
      missing: 'Add restartPolicy: Never (or OnFailure) under {{where}}, beside containers.',
      always: 'Change it to restartPolicy: Never (or OnFailure).',
      invalid: 'Change it to restartPolicy: Never (or OnFailure); the value is case-sensitive.',
    },
    docs: {
      rationale:
        'A Job runs its pods to completion, so their restart policy must let them stop: Never (a failed pod is replaced by a new one) or OnFailure (the container restarts in place). The pod default, Always, is rejected by the API server for Jobs and for the job template of a CronJob.',
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n',
    },
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    // Without a pod spec at the right place, cronjob-structure or the schema says what is wrong.
    if (!pod) return;
    const kind = resource.kind ?? 'Job';
    const policy = pod.spec.restartPolicy;
    if (policy === undefined) {
      report({ path: pod.path, messageId: 'missing', target: 'key', data: { kind, where: pod.path.join('.') } });
    } else if (policy === 'Always') {
      // Never and OnFailure both work, and differ (a new pod, or a restart in place): the author chooses.
      report({ path: [...pod.path, 'restartPolicy'], messageId: 'always', data: { kind }, suggestions: choices });
    } else if (typeof policy !== 'string' || !allowed.includes(policy)) {
      const meant = typeof policy === 'string' ? allowed.find((value) => value.toLowerCase() === policy.toLowerCase()) : undefined;
      report({
        path: [...pod.path, 'restartPolicy'],
        messageId: 'invalid',
        data: { kind, value: String(policy) },
        ...(meant ? { fix: { title: `Change restartPolicy to ${meant}`, replacement: meant } } : { suggestions: choices }),
      });
    }
  },
});
