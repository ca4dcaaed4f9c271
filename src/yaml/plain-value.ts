import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PlainObject, PlainValue } from '../types.js';
import { compactString } from './compact-strings.js';

/** Returned when a document needs yaml's own toJS (aliases, merge keys, complex keys, depth). */
export const needsToJS = Symbol('needs toJS');

class Unsupported extends Error {}
const unsupported = new Unsupported();

/**
 * The plain value of a document in one pass over its nodes: what `dropNulls(document.toJS())`
 * gives, without building toJS's intermediate copy. Documents with anything this does not handle
 * (aliases, `<<` merge keys, keys that are collections, nesting past `maxDepth`) get needsToJS,
 * and the caller takes yaml's own path, which also reports what is wrong with them.
 */
export function plainValueOf(root: Node | null, maxDepth: number): PlainValue | undefined | typeof needsToJS {
  try {
    return convert(root, 1, maxDepth);
  } catch (error) {
    if (error === unsupported) return needsToJS;
    throw error;
  }
}

function scalarValue(value: unknown): PlainValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return compactString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  // Dates, binary and other tagged values: yaml's toJS knows their conversions.
  throw unsupported;
}

function convert(node: unknown, depth: number, maxDepth: number): PlainValue | undefined {
  if (node === null || node === undefined) return undefined;
  if (depth > maxDepth) throw unsupported;
  if (isScalar(node)) return scalarValue(node.value);
  if (isSeq(node)) {
    const out: PlainValue[] = new Array(node.items.length);
    node.items.forEach((item, i) => {
      // Nulls inside lists keep their index (dropNulls keeps them as null).
      out[i] = convert(item, depth + 1, maxDepth) ?? (null as unknown as PlainValue);
    });
    return out;
  }
  if (isMap(node)) {
    const out: PlainObject = {};
    let nullKeys: string[] | undefined;
    for (const pair of node.items) {
      const key = pair.key as unknown;
      if (!isScalar(key) || key.value === '<<' || (key.value !== null && typeof key.value === 'object')) throw unsupported;
      // toJS's stringifyKey: a null key is the empty string.
      const name = key.value === null || key.value === undefined ? '' : String(key.value);
      // A key seen twice (1 and "1" are not duplicates to yaml): leave the order rules to toJS.
      if (Object.hasOwn(out, name) || nullKeys?.includes(name)) throw unsupported;
      const value = convert(pair.value, depth + 1, maxDepth);
      if (value === undefined) (nullKeys ??= []).push(name);
      // Keys such as "__proto__" must stay data, never touch the prototype.
      else if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    }
    return out;
  }
  throw unsupported;
}
