import { CompactSourceMap, fileData, STRIDE } from '../compact-map.js';
import type { ParseLimits, ParsedDocument, ParsedStream } from '../parsed.js';
import { lineStartsOf } from '../positions.js';
import { FALLBACK, Scanner } from './scanner.js';

/** Off: every file takes the yaml path (the differential test and the bench compare the two). */
export const fastPath = { enabled: process.env.KUBEGRADE_YAML_FAST !== '0' };

/**
 * The fast path of parseYamlStream: the purpose-built scanner (scanner.ts) reads the file when it
 * can, writing the same source-map table as the yaml path's CompactMapBuilder, and without any yaml
 * Document. It returns undefined for anything it leaves to yaml (then yaml reads the whole file,
 * and reports every problem as before). test/yaml/fast-parse.differential.test.ts holds it to
 * yaml's answers.
 */
export function fastParseYamlStream(text: string, limits: ParseLimits): ParsedStream | undefined {
  if (!fastPath.enabled) return undefined;
  let scanned;
  try {
    scanned = new Scanner(text, limits.maxDepth).scan();
  } catch (error) {
    if (error === FALLBACK) return undefined;
    // A stack overflow or a bug: yaml reads the file and says what is wrong with it.
    return undefined;
  }
  const lineStarts = lineStartsOf(text);
  const nodes = scanned.nodes * STRIDE;
  const table = new Int32Array(nodes + lineStarts.length);
  table.set(scanned.table.subarray(0, nodes));
  table.set(lineStarts, nodes);
  const file = fileData(table, nodes, scanned.keyNames, undefined, scanned.globalKeys);
  const documents: ParsedDocument[] = scanned.documents.map((doc, index) => ({
    index,
    value: doc.value,
    broken: false,
    empty: doc.empty,
    map: CompactSourceMap.of(file, doc.node),
  }));
  return { documents, findings: [], lineStarts, text };
}
