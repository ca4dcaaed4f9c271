import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forEachRedacted, mustRedact, redactedPaths, redactedTexts, type Holder } from '../../src/k8s/redact.js';
import { checkText } from '../../src/pipeline/check.js';
import { checkSourceText } from '../../src/pipeline/file-check.js';
import type { JsonPath, PlainObject, PlainValue } from '../../src/types.js';
import { yamlFiles } from '../support/manifest-files.js';
import { seededRandom } from '../../scripts/gen-corpus.js';

/**
 * The one-walk redaction (forEachRedacted) must decide as mustRedact does for every scalar: a value
 * shown that should be hidden is the worst bug. The reference asks mustRedact path by path, from the root.
 */
function reference(holder: Holder): [JsonPath, string | number][] {
  const out: [JsonPath, string | number][] = [];
  const walk = (at: JsonPath, value: PlainValue | undefined | null) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk([...at, i], item));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk([...at, key], item);
    else if (value !== undefined && value !== null && typeof value !== 'boolean' && mustRedact(holder, at)) out.push([at, value]);
  };
  walk([], holder.value);
  return out;
}

function walked(holder: Holder): [JsonPath, string | number][] {
  const out: [JsonPath, string | number][] = [];
  forEachRedacted(holder, (at, value) => out.push([at.slice(), value]));
  return out;
}

/** The differences between the two decisions (empty when they agree), small enough to read in a failure. */
function disagreements(holder: Holder): string[] {
  const expected = reference(holder).map(([at, value]) => JSON.stringify([at, value]));
  const actual = walked(holder).map(([at, value]) => JSON.stringify([at, value]));
  const wanted = new Set(expected);
  const got = new Set(actual);
  const out = [
    ...expected.filter((entry) => !got.has(entry)).map((entry) => `not redacted: ${entry}`),
    ...actual.filter((entry) => !wanted.has(entry)).map((entry) => `redacted too: ${entry}`),
  ];
  // Same decisions in the same order: redactedTexts and the reduced values depend on it only as a set, but order is cheap to hold.
  if (out.length === 0 && expected.join('\n') !== actual.join('\n')) out.push('same paths, different order');
  return out.slice(0, 5);
}

function checkFiles(files: readonly string[]): { resources: number; scalars: number; redacted: number } {
  let resources = 0;
  let scalars = 0;
  let redacted = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const resource of checkText(file, text).resources) {
      resources++;
      const problems = disagreements(resource);
      if (problems.length > 0) expect.fail(`${file} ${resource.kind ?? ''}/${resource.name ?? ''}:\n${problems.join('\n')}`);
      const found = walked(resource);
      redacted += found.length;
      expect(redactedTexts(resource)).toEqual(new Set(found.map(([, value]) => String(value))));
      const count = (value: PlainValue): number =>
        Array.isArray(value)
          ? value.reduce((sum: number, item) => sum + count(item), 0)
          : typeof value === 'object' && value !== null
            ? Object.values(value).reduce((sum: number, item) => sum + count(item), 0)
            : 1;
      scalars += count(resource.value);
    }
  }
  return { resources, scalars, redacted };
}

const corpus = '../shared/corpus/real';

describe.skipIf(!existsSync(corpus))('forEachRedacted decides as mustRedact on every scalar of the real corpus', () => {
  it('every resource of every file', () => {
    const seen = checkFiles(yamlFiles(corpus));
    // The corpus is big and holds both kinds of value: a walk that found nothing or everything would pass vacuously.
    expect(seen.resources).toBeGreaterThan(3000);
    expect(seen.redacted).toBeGreaterThan(1000);
    expect(seen.redacted).toBeLessThan(seen.scalars);
  }, 120_000);
});

/** Messages of the cross-resource stage are redacted against the reduced values: those must hide all the whole ones hide. */
function releasedHideAsMuch(files: readonly string[]): number {
  let checked = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const whole = checkSourceText(file, text, {}).resources;
    const released = checkSourceText(file, text, { ownRules: { release: true } }).resources;
    expect(released.length).toBe(whole.length);
    whole.forEach((resource, i) => {
      const hidden = redactedTexts(released[i]!);
      const missing = [...redactedTexts(resource)].filter((item) => !hidden.has(item));
      if (missing.length > 0) expect.fail(`${file} ${resource.kind ?? ''}/${resource.name ?? ''}: not hidden once released: ${missing.length}`);
      if (released[i]!.releasedAt !== undefined) checked++;
    });
  }
  return checked;
}

describe.skipIf(!existsSync(corpus))('a released value hides every text its whole value hides, on the real corpus', () => {
  it('every resource of every file', () => {
    expect(releasedHideAsMuch(yamlFiles(corpus))).toBeGreaterThan(3000);
  }, 180_000);
});

describe('forEachRedacted decides as mustRedact on the fixtures', () => {
  it('a released value hides every text its whole value hides', () => {
    expect(releasedHideAsMuch(yamlFiles('fixtures'))).toBeGreaterThan(50);
    const env =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: a:1\n      env:\n        - name: DB_PASSWORD\n          value: {nested: {deeper: hunter2hunter2}}\n';
    const [released] = checkSourceText('x.yaml', env, { ownRules: { release: true } }).resources;
    expect(released!.releasedAt).toBe(0);
    expect(redactedTexts(released!)).toEqual(new Set(['hunter2hunter2']));
  });

  it('every resource of every fixture', () => {
    const seen = checkFiles([...yamlFiles('fixtures'), ...(existsSync('../shared/workshop') ? yamlFiles('../shared/workshop') : [])]);
    expect(seen.resources).toBeGreaterThan(50);
    expect(seen.redacted).toBeGreaterThan(0);
  }, 60_000);
});

const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';
const keys = [
  'password',
  'DB_PASSWORD',
  'dbPassword',
  'password-file',
  'secret',
  'secrets',
  'secretName',
  'imagePullSecrets',
  'serviceAccountToken',
  'automountServiceAccountToken',
  'token',
  'tls.key',
  'id_rsa',
  'value',
  'name',
  'data',
  'stringData',
  'binaryData',
  'metadata',
  'annotations',
  'labels',
  'apiVersion',
  'kind',
  'type',
  'spec',
  'env',
  'containers',
  'image',
  lastApplied,
  '__proto__',
  'constructor',
  'x',
  '0',
];
const strings = [
  'DB_PASSWORD',
  'API_TOKEN',
  'USERNAME',
  'plain',
  'postgres://user:hunter2@db:5432/app',
  'https://example.com/path',
  'redis://:pw@cache',
  'x://a:b@c',
  '',
  'Secret',
  'value',
  'name',
];
const kinds = ['ConfigMap', 'Deployment', 'Pod', 'Secret', 'secret', 'Configmap', 'Gizmo', 'SealedSecret', null];

function generate(next: () => number, depth: number): PlainValue {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const roll = next();
  if (depth > 0 && roll < 0.3) {
    const object: PlainObject = {};
    const size = Math.floor(next() * 4);
    for (let i = 0; i < size; i++) {
      const key = pick(keys);
      const value = generate(next, depth - 1);
      // As the parser keeps it: "__proto__" is data, not the prototype.
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return object;
  }
  if (depth > 0 && roll < 0.45) return Array.from({ length: Math.floor(next() * 3) }, () => generate(next, depth - 1));
  if (depth > 0 && roll < 0.55) {
    // An env-style entry: a name (often a credential's) and its value.
    const entry: PlainObject = { name: pick(strings), value: generate(next, depth - 1) };
    if (next() < 0.3) delete entry.name;
    return entry;
  }
  if (roll < 0.7) return pick(strings);
  if (roll < 0.8) return Math.floor(next() * 100);
  if (roll < 0.9) return next() < 0.5;
  return null as unknown as PlainValue;
}

describe('forEachRedacted decides as mustRedact on generated tricky values', () => {
  it('20,000 values: credential keys at every depth, env lists, URLs with passwords, flags, last-applied, unknown kinds', () => {
    let redacted = 0;
    let shown = 0;
    for (let seed = 1; seed <= 20_000; seed++) {
      const next = seededRandom(seed);
      const kind = kinds[seed % kinds.length]!;
      // Mostly objects with resource-like tops; sometimes a list or a bare scalar at the root.
      const value =
        seed % 50 === 0 ? generate(next, 3) : { apiVersion: 'v1', kind: kind ?? 'x', metadata: generate(next, 3), ...(generate(next, 5) as PlainObject) };
      const holder: Holder = { kind, value: value === null ? (undefined as unknown as PlainValue) : value };
      const problems = disagreements(holder);
      if (problems.length > 0) expect.fail(`seed ${seed} (${kind}): ${JSON.stringify(holder.value)}\n${problems.join('\n')}`);
      const found = walked(holder).length;
      redacted += found;
      shown += reference({ kind: 'Gizmo', value: holder.value }).length - found;
    }
    expect(redacted).toBeGreaterThan(10_000);
    expect(shown).toBeGreaterThan(10_000);
  });

  it('hand-picked cases agree, and redactedPaths copies the paths', () => {
    const cases: Holder[] = [
      {
        kind: 'Deployment',
        value: {
          spec: {
            env: [
              { name: 'DB_PASSWORD', value: 'x' },
              { name: 'MODE', value: 'fast' },
            ],
          },
        },
      },
      { kind: 'ConfigMap', value: { data: { secret: 'a', secrets: 'b', imagePullSecrets: 'c' }, secret: { name: 's' } } },
      { kind: 'Pod', value: { value: 'root', name: 'DB_PASSWORD' } },
      { kind: 'Pod', value: { spec: { value: { value: 'deep' }, name: 'TOKEN' } } },
      { kind: 'Pod', value: { metadata: { annotations: { [lastApplied]: '{"a":1}' } } } },
      { kind: 'Secret', value: { apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 'n', annotations: { a: 'b' } }, data: { k: 'dg==' } } },
      { kind: null, value: { metadata: { name: 'n' }, spec: 1 } },
      { kind: 'Pod', value: { spec: { url: 'postgres://u:p@h', n: 5, flag: true, none: null } } as unknown as PlainValue },
      { kind: 'Gizmo', value: ['a', { b: 'c' }] as unknown as PlainValue },
    ];
    for (const holder of cases) expect(disagreements(holder)).toEqual([]);
    const paths = redactedPaths(cases[0]!);
    expect(paths).toEqual([['spec', 'env', 0, 'value']]);
  });
});
