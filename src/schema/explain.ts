/** Turns ajv errors into findings a beginner can act on: one error, at most one finding, at its key or value. */
import { findingAt } from '../yaml/locate.js';
import { formatPath, get, isObject } from '../k8s/pod-spec.js';
import { listNames } from '../k8s/did-you-mean.js';
import { isKnownNonSecretKind, mustRedact } from '../k8s/redact.js';
import { suggestField } from './suggest-field.js';
import { goTemplatesArePlaceholders, hasPlaceholder } from '../k8s/placeholders.js';
import { pointerToPath } from './validated-yaml.js';

export { pointerToPath } from './validated-yaml.js';
import { explainEnum, withoutEnumBesideType } from './enum-findings.js';
import type { Finding, FixIntent, JsonPath, PlainValue, ReportData, Resource, Severity } from '../types.js';
import { translate, type MessageReport } from '../messages.js';
import { schemaMeta } from './messages.js';
import type { Definitions, SchemaError, SchemaNode } from './bundle.js';
import { branchFor, deref, jsonType, schemaAt, shortName, typesOf, type SchemaAt } from './schema-at.js';

export interface ExplainContext {
  resource: Resource;
  definitions: Definitions;
  /** The definition the resource was validated against. */
  root: string;
  severity: Severity;
  /** The Kubernetes version whose schema this is. */
  version: string;
  /** The oldest newer bundled version whose definition has this field, if any (fields added later). */
  fieldAddedIn?: (definition: string, field: string) => string | undefined;
  /** The version a value of an enumerated field appeared in, when it is later than `version`. */
  enumValueAddedIn?: (definition: string, property: string, value: string) => string | undefined;
}

/**
 * Values the shared rule redacts are never repeated (src/engine/redact.ts). A field the schema
 * types as a flag or a number (automountServiceAccountToken, replicas) is no credential outside a Secret.
 */
function isSensitive(resource: Resource, path: JsonPath, schema: SchemaNode | undefined): boolean {
  if (!mustRedact(resource, path, { schemaKnown: true })) return false;
  if (!isKnownNonSecretKind(resource.kind, true)) return true;
  const types = schema === undefined ? [] : Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return types.length === 0 || types.includes('string');
}

function quote(text: string, limit = 40): string {
  const shown = text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
  return JSON.stringify(shown);
}

function describeValue(value: unknown, sensitive: boolean): string {
  switch (jsonType(value)) {
    case 'string':
      return sensitive ? 'a string' : `the string ${quote(value as string)}`;
    case 'integer':
    case 'number':
      return sensitive ? 'a number' : `the number ${String(value)}`;
    case 'boolean':
      return sensitive ? 'a true/false value' : String(value);
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return 'empty';
  }
}

const quantityHint = 'a quantity such as 500m, 1, 1.5 or 1Gi';
const intOrStringHint = 'a whole number or a string (such as 8080, "http" or "25%")';

function describeTypes(types: readonly string[]): string {
  const key = [...types].sort().join(',');
  if (key === 'integer,string') return intOrStringHint;
  if (key === 'number,string') return quantityHint;
  const words: Record<string, string> = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping of fields (key: value)',
    array: 'a list',
  };
  const named = [...new Set(types.map((type) => words[type] ?? type))];
  return named.length <= 1 ? (named[0] ?? 'something else') : `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
}

/** One line about a field, for hints: "About replicas: the number of desired pods." */
function about(field: string | number | undefined, description: string | undefined): string {
  return typeof field === 'string' && description ? ` About ${field}: ${description}` : '';
}

function fieldName(path: JsonPath): string | number | undefined {
  return path[path.length - 1];
}

/** "a PodSpec", "an ObjectMeta". */
function withArticle(type: string): string {
  return `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** "spec.template.spec (a PodSpec)" or "the top level of this StatefulSet". */
function placeName(path: JsonPath, at: SchemaAt | undefined, resource: Resource): string {
  if (path.length === 0) return `the top level of this ${resource.kind ?? 'manifest'}`;
  const type = shortName(at?.definition);
  return type ? `${formatPath(path)} (${withArticle(type)})` : formatPath(path);
}

function typeFix(expected: readonly string[], value: unknown, field: string | number | undefined, sensitive: boolean): string {
  const name = typeof field === 'string' ? field : 'it';
  const actual = jsonType(value);
  const wantsNumber = expected.includes('integer') || expected.includes('number');
  if (actual === 'string' && wantsNumber && /^\s*-?\d+(\.\d+)?\s*$/.test(value as string)) {
    return sensitive ? 'Remove the quotes around the number.' : `Remove the quotes: ${name}: ${(value as string).trim()}.`;
  }
  if (actual === 'string' && expected.includes('boolean') && /^(true|false)$/i.test(value as string)) {
    return `Remove the quotes: ${name}: ${(value as string).toLowerCase()}.`;
  }
  const key = [...expected].sort().join(',');
  if (key === 'number,string') return 'Write a quantity: a number, or a number with a unit such as 500m or 1Gi.';
  if (key === 'integer,string' && actual !== 'number') return 'Use a whole number, or a string such as "25%" or a port name.';
  if (actual === 'number' && expected.includes('integer')) {
    return expected.includes('string') ? 'Use a whole number, or a percentage in quotes such as "25%".' : 'Use a whole number.';
  }
  if ((actual === 'integer' || actual === 'number' || actual === 'boolean') && expected.includes('string')) {
    return sensitive ? 'Put the value in quotes.' : `Put the value in quotes: ${name}: "${String(value)}".`;
  }
  if (expected.length === 1 && expected[0] === 'array') {
    return actual === 'object' ? 'Make it a list: put "- " in front of each item.' : 'Make it a list: one "- " item per line below it, or [a, b] on one line.';
  }
  if (expected.length === 1 && expected[0] === 'object') {
    return actual === 'array'
      ? 'Remove the "- " in front: this field holds key: value fields, not a list.'
      : `Write the fields of ${name} indented below it, one per line.`;
  }
  return `Use ${describeTypes(expected)}.`;
}

/** What went wrong, as a message id (and wording variant) of the schema check and its data. */
export interface Explained extends MessageReport {
  path: JsonPath;
  target: 'key' | 'value';
  data: ReportData;
  fix?: FixIntent;
  suggestions?: FixIntent[];
}

function explainOne(error: SchemaError, context: ExplainContext, path: JsonPath): Explained {
  const { resource, definitions, root } = context;
  const value = path.length === 0 ? resource.value : get(resource.value, path);
  const at = schemaAt(definitions, root, path, resource.value);
  const sensitive = isSensitive(resource, path, at?.schema);
  const field = fieldName(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const known = Object.keys(at?.schema.properties ?? {});
      const suggestion = suggestField(name, known);
      const where = placeName(path, at, resource);
      const fieldPath = [...path, name];
      if (suggestion) {
        const target = at?.schema.properties?.[suggestion];
        const description = target ? deref(definitions, target).description : undefined;
        return {
          messageId: 'unknown-field',
          path: fieldPath,
          target: 'key',
          data: { field: name, where, suggestion, about: about(suggestion, description) },
          fix: { title: `Rename ${name} to ${suggestion}`, replacement: suggestion },
        };
      }
      const type = shortName(at?.definition);
      const addedIn = at?.definition ? context.fieldAddedIn?.(at.definition, name) : undefined;
      if (addedIn) {
        return {
          messageId: 'unknown-field',
          variant: 'added-later',
          path: fieldPath,
          target: 'key',
          data: { field: name, where, version: context.version, addedIn },
        };
      }
      return {
        messageId: 'unknown-field',
        variant: 'no-such-field',
        path: fieldPath,
        target: 'key',
        data: { field: name, where, owner: type ? withArticle(type) : 'this object', allowedFields: listNames(known, 12) },
      };
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      const property = at?.schema.properties?.[missing];
      const description = property ? deref(definitions, property).description : undefined;
      const where = path.length === 0 ? `This ${resource.kind ?? 'manifest'}` : formatPath(path);
      return {
        messageId: 'required',
        path,
        target: 'key',
        data: { where, field: missing, place: path.length === 0 ? 'at the top level' : `under ${formatPath(path)}`, about: about(missing, description) },
      };
    }
    case 'type': {
      const expected = Array.isArray(error.params.type) ? (error.params.type as string[]) : String(error.params.type).split(',');
      // A number or boolean where only a string will do: quoting it as written is the one evident repair.
      const quote = expected.length === 1 && expected[0] === 'string' && (typeof value === 'number' || typeof value === 'boolean');
      return {
        messageId: 'wrong-type',
        path,
        target: 'value',
        ...(quote
          ? {
              fix: {
                title: typeof field === 'string' && field !== 'value' ? `Put the value of ${field} in quotes` : 'Put the value in quotes',
                quote: true,
                ...(sensitive ? { sensitive } : {}),
              },
            }
          : {}),
        data: {
          path: formatPath(path) || 'This document',
          expected: describeTypes(expected),
          actual: describeValue(value, sensitive),
          fix: typeFix(expected, value, field, sensitive),
          about: about(field, at?.description),
        },
      };
    }
    case 'anyOf': {
      const expected = at ? typesOf(definitions, at.schema) : [];
      return {
        messageId: 'wrong-type',
        path,
        target: 'value',
        data: {
          path: formatPath(path),
          expected: describeTypes(expected),
          actual: describeValue(value, sensitive),
          fix: typeFix(expected, value, field, sensitive),
          about: about(field, at?.description),
        },
      };
    }
    case 'enum':
      return explainEnum(
        error,
        { definitions, root, data: resource.value, version: context.version, enumValueAddedIn: context.enumValueAddedIn },
        path,
        value,
        sensitive,
        about(field, at?.description),
      );
    case 'const':
      return {
        messageId: 'enum',
        path,
        target: 'value',
        data: {
          path: formatPath(path),
          allowed: JSON.stringify(error.params.allowedValue),
          actual: describeValue(value, sensitive),
          about: about(field, at?.description),
        },
      };
    case 'format': {
      if (error.params.format === 'byte') {
        const hint = resource.kind === 'Secret' ? 'byte-secret' : resource.kind === 'ConfigMap' ? 'byte-configmap' : undefined;
        return { messageId: 'format', variant: 'byte', ...(hint ? { hint } : {}), path, target: 'value', data: { path: formatPath(path) } };
      }
      return {
        messageId: 'format',
        path,
        target: 'value',
        data: { path: formatPath(path), actual: describeValue(value, sensitive), about: about(field, at?.description) },
      };
    }
    case 'pattern':
      return {
        messageId: 'pattern',
        path,
        target: 'value',
        data: { path: formatPath(path), pattern: String(error.params.pattern), actual: describeValue(value, sensitive), about: about(field, at?.description) },
      };
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
    case 'maxLength':
    case 'minLength':
    case 'maxItems':
    case 'minItems':
    case 'maxProperties':
    case 'minProperties': {
      const limit = Number(error.params.limit);
      const bound: Record<string, string> = {
        maximum: `at most ${limit}`,
        minimum: `at least ${limit}`,
        exclusiveMaximum: `less than ${limit}`,
        exclusiveMinimum: `more than ${limit}`,
        maxLength: `at most ${limit} characters long`,
        minLength: `at least ${limit} character${limit === 1 ? '' : 's'} long`,
        maxItems: `a list of at most ${limit} item${limit === 1 ? '' : 's'}`,
        minItems: `a list of at least ${limit} item${limit === 1 ? '' : 's'}`,
        maxProperties: `a mapping of at most ${limit} field${limit === 1 ? '' : 's'}`,
        minProperties: `a mapping of at least ${limit} field${limit === 1 ? '' : 's'}`,
      };
      const shown = error.keyword.endsWith('imum')
        ? describeValue(value, sensitive)
        : error.keyword.endsWith('Length')
          ? `${String(value).length} characters long`
          : error.keyword.endsWith('Items')
            ? `a list of ${Array.isArray(value) ? value.length : 0}`
            : `a mapping of ${isObject(value as PlainValue) ? Object.keys(value as object).length : 0}`;
      return {
        messageId: 'out-of-range',
        ...(about(field, at?.description).trim() ? {} : { hint: null }),
        path,
        target: 'value',
        data: { path: formatPath(path) || 'This document', bound: bound[error.keyword]!, actual: shown, about: about(field, at?.description).trim() },
      };
    }
    default:
      return {
        messageId: 'invalid',
        ...(at?.description ? {} : { hint: null }),
        path,
        target: 'value',
        data: { path: formatPath(path) || 'This document', keyword: error.keyword, field: String(field), description: at?.description ?? '' },
      };
  }
}

/**
 * anyOf branches each report why they failed; a person needs only the branch meant for the value
 * (chosen by its type), or one "must be X or Y" when no branch takes that type.
 */
function collapseAnyOf(errors: readonly SchemaError[], context: ExplainContext): SchemaError[] {
  const silenced = new Set<SchemaError>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    const path = pointerToPath(error.instancePath, context.resource.value);
    const at = schemaAt(context.definitions, context.root, path, context.resource.value, true);
    const value = path.length === 0 ? context.resource.value : get(context.resource.value, path);
    const matching = at ? branchFor(context.definitions, at.schema, value) : undefined;
    for (const other of errors) {
      if (other === error) continue;
      const atSamePlace = other.instancePath === error.instancePath;
      const below = other.instancePath.startsWith(`${error.instancePath}/`);
      // Type mismatches of the branches not meant for this value say nothing new.
      if (atSamePlace && other.keyword === 'type') silenced.add(other);
      else if (!matching && below) silenced.add(other);
    }
    if (matching) silenced.add(error);
  }
  return errors.filter((error) => !silenced.has(error));
}

/** Keywords about the value itself: a placeholder's value is whatever the template renders (unrendered-template warns once). */
const valueKeywords = new Set(['type', 'enum', 'format', 'pattern', 'anyOf', 'oneOf', 'minimum', 'maximum', 'minLength', 'maxLength']);

function isPlaceholderValue(error: SchemaError, path: JsonPath, context: ExplainContext): boolean {
  if (!valueKeywords.has(error.keyword)) return false;
  const value = path.length === 0 ? undefined : get(context.resource.value, path);
  return typeof value === 'string' && hasPlaceholder(value, goTemplatesArePlaceholders(context.resource.apiVersion));
}

export function explainErrors(errors: readonly SchemaError[], context: ExplainContext): Finding[] {
  const findings: Finding[] = [];
  for (const error of collapseAnyOf(withoutEnumBesideType(errors), context)) {
    const path = pointerToPath(error.instancePath, context.resource.value);
    if (isPlaceholderValue(error, path, context)) continue;
    const explained = explainOne(error, context, path);
    const { messageId, message, hint } = translate(schemaMeta, explained);
    findings.push({
      ...findingAt(context.resource, {
        ruleId: 'schema',
        severity: context.severity,
        message,
        path: explained.path,
        target: explained.target,
        hint,
        fix: explained.fix,
        suggestions: explained.suggestions,
      }),
      messageId,
    });
  }
  return findings;
}
