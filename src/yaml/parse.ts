import { LineCounter, Parser, Composer, isMap, isSeq, isAlias, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Finding, PlainObject, PlainValue } from '../types.js';
import { goYamlBinary, goYamlBoolean } from './tags.js';
import { syntaxFindings, type ParserProblem } from './syntax-messages.js';
import { SourceLines } from './source-lines.js';
import { findDuplicateKeys } from './duplicate-keys.js';
import { firstUndefinedAlias } from './undefined-alias.js';
import { compactString } from './compact-strings.js';
import { needsToJS, plainValueOf } from './plain-value.js';
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

function problemOf(error: YAMLError, severity: 'error' | 'warning'): ParserProblem {
  return { code: error.code, message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''), pos: error.pos, severity };
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
  const lineCounter = new LineCounter();
  // Line starts from the text itself: the parser skips the line breaks inside tokens it rejects.
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  const findings: Finding[] = [];
  const documents: ParsedDocument[] = [];
  // logLevel: yaml would otherwise print some warnings (with the text of a key) to stderr itself.
  // uniqueKeys: false: duplicate keys are found in one linear pass (findDuplicateKeys), not yaml's quadratic one.
  const options = { uniqueKeys: false, merge: true, customTags: [goYamlBoolean, goYamlBinary], logLevel: 'error' as const };
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
  const sourceLines = new SourceLines(text);
  docs.forEach((document, index) => {
    const root = (document.contents as Node | null) ?? null;
    const problems: ParserProblem[] = [...document.errors.map((e) => problemOf(e, 'error')), ...document.warnings.map((w) => problemOf(w, 'warning'))];
    // In a document with syntax errors the tree is yaml's guess: a repeated key there may be an artefact.
    const duplicates = document.errors.length === 0 ? findDuplicateKeys(root, lineCounter) : { findings: [], twoResources: false };
    findings.push(...duplicates.findings);
    const map = new YamlSourceMap(document, root, positions);
    // A duplicate key alone leaves the document readable (last value wins); two resources in one do not.
    let broken = document.errors.length > 0 || duplicates.twoResources;
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
    const undefinedAlias = plain === needsToJS && !broken && !empty ? firstUndefinedAlias(root) : undefined;
    if (undefinedAlias?.range) {
      broken = true;
      problems.push({ code: 'BAD_ALIAS', message: 'undefined alias', pos: [undefinedAlias.range[0], undefinedAlias.range[1]], severity: 'error' });
    }
    findings.push(...syntaxFindings(problems, sourceLines, lineCounter));
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
