/**
 * The hostile-input classes of issue 9, each generated at the size that once cost memory or time:
 * many aliases of one long string, mappings with tens of thousands of keys, deep flow and block nesting,
 * control characters in keys, values, file and folder names, and special files in a graded folder.
 * Every case: no throw, a valid version-1 report, every finding inside its file, no raw control
 * character in any format's output; the folder property also needs the same bytes with --jobs 1 and 2.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatters } from '../../src/format/index.js';
import { unsafeCharacters } from '../../src/format/log-safety.js';
import { lintFolder } from '../../src/pipeline/run.js';
import { registry } from '../../src/pipeline/rule-set.js';
import type { Report } from '../../src/report.js';
import { expectSoundReport, fuzz, lintBytes, type PipelineRun } from './harness.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const posix = process.platform !== 'win32';

/** Every format's output for a report, by format name. */
function everyFormat(report: Report): Record<string, string> {
  return Object.fromEntries(Object.entries(formatters).map(([name, format]) => [name, format(report, { color: false, rules: registry.allMeta() })]));
}

/** No format prints a control character (or a legacy "##[" CI command) that the input carried. */
function expectNoRawControls(report: Report): void {
  for (const [format, output] of Object.entries(everyFormat(report))) {
    const raw = output.match(unsafeCharacters);
    expect(raw?.map((char) => `U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`) ?? [], format).toEqual([]);
    expect(output.includes('##['), `${format} prints "##["`).toBe(false);
  }
}

/** The failing input in the failure message, cut short: a 200 KB case would drown the seed. */
function withInput(name: string, bytes: Uint8Array, check: () => void): void {
  try {
    check();
  } catch (error) {
    (error as Error).message += `\ninput ${name} (${bytes.length} bytes), first 2000: ${JSON.stringify(decoder.decode(bytes.subarray(0, 2000)))}`;
    throw error;
  }
}

async function lintSound(name: string, text: string): Promise<PipelineRun> {
  const bytes = encoder.encode(text);
  const run = await lintBytes(name, bytes);
  withInput(name, bytes, () => {
    expectSoundReport(run, new Map([[name, bytes]]));
    expectNoRawControls(run.report);
  });
  return run;
}

const header = (kind: string) => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: hostile\n`;

/** One long string anchored once and aliased up to thousands of times, as values, list items, keys or nested lists. */
const aliasesOfLongString = fc.record({
  kind: fc.constantFrom('ConfigMap', 'Secret', 'Pod'),
  size: fc.integer({ min: 1, max: 200_000 }),
  unit: fc.constantFrom('x', 'ü', '😀', 'a b', 'password'),
  quoting: fc.constantFrom('plain', 'double', 'literal'),
  aliases: fc.integer({ min: 1, max: 3000 }),
  place: fc.constantFrom('values', 'list', 'keys', 'flow', 'nested'),
});

function aliasDocument(c: { kind: string; size: number; unit: string; quoting: string; aliases: number; place: string }): string {
  const long = c.unit.repeat(Math.ceil(c.size / c.unit.length));
  const anchored = c.quoting === 'plain' ? `&s x${long}x` : c.quoting === 'double' ? `&s "${long}"` : `&s |\n    ${long}`;
  const n = Array.from({ length: c.aliases }, (_, i) => i);
  const body =
    c.place === 'values'
      ? n.map((i) => `  k${i}: *s`).join('\n')
      : c.place === 'list'
        ? `  list:\n${n.map(() => '  - *s').join('\n')}`
        : c.place === 'keys'
          ? `  keyed:\n${n.map((i) => `    ? *s\n    : ${i}`).join('\n')}`
          : c.place === 'flow'
            ? `  flow: [${n.map(() => '*s').join(', ')}]`
            : `  a: &a [*s, *s, *s, *s]\n  b: &b [*a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b]\n${n.map((i) => `  n${i}: *c`).join('\n')}`;
  return `${header(c.kind)}data:\n  long: ${anchored}\n${body}\n`;
}

/** A mapping of up to 20k keys, block or flow, with up to three keys repeated: each repeat must be found where it is. */
const wideMap = fc.record({
  keys: fc.integer({ min: 1, max: 20_000 }),
  style: fc.constantFrom('block', 'flow'),
  prefix: fc.constantFrom('k', 'key-with-a-longer-name.', 'ключ', '😀'),
  repeats: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
});

interface WideMap {
  text: string;
  /** Where each repeated key's later occurrence starts, 1-based. */
  repeated: Array<{ line: number; column: number }>;
}

function wideMapDocument(c: { keys: number; style: string; prefix: string; repeats: Array<[number, number]> }): WideMap {
  const names = Array.from({ length: c.keys }, (_, i) => `${c.prefix}${i}`);
  const later = new Set<number>();
  // Each key takes part in one repeat at most, so every repeat stays exactly one.
  const used = new Set<number>();
  for (const [a, b] of c.repeats) {
    const [first, second] = [a % c.keys, b % c.keys].sort((x, y) => x - y) as [number, number];
    if (first === second || used.has(first) || used.has(second)) continue;
    names[second] = names[first]!;
    later.add(second);
    used.add(first).add(second);
  }
  // A custom resource: no schema or rule looks at its keys, so only the duplicate-key check speaks.
  const top = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: wide\nspec:';
  const topLines = top.split('\n').length;
  if (c.style === 'block') {
    const text = `${top}\n${names.map((name, i) => `  ${name}: v${i}`).join('\n')}\n`;
    return { text, repeated: [...later].sort((x, y) => x - y).map((i) => ({ line: topLines + 1 + i, column: 3 })) };
  }
  let column = top.split('\n').at(-1)!.length + ' {'.length + 1;
  const columns = names.map((name, i) => {
    const at = column;
    column += `${name}: v${i}, `.length;
    return at;
  });
  const text = `${top} {${names.map((name, i) => `${name}: v${i}`).join(', ')}}\n`;
  return { text, repeated: [...later].sort((x, y) => x - y).map((i) => ({ line: topLines, column: columns[i]! })) };
}

/** Up to 1500 block levels, then up to 3000 flow levels, each a list or a map; closed, or cut short. */
const deepNesting = fc.record({
  block: fc.array(fc.constantFrom('map', 'seq'), { maxLength: 1500 }),
  flow: fc.array(fc.constantFrom('[', '{k: ', '{? '), { maxLength: 3000 }),
  closed: fc.boolean(),
});

function deepDocument(c: { block: string[]; flow: string[]; closed: boolean }): string {
  const lines = c.block.map((style, i) => `${'  '.repeat(i)}${style === 'map' ? `k${i}:` : '-'}`);
  const closers = c.flow
    .map((open) => (open === '[' ? ']' : '}'))
    .reverse()
    .join('');
  const leaf = `${c.flow.join('')}x${c.closed ? closers : closers.slice(0, closers.length >> 1)}`;
  lines.push(`${'  '.repeat(c.block.length)}${leaf}`);
  return `${lines.join('\n')}\n`;
}

/** Characters a terminal or a CI runner obeys, or that reorder what a reader sees, and text that looks like a CI command. */
const hostileText = fc.string({
  unit: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '\u001b',
        '\u001b[31m',
        '\u001b]0;title\u0007',
        '\u0007',
        '\u0000',
        '\u0008',
        '\r',
        '\u000b',
        '\u007f',
        '\u0085',
        '\u009b',
        '\u009d',
        '\u061c',
        '\u200e',
        '\u202e',
        '\u2066',
        '\u2069',
        '\u2028',
        '\u2029',
        '##[error]',
        '::error::',
        '\n',
        '\t',
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom('a', 'b', '-', '.', ':', ' ', 'ü', '日') },
  ),
  minLength: 1,
  maxLength: 12,
});

/** A manifest whose keys, names and values carry hostile text: escaped by a YAML writer, or written raw. */
const controlManifest = fc.record({
  kind: fc.constantFrom('ConfigMap', 'Secret', 'Pod', 'Deployment', 'Weird'),
  name: hostileText,
  keys: fc.array(fc.tuple(hostileText, hostileText), { minLength: 1, maxLength: 6 }),
  raw: fc.boolean(),
});

function controlDocument(c: { kind: string; name: string; keys: Array<[string, string]>; raw: boolean }): string {
  if (!c.raw) {
    const manifest = {
      apiVersion: 'v1',
      kind: c.kind,
      metadata: { name: c.name, labels: Object.fromEntries(c.keys) },
      data: Object.fromEntries(c.keys),
      spec: { containers: [{ name: c.name, image: c.keys[0]![1] }] },
    };
    return stringify(manifest);
  }
  // Raw: the characters sit in the source itself, where the parser (and its error messages) meet them.
  return `${header(c.kind)}  labels:\n${c.keys.map(([key, value]) => `    ${key}: ${value}`).join('\n')}\n  ${c.name}: x\ndata:\n  ${c.keys.map(([key, value]) => `"${key}": ${value}`).join('\n  ')}\n`;
}

describe('the hostile-input classes of issue 9 never break a run', () => {
  it('many aliases of one long string', async () => {
    await fuzz(
      'many aliases of one long string',
      fc.asyncProperty(aliasesOfLongString, async (c) => {
        const run = await lintSound('aliases.yaml', aliasDocument(c));
        // Aliases are shared, never copied: what is printed stays near the input's size, not size x aliases.
        expect(run.json.length).toBeLessThan(4 * (c.size * 4 + 10 * c.aliases) + 200_000);
      }),
      30,
    );
  });

  it('mappings with tens of thousands of keys', async () => {
    await fuzz(
      'mappings with tens of thousands of keys',
      fc.asyncProperty(wideMap, async (c) => {
        const { text, repeated } = wideMapDocument(c);
        const run = await lintSound('wide.yaml', text);
        const found = run.report.findings.filter((f) => f.ruleId === 'yaml-duplicate-key').map((f) => ({ line: f.line, column: f.column }));
        expect(found).toEqual(repeated);
      }),
      20,
    );
  });

  it('deeply nested flow and block collections', async () => {
    await fuzz(
      'deeply nested flow and block collections',
      fc.asyncProperty(deepNesting, async (c) => {
        const run = await lintSound('deep.yaml', deepDocument(c));
        const tooDeep = run.report.findings.some((f) => /nests deeper than 128 levels/.test(f.message));
        const depth = c.block.length + c.flow.length + 1;
        // Nesting is counted from the text: well past the limit is always cut, well under it never.
        if (c.closed && depth > 132) expect(tooDeep).toBe(true);
        if (depth < 120) expect(tooDeep).toBe(false);
      }),
      60,
    );
  });

  // Found by npm run fuzz (seed 745823741): a schema message on a 190 KB word ran the credential-in-URL check for minutes.
  it('a 190 KB word at the top level of a ConfigMap: one located schema finding', async () => {
    const run = await lintSound('huge.yaml', `${header('ConfigMap')}huge: "${'x'.repeat(190_000)}"\ndata:\n  password: p\n`);
    const schema = run.report.findings.filter((f) => f.ruleId === 'schema').map((f) => [f.messageId, f.line, f.column, f.endLine, f.endColumn]);
    expect(schema).toEqual([['unknown-field', 5, 1, 5, 5]]);
  });

  it('control characters in keys and values, in every format', async () => {
    await fuzz(
      'control characters in keys and values, in every format',
      fc.asyncProperty(controlManifest, hostileText, async (c, fileName) => {
        await lintSound(`${fileName}.yaml`, controlDocument(c));
      }),
      200,
    );
  });
});

/** A file or folder name with hostile characters: anything but "/" and NUL, which no file system takes. */
const hostileName = hostileText.map((text) => text.replace(/[/\u0000]/g, '_')).filter((name) => name !== '.' && name !== '..');

const hostileFolder = fc.uniqueArray(fc.record({ folder: fc.option(hostileName, { nil: undefined }), file: hostileName, manifest: controlManifest }), {
  minLength: 1,
  maxLength: 4,
  selector: (entry) => `${entry.folder ?? ''}/${entry.file}`,
});

describe.skipIf(!posix)('a graded folder with hostile names and special files', () => {
  let base = '';
  let caseDir = '';
  const minFilesBefore = process.env.KUBEGRADE_MIN_FILES_PER_JOB;

  // The special files are fixed, not generated: one of each sits beside every generated case.
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'kubegrade-fuzz-classes-'));
    execFileSync('mkfifo', [path.join(base, 'pipe.yaml')]);
    symlinkSync('/dev/zero', path.join(base, 'zero.yaml'));
    mkdirSync(path.join(base, 'locked'));
    writeFileSync(path.join(base, 'locked', 'inside.yaml'), 'kind: ConfigMap\n');
    chmodSync(path.join(base, 'locked'), 0o000);
    caseDir = path.join(base, 'case');
    // Every file goes to a worker thread with --jobs 2, so the threaded path is what is compared.
    process.env.KUBEGRADE_MIN_FILES_PER_JOB = '1';
  });

  afterAll(() => {
    if (minFilesBefore === undefined) delete process.env.KUBEGRADE_MIN_FILES_PER_JOB;
    else process.env.KUBEGRADE_MIN_FILES_PER_JOB = minFilesBefore;
    if (base === '') return;
    chmodSync(path.join(base, 'locked'), 0o755);
    rmSync(base, { recursive: true, force: true });
  });

  it('a folder of hostile names and special files, the same bytes with --jobs 1 and 2', async () => {
    await fuzz(
      'a folder of hostile names and special files, the same bytes with --jobs 1 and 2',
      fc.asyncProperty(hostileFolder, async (entries) => {
        rmSync(caseDir, { recursive: true, force: true });
        const texts = new Map<string, Uint8Array>();
        for (const entry of entries) {
          const folder = entry.folder === undefined ? caseDir : path.join(caseDir, entry.folder);
          mkdirSync(folder, { recursive: true });
          const bytes = encoder.encode(controlDocument(entry.manifest));
          writeFileSync(path.join(folder, `${entry.file}.yaml`), bytes);
          texts.set(['case', ...(entry.folder === undefined ? [] : [entry.folder]), `${entry.file}.yaml`].join('/'), bytes);
        }
        const runs = await Promise.all([1, 2].map((jobs) => lintFolder({ inputs: [base], jobs, toolVersion: '0.0.0' })));
        const [one, two] = runs.map((run) => everyFormat(run.report));
        expect(two).toEqual(one);
        const json = one!.json!;
        const names = [...texts.keys()].map((name) => JSON.stringify(name)).join(', ');
        withInput(names, encoder.encode(names), () => {
          expectSoundReport({ report: runs[0]!.report, json, result: runs[0]!.check }, texts);
          expectNoRawControls(runs[0]!.report);
        });
        const special = runs[0]!.report.findings.filter((f) => f.file === 'pipe.yaml' || f.file === 'zero.yaml');
        expect(special.map((f) => f.file)).toEqual(['pipe.yaml', 'zero.yaml']);
      }),
      15,
    );
  });
});
