import { Parser, Composer, isMap, isSeq, isAlias, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Finding, PlainObject, PlainValue } from '../types.js';
import { goYamlBinary, goYamlBoolean } from './tags.js';
import { syntaxFindings, type ParserProblem } from './syntax-messages.js';
import { SourceLines } from './source-lines.js';
import { findDuplicateKeys } from './duplicate-keys.js';
import { firstUndefinedAlias } from './undefined-alias.js';
import { compactString } from './compact-strings.js';
import { needsToJS, plainValueOf } from './plain-value.js';
import { fastParseYamlStream } from './fast/index.js';
import { defaultParseLimits, type ParseLimits, type ParsedDocument, type ParsedStream } from './parsed.js';

export { defaultParseLimits, type ParseLimits, type ParsedDocument, type ParsedStream } from './parsed.js';
import { clampOffset, lineStartsOf, offsetsToRange } from './positions.js';
import { CompactMapBuilder } from './compact-map.js';
import { cutDeepNesting } from './depth-scan.js';
import { ExpansionBudget, expansionLimit, type ExpansionProblem } from './expansion.js';
import { fallbackRange } from '../findings.js';

function problemOf(error: YAMLError, severity: 'error' | 'warning'): ParserProblem {
  return { code: error.code, message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''), pos: error.pos, severity };
}

/** Aliases give toJS the same object or string several times: each is converted (and copied) once. */
type Seen = Map<unknown, PlainValue>;

function dropNulls(value: unknown, seen: Seen = new Map()): PlainValue | undefined {
  if (value === null || value === undefined) return undefined;
  const known = seen.get(value);
  if (known !== undefined) return known;
  const plain = dropNullsOnce(value, seen);
  if (plain !== undefined && (typeof value === 'object' || (typeof value === 'string' && value.length > 48))) seen.set(value, plain);
  return plain;
}

function dropNullsOnce(value: unknown, seen: Seen): PlainValue | undefined {
  if (Array.isArray(value)) {
    // Nulls inside lists stay meaningful to position (index) so keep them as absent holes filtered later by rules.
    return value.map((item) => dropNulls(item, seen) ?? (null as unknown as PlainValue));
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const out: PlainObject = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const plain = dropNulls(item, seen);
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
  // Line starts from the text itself: the parser skips the line breaks inside tokens it rejects.
  const lineStarts = lineStartsOf(text);
  const findings: Finding[] = [];
  const documents: ParsedDocument[] = [];
  // logLevel: yaml would otherwise print some warnings (with the text of a key) to stderr itself.
  // uniqueKeys: false: duplicate keys are found in one linear pass (findDuplicateKeys), not yaml's quadratic one.
  const options = { uniqueKeys: false, merge: true, customTags: [goYamlBoolean, goYamlBinary], logLevel: 'error' as const };
  let docs: Document.Parsed[];
  const tooDeep = new Map<number, number>();
  try {
    const tokens = Array.from(new Parser().parse(text));
    for (const deep of cutDeepNesting(tokens, limits.maxDepth)) tooDeep.set(deep.document, deep.offset);
    const composer = new Composer(options);
    docs = [...composer.compose(tokens, true, text.length)];
  } catch (error) {
    // Not expected any more (nesting is cut above); kept so that a parser bug is a finding, not a crash.
    findings.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: `The YAML parser gave up on this file: ${(error as Error).message}.`,
      ...fallbackRange,
      hint: 'Simplify the file: it nests too deeply or is too large to parse.',
    });
    return { documents, findings, lineStarts, text };
  }

  // Each document's map goes into one flat table for the file, so no syntax tree outlives this function.
  const builder = new CompactMapBuilder(text, lineStarts);
  const sourceLines = new SourceLines(text);
  const at = (start: number, end = start + 1) =>
    offsetsToRange(lineStarts, clampOffset(text, start), Math.max(clampOffset(text, start) + 1, Math.min(end, text.length)));
  // What aliases expand to is measured for the whole file before any value is built.
  const budget = new ExpansionBudget(limits.maxExpansion ?? expansionLimit(text.length), limits.maxDepth);
  let overBudget: { document: number; problem: ExpansionProblem } | undefined;
  docs.forEach((document, index) => {
    if (overBudget || tooDeep.has(index) || document.errors.length > 0) return;
    const problem = budget.add((document.contents as Node | null) ?? null);
    if (problem) overBudget = { document: index, problem };
  });
  if (overBudget) findings.push(expansionFinding(overBudget.problem, docs, at, budget.limit));

  docs.forEach((document, index) => {
    const root = (document.contents as Node | null) ?? null;
    const problems: ParserProblem[] = [...document.errors.map((e) => problemOf(e, 'error')), ...document.warnings.map((w) => problemOf(w, 'warning'))];
    // In a document with syntax errors the tree is yaml's guess: a repeated key there may be an artefact.
    const duplicates = document.errors.length === 0 ? findDuplicateKeys(root, lineStarts) : { findings: [], twoResources: false };
    // A repeated key is about this document's resource: grading ties it there by index.
    findings.push(...duplicates.findings.map((finding) => ({ ...finding, docIndex: index })));
    const map = builder.add(document, root);
    // A duplicate key alone leaves the document readable (last value wins); two resources in one do not.
    let broken = document.errors.length > 0 || duplicates.twoResources || overBudget !== undefined;
    let value: PlainValue | undefined;
    const empty = root === null || ((root as { value?: unknown }).value === null && !isMap(root) && !isSeq(root) && !isAlias(root));
    const deepAt = tooDeep.get(index);
    if (deepAt !== undefined) {
      broken = true;
      findings.push({
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: `This document nests deeper than ${limits.maxDepth} levels; it is not checked further.`,
        ...at(deepAt),
        hint: 'No Kubernetes manifest nests this deep; check the indentation.',
      });
    }
    // One pass builds the value of an ordinary document; anything unusual takes yaml's own path.
    const plain = !broken && !empty ? plainValueOf(root, limits.maxDepth) : needsToJS;
    if (plain !== needsToJS) value = plain;
    const undefinedAlias = plain === needsToJS && !broken && !empty ? firstUndefinedAlias(root) : undefined;
    if (undefinedAlias?.range) {
      broken = true;
      problems.push({ code: 'BAD_ALIAS', message: 'undefined alias', pos: [undefinedAlias.range[0], undefinedAlias.range[1]], severity: 'error' });
    }
    findings.push(...syntaxFindings(problems, sourceLines, lineStarts));
    if (plain === needsToJS && !broken && !empty) {
      try {
        value = dropNulls(document.toJS({ maxAliasCount: limits.maxAliasCount }));
      } catch (error) {
        broken = true;
        const alias = firstAlias(root);
        const range = alias?.range ? offsetsToRange(lineStarts, alias.range[0], alias.range[1]) : fallbackRange;
        const aliasLimit = error instanceof ReferenceError && /Excessive alias count/.test(error.message);
        findings.push({
          ruleId: 'yaml-syntax',
          severity: 'error',
          message: aliasLimit
            ? `This document uses one anchor through more than ${limits.maxAliasCount} aliases together with merge keys or tags; it is not checked further.`
            : `This document could not be turned into plain data (check its merge keys and tags); it is not checked further.`,
          ...range,
          hint: aliasLimit ? 'Write the values out, or use fewer aliases.' : undefined,
        });
      }
    }
    documents.push({ index, value, broken, empty, map });
  });
  builder.finish();
  return { documents, findings, lineStarts, text };
}

type RangeAt = (start: number, end?: number) => ReturnType<typeof offsetsToRange>;

/** One finding for a file whose aliases expand too far: at the alias, or the first alias of the file. */
function expansionFinding(problem: ExpansionProblem, docs: Document.Parsed[], at: RangeAt, limit: number): Finding {
  let alias: Node | null = problem.alias;
  for (let i = 0; !alias && i < docs.length; i++) alias = firstAlias((docs[i]!.contents as Node | null) ?? null);
  const range = alias?.range ? at(alias.range[0], alias.range[1]) : at(0);
  const base = { ruleId: 'yaml-syntax', severity: 'error' as const, ...range };
  if (problem.kind === 'cycle')
    return {
      ...base,
      message: 'This alias is inside the collection its anchor names, so it expands without end; the file is not checked further.',
      hint: 'Point the alias at an anchor defined outside this collection.',
    };
  if (problem.kind === 'depth')
    return {
      ...base,
      message: 'Expanded here, this alias nests deeper than the depth limit; the file is not checked further.',
      hint: 'Write the values out, or use fewer nested aliases.',
    };
  return {
    ...base,
    message: `Aliases in this file expand to more than ${limit.toLocaleString('en-US')} characters of values (a "billion laughs" pattern); it is not checked further.`,
    hint: 'The bound is 4 times the file size, at least 16 KiB: write the values out, or use fewer and smaller aliases.',
  };
}
