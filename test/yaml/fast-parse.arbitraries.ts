/**
 * The texts the differential comparison of the fast YAML path with yaml is fuzzed on: generated
 * manifests (block and flow collections, every scalar style, comments in any column, several
 * documents, CRLF) and small edits of them and of real files. Shared by the differential test
 * (fixed seeds, in npm test) and its property in npm run fuzz (fresh seeds, for as long as asked).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { repoRoot } from '../fuzz/harness.js';
import { compareWithYaml } from './fast-parse.support.js';

export { corpusDir, yamlFiles } from '../support/manifest-files.js';
import { corpusDir, yamlFiles } from '../support/manifest-files.js';

export const read = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

const plainWords = [
  'a',
  'nginx',
  'v1',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  '~',
  'null',
  'true',
  'False',
  '1',
  '-7',
  '0x1F',
  '0o17',
  '1e3',
  '.5',
  '-.inf',
  '.NaN',
  '2024-01-01',
  '1.20',
  'a b',
  'a:b',
  'http://x:80/p',
  'é',
  'k😀',
  'a\tb',
  '-x',
  ':x',
  '?x',
  'a#b',
  'x,y',
  'a[0]',
  'v\t',
  'v \t ',
];
/** Plain texts that are not plain scalars there (or not valid at all): the fast path must leave them to yaml. */
const oddWords = ['{x', '<<', '@x', '%x', '!x', '&x', '*x', '|', 'a b ', '#c', '- a', 'x: y'];
const quotedTexts = ['', 'a b', "it's", 'say "hi"', 'tab\there', 'back\\slash', 'line\nbreak', '😀', 'é', '  lead', 'trail  ', '#', ': x'];

const scalar: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...plainWords) },
  { weight: 1, arbitrary: fc.constantFrom(...oddWords) },
  { weight: 2, arbitrary: fc.constantFrom(...quotedTexts).map((s) => `'${s.replace(/'/g, "''")}'`) },
  { weight: 2, arbitrary: fc.constantFrom(...quotedTexts).map((s) => JSON.stringify(s)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '"\\x41\\u00e9\\U0001F600\\/\\ "',
      '"a\\qb"',
      '"multi\n  line\n\n  text"',
      "'multi\n  line'",
      '"esc\\\n  aped"',
      '"esc\\\n\ttab"',
      '"esc \\\n\n  blank"',
      'plain\n  continued\n\n  para',
      'plain\n  - dash\n  * star\n  [x\n  ? q\n  : colon\n  #hash',
      'p\n\u00a0q',
    ),
  },
);
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('name', 'image', 'ports', 'a', 'k😀', 'yes', '1', 'x y', '"q"', "'s'", 'a:b', 'null', '~', '-k', 'k ') },
  { weight: 1, arbitrary: scalar },
);

interface Tree {
  kind: 'map' | 'seq' | 'scalar' | 'flow' | 'block';
  entries: [string, Tree][];
  text: string;
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: scalar.map((text): Tree => ({ kind: 'scalar', entries: [], text })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '[]',
          '{}',
          '[a, "b", 1]',
          '{a: 1, "b": [x, y]}',
          '[a,\n    b]',
          '[a, ]',
          '{a: 1,}',
          '[a, ,]',
          '{a}',
          '[a: b]',
          '{a: [1, {b: c}]} # c',
          '[ # c\n  a, # d\n  # e\n  "b",\n<]',
          '{\n  "a": [\n    1,\n  ],\n<}',
          '[[\n  a\n<]]',
          '[a,#c\n]',
          '{a: 1 # c\n  }',
        )
        .map((text): Tree => ({ kind: 'flow', entries: [], text })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '|2', '| # c', '|-  ', '>  # c', '|#c'),
          fc.array(fc.constantFrom('line', '', '  more', 'tab\there', '# not a comment', '😀', '\tlead', '   ', ' '), { minLength: 0, maxLength: 4 }),
        )
        .map(([header, lines]): Tree => ({ kind: 'block', entries: [], text: [header, ...lines].join('\n') })),
    },
    { weight: 2, arbitrary: fc.array(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 4 }).map((entries): Tree => ({ kind: 'map', entries, text: '' })) },
    {
      weight: 2,
      arbitrary: fc
        .array(tie('tree'), { minLength: 1, maxLength: 4 })
        .map((items): Tree => ({ kind: 'seq', entries: items.map((item) => ['-', item]), text: '' })),
    },
  ),
})).tree;

/** Renders a tree as block YAML at `indent`, with `style` picking where the generator varies. */
function render(node: Tree, indent: number, style: number[], at = { i: 0 }): string[] {
  const pick = (n: number) => (style[at.i++ % style.length] ?? 0) % n;
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const value = (child: Tree, prefix: string, childIndent: number) => {
    if (child.kind === 'scalar' || child.kind === 'flow') {
      const [first = '', ...rest] = child.text.split('\n');
      lines.push(`${prefix} ${first}${pick(4) === 0 ? ' # c' : ''}`.replace(/ $/, pick(2) ? ' ' : ''));
      // A line starting with < goes in the parent's column (a closing bracket there).
      for (const line of rest) lines.push(line === '' ? '' : line.startsWith('<') ? `${pad}${line.slice(1)}` : `${' '.repeat(childIndent)}${line.trimStart()}`);
    } else if (child.kind === 'block') {
      const [header = '|', ...rest] = child.text.split('\n');
      lines.push(`${prefix} ${header}`);
      for (const line of rest) lines.push(line === '' ? '' : `${' '.repeat(childIndent)}${line}`);
    } else {
      lines.push(`${prefix}${pick(5) === 0 ? ' # about' : ''}`);
      if (pick(6) === 0) lines.push(`${' '.repeat(childIndent)}# inside`);
      lines.push(...render(child, child.kind === 'seq' && pick(2) === 0 ? Math.max(indent, 0) : childIndent, style, at));
    }
  };
  if (node.kind === 'map') {
    for (const [name, child] of node.entries) {
      if (pick(8) === 0) lines.push(pick(2) ? '' : `${pad}# note`);
      value(child, `${pad}${name}:`, indent + 2);
    }
  } else if (node.kind === 'seq') {
    for (const [, child] of node.entries) {
      if (child.kind === 'map' && pick(3) !== 0) {
        const inner = render(child, indent + 2, style, at);
        lines.push(`${pad}- ${(inner[0] ?? '').trimStart()}`, ...inner.slice(1));
      } else value(child, `${pad}-`, indent + 2);
    }
  } else value(node, '', indent + 2);
  return lines;
}

/** Comment lines at any column between the lines: where yaml puts them decides the ranges around them. */
const commentLines = fc.array(fc.tuple(fc.nat(), fc.nat(8)), { maxLength: 5 });

/** Documents that are one flow collection (JSON and the like). */
const rootFlows = ['{\n  "a": 1,\n  "b": [1, 2,],\n}', '[a, {b: c}]', '{a: 1} # c', '{\n  a: [\n    1\n  ],\n}', '{\n  # c\n  a: 1\n}\n# d', '[\n]'];

function withComments(lines: string[], comments: [number, number][]): string[] {
  const out = [...lines];
  for (const [at, column] of comments) out.splice(at % (out.length + 1), 0, `${' '.repeat(column)}# t`);
  return out;
}

export const documentText = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof({ weight: 8, arbitrary: tree }, { weight: 1, arbitrary: fc.constantFrom(...rootFlows) }), commentLines), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.array(fc.nat(), { minLength: 4, maxLength: 24 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([docs, style, crlf, leadingMarker]) => {
    const text = docs
      .map(
        ([doc, comments], i) =>
          `${i > 0 || leadingMarker ? '---\n' : ''}${withComments(
            typeof doc === 'string'
              ? doc.split('\n')
              : render(doc.kind === 'map' || doc.kind === 'seq' ? doc : { kind: 'map', entries: [['value', doc]], text: '' }, 0, style),
            comments,
          ).join('\n')}\n`,
      )
      .join('');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

const insertions = [
  ' ',
  '  ',
  '\t',
  ':',
  ': ',
  '-',
  '- ',
  '#',
  ' #',
  '"',
  "'",
  '\n',
  '\r\n',
  '\r',
  '[',
  ']',
  '{',
  '}',
  ',',
  '|',
  '>',
  '&a ',
  '*a',
  '!t ',
  '%',
  '?',
  '? ',
  '😀',
  '\ud83d',
  'é',
  '\u00a0',
  '\u2028',
  '\u0085',
  '\\',
  '---\n',
  '...\n',
  '<<: ',
  '\n# c\n',
  '\n  # c\n',
  '\n      # c\n',
  '\n  - ',
  '\n    ',
];

/** A small edit of a text: a character deleted or inserted, a line duplicated, dropped or re-indented. */
export const mutate = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.array(fc.tuple(fc.nat(4), fc.nat(), fc.constantFrom(...insertions)), { minLength: 1, maxLength: 3 })).map(([text, edits]) => {
    let out = text;
    for (const [kind, at, insert] of edits) {
      const i = out.length === 0 ? 0 : at % out.length;
      const lines = out.split('\n');
      const l = at % lines.length;
      if (kind === 0) out = out.slice(0, i) + out.slice(i + 1);
      else if (kind === 1) out = out.slice(0, i) + insert + out.slice(i);
      else if (kind === 2) out = [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
      else if (kind === 3) out = [...lines.slice(0, l), ...lines.slice(l + 1)].join('\n');
      else
        out = [...lines.slice(0, l), (at % 3 === 0 ? '' : at % 3 === 1 ? ' ' : '   ') + (lines[l] ?? '').replace(/^ {0,2}/, ''), ...lines.slice(l + 1)].join(
          '\n',
        );
    }
    return out;
  });

export const fixtureTexts = yamlFiles(path.join(repoRoot, 'fixtures')).map(read);
export const corpusTexts = existsSync(corpusDir)
  ? yamlFiles(corpusDir)
      .filter((_, i) => i % 23 === 0)
      .map(read)
      .filter((text) => text.length < 20_000)
  : [];

export function agrees(text: string): boolean {
  const result = compareWithYaml(text);
  if (result.differences.length > 0) throw new Error(`fast path and yaml differ on ${JSON.stringify(text)}:\n${result.differences.slice(0, 5).join('\n')}`);
  return true;
}
