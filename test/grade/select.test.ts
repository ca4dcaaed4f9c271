import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { parsePath, PathSyntaxError, podSpecPathOf, selectPath } from '../../src/grade/select.js';
import type { Resource } from '../../src/types.js';

function resourceOf(yaml: string): Resource {
  const [resource] = checkText('test.yaml', yaml).resources;
  if (!resource) throw new Error('no resource');
  return resource;
}

const job = resourceOf(`apiVersion: batch/v1
kind: Job
metadata:
  name: volume-mount-explorer
spec:
  template:
    spec:
      containers:
        - name: explorer
          image: alpine:3.8
          volumeMounts:
            - name: not-secret-config
              mountPath: /etc/not-secret
        - name: sidecar
          image: busybox
      volumes:
        - name: not-secret-config
          configMap:
            name: not-secret-config
`);

describe('parsePath', () => {
  it.each([
    [
      'spec.template.spec.containers[*].image',
      [
        { type: 'key', key: 'spec' },
        { type: 'key', key: 'template' },
        { type: 'key', key: 'spec' },
        { type: 'key', key: 'containers' },
        { type: 'wildcard' },
        { type: 'key', key: 'image' },
      ],
    ],
    ['$pod.containers[0]', [{ type: 'pod' }, { type: 'key', key: 'containers' }, { type: 'index', index: 0 }]],
    [
      'data["max-hops"]',
      [
        { type: 'key', key: 'data' },
        { type: 'key', key: 'max-hops' },
      ],
    ],
    [
      "data['a.b']",
      [
        { type: 'key', key: 'data' },
        { type: 'key', key: 'a.b' },
      ],
    ],
    [
      'data.max-hops',
      [
        { type: 'key', key: 'data' },
        { type: 'key', key: 'max-hops' },
      ],
    ],
    [
      '$pod.volumes[configMap.name=not-secret-config].name',
      [
        { type: 'pod' },
        { type: 'key', key: 'volumes' },
        { type: 'filter', field: ['configMap', 'name'], value: 'not-secret-config' },
        { type: 'key', key: 'name' },
      ],
    ],
    [
      'spec.ports[port="80"]',
      [
        { type: 'key', key: 'spec' },
        { type: 'key', key: 'ports' },
        { type: 'filter', field: ['port'], value: '80' },
      ],
    ],
  ])('%s', (text, segments) => {
    expect(parsePath(text)).toEqual(segments);
  });

  it.each([
    ['spec..name', 5],
    ['spec.containers[*.image', 15],
    ['spec.', 4],
    ['$podx', 4],
    ['spec[foo bar]', 5],
    ['', 0],
  ])('rejects %j at offset %i', (text, offset) => {
    try {
      parsePath(text);
      expect.unreachable(`${text} should not parse`);
    } catch (error) {
      expect(error).toBeInstanceOf(PathSyntaxError);
      expect((error as PathSyntaxError).offset).toBe(offset);
    }
  });
});

describe('selectPath', () => {
  it('selects every list item with [*], and records a miss where a branch ends', () => {
    const { matches, misses } = selectPath(job, parsePath('$pod.containers[*].volumeMounts[*].mountPath'));
    expect(matches.map((m) => [m.path.join('.'), m.value])).toEqual([['spec.template.spec.containers.0.volumeMounts.0.mountPath', '/etc/not-secret']]);
    expect(misses.map((m) => [m.parent.join('.'), m.segment])).toEqual([['spec.template.spec.containers.1', { type: 'key', key: 'volumeMounts' }]]);
  });

  it('filters list items by a dotted field', () => {
    const { matches } = selectPath(job, parsePath('$pod.volumes[configMap.name=not-secret-config].name'));
    expect(matches.map((m) => m.value)).toEqual(['not-secret-config']);
  });

  it('a filter that selects nothing is one miss at the list', () => {
    const { matches, misses } = selectPath(job, parsePath('$pod.containers[name=db].image'));
    expect(matches).toEqual([]);
    expect(misses.map((m) => m.parent.join('.'))).toEqual(['spec.template.spec.containers']);
  });

  it('finds the pod spec of a CronJob nested one level off, so its containers are still graded', () => {
    const cronjob = resourceOf(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: login-heartbeat
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        containers:
          - name: heartbeat
            image: alpine:3.8
`);
    expect(podSpecPathOf(cronjob)).toEqual(['spec', 'jobTemplate', 'spec', 'template']);
    expect(selectPath(cronjob, parsePath('$pod.containers[*].image')).matches.map((m) => m.value)).toEqual(['alpine:3.8']);
  });

  it('uses the canonical pod spec when it is there', () => {
    expect(podSpecPathOf(job)).toEqual(['spec', 'template', 'spec']);
  });
});
