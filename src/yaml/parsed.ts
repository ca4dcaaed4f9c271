import type { Finding, PlainValue } from '../types.js';
import type { CompactSourceMap } from './compact-map.js';

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
  /** Paths to ranges; `map.listItem(i)` for the items of a `kind: List`. */
  map: CompactSourceMap;
}

export interface ParsedStream {
  documents: ParsedDocument[];
  findings: Finding[];
  /** Where each line of `text` starts (positions.ts: lineStartsOf). */
  lineStarts: readonly number[];
  /** The text that positions refer to (BOM removed). */
  text: string;
}
