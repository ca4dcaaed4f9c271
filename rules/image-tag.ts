import { defineRule } from '../src/lint/rule.js';
import { containersOf, podSpecOf, podSpecPaths } from '../src/k8s/pod-spec.js';
import { hasPlaceholder } from '../src/k8s/placeholders.js';

/** The tag of an image reference, or undefined; a registry port (localhost:5000/app) is not a tag. */
function tagOf(image: string): string | undefined {
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.indexOf(':');
  return colon === -1 ? undefined : lastPart.slice(colon + 1);
}

export default defineRule({
  meta: {
    id: 'image-tag',
    description: 'A container image names a version tag (or a digest), not :latest or nothing.',
    severity: 'warning',
    kinds: Object.keys(podSpecPaths),
    messages: {
      noTag: 'The image "{{image}}" has no tag, so Kubernetes pulls :latest, which changes over time: the pod may run a different version tomorrow.',
      latest: 'The image "{{image}}" uses the :latest tag, which changes over time: the pod may run a different version tomorrow.',
    },
    hints: {
      noTag: 'Pin a version, e.g. {{name}}:<version>, or a digest ({{name}}@sha256:...).',
      latest: 'Pin a version, e.g. {{name}}:<version>, or a digest ({{name}}@sha256:...).',
    },
    docs: {
      rationale:
        'An image without a tag means :latest, and :latest moves whenever a new version is pushed. Pods started on different days, or restarted on another node, can then run different software, and Kubernetes pulls the image on every start (imagePullPolicy defaults to Always for :latest). A version tag such as alpine:3.8, or a digest, makes every pod run the same thing.',
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine\n          command: ["traceroute", "google.com"]\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n',
    },
  },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path, container } of containersOf(pod)) {
      const image = container.image;
      // A digest pins the image whatever the tag says.
      if (typeof image !== 'string' || image.trim() === '' || image.includes('@')) continue;
      // An unrendered placeholder (unrendered-template) is whatever the template renders.
      if (hasPlaceholder(image)) continue;
      const tag = tagOf(image);
      if (tag !== undefined && tag !== 'latest') continue;
      const name = tag === undefined ? image : image.slice(0, image.length - tag.length - 1);
      report({ path: [...path, 'image'], messageId: tag === undefined ? 'noTag' : 'latest', data: { image, name } });
    }
  },
});
