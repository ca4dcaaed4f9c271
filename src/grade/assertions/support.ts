/** What the assertion tests share: the failure shape, what a message may show, and small comparisons. */
import type { JsonPath, PlainValue, Resource } from '../../types.js';
import { formatPath, isObject } from '../../k8s/pod-spec.js';
import { holdsRedacted } from '../../k8s/redact.js';
import type { Selected } from '../select.js';

/** Why an assertion failed, at the node a student should look at. */
export interface AssertionFailure {
  path: JsonPath;
  target: 'key' | 'value';
  message: string;
  /** Anchored on a near miss (a misspelt key or name): the most useful failure to show. */
  near?: boolean;
  /** The value at `path` that would make this failure go away, when there is exactly one (equals, a misspelt name). */
  fix?: { value: PlainValue };
}

export interface AssertionResult {
  passed: boolean;
  failures: AssertionFailure[];
}

/** How a check decides what its messages may show (src/engine/redact.ts). */
export interface CheckContext {
  /** The rubric expects a secret here: its resource is a Secret (in any spelling) or the check compares base64. */
  secretExpected?: boolean;
}

/** Whether a value, or anything inside it, must stay out of messages. */
export function hidden(resource: Resource, path: JsonPath, value: PlainValue | undefined, context: CheckContext): boolean {
  return holdsRedacted(resource, path, value, context);
}

/** A value as a message shows it: strings quoted, structures compact. */
export function show(value: PlainValue | undefined): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export const showValue = show;

export function orList(values: readonly PlainValue[]): string {
  const shown = values.map(show);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

export function where(path: JsonPath): string {
  return formatPath(path) || 'the resource';
}

/** Test one selected node; undefined means it passes. */
export type NodeTest = (node: Selected, resource: Resource, context: CheckContext) => AssertionFailure | undefined;

/** A right value of the wrong type (ttw: 4 for "4"), said without printing a sensitive value. */
export function typeSlip(actual: PlainValue, expected: PlainValue, sensitive: boolean): string | undefined {
  if (typeof expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean') && String(actual) === expected) {
    return sensitive
      ? `is a ${typeof actual}, but it must be a string: put the value in quotes`
      : `is the ${typeof actual} ${String(actual)}, but it must be the string ${show(expected)}: put it in quotes`;
  }
  if ((typeof expected === 'number' || typeof expected === 'boolean') && typeof actual === 'string' && actual === String(expected)) {
    return sensitive
      ? `is a string, but it must be a ${typeof expected}: remove the quotes`
      : `is the string ${show(actual)}, but it must be the ${typeof expected} ${String(expected)}: remove the quotes`;
  }
  return undefined;
}

export function deepEqual(a: PlainValue | undefined, b: PlainValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}

export function stripSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function commandAnchor(path: JsonPath, container: PlainValue): JsonPath {
  if (isObject(container) && container.command !== undefined) return [...path, 'command'];
  if (isObject(container) && container.args !== undefined) return [...path, 'args'];
  return path;
}
