import { describe, expect, it } from 'vitest';
import { normaliseImageRef, sameImage } from '../../src/k8s/image-ref.js';

describe('image references resolve as the container runtime resolves them', () => {
  it.each([
    ['alpine:3.8', 'docker.io/library/alpine:3.8'],
    ['library/alpine:3.8', 'docker.io/library/alpine:3.8'],
    ['docker.io/library/alpine:3.8', 'docker.io/library/alpine:3.8'],
    ['index.docker.io/library/alpine:3.8', 'docker.io/library/alpine:3.8'],
    ['docker.io/alpine:3.8', 'docker.io/library/alpine:3.8'],
    ['alpine', 'docker.io/library/alpine:latest'],
    ['dockersamples/examplevotingapp_worker', 'docker.io/dockersamples/examplevotingapp_worker:latest'],
    ['localhost:5000/alpine:3.8', 'localhost:5000/alpine:3.8'],
    ['quay.io/org/app@sha256:' + 'a'.repeat(64), 'quay.io/org/app@sha256:' + 'a'.repeat(64)],
  ])('%s is %s', (text, canonical) => {
    expect(normaliseImageRef(text)).toBe(canonical);
  });

  it.each([['Alpine:3.8'], ['alpine:'], [''], ['alpine 3.8'], ['alpine@sha256:xyz']])('%s is not a reference', (text) => {
    expect(normaliseImageRef(text)).toBeUndefined();
  });

  it.each([
    ['alpine:3.8', 'alpine:3.9', false],
    ['alpine:3.8', 'quay.io/library/alpine:3.8', false],
    ['alpine', 'alpine:latest', true],
    ['myorg/alpine:3.8', 'alpine:3.8', false],
  ])('%s and %s are the same image: %s', (a, b, same) => {
    expect(sameImage(a, b)).toBe(same);
  });
});
