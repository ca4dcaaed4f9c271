/**
 * The fast YAML path (src/yaml/fast/) against the yaml path: on every file it accepts, the values,
 * every node of the source map table and every path's key and value ranges must be yaml's. Files
 * it does not accept go to yaml whole, so only agreement is asserted there. Runs the real-world
 * corpus (when ../shared is present), the fixtures, generated manifests and mutations of both.
 * FUZZ_RUNS raises the number of fuzzed cases (`FUZZ_RUNS=50000 npx vitest run test/yaml/fast-parse...`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, repoRoot } from '../fuzz/harness.js';
import { agrees, corpusDir, corpusTexts, documentText, fixtureTexts, mutate, read, yamlFiles } from './fast-parse.arbitraries.js';
import { compareWithYaml } from './fast-parse.support.js';

/** Compares every file and returns the acceptance count; differences fail with the file's name. */
function compareFiles(files: string[]): number {
  let accepted = 0;
  const failures: string[] = [];
  for (const file of files) {
    const result = compareWithYaml(read(file));
    if (result.accepted) accepted++;
    if (result.differences.length > 0) failures.push(`${path.relative(repoRoot, file)}: ${result.differences.slice(0, 3).join('; ')}`);
  }
  expect(failures).toEqual([]);
  return accepted;
}

describe('fast YAML path agrees with yaml', () => {
  it('on the fixtures', () => {
    const files = yamlFiles(path.join(repoRoot, 'fixtures'));
    const accepted = compareFiles(files);
    console.log(`fast YAML path: accepted ${accepted} of ${files.length} fixture files`);
    expect(accepted).toBeGreaterThan(files.length / 2);
  });

  it.skipIf(!existsSync(corpusDir))(
    'on the real-world corpus',
    () => {
      const files = yamlFiles(corpusDir);
      const accepted = compareFiles(files);
      console.log(`fast YAML path: accepted ${accepted} of ${files.length} corpus files (${((100 * accepted) / files.length).toFixed(1)}%)`);
      expect(accepted / files.length).toBeGreaterThan(0.97);
    },
    120_000,
  );

  it('on hand-picked cases, falling back where it must', () => {
    const cases: [string, string, boolean][] = [
      ['CRLF and a block scalar', 'a: |\r\n  x\r\n  y\r\nb: "p\r\n  q"\r\nc: d\r\n  e\r\n', true],
      ['a tab inside a scalar', 'a: b\tc\nd: "e\tf"\n', true],
      ['astral characters', 'name: "😀x"\nk😀: v😀 # c😀\nl: [😀, {m: 😀}]\n', true],
      ['go-yaml booleans and core numbers', 'a: yes\nb: off\nc: 0x1F\nd: 0o17\ne: .inf\nf: -1.5e3\ng: ~\nh: 2024-01-01\nyes: key\n', true],
      ['empty and comment-only documents', '---\n# only\n---\na: 1\n---\n', true],
      [
        'a List',
        'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n- {apiVersion: v1, kind: Secret, metadata: {name: b}}\n',
        true,
      ],
      ['a tab as indentation', 'a:\n\tb: 1\n', false],
      ['tabs after a colon at the end of the line', 'a:\t\n  b: 1\nc: \t\nd:\t # e\n  - 2\n"f":\t\n  g: 3\n', true],
      ['a tab between a colon and its value', 'a:\tb\n', false],
      ['a duplicate key', 'a: 1\na: 2\n', false],
      ['a duplicate null key around a nested mapping with the same key', '~: a\nb:\n- null: a\nnull: b\n', false],
      // Found by npm run fuzz (seed 280078113): a null key and an empty quoted key are both the property "".
      ['a null key, then an empty quoted key', "# note\nnull: a # c\n'': '' # c\nname: a\n", false],
      ['an empty quoted key, then a null key', '"": b\n~: a\n', false],
      ['a null key, then an empty quoted key, in a flow mapping', "{~: a, '': b}\n", false],
      ['empty quoted keys and values in separate mappings', "a: {'': ''}\nb:\n  '': ''\nc: ''\n", true],
      ['a duplicate key around a nested mapping with the same key', 'a: 1\nb:\n  a: 2\na: 3\n', false],
      ['an anchor and alias', 'a: &x 1\nb: *x\n', false],
      ['a tag', 'a: !!str 1\n', false],
      ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n', false],
      ['a directive', '%YAML 1.2\n---\na: 1\n', false],
      ['an unclosed flow sequence', 'a: [1, 2\n', false],
      ['a comment in the column of a nested mapping that ends', 'a:\n  b: 1\n  # c\nd: 2\n', true],
      ['a comment in the tail of the last nested mapping', 'd: 2\na:\n  b: 1\n  # c\n', true],
      ['an empty value with comments after it, last in its mapping', 'a:\n  b: # x\n    # y\nd: 1\n', false],
      ['kept trailing lines of a block scalar at the end', 'a:\n  - |+\n    line\n   ', false],
      ['a comment deeper than the mapping that ends', 'a:\n  b: 1\n    # c\nd: 2\n', true],
      ['deeper comments, then shallower ones', 'a:\n  b: 1\n    # c\n  # d\n      # e\nd: 2\n', true],
      ['trailing comments that move up to the mapping that keeps them', 'a:\n  b:\n    c: 1\n      # x\n   # y\n # z\nd: 2\n', true],
      ['trailing comments of a sequence in column 0', 'a:\n- 1\n  # c\n# d\nb:\n- 2\n    # e\n', true],
      ['comments after a block scalar', 'a:\n  d: |\n    x\n   # c\n  # e\nb: 1\n', true],
      ['comments in column 0 inside nested mappings', 'a:\n  b:\n# c\n    c: 1\n#   d: 2\n    e: 3\n  f: 4\n', true],
      ['comments after a list item mapping', 'l:\n- a: 1\n    # x\n  # y\n- b: 2\n      # z\n', true],
      ['comments after a flow collection', 'a:\n  b: [1, 2]\n    # c\nd: 2\n', true],
      // Found by npm run fuzz: the range trimmed back past a line of Unicode blanks, as yaml's is, not only to that line's start.
      ['a block scalar line of a no-break space and spaces', 'value: |\n  \tlead\n  line\n  \u00a0   \n---\nvalue: -.inf # c\n', true],
      ['a folded scalar ending in a line of an em space', 'value: >\n  lead\n  \u2003  \nnext: 1\n', true],
      ['a block scalar whose only line is a no-break space', 'value: |\n  \u00a0\nnext: 1\n', true],
      // Found by npm run fuzz (seed 337178886): in a flow collection a tab after a colon separates a key from its value too.
      ['a tab after a colon in a flow sequence', 'yes: [a:\t b]\n', false],
      ['a tab after a colon in a flow mapping', 'a: {k:\tv}\n', false],
      ['a dash and a tab in a flow sequence', 'a: [x, -\ty]\n', false],
      // Found by npm run fuzz (seed 2002931299): after a blank line and a comment in column 0, yaml reads the scalar below a key on past its indentation.
      ['a blank line and a comment in column 0 between a key and its scalar', 'name:\n\n# t\n    blank\ns: x\n', false],
      ['a blank line and a comment in column 0 between a dash and its scalar', '- \n\n# t\n  blank\n- x\n', false],
      ['a blank line and an indented comment between a key and its scalar', 'name:\n\n # t\n    blank\ns: x\n', true],
    ];
    for (const [name, text, accepted] of cases) {
      const result = compareWithYaml(text);
      expect({ name, accepted: result.accepted, differences: result.differences }).toEqual({ name, accepted, differences: [] });
    }
  });
});

describe('fast YAML path under fuzzing: it falls back or agrees exactly', () => {
  it('on generated manifests', () => {
    let accepted = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        if (compareWithYaml(text).accepted) accepted++;
        return agrees(text);
      }),
      { numRuns: fuzzRuns(800), seed: 11 },
    );
    console.log(`fast YAML path: accepted ${accepted} generated texts`);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);

  it('on mutated generated manifests', () => {
    fc.assert(fc.property(mutate(documentText), agrees), { numRuns: fuzzRuns(600), seed: 12 });
  }, 120_000);

  it('on mutated fixture and corpus files', () => {
    fc.assert(fc.property(mutate(fc.constantFrom(...fixtureTexts, ...corpusTexts)), agrees), { numRuns: fuzzRuns(600), seed: 13 });
  }, 120_000);
});
