import type { JsonPath, PlainObject, PlainValue } from './types.js';

export function isObject(value: PlainValue | undefined | null): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function get(value: PlainValue | undefined, path: JsonPath): PlainValue | undefined {
  let current: PlainValue | undefined = value;
  for (const segment of path) {
    if (current === undefined || current === null) return undefined;
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isObject(current) && Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
  }
  return current ?? undefined;
}

/** Renders a JSON path as a dotted path: spec.containers[0].image */
export function formatPath(path: JsonPath): string {
  // Joined, not concatenated: a finding keeps its path, and a chain of += keeps every piece alive as a rope.
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') parts.push(`[${segment}]`);
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) parts.push(parts.length > 0 ? `.${segment}` : segment);
    else parts.push(`[${JSON.stringify(segment)}]`);
  }
  return parts.join('');
}

/** Code-unit order, independent of locale, so output is the same everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One Map key for several texts (null too), each with its length so that no two lists give the same key; cheaper than JSON.stringify. */
export function keyOf(...parts: (string | null)[]): string {
  // Joined, not concatenated: a key kept for every resource must be one flat string, not a rope of its pieces.
  const pieces: string[] = [];
  for (const part of parts) pieces.push(part === null ? '-' : `${part.length}:${part}`);
  return pieces.join('|');
}
