import { describe, expect, it } from 'vitest';
import { parseYamlStream } from '../../src/yaml/parse.js';
import { pickRange } from '../../src/yaml/positions.js';
import { checkText } from '../../src/pipeline/check.js';
import type { JsonPath } from '../../src/types.js';

const manifest = `apiVersion: batch/v1
kind: Job
metadata:
  name: ping
spec:
  template:
    spec:
      containers:
        - name: ping
          image: alpine:3.8
          env:
`;

function locate(text: string, path: JsonPath, target: 'key' | 'value') {
  const stream = parseYamlStream(text);
  return pickRange(stream.documents[0]!.map.locate(path), target);
}

describe('source map', () => {
  const table: { name: string; path: JsonPath; target: 'key' | 'value'; range: [number, number, number, number] }[] = [
    { name: 'a scalar value', path: ['spec', 'template', 'spec', 'containers', 0, 'image'], target: 'value', range: [10, 18, 10, 28] },
    { name: 'a key', path: ['spec', 'template', 'spec', 'containers', 0, 'image'], target: 'key', range: [10, 11, 10, 16] },
    { name: 'a sequence item anchors on its first key', path: ['spec', 'template', 'spec', 'containers', 0], target: 'key', range: [9, 11, 9, 15] },
    { name: 'an empty value points just past the key', path: ['spec', 'template', 'spec', 'containers', 0, 'env'], target: 'value', range: [11, 15, 11, 16] },
    {
      name: 'a missing path falls back to the closest ancestor key',
      path: ['spec', 'template', 'spec', 'restartPolicy'],
      target: 'value',
      range: [7, 5, 7, 9],
    },
    {
      name: 'a missing list index falls back to the list key',
      path: ['spec', 'template', 'spec', 'containers', 3, 'image'],
      target: 'value',
      range: [8, 7, 8, 17],
    },
    { name: 'the root anchors on the first key', path: [], target: 'key', range: [1, 1, 1, 11] },
  ];
  for (const row of table) {
    it(row.name, () => {
      const range = locate(manifest, row.path, row.target)!;
      expect([range.line, range.column, range.endLine, range.endColumn]).toEqual(row.range);
    });
  }

  it('does not shift positions for a BOM or CRLF line ends', () => {
    const crlf = `\uFEFF${manifest.replace(/\n/g, '\r\n')}`;
    const path: JsonPath = ['spec', 'template', 'spec', 'containers', 0, 'image'];
    expect(locate(crlf, path, 'value')).toEqual(locate(manifest, path, 'value'));
  });

  it('counts columns in UTF-16 code units', () => {
    const range = locate('data:\n  emoji: "😀"\n  after: x\n', ['data', 'emoji'], 'value')!;
    expect([range.column, range.endColumn]).toEqual([10, 14]);
  });
});

describe('parseYamlStream', () => {
  it('reads yes/no/on/off as booleans, as kubectl (go-yaml v2) does, and keeps quoted ones as strings', () => {
    const stream = parseYamlStream('a: yes\nb: "yes"\nc: off\nd: true\ne: 4\n');
    expect(stream.documents[0]!.value).toEqual({ a: true, b: 'yes', c: false, d: true, e: 4 });
  });

  it('drops nulls (Kubernetes treats them as unset) and keeps __proto__ as data', () => {
    const stream = parseYamlStream('metadata:\n  creationTimestamp: null\n  name: x\n__proto__:\n  polluted: true\n');
    const value = stream.documents[0]!.value as Record<string, unknown>;
    expect(value.metadata).toEqual({ name: 'x' });
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('marks documents with errors as broken and keeps the others', () => {
    const stream = parseYamlStream('a: 1\n---\nb: [1,\n---\nc: 3\n');
    expect(stream.documents.map((d) => d.broken)).toEqual([false, true, false]);
    expect(stream.findings.map((f) => [f.ruleId, f.line])).toEqual([['yaml-syntax', 4]]);
  });

  it('reports a duplicate key on the second occurrence', () => {
    const stream = parseYamlStream('a: 1\nb: 2\na: 3\n');
    expect(stream.findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toEqual([['yaml-duplicate-key', 3, 1, 2]]);
  });
});

describe('resources', () => {
  it('treats kind: List items as resources with their own positions', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: one\n  - apiVersion: v1\n    kind: Secret\n    metadata:\n      name: two\n';
    const { resources, findings } = checkText('list.yaml', text);
    expect(findings).toEqual([]);
    expect(resources.map((r) => [r.kind, r.name])).toEqual([
      ['ConfigMap', 'one'],
      ['Secret', 'two'],
    ]);
    const range = pickRange(resources[1]!.map.locate(['metadata', 'name']), 'value')!;
    expect([range.line, range.column]).toEqual([11, 13]);
  });

  const shapes: { name: string; text: string; at: [number, number]; message: RegExp }[] = [
    { name: 'a list document', text: '- a\n- b\n', at: [1, 1], message: /must be a mapping/ },
    { name: 'a scalar document', text: 'hello\n', at: [1, 1], message: /must be a mapping/ },
    { name: 'missing kind', text: 'apiVersion: v1\nmetadata:\n  name: x\n', at: [1, 1], message: /missing kind/ },
    { name: 'missing metadata.name', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {}\n', at: [3, 1], message: /missing metadata\.name/ },
  ];
  for (const shape of shapes) {
    it(`reports manifest-shape for ${shape.name}`, () => {
      const { findings } = checkText('x.yaml', shape.text);
      expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['manifest-shape', ...shape.at]]);
      expect(findings[0]!.message).toMatch(shape.message);
    });
  }

  it('accepts generateName instead of a name', () => {
    expect(checkText('x.yaml', 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: run-\n').findings).toEqual([]);
  });
});
