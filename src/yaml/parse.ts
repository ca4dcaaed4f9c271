import { LineCounter, Parser, Composer, isMap, isSeq, isAlias, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Finding, PlainObject, PlainValue } from '../types.js';
import { goYamlBoolean } from './tags.js';
import { compactString } from './compact-strings.js';
import { needsToJS, plainValueOf } from './plain-value.js';
import { fastParseYamlStream } from './fast/index.js';
import { offsetsToRange, TextPositions, YamlSourceMap } from './source-map.js';

export interface ParseLimits {
  /** yaml's alias-expansion budget (protects against billion-laughs documents). */
  maxAliasCount: number;
  maxDepth: number;
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

const errorHints: Record<string, string> = {
  TAB_AS_INDENT: 'Indent with spaces: YAML does not allow tabs for indentation.',
  BAD_INDENT: 'Line the key up with its siblings; YAML nesting is set by indentation.',
  MISSING_CHAR: 'Close the bracket or quote that was opened earlier.',
  BLOCK_AS_IMPLICIT_KEY: 'Put a space after the colon, or quote the value if the colon belongs to it.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; check for a missing colon or a stray line break.',
  UNEXPECTED_TOKEN: 'Check this line for a stray character, a missing space after ":" or "-", or an unquoted special character.',
  DUPLICATE_KEY: 'Remove one of the two; Kubernetes would silently keep only the last.',
  BAD_ALIAS: 'Define the anchor (&name) before using the alias (*name).',
};

/** The first line of yaml's message, without its code frame. */
function shortMessage(error: YAMLError): string {
  const first = error.message.split('\n')[0] ?? error.message;
  // The token yaml quotes may be a Secret's value: the position shows it, the message must not.
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/: ".*"$/, '');
}

function hintFor(error: YAMLError): string | undefined {
  if (/end with an? [\]}]/.test(error.message) || /Missing closing/.test(error.message)) return errorHints.MISSING_CHAR;
  return errorHints[error.code];
}

/** Keeps positions inside the text: an error "at end of file" goes on the last character. */
function clampOffset(text: string, offset: number): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.max(0, Math.min(offset, Math.max(end - 1, 0)));
}

function errorToFinding(error: YAMLError, text: string, lineCounter: LineCounter, severity: 'error' | 'warning'): Finding {
  const start = clampOffset(text, error.pos[0]);
  const end = Math.max(start + 1, Math.min(error.pos[1], clampOffset(text, error.pos[1]) + 1));
  const range = offsetsToRange(lineCounter, start, end);
  const duplicate = error.code === 'DUPLICATE_KEY';
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return {
      ruleId: 'yaml-syntax',
      severity,
      message: 'This document nests too deeply or expands too much for the parser; it is not checked further.',
      ...range,
      hint: 'No Kubernetes manifest nests hundreds of levels deep: check the indentation of the lines above.',
    };
  }
  return {
    ruleId: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
    severity,
    message: duplicate ? 'This mapping key appears more than once.' : `${shortMessage(error)}.`.replace(/\.\.$/, '.'),
    ...range,
    hint: hintFor(error),
  };
}

function dropNulls(value: unknown): PlainValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    // Nulls inside lists stay meaningful to position (index) so keep them as absent holes filtered later by rules.
    return value.map((item) => dropNulls(item) ?? (null as unknown as PlainValue));
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const out: PlainObject = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const plain = dropNulls(item);
      if (plain === undefined) continue;
      // Keys such as "__proto__" must stay data, never touch the prototype.
      Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return compactString(value);
  return value as PlainValue;
}

function depthOf(root: Node | null, limit: number): { tooDeep: Node | null } {
  let tooDeep: Node | null = null;
  const stack: [Node, number][] = root ? [[root, 1]] : [];
  while (stack.length > 0 && !tooDeep) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) {
      tooDeep = node;
      break;
    }
    if (isMap(node)) {
      for (const pair of node.items) if (pair.value && typeof pair.value === 'object') stack.push([pair.value as Node, depth + 1]);
    } else if (isSeq(node)) {
      for (const item of node.items) if (item && typeof item === 'object') stack.push([item as Node, depth + 1]);
    }
  }
  return { tooDeep };
}

function firstAlias(root: Node | null): Node | null {
  let found: Node | null = null;
  if (!root) return null;
  visit(root, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Parses a YAML stream of any number of documents. Never throws: every problem is a finding,
 * and documents with problems are marked broken so rules skip them.
 */
export function parseYamlStream(source: string, limits: ParseLimits = defaultParseLimits): ParsedStream {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // The fast path reads the files it is sure about; anything else (and every error) is yaml's.
  const fast = fastParseYamlStream(text, limits);
  if (fast) return fast;
  const lineCounter = new LineCounter();
  // Line starts from the text itself: the parser skips the line breaks inside tokens it rejects.
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  const findings: Finding[] = [];
  const documents: ParsedDocument[] = [];
  // logLevel: yaml would otherwise print some warnings (with the text of a key) to stderr itself.
  const options = { uniqueKeys: true, merge: true, customTags: [goYamlBoolean], logLevel: 'error' as const };
  let docs: Document.Parsed[];
  try {
    const composer = new Composer(options);
    const parser = new Parser();
    docs = Array.from(composer.compose(parser.parse(text), true, text.length));
  } catch (error) {
    // yaml can exhaust the stack on absurd nesting; that is a finding, not a crash.
    findings.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: `The YAML parser gave up on this file: ${(error as Error).message}.`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      hint: 'Simplify the file: it nests too deeply or is too large to parse.',
    });
    return { documents, findings, lineCounter, positions: new TextPositions(text, lineCounter), text };
  }

  const positions = new TextPositions(text, lineCounter);
  docs.forEach((document, index) => {
    for (const error of document.errors) findings.push(errorToFinding(error, text, lineCounter, 'error'));
    for (const warning of document.warnings) findings.push(errorToFinding(warning, text, lineCounter, 'warning'));
    const root = (document.contents as Node | null) ?? null;
    const map = new YamlSourceMap(document, root, positions);
    let broken = document.errors.length > 0;
    let value: PlainValue | undefined;
    const empty = root === null || (root as { value?: unknown }).value === null && !isMap(root) && !isSeq(root) && !isAlias(root);
    // One pass builds the value of an ordinary document; anything unusual takes yaml's own path.
    const plain = !broken && !empty ? plainValueOf(root, limits.maxDepth) : needsToJS;
    if (plain !== needsToJS) value = plain;
    else if (!broken && !empty) {
      const { tooDeep } = depthOf(root, limits.maxDepth);
      if (tooDeep) {
        broken = true;
        const range = tooDeep.range ? offsetsToRange(lineCounter, tooDeep.range[0], tooDeep.range[0] + 1) : { line: 1, column: 1, endLine: 1, endColumn: 2 };
        findings.push({
          ruleId: 'yaml-syntax',
          severity: 'error',
          message: `This document nests deeper than ${limits.maxDepth} levels; it is not checked further.`,
          ...range,
          hint: 'No Kubernetes manifest nests this deep; check the indentation.',
        });
      }
    }
    if (plain === needsToJS && !broken && !empty) {
      try {
        value = dropNulls(document.toJS({ maxAliasCount: limits.maxAliasCount }));
      } catch (error) {
        broken = true;
        const alias = firstAlias(root);
        const range = alias?.range ? offsetsToRange(lineCounter, alias.range[0], alias.range[1]) : { line: 1, column: 1, endLine: 1, endColumn: 2 };
        const aliasLimit = error instanceof ReferenceError;
        findings.push({
          ruleId: 'yaml-syntax',
          severity: 'error',
          message: aliasLimit
            ? 'Aliases in this document expand to too much data (a "billion laughs" pattern); it is not checked further.'
            : `This document could not be read: ${(error as Error).message}.`,
          ...range,
          hint: aliasLimit ? 'Write the values out, or use fewer nested aliases.' : undefined,
        });
      }
    }
    documents.push({ index, value, broken, empty, map, root, document });
  });
  return { documents, findings, lineCounter, positions, text };
}
