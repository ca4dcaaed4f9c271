import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PlainObject, PlainValue } from '../types.js';
import { compactString } from './compact-strings.js';

/** Returned when a document needs yaml's own toJS (merge keys, complex keys, tags, depth). */
export const needsToJS = Symbol('needs toJS');

class Unsupported extends Error {}
const unsupported = new Unsupported();

/**
 * The plain value of a document in one pass over its nodes: what `dropNulls(document.toJS())`
 * gives, without building toJS's intermediate copy. Every alias of one anchor is the very same
 * value (a long aliased string is never copied: ExpansionBudget has already bounded what aliases
 * expand to). Documents with anything this does not handle (`<<` merge keys, keys that are
 * collections, nesting past `maxDepth`, an alias to an unknown anchor) get needsToJS,
 * and the caller takes yaml's own path, which also reports what is wrong with them.
 */
export function plainValueOf(root: Node | null, maxDepth: number): PlainValue | undefined | typeof needsToJS {
  try {
    return new Converter(maxDepth).convert(root, 1);
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

/** Marks an anchor whose node is still being converted (an alias inside it is a cycle). */
const inProgress = Symbol('in progress');

class Converter {
  /** Values of the anchors seen so far, by name: the last one of each name wins, as in yaml. */
  private readonly anchors = new Map<string, PlainValue | undefined | typeof inProgress>();

  constructor(private readonly maxDepth: number) {}

  convert(node: unknown, depth: number): PlainValue | undefined {
    if (node === null || node === undefined) return undefined;
    if (isAlias(node)) {
      if (!this.anchors.has(node.source)) throw unsupported;
      const value = this.anchors.get(node.source);
      if (value === inProgress) throw unsupported;
      return value;
    }
    if (depth > this.maxDepth) throw unsupported;
    const anchor = (node as Node).anchor;
    if (anchor) this.anchors.set(anchor, inProgress);
    const value = this.convertNode(node, depth);
    if (anchor) this.anchors.set(anchor, value);
    return value;
  }

  private convertNode(node: unknown, depth: number): PlainValue | undefined {
    if (isScalar(node)) return scalarValue(node.value);
    if (isSeq(node)) {
      const out: PlainValue[] = new Array(node.items.length);
      node.items.forEach((item, i) => {
        // Nulls inside lists keep their index (dropNulls keeps them as null).
        out[i] = this.convert(item, depth + 1) ?? (null as unknown as PlainValue);
      });
      return out;
    }
    if (isMap(node)) {
      const out: PlainObject = {};
      let nullKeys: Set<string> | undefined;
      for (const pair of node.items) {
        const key = pair.key as unknown;
        // With merge on, yaml gives a `<<` key a symbol for its value.
        if (!isScalar(key) || key.value === '<<' || typeof key.value === 'symbol' || (key.value !== null && typeof key.value === 'object')) throw unsupported;
        // toJS's stringifyKey: a null key is the empty string.
        const name = key.value === null || key.value === undefined ? '' : String(key.value);
        // A key seen twice (1 and "1" are not duplicates to yaml): leave the order rules to toJS.
        if (Object.hasOwn(out, name) || nullKeys?.has(name)) throw unsupported;
        const value = this.convert(pair.value, depth + 1);
        if (value === undefined) (nullKeys ??= new Set()).add(name);
        // Keys such as "__proto__" must stay data, never touch the prototype.
        else if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
        else out[name] = value;
      }
      return out;
    }
    throw unsupported;
  }
}
