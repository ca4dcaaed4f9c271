/** Hostile inputs, one per class of cost, small enough for a unit test: the bounds, not the heap, are tested. */
const configMap = (name: string, data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${data}`;

const longString = 'x'.repeat(20_000);

export const boundsFiles: Record<string, string> = {
  // 1,000 flow levels: cut at the 129th level, column 3 + 128.
  'flow-deep.yaml': `a: ${'['.repeat(1000)}${']'.repeat(1000)}\n`,
  // 300 block mappings and 300 block sequences.
  'block-deep.yaml': Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n',
  'seq-deep.yaml': Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}-`).join('\n') + ' x\n',
  // A 20,000-character string and five aliases: 120k characters expanded, over 4 x ~20 KB.
  'alias-copies.yaml': configMap('copies', `  a: &a ${longString}\n${Array.from({ length: 5 }, (_, i) => `  b${i}: *a\n`).join('')}`),
  // The same string with two aliases stays within the bound: clean.
  'alias-few.yaml': configMap('few', `  a: &a ${longString}\n  b: *a\n  c: *a\n`),
  // A long run of aliases of one short value: clean.
  'alias-run.yaml': configMap('run', `  a: &a v\n${Array.from({ length: 3000 }, (_, i) => `  b${i}: *a\n`).join('')}`),
  // A wide mapping: clean.
  'wide.yaml': configMap('wide', Array.from({ length: 5000 }, (_, i) => `  k${i}: v\n`).join('')),
  // The bound is per file: two documents that each stay under it, together over it (second document, first alias).
  'alias-two-docs.yaml': [`a: &a ${'y'.repeat(9000)}\nb: *a\nc: *a\nd: *a\n`, `e: &e ${'z'.repeat(9000)}\nf: *e\ng: *e\nh: *e\ni: *e\n`].join('---\n'),
  // An alias inside the collection its anchor names.
  'alias-cycle.yaml': 'a: &a [x, *a]\n',
  // An alias whose anchor nests 100 levels, used 50 levels down: 150 levels once expanded.
  'alias-deep.yaml': `a: &a ${'['.repeat(100)}${']'.repeat(100)}\nb: ${'['.repeat(50)}*a${']'.repeat(50)}\n`,
  // A five-level billion laughs (9^5 strings) in 300 bytes.
  'bomb.yaml': [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    '',
  ].join('\n'),
};
