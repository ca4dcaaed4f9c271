/**
 * Hostile input, proven: mutated fixture answers and random manifests through the whole pipeline.
 * For every case the run does not throw, prints a valid version-1 report, and puts every finding
 * inside its file. `npm run fuzz` runs 100k cases (FUZZ_RUNS overrides the count).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFiles, expectSoundReport, fuzz, gradeFolder, lintBytes, ScratchAnswers } from './harness.js';

const answers = answerFiles();
const names = [...answers.keys()];
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Mutation = (bytes: Uint8Array) => Uint8Array;

const lines = (bytes: Uint8Array) => decoder.decode(bytes).split('\n');
const joined = (parts: string[]) => encoder.encode(parts.join('\n'));

/** Each mutation is a small, typical way a file goes wrong, or a deliberately hostile one. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Byte flips: any byte anywhere, including invalid UTF-8 and NUL.
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (bytes: Uint8Array) => {
    const out = bytes.slice();
    for (const [at, value] of flips) if (out.length > 0) out[at % out.length] = value;
    return out;
  }),
  // Truncation anywhere, also inside a multi-byte character.
  fc.nat().map((at) => (bytes: Uint8Array) => bytes.slice(0, bytes.length === 0 ? 0 : at % bytes.length)),
  // A deleted or a duplicated line.
  fc.tuple(fc.nat(), fc.boolean()).map(([at, duplicate]) => (bytes: Uint8Array) => {
    const all = lines(bytes);
    const i = at % all.length;
    return joined(duplicate ? [...all.slice(0, i + 1), ...all.slice(i)] : [...all.slice(0, i), ...all.slice(i + 1)]);
  }),
  // Indentation changed: spaces added or removed, or a tab.
  fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '    ', '\t', ' \t')).map(([at, indent]) => (bytes: Uint8Array) => {
    const all = lines(bytes);
    const i = at % all.length;
    all[i] = indent + all[i]!.trimStart();
    return joined(all);
  }),
  // Random unicode and control characters inserted.
  fc
    .tuple(
      fc.nat(),
      fc.string({
        unit: fc.oneof(
          fc.constantFrom('\u0000', '\u0007', '\r', '\u2028', '\ufeff', '\ud800', '😀', '日', '#', ':', '-', '{', '[', '&', '*', '!', '|', '>', '"', "'"),
          fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
        ),
        minLength: 1,
        maxLength: 6,
      }),
    )
    .map(([at, inserted]) => (bytes: Uint8Array) => {
      const text = decoder.decode(bytes);
      const i = text.length === 0 ? 0 : at % text.length;
      return encoder.encode(text.slice(0, i) + inserted + text.slice(i));
    }),
  // A huge scalar.
  fc.tuple(fc.nat(), fc.integer({ min: 10_000, max: 300_000 }), fc.constantFrom('x', 'ü', '😀', 'a b ')).map(([at, size, unit]) => (bytes: Uint8Array) => {
    const all = lines(bytes);
    all.splice(at % (all.length + 1), 0, `huge: "${unit.repeat(Math.ceil(size / unit.length))}"`);
    return joined(all);
  }),
  // Deep nesting, in block and in flow style.
  fc.tuple(fc.integer({ min: 20, max: 1500 }), fc.constantFrom('block', 'flow-seq', 'flow-map', 'list')).map(([depth, style]) => (bytes: Uint8Array) => {
    const text = decoder.decode(bytes);
    const nested =
      style === 'block'
        ? Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x'
        : style === 'flow-seq'
          ? `deep: ${'['.repeat(depth)}1${']'.repeat(depth)}`
          : style === 'flow-map'
            ? `deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`
            : Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- `).join('\n') + 'x';
    return encoder.encode(`${text}\n${nested}\n`);
  }),
  // Anchors and aliases: a node anchored and reused, or an alias bomb.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([at, width, bomb]) => (bytes: Uint8Array) => {
    const all = lines(bytes);
    if (bomb) {
      const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i <= width; i++) levels.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
      return joined([...all, ...levels]);
    }
    const i = at % all.length;
    const match = /^(\s*(?:- )?[\w.-]+:)(.*)$/.exec(all[i]!);
    if (match) all[i] = `${match[1]} &anchor${match[2]}`;
    all.push(...Array.from({ length: width }, (_, k) => `alias${k}: *anchor`));
    return joined(all);
  }),
  // Documents split or joined.
  fc.nat().map((at) => (bytes: Uint8Array) => {
    const all = lines(bytes);
    all.splice(at % (all.length + 1), 0, '---');
    return joined(all);
  }),
  // A BOM and CRLF line ends.
  fc.constant((bytes: Uint8Array) => encoder.encode(`\ufeff${decoder.decode(bytes).replace(/\n/g, '\r\n')}`)),
);

const kinds = ['Job', 'CronJob', 'Pod', 'Deployment', 'StatefulSet', 'Service', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'List', 'Ingress', 'Weird'];
const apiVersions = ['v1', 'batch/v1', 'batch/v1beta1', 'apps/v1', 'extensions/v1beta1', 'networking.k8s.io/v1', 'x/y'];

/** Random manifests: real kinds with random bodies, so rules and schemas meet odd shapes. */
const randomManifest = fc
  .record(
    {
      apiVersion: fc.constantFrom(...apiVersions),
      kind: fc.constantFrom(...kinds),
      metadata: fc.record({ name: fc.oneof(fc.string(), fc.constant('x')), namespace: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: [] }),
      spec: fc.jsonValue({ maxDepth: 5 }),
      data: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.base64String())), { nil: undefined }),
      items: fc.option(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }), { nil: undefined }),
    },
    { requiredKeys: ['kind'] },
  )
  .map((manifest) => encoder.encode(stringify(manifest)));

/** The failing input itself, in the failure message: a shrunk counterexample of functions says little. */
function withInput<T>(name: string, bytes: Uint8Array, check: () => T): T {
  try {
    return check();
  } catch (error) {
    (error as Error).message += `\ninput ${name} (${bytes.length} bytes): ${JSON.stringify(decoder.decode(bytes.subarray(0, 4000)))}`;
    throw error;
  }
}

afterAll(() => scratch.remove());
const scratch = new ScratchAnswers(answers);
const texts = (name: string, bytes: Uint8Array) => new Map([...answers, [name, bytes]]);

describe('hostile input never breaks a run', () => {
  it('one mutated answer file, linted alone', async () => {
    await fuzz(
      'one mutated answer file, linted alone',
      fc.asyncProperty(fc.constantFrom(...names), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (name, mutations) => {
        const bytes = mutations.reduce((current, mutate) => mutate(current), answers.get(name)!);
        const run = await lintBytes(name, bytes);
        withInput(name, bytes, () => expectSoundReport(run, new Map([[name, bytes]])));
      }),
      300,
    );
  });

  it('an answer set with one mutated file, graded against the day-2 rubric', async () => {
    await fuzz(
      'an answer set with one mutated file, graded against the day-2 rubric',
      fc.asyncProperty(fc.constantFrom(...names), fc.array(mutation, { minLength: 1, maxLength: 2 }), async (name, mutations) => {
        const bytes = mutations.reduce((current, mutate) => mutate(current), answers.get(name)!);
        const run = await scratch.with(name, bytes, () => gradeFolder(scratch.dir));
        withInput(name, bytes, () => expectSoundReport(run, texts(name, bytes)));
        expect(run.report.exercises?.length).toBeGreaterThan(0);
      }),
      100,
    );
  });

  it('random manifests', async () => {
    await fuzz(
      'random manifests',
      fc.asyncProperty(randomManifest, async (bytes) => {
        const run = await lintBytes('random.yaml', bytes);
        withInput('random.yaml', bytes, () => expectSoundReport(run, new Map([['random.yaml', bytes]])));
      }),
      300,
    );
  });
});
