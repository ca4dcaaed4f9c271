import type { Document, LineCounter, Node } from 'yaml';
import type { Finding, PlainValue } from '../types.js';
import type { TextPositions, YamlSourceMap } from './source-map.js';

/** What parsing hands on: shared by the yaml path (parse.ts) and the fast path (fast/). */
export interface ParseLimits {
  /** yaml's own alias budget, on the toJS path only (merge keys, tags): its alias lookup is quadratic. */
  maxAliasCount: number;
  /** Levels of values (the root is 1); checked on the syntax tree before the composer recurses. */
  maxDepth: number;
  /** What a file's values may expand to through aliases (see expansion.ts); default from its length. */
  maxExpansion?: number;
}

export const defaultParseLimits: ParseLimits = { maxAliasCount: 100, maxDepth: 128 };

export interface ParsedDocument {
  index: number;
  /** Plain value with nulls dropped; undefined when the document had errors or is empty. */
  value: PlainValue | undefined;
  /** True when this document must not be checked by rules. */
  broken: boolean;
  empty: boolean;
  map: YamlSourceMap;
  /** Root node, for callers that need to locate List items. */
  root: Node | null;
  document: Document;
}

export interface ParsedStream {
  documents: ParsedDocument[];
  findings: Finding[];
  lineCounter: LineCounter;
  positions: TextPositions;
  /** The text that positions refer to (BOM removed). */
  text: string;
}
