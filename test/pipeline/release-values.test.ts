import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/gen-corpus.js';
import { lintFolder } from '../../src/pipeline/run.js';
import { checkSourceText } from '../../src/pipeline/file-check.js';
import { rules } from '../../src/pipeline/rule-set.js';
import { runOwnRules } from '../../src/lint/rule-stages.js';
import { releaseValues } from '../../src/lint/resource-uses.js';
import { newestKubeVersion } from '../../src/schema/versions.js';
import { ResourceIndex } from '../../src/resources/resource-index.js';
import type { Resource } from '../../src/types.js';
import { repoRoot, writeTree } from '../support/cli.js';

const corpus = writeTree({});
writeCorpus(corpus, generateCorpus(400, 11, 0.2));

const duplicates = writeTree({
  'app/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n  level: "1"\n',
  'app/b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: slow\n  level: "1"\n',
  'app/c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frozen\nimmutable: true\ndata:\n  mode: fast\n',
  'app/d.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frozen\nimmutable: true\ndata:\n  mode: slow\n',
  'app/e.yaml':
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  password: hunter2hunter2\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  password: other-secret-value\n',
});
// More files between the two copies than releaseValues keeps whole values of: the first copy is read again.
const farApart = writeTree({
  'app/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n',
  ...Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [
      `app/m${String(i).padStart(2, '0')}.yaml`,
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: filler-${i}\ndata:\n  n: "${i}"\n`,
    ]),
  ),
  'app/z.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: slow\n',
});
afterAll(() => {
  rmSync(corpus, { recursive: true, force: true });
  rmSync(duplicates, { recursive: true, force: true });
  rmSync(farApart, { recursive: true, force: true });
});

async function bothWays(input: string) {
  const lean = await lintFolder({ inputs: [input], jobs: 1, toolVersion: 'test' });
  const whole = await lintFolder({ inputs: [input], jobs: 1, toolVersion: 'test', releaseValues: false });
  return { lean: lean.report, whole: whole.report, released: lean.check.resources.filter((resource) => resource.releasedAt !== undefined).length };
}

describe('lint mode keeps only what the cross-resource stage reads, with the same findings', () => {
  it.each([
    ['the fixture answers', path.join(repoRoot, 'fixtures', 'answers')],
    ['the broken fixtures', path.join(repoRoot, 'fixtures', 'broken')],
    ['the rule fixtures', path.join(repoRoot, 'fixtures', 'rules')],
    ['a generated corpus, one resource in five with a mistake', corpus],
    ['duplicates across files (whole values kept)', duplicates],
    ['duplicates 40 files apart (the first read again)', farApart],
  ])('%s', async (_, input) => {
    const { lean, whole, released } = await bothWays(input);
    expect(released).toBeGreaterThan(0);
    expect(lean).toEqual(whole);
  });

  it('compares duplicates on their whole values: the first difference and the immutable field are named', async () => {
    const { lean } = await bothWays(duplicates);
    const found = lean.findings
      .filter((finding) => finding.ruleId === 'duplicate-resource')
      .map((finding) => [finding.file, finding.messageId, finding.message]);
    expect(found).toEqual([
      ['app/b.yaml', 'overridden', expect.stringContaining('first difference: data.mode')],
      ['app/d.yaml', 'conflicting', expect.stringContaining('data')],
      ['app/e.yaml', 'overridden', expect.stringContaining('first difference: stringData.password')],
    ]);
    expect(JSON.stringify(lean)).not.toMatch(/hunter2|other-secret-value/);
  });
});

function released(text: string, compact = false): Resource[] {
  const outcome = checkSourceText('x.yaml', text, {
    schema: { kubeVersion: newestKubeVersion, strictKinds: false, tolerate: [], customLater: true },
    ownRules: { release: true, compact },
  });
  return outcome.resources;
}

describe('releaseValues', () => {
  const deployment = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  labels: {app: web}',
    '  annotations: {note: long text, kubegrade.io/ignore: image-tag}',
    'spec:',
    '  replicas: 2',
    '  selector: {matchLabels: {app: web}}',
    '  template:',
    '    metadata: {labels: {app: web}}',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: nginx:1.25',
    '          ports: [{containerPort: 80}]',
    '          env: [{name: MODE, valueFrom: {configMapKeyRef: {name: settings, key: mode}}}]',
    '        - name: side',
    '          image: busybox:1.36',
    '',
  ].join('\n');

  it('keeps of a workload its identity, labels, the ignore annotation and what its deferred rules read; item indexes hold', () => {
    const [resource] = released(deployment);
    expect(resource!.releasedAt).toBe(0);
    expect(resource!.value).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { app: 'web' }, annotations: { 'kubegrade.io/ignore': 'image-tag' } },
      spec: {
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } }] }, {}] },
        },
      },
    });
  });

  it('keeps the keys of a ConfigMap without their values', () => {
    const [resource] = released('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n  level: "1"\n');
    expect(resource!.value).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: '', level: '' } });
  });

  it('keeps the values messages are redacted against (a Secret`s data, a credential-like env value)', () => {
    const [secret] = released('apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  password: hunter2hunter2\n');
    expect(secret!.value.stringData).toEqual({ password: 'hunter2hunter2' });
    const [pod] = released(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: a:1\n      env: [{name: DB_PASSWORD, value: hunter2hunter2}]\n      command: [sh]\n',
    );
    expect(pod!.value.spec).toEqual({ containers: [{ env: [{ name: 'DB_PASSWORD', value: 'hunter2hunter2' }], command: ['sh'] }] });
  });

  // A big run stores what it keeps through JSON.parse, where JSON gives it back exactly.
  it.each([
    ['a workload', deployment],
    ['a ConfigMap', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n'],
    [
      'numbers JSON cannot hold',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {a: 1}\nspec:\n  containers:\n    - name: c\n      env: [{name: A, value: .nan, valueFrom: {configMapKeyRef: {name: x, key: -0.0}}}, {name: B, value: .inf}]\n',
    ],
    ['a __proto__ key', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  __proto__: x\n'],
  ])('keeps the same value when compacting: %s', (_, text) => {
    const [compacted] = released(text, true);
    const [built] = released(text);
    expect(compacted!.value).toStrictEqual(built!.value);
    expect(Object.keys(compacted!.value.data ?? {})).toEqual(Object.keys(built!.value.data ?? {}));
  });

  it('keeps null list items as they are', () => {
    const [resource] = released(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    -\n    - name: c\n      env: [~, {name: A, valueFrom: {configMapKeyRef: {name: x, key: k}}}]\n',
    );
    expect(resource!.value.spec).toEqual({ containers: [null, { env: [null, { name: 'A', valueFrom: { configMapKeyRef: { name: 'x', key: 'k' } } }] }] });
  });

  it('leaves custom resources and CRDs whole: they are validated once every file is read', () => {
    const [widget] = released('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 3\n');
    expect(widget!.releasedAt).toBeUndefined();
    expect(widget!.value.spec).toEqual({ size: 3 });
  });

  it('keeps the whole values of two copies of one object, so they are compared as read, without reading a file again', () => {
    const configMap = (mode: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: ${mode}\n`;
    const [first] = released(configMap('fast'));
    const [other] = released('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unrelated\ndata:\n  mode: x\n');
    const [second] = released(configMap('slow'));
    const index = new ResourceIndex([first!, other!, second!], () => {
      throw new Error('read again');
    });
    expect(first!.value.data).toEqual({ mode: '' });
    expect(index.whole(first!).data).toEqual({ mode: 'fast' });
    expect(index.whole(second!).data).toEqual({ mode: 'slow' });
    // A resource without a copy keeps only what is read of it; its whole value is read again.
    expect(() => index.whole(other!)).toThrow('read again');
  });

  it('keeps the whole value when a deferred rule does not say what it reads', () => {
    const [resource] = released(deployment);
    const undeclared = rules.map((rule) => (rule.meta.id === 'config-ref' ? { meta: rule.meta } : rule));
    const [whole] = releaseValues(undeclared, [{ ...resource!, value: { spec: { replicas: 2 } }, releasedAt: undefined }], [['config-ref']]);
    expect(whole!.value).toEqual({ spec: { replicas: 2 } });
    expect(whole!.releasedAt).toBeUndefined();
  });

  it('every rule that looks at other resources on the fixtures says what it reads', () => {
    const deferredIds = new Set<string>();
    for (const text of [deployment, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector: {app: web}\n']) {
      const outcome = checkSourceText('x.yaml', text, {});
      for (const ids of runOwnRules(rules, outcome.resources).deferred) for (const id of ids) deferredIds.add(id);
    }
    expect(deferredIds.size).toBeGreaterThan(2);
    for (const id of deferredIds) expect(rules.find((rule) => rule.meta.id === id)!.uses?.own, id).toBeDefined();
    for (const rule of rules.filter((candidate) => candidate.uses)) expect(rule.uses!.own, rule.meta.id).toBeDefined();
  });
});
