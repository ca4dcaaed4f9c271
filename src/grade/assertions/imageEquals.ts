import { where, show, type NodeTest } from './support.js';
import { sameImage, normaliseImageRef } from '../../k8s/image-ref.js';
import { defineAssertion } from './types.js';

function imageEqualsTest(expected: string): NodeTest {
  return ({ path, value }) => {
    if (typeof value === 'string' && sameImage(value, expected)) return undefined;
    return { path, target: 'value', message: `${where(path)} is ${show(value)}, but the exercise asks for the image ${show(expected)}.` };
  };
}

export default defineAssertion({
  name: 'imageEquals',
  doc: {
    usage: '`imageEquals: IMAGE`',
    passes: 'names the same image as IMAGE the way the container runtime resolves it (`docker.io/library/alpine:3.8` is `alpine:3.8`)',
  },
  schema: {
    description: 'An image reference naming the same image as this one, as the container runtime resolves it (docker.io/library/alpine:3.8 is alpine:3.8).',
    type: 'string',
    minLength: 1,
  },
  compile(value, { at, problems }) {
    if (typeof value === 'string' && normaliseImageRef(value) === undefined) {
      problems.push({ path: at, target: 'value', message: `"${value}" is not an image reference a container runtime accepts` });
      return undefined;
    }
    return typeof value === 'string' ? { name: 'imageEquals', expected: value } : undefined;
  },
  test: (fn) => imageEqualsTest(fn.expected),
});
