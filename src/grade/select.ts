import type { JsonPath, PlainObject, PlainValue, Resource } from '../types.js';
import { get, isObject, podSpecOf, podSpecPaths } from '../k8s/pod-spec.js';

/**
 * The rubric's path language, the "given" half of a check:
 *   spec.template.spec.containers[*].image     every container's image
 *   $pod.containers[name=db].image             the pod spec of any workload kind; a list filter
 *   spec.volumeClaimTemplates[metadata.name=pg-data]   filters take a dotted field
 *   data["max-hops"], data['a.b'], containers[0]       quoted keys and indexes
 */
export type Segment =
  { type: 'pod' } | { type: 'key'; key: string } | { type: 'index'; index: number } | { type: 'wildcard' } | { type: 'filter'; field: string[]; value: string };

export class PathSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based character offset in the path text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

const plainKey = /^[^.[\]"'=\s]+/;

export function parsePath(text: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  if (text.startsWith('$pod')) {
    segments.push({ type: 'pod' });
    i = 4;
    if (i < text.length && text[i] !== '.' && text[i] !== '[') throw new PathSyntaxError('"$pod" must be followed by "." or "["', i);
    if (text[i] === '.') i++;
  }
  if (text.trim() === '') throw new PathSyntaxError('the path is empty', 0);
  let expectKey = true;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '[') {
      const close = findClosingBracket(text, i);
      segments.push(parseBracket(text.slice(i + 1, close), i + 1));
      i = close + 1;
      expectKey = false;
      continue;
    }
    if (char === '.') {
      if (expectKey) throw new PathSyntaxError('empty path segment (two dots, or a dot at the start)', i);
      i++;
      expectKey = true;
      if (i >= text.length) throw new PathSyntaxError('the path ends with a dot', i - 1);
      continue;
    }
    if (!expectKey) throw new PathSyntaxError(`expected "." or "[" before "${char}"`, i);
    const match = plainKey.exec(text.slice(i));
    if (!match) throw new PathSyntaxError(`unexpected "${char}"; quote unusual keys: ["${char}..."]`, i);
    segments.push({ type: 'key', key: match[0] });
    i += match[0].length;
    expectKey = false;
  }
  return segments;
}

function findClosingBracket(text: string, open: number): number {
  let quote: string | undefined;
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ']') return i;
  }
  throw new PathSyntaxError('"[" is never closed', open);
}

function parseBracket(inner: string, offset: number): Segment {
  const trimmed = inner.trim();
  if (trimmed === '*') return { type: 'wildcard' };
  if (/^\d+$/.test(trimmed)) return { type: 'index', index: Number(trimmed) };
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  if (quoted) return { type: 'key', key: quoted[2]! };
  const equals = trimmed.indexOf('=');
  if (equals > 0) {
    const field = trimmed.slice(0, equals).trim();
    let value = trimmed.slice(equals + 1).trim();
    const quotedValue = /^(["'])(.*)\1$/.exec(value);
    if (quotedValue) value = quotedValue[2]!;
    if (!/^[^.[\]"'=\s]+(\.[^.[\]"'=\s]+)*$/.test(field)) throw new PathSyntaxError(`"${field}" is not a field path a filter can test`, offset);
    return { type: 'filter', field: field.split('.'), value };
  }
  throw new PathSyntaxError(`"[${inner}]" is not [*], an index, a quoted key or a filter [field=value]`, offset);
}

/** One node the path selected. */
export interface Selected {
  path: JsonPath;
  value: PlainValue;
}

/** Where a branch of the selection found nothing. */
export interface Miss {
  /** The deepest node that exists on this branch. */
  parent: JsonPath;
  parentValue: PlainValue | undefined;
  /** What was looked for there. */
  segment: Segment;
}

export interface Selection {
  matches: Selected[];
  misses: Miss[];
}

/** Scalars compare by their text, so a filter [containerPort=80] finds 80 as well as "80". */
export function scalarText(value: PlainValue | undefined): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/**
 * The pod spec of a workload, even when a beginner nested it one level off: the canonical place
 * first, else the first mapping under spec that holds a containers list (so checks on images and
 * commands still grade what was written, and the nesting check alone reports the nesting).
 */
export function podSpecPathOf(resource: Resource): JsonPath {
  const canonical = podSpecOf(resource);
  if (canonical) return canonical.path;
  const expected = (resource.kind && podSpecPaths[resource.kind]) || ['spec', 'template', 'spec'];
  const queue: { path: JsonPath; value: PlainValue }[] = [];
  if (isObject(resource.value.spec)) queue.push({ path: ['spec'], value: resource.value.spec });
  while (queue.length > 0) {
    const { path, value } = queue.shift()!;
    if (!isObject(value)) continue;
    if (Array.isArray(value.containers)) return path;
    if (path.length >= 6) continue;
    for (const [key, child] of Object.entries(value)) if (isObject(child)) queue.push({ path: [...path, key], value: child });
  }
  return expected;
}

export function selectPath(resource: Resource, segments: readonly Segment[]): Selection {
  let current: Selected[] = [{ path: [], value: resource.value }];
  const misses: Miss[] = [];
  for (const segment of segments) {
    const next: Selected[] = [];
    for (const node of current) step(resource, node, segment, next, misses);
    current = next;
  }
  return { matches: current, misses };
}

function step(resource: Resource, node: Selected, segment: Segment, out: Selected[], misses: Miss[]): void {
  const { path, value } = node;
  const miss = () => misses.push({ parent: path, parentValue: value, segment });
  switch (segment.type) {
    case 'pod': {
      const podPath = podSpecPathOf(resource);
      const spec = get(resource.value, podPath);
      if (isObject(spec)) out.push({ path: podPath, value: spec });
      else {
        const { parent, parentValue } = deepestExisting(resource.value, podPath);
        misses.push({ parent, parentValue, segment: { type: 'key', key: String(podPath[Math.min(parent.length, podPath.length - 1)]) } });
      }
      return;
    }
    case 'key': {
      if (isObject(value) && Object.prototype.hasOwnProperty.call(value, segment.key)) out.push({ path: [...path, segment.key], value: value[segment.key]! });
      else miss();
      return;
    }
    case 'index': {
      if (Array.isArray(value) && segment.index < value.length && value[segment.index] !== null)
        out.push({ path: [...path, segment.index], value: value[segment.index]! });
      else miss();
      return;
    }
    case 'wildcard': {
      const before = out.length;
      if (Array.isArray(value)) value.forEach((item, i) => item !== null && out.push({ path: [...path, i], value: item }));
      else if (isObject(value)) for (const [key, item] of Object.entries(value)) out.push({ path: [...path, key], value: item });
      if (out.length === before) miss();
      return;
    }
    case 'filter': {
      const before = out.length;
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (item !== null && scalarText(get(item, segment.field)) === segment.value) out.push({ path: [...path, i], value: item });
        });
      }
      if (out.length === before) miss();
      return;
    }
  }
}

function deepestExisting(root: PlainObject, path: JsonPath): { parent: JsonPath; parentValue: PlainValue | undefined } {
  let value: PlainValue | undefined = root;
  let i = 0;
  for (; i < path.length; i++) {
    const next = get(value, [path[i]!]);
    if (next === undefined) break;
    value = next;
  }
  return { parent: path.slice(0, i), parentValue: value };
}

/** A segment as a student would read it in a message: "volumeMounts entry with name=x". */
export function describeSegment(segment: Segment): string {
  switch (segment.type) {
    case 'pod':
      return 'pod spec';
    case 'key':
      return segment.key;
    case 'index':
      return `item ${segment.index}`;
    case 'wildcard':
      return 'entries';
    case 'filter':
      return `entry with ${segment.field.join('.')}: ${segment.value}`;
  }
}
