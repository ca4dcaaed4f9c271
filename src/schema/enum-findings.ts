/** The finding for a value outside a field's allowed values: on the value, naming them, with the close one. */
import { formatPath } from '../k8s/pod-spec.js';
import type { FixIntent, JsonPath, ReportData } from '../types.js';
import type { Definitions, SchemaError } from './bundle.js';
import { schemaAt } from './schema-at.js';
import { suggestField } from './suggest-field.js';

export interface EnumContext {
  definitions: Definitions;
  root: string;
  /** The resource's value, for finding the definition that owns the field. */
  data: unknown;
  version: string;
  /** The version a value of `<definition>.<property>` appeared in, when it is later than `version`. */
  enumValueAddedIn?: (definition: string, property: string, value: string) => string | undefined;
}

export interface EnumExplained {
  messageId: 'enum';
  variant?: 'suggestion' | 'added-later';
  path: JsonPath;
  target: 'value';
  data: ReportData;
  fix?: FixIntent;
  suggestions?: FixIntent[];
}

/** The definition and property an enum value belongs to; a list item (accessModes[0]) belongs to its list. */
function ownerOf(context: EnumContext, path: JsonPath): { definition: string; property: string } | undefined {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end--;
  const property = path[end - 1];
  if (typeof property !== 'string') return undefined;
  const definition = schemaAt(context.definitions, context.root, path.slice(0, end - 1), context.data)?.definition;
  return definition ? { definition, property } : undefined;
}

/** `"tcp"`, or nothing of the value when it may be a secret. */
function shown(value: unknown, sensitive: boolean): string {
  if (sensitive) return 'the value given';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

/**
 * `spec.ports[0].protocol must be one of TCP, UDP, SCTP, not "tcp".` with `Did you mean TCP?`;
 * a value a later Kubernetes version has says from which version. The empty value some fields
 * accept (the API server defaults it) is not offered.
 */
export function explainEnum(error: SchemaError, context: EnumContext, path: JsonPath, value: unknown, sensitive: boolean, about: string): EnumExplained {
  const allowed = (error.params.allowedValues as unknown[])
    .filter((item) => item !== '')
    .map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  const list = allowed.length === 1 ? allowed[0]! : `one of ${allowed.join(', ')}`;
  const place = formatPath(path);
  const owner = ownerOf(context, path);
  const addedIn = typeof value === 'string' && owner ? context.enumValueAddedIn?.(owner.definition, owner.property, value) : undefined;
  if (addedIn) {
    return {
      messageId: 'enum',
      variant: 'added-later',
      path,
      target: 'value',
      data: { path: place, allowed: list, version: context.version, value: value as string, addedIn, about },
    };
  }
  const suggestion = typeof value === 'string' && !sensitive ? suggestField(value, allowed) : undefined;
  const data = { path: place, allowed: list, actual: shown(value, sensitive), about };
  return suggestion
    ? {
        messageId: 'enum',
        variant: 'suggestion',
        path,
        target: 'value',
        data: { ...data, suggestion },
        // Only the case wrong (tcp for TCP): that is what was meant. A near spelling may be another value: a suggestion.
        ...(suggestion.toLowerCase() === String(value).toLowerCase()
          ? { fix: { title: `Change ${String(value)} to ${suggestion}`, replacement: suggestion } }
          : { suggestions: [{ title: `Change ${String(value)} to ${suggestion}`, replacement: suggestion }] }),
      }
    : { messageId: 'enum', path, target: 'value', data };
}

/** A value of the wrong type also fails the enum; the type finding says it better, once. */
export function withoutEnumBesideType(errors: readonly SchemaError[]): SchemaError[] {
  const typed = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  return errors.filter((error) => error.keyword !== 'enum' || !typed.has(error.instancePath));
}
