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
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Code-unit order, independent of locale, so output is the same everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
