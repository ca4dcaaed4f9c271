/** The differential comparison of the fast YAML path with the yaml path, shared by the test and its fuzzing. */
import type { CompactSourceMap } from '../../src/yaml/compact-map.js';
import { fastParseYamlStream, fastPath } from '../../src/yaml/fast/index.js';
import { defaultParseLimits, parseYamlStream, type ParsedStream } from '../../src/yaml/parse.js';
import type { JsonPath } from '../../src/types.js';

/** The yaml path, as parseYamlStream ran before the fast path. */
export function viaYaml(text: string): ParsedStream {
  fastPath.enabled = false;
  try {
    return parseYamlStream(text);
  } finally {
    fastPath.enabled = true;
  }
}

/** Every node of a compact table below `root`: its path, kind, size, key name and offsets. */
function describeTable(map: CompactSourceMap): { path: JsonPath; row: string }[] {
  const { file, root } = map.portable;
  const { table, keyNames } = file;
  const rows: { path: JsonPath; row: string }[] = [];
  const walk = (node: number, path: JsonPath) => {
    const base = node * 6;
    const kind = table[base]! & 7;
    const size = table[base]! >>> 3;
    const keyName = table[base + 1]! >= 0 ? keyNames[table[base + 1]!] : '-';
    rows.push({
      path,
      row: `${JSON.stringify(path)} kind=${kind} size=${size} key=${keyName} k=${table[base + 2]},${table[base + 3]} v=${table[base + 4]},${table[base + 5]}`,
    });
    let position = 0;
    for (let child = node + 1; child < node + size; child += table[child * 6]! >>> 3, position++) {
      const name = table[child * 6 + 1]!;
      walk(child, [...path, kind === 2 ? (name >= 0 ? keyNames[name]! : `#${position}`) : position]);
    }
  };
  // A document without contents has no node (-1 on the fast path, an empty one on the yaml path).
  if (root >= 0 && (table[root * 6]! & 7) !== 0) walk(root, []);
  return rows;
}

export interface Difference {
  accepted: boolean;
  differences: string[];
}

/**
 * Runs both paths on `text`. Accepted files must agree on the number of documents, every value,
 * every node of the map table (kinds, key names, key and value offsets) and every path's located
 * key and value ranges, List items included.
 */
export function compareWithYaml(text: string): Difference {
  const fast = fastParseYamlStream(text, defaultParseLimits);
  if (!fast) return { accepted: false, differences: [] };
  const slow = viaYaml(text);
  const differences: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    const left = JSON.stringify(a, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? '-0' : v));
    const right = JSON.stringify(b, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? '-0' : v));
    if (left !== right) differences.push(`${what}: fast ${left} yaml ${right}`);
  };
  if (slow.findings.length > 0) differences.push(`yaml has findings the fast path did not see: ${slow.findings.map((f) => f.message).join(' | ')}`);
  same('documents', fast.documents.length, slow.documents.length);
  slow.documents.forEach((expected, i) => {
    const actual = fast.documents[i];
    if (!actual) return;
    same(`doc ${i} broken`, actual.broken, expected.broken);
    same(`doc ${i} empty`, actual.empty, expected.empty);
    same(`doc ${i} value`, actual.value, expected.value);
    // The scanner's table against the one CompactMapBuilder writes from yaml's Document.
    const slowTable = describeTable(expected.map);
    const fastTable = describeTable(actual.map);
    same(`doc ${i} nodes`, fastTable.length, slowTable.length);
    slowTable.forEach((row, n) => same(`doc ${i} node ${n}`, fastTable[n]?.row, row.row));
    // The tables being equal, locating a sample of paths checks the maps' own logic.
    for (const { path } of [{ path: [] as JsonPath }, ...slowTable.filter((_row, n) => n % 7 === 0)])
      same(`doc ${i} locate ${JSON.stringify(path)}`, actual.map.locate(path), expected.map.locate(path));
    const items = (expected.value as { items?: unknown } | undefined)?.items;
    if (Array.isArray(items)) {
      items.forEach((_item, n) => {
        const slowItem = expected.map.listItem(n);
        const fastItem = actual.map.listItem(n);
        for (const { path } of [{ path: [] as JsonPath }, ...slowTable.filter((row) => row.path[1] === n)])
          same(`doc ${i} item ${n} locate ${JSON.stringify(path)}`, fastItem.locate(path.slice(2)), slowItem.locate(path.slice(2)));
      });
    }
  });
  return { accepted: true, differences };
}
