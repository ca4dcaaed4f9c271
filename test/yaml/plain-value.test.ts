import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Composer, Parser, isMap, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlStream } from '../../src/yaml/parse.js';
import { goYamlBinary, goYamlBoolean } from '../../src/yaml/tags.js';

/** The reference: yaml's own toJS (a repeated key keeps its last value), then nulls dropped from mappings (kept, as null, in lists). */
function dropNulls(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((item) => dropNulls(item) ?? null);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const plain = dropNulls(item);
      if (plain !== undefined) Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

function reference(text: string): unknown[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const documents = new Composer({ uniqueKeys: false, merge: true, customTags: [goYamlBoolean, goYamlBinary] }).compose(
    new Parser().parse(source),
    true,
    source.length,
  );
  return Array.from(documents, (document) => {
    if (document.errors.length > 0) return 'broken';
    // Two resources written into one document (apiVersion or kind repeated at the top) are not read.
    const top = isMap(document.contents) ? document.contents.items.map((pair) => String((pair.key as { value?: unknown } | null)?.value)) : [];
    if (['apiVersion', 'kind'].some((key) => top.filter((name) => name === key).length > 1)) return 'broken';
    try {
      return dropNulls(document.toJS({ maxAliasCount: -1 }));
    } catch {
      return 'broken';
    }
  });
}

/** Same values, same key order (toEqual alone would not see the order). */
function expectSameValues(text: string): void {
  const expected = reference(text);
  const actual = parseYamlStream(text).documents.map((document) => (document.broken ? 'broken' : document.value));
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

describe('one-pass plain values equal yaml toJS with nulls dropped', () => {
  const cases: Record<string, string> = {
    'a plain manifest': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n  b: 2\n  c: true\n  d: ~\n  e:\n  f: [1, null, x]\n',
    'odd keys': '1: a\n"1b": b\n~: nothing\ntrue: yes\n__proto__: {polluted: 1}\nconstructor: c\n',
    'keys 1 and "1" (not duplicates to yaml)': '1: a\n"1": b\n',
    'a null that overrides': '"1": a\n1: ~\n',
    'aliases and merge keys': 'base: &b {x: 1, y: ~}\nuse: *b\nmerged:\n  <<: *b\n  z: 3\n',
    'a collection as a key': '? [a, b]\n: c\n',
    'numbers, go-yaml booleans and specials': 'a: 0x1F\nb: 0o17\nc: 1e3\nd: .inf\ne: -.inf\nf: .nan\ng: yes\nh: off\ni: 12345678901234567890\n',
    'block scalars': 'a: |\n  text\n  more\nb: >-\n  folded\n  line\n',
    tags: 'a: !!str 12\nb: !Ref thing\nc: !!binary aGVsbG8=\nd: !!timestamp 2001-12-14\n',
    'nesting at the depth limit': `${Array.from({ length: 127 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n`,
  };
  for (const [name, text] of Object.entries(cases)) it(name, () => expectSameValues(text));

  it('nesting past the depth limit is a finding, not a value', () => {
    const stream = parseYamlStream(`${Array.from({ length: 128 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n`);
    expect(stream.documents[0]!.broken).toBe(true);
    expect(stream.findings[0]?.message).toMatch(/nests deeper than 128 levels/);
  });

  it('on random documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom<'block' | 'flow'>('block', 'flow'), (value, style) => {
        expectSameValues(stringify(value, { collectionStyle: style === 'flow' ? 'flow' : 'any' }));
      }),
      { numRuns: 400 },
    );
  });

  const sharedCorpus = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
  it.skipIf(!existsSync(sharedCorpus))('on every file of the real-world corpus', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir)
        .sort()
        .flatMap((entry) => {
          const full = path.join(dir, entry);
          return statSync(full).isDirectory() ? walk(full) : /\.ya?ml$/.test(entry) ? [full] : [];
        });
    const files = walk(sharedCorpus);
    for (const file of files) expectSameValues(readFileSync(file, 'utf8'));
    expect(files.length).toBeGreaterThan(1000);
  });
});
