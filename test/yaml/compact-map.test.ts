import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlStream } from '../../src/yaml/parse.js';
import { CompactSourceMap } from '../../src/yaml/compact-map.js';
import type { JsonPath, PathLocation, PlainValue } from '../../src/types.js';
import { viaYaml } from './fast-parse.support.js';
import { yamlReference } from './yaml-reference.js';

/** Every path in a value, plus paths that miss (a sibling key, an index past the end, one level too deep). */
function probePaths(value: PlainValue, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix, [...prefix, 'no-such-key'], [...prefix, 0], [...prefix, 99]);
  if (Array.isArray(value)) value.forEach((item, i) => item !== null && probePaths(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) probePaths(item, [...prefix, key], out);
  return out;
}

/**
 * Compares the source map of every readable document (and of each item of a List) with yaml's own
 * node ranges (yaml-reference.ts) on every probe path, for both parsers (the fast scanner and
 * yaml's composer through CompactMapBuilder) and through a structured clone of each map.
 */
function expectYamlLocations(text: string): number {
  const reference = yamlReference(text);
  let compared = 0;
  for (const stream of [parseYamlStream(text), viaYaml(text)]) {
    for (const doc of stream.documents) {
      if (doc.broken || doc.empty || doc.value === undefined) continue;
      const expected = reference[doc.index]!;
      const check = (map: CompactSourceMap, value: PlainValue, want: (path: JsonPath) => PathLocation) => {
        // Through a structured clone too, as results come back from worker threads.
        const cloned = CompactSourceMap.fromPortable(structuredClone(map.portable));
        // And packed, as lint mode keeps maps for the cross-resource rules (then cloned back out of the packing).
        const packed = CompactSourceMap.fromPortable(structuredClone(map.portable));
        packed.pack();
        const unpacked = CompactSourceMap.fromPortable(structuredClone(packed.portable));
        for (const probe of probePaths(value)) {
          const location = want(probe);
          expect(map.locate(probe), JSON.stringify(probe)).toEqual(location);
          expect(cloned.locate(probe)).toEqual(location);
          expect(packed.locate(probe)).toEqual(location);
          expect(unpacked.locate(probe)).toEqual(location);
          compared++;
        }
      };
      check(doc.map, doc.value, expected.locate);
      const items = (doc.value as { items?: PlainValue }).items;
      if (Array.isArray(items)) items.forEach((item, i) => check(doc.map.listItem(i), item, (path) => expected.locateInItem(i, path)));
    }
  }
  return compared;
}

const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: ping   # trailing comment
  labels: {app: ping, "quoted key": 'v'}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: ping
          image: alpine:3.8
          command: ["ping", "-c", "3", "$(TARGET)"]
          env:
          - name: TARGET
            value: >
              folded
              text

          - name: EMPTY
            value:
          -
          args: |
            literal
`;

const edgeCases: Record<string, string> = {
  'a plain job': job,
  'CRLF and a BOM': `\uFEFF${job.replace(/\n/g, '\r\n')}`,
  'several documents': `${job}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n---\n# only a comment\n`,
  'a List':
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n    data: {k: v}\n  - apiVersion: v1\n    kind: Secret\n    metadata:\n      name: b\n',
  'anchors, aliases and merge keys':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n  labels: &labels\n    app: web\n    tier: &tier front\ndata:\n  copy: *tier\n  more:\n    <<: *labels\n    extra: "1"\n  nested: *labels\n',
  'an alias into an earlier List item':
    'apiVersion: v1\nkind: List\nitems:\n  - &first\n    apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n    data: &d {k: v}\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: b}\n    data: *d\n',
  'numeric and null keys': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: n\ndata:\n  1: one\n  ~: nothing\n  true: yes\n  "2": two\n',
  'unicode and wide characters': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ü\ndata:\n  emoji: "😀 ok"\n  日本: 語\n',
  'flow collections over several lines':
    'apiVersion: v1\nkind: Service\nmetadata: {name: s,\n  labels: {a: b}}\nspec:\n  ports: [{port: 80,\n    targetPort: 8080}, {port: 443}]\n',
  'a List whose items key is repeated (the last one is the field)':
    'apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: old}}\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: new\n',
  'a List whose items are an alias': 'apiVersion: v1\nkind: List\nx: &all\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\nitems: *all\n',
  'an empty document between two': `${job}---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n`,
  'a document that is a bare alias root item': 'apiVersion: v1\nkind: List\nitems:\n  - &x {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n  - *x\n',
};

describe("the source map answers with the ranges of yaml's own nodes", () => {
  for (const [name, text] of Object.entries(edgeCases)) {
    it(name, () => {
      expect(expectYamlLocations(text)).toBeGreaterThan(0);
    });
  }

  it('on random manifests', () => {
    const scalar = fc.oneof(
      fc.constantFrom('x', '"quoted"', "'single'", '1', '0x1F', 'true', 'null', '~', '', '"a: b"', 'ünï'),
      fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
    );
    const key = fc.oneof(fc.constantFrom('name', 'image', 'spec', 'data', 'a', '"q k"', '1'), fc.stringMatching(/^[a-z]{1,6}$/));
    const node: fc.Memo<string[]> = fc.memo((depth) =>
      depth <= 1
        ? scalar.map((s) => [s])
        : fc.oneof(
            scalar.map((s) => [s]),
            fc
              .array(fc.tuple(key, node(depth - 1)), { minLength: 1, maxLength: 4 })
              .map((pairs) =>
                pairs.flatMap(([k, lines]) =>
                  lines.length === 1 && !lines[0]!.startsWith('  ') && !lines[0]!.startsWith('- ')
                    ? [`${k}: ${lines[0]}`]
                    : [`${k}:`, ...lines.map((line) => `  ${line}`)],
                ),
              ),
            fc
              .array(node(depth - 1), { minLength: 1, maxLength: 3 })
              .map((items) => items.flatMap((lines) => [`- ${lines[0]}`, ...lines.slice(1).map((line) => `  ${line}`)])),
          ),
    );
    let checked = 0;
    fc.assert(
      fc.property(node(4), fc.boolean(), (body, crlf) => {
        const text = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: r', 'data:', ...body.map((line) => `  ${line}`), ''].join(
          crlf ? '\r\n' : '\n',
        );
        if (expectYamlLocations(text) > 0) checked++;
      }),
      { numRuns: 300 },
    );
    // Most generated texts are valid manifests (duplicate keys make the rest broken documents).
    expect(checked).toBeGreaterThan(150);
  });

  const sharedCorpus = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
  describe.skipIf(!existsSync(sharedCorpus))('on the real-world corpus', () => {
    it('every resource of a sample of files', () => {
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir).sort()) {
          const full = path.join(dir, entry);
          if (statSync(full).isDirectory()) walk(full);
          else if (/\.ya?ml$/.test(entry) && statSync(full).size < 200_000) files.push(full);
        }
      };
      walk(sharedCorpus);
      // Every 10th file keeps this under a few seconds.
      let compared = 0;
      for (const file of files.filter((_, i) => i % 10 === 0)) compared += expectYamlLocations(readFileSync(file, 'utf8'));
      expect(compared).toBeGreaterThan(1000);
    });
  });
});
