/**
 * The one loader for kubegrade's own YAML files (the rubric, the configuration): parse with the yaml
 * stage, check the one document (ajv schema and the caller's own checks), and place every problem at
 * its line and column with the position service. It returns findings; it never throws or prints.
 */
import { parseYamlStream, type ParsedDocument } from '../yaml/parse.js';
import { rangeAt } from '../yaml/locate.js';
import { isObject } from '../k8s/pod-spec.js';
import type { Finding, JsonPath, PlainValue } from '../types.js';
import { fallbackRange } from '../findings.js';

/** A problem in a YAML file of kubegrade's own, before it is placed at a line and column. */
export interface Problem {
  path: JsonPath;
  target: 'key' | 'value';
  message: string;
  hint?: string;
  /** Characters into the value where the problem starts (path syntax errors). */
  offset?: number;
}

/** JSON pointer (ajv's instancePath) -> path; a segment is an index when the data there is a list. */
export function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = isObject(current as PlainValue) ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** The part of an ajv error the describers read (ajv's ErrorObject has it). */
export interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: unknown;
}

/** An ajv validate function, as ajv compiles it. */
export interface AjvValidate {
  (data: unknown): boolean;
  errors?: readonly AjvError[] | null;
}

/** One ajv error, as a file kind's wording reads it. */
export interface AjvErrorContext {
  error: AjvError;
  /** Where the error is inside the validated value (ajv's instancePath as a path). */
  where: JsonPath;
  /** Where the validated value is inside the file. */
  basePath: JsonPath;
  /** The last segment of `where`. */
  last: string | number | undefined;
  /** The unknown field (additionalProperties) or the missing one (required). */
  name: string;
  /** The fields the schema allows where an unknown one was found. */
  allowed: string[];
}

/** How one kind of file (rubric, configuration) words each ajv keyword: undefined drops the error. */
export type AjvWording = Partial<Record<string, (context: AjvErrorContext) => string | undefined>> & {
  default: (context: AjvErrorContext) => string | undefined;
};

/**
 * The one ajv-error describer: places the problem (an unknown field on its own key, a missing field
 * on the key of the mapping that lacks it, anything else on the value) and words it with `wording`.
 */
export function describeAjvError(error: AjvError, data: unknown, wording: AjvWording, basePath: JsonPath = []): Problem | undefined {
  const where = pointerToPath(error.instancePath, data);
  const name = String(error.params.additionalProperty ?? error.params.missingProperty ?? '');
  const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const message = (wording[error.keyword] ?? wording.default)({ error, where, basePath, last: where[where.length - 1], name, allowed });
  if (message === undefined) return undefined;
  if (error.keyword === 'additionalProperties') return { path: [...basePath, ...where, name], target: 'key', message };
  return { path: [...basePath, ...where], target: error.keyword === 'required' ? 'key' : 'value', message };
}

/** The problems ajv finds in `value`, described with `wording`, with paths below `basePath`. */
export function schemaProblems(validate: AjvValidate, value: unknown, wording: AjvWording, basePath: JsonPath = []): Problem[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).flatMap((error) => describeAjvError(error, value, wording, basePath) ?? []);
}

export interface ValidatedYamlSpec {
  /** How findings name the file. */
  file: string;
  /** The check id findings carry (`rubric`, `config`). */
  ruleId: string;
  /** The message on the second document of a file that must hold one. */
  severalDocuments: string;
  /** The message for a file without a document; without it, an empty file is no problem (found: false). */
  noDocument?: string;
  /** Everything wrong with the document's value (undefined: a null document): schema problems and the caller's own checks. */
  check(value: PlainValue | undefined): Problem[];
}

export interface ValidatedYaml {
  /** Whether the file has a document (an empty file has none). */
  found: boolean;
  /** The document's value, when the file has no problem. */
  value?: PlainValue;
  /** Located problems, sorted by line, column and message, each once. */
  problems: Finding[];
}

const fileStart = fallbackRange;

function locate(document: ParsedDocument, lines: readonly string[], problem: Problem, spec: ValidatedYamlSpec): Finding {
  let range = rangeAt(document.map, problem.path, problem.target) ?? fileStart;
  if (problem.offset !== undefined && range.line === range.endLine) {
    // Point inside the value at the offending character, past an opening quote if there is one.
    const quote = /["']/.test(lines[range.line - 1]?.[range.column - 1] ?? '') ? 1 : 0;
    const column = Math.min(range.column + quote + problem.offset, range.endColumn - 1);
    range = { line: range.line, column, endLine: range.line, endColumn: column + 1 };
  }
  return { ruleId: spec.ruleId, severity: 'error', message: problem.message, file: spec.file, ...range, ...(problem.hint ? { hint: problem.hint } : {}) };
}

/** Parses, checks and locates one YAML document. Never throws on bad input. */
export function loadValidatedYaml(text: string, spec: ValidatedYamlSpec): ValidatedYaml {
  const stream = parseYamlStream(text);
  const syntax = stream.findings.filter((finding) => finding.severity === 'error').map((finding) => ({ ...finding, ruleId: spec.ruleId, file: spec.file }));
  if (syntax.length > 0) return { found: false, problems: syntax };
  const documents = stream.documents.filter((doc) => !doc.empty);
  const second = documents[1];
  if (second || (documents.length === 0 && spec.noDocument !== undefined)) {
    const where = second ? rangeAt(second.map, [], 'key') : undefined;
    return {
      found: false,
      problems: [
        { ruleId: spec.ruleId, severity: 'error', message: second ? spec.severalDocuments : spec.noDocument!, file: spec.file, ...(where ?? fileStart) },
      ],
    };
  }
  const document = documents[0];
  if (!document) return { found: false, problems: [] };
  const value = document.value;
  const lines = stream.text.split(/\r?\n/);
  const located = spec.check(value).map((problem) => locate(document, lines, problem, spec));
  const unique = new Map(located.map((finding) => [`${finding.line}:${finding.column}:${finding.message}`, finding]));
  const problems = [...unique.values()].sort(
    (a, b) => a.line! - b.line! || a.column! - b.column! || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  return { found: true, ...(problems.length > 0 ? {} : value === undefined ? {} : { value }), problems };
}

/** Loader problems as text, one per line (file:line:col: message), each hint below its problem unless `hints` is false. */
export function formatProblems(problems: readonly Finding[], options: { indent?: string; hints?: boolean } = {}): string {
  const indent = options.indent ?? '';
  return problems
    .map((p) => `${indent}${p.file}:${p.line}:${p.column}: ${p.message}${p.hint && options.hints !== false ? `\n${indent}    → ${p.hint}` : ''}`)
    .join('\n');
}
