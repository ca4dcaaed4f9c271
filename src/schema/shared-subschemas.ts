/**
 * Custom schemas as ajv compiles them, with every sizeable subtree compiled once per run: those
 * the interpreter (interpreted.ts) cannot read, and the reference its differential tests compare with.
 *
 * A CRD repeats itself: Argo CD's ApplicationSet carries the same Application template under a
 * dozen generators, and operators inline the same Kubernetes types in several CRDs. Compiled as
 * written, ApplicationSet alone was one 8.6 MB validation function (seconds of ajv code generation).
 * Here each subtree of at least `minSharedNodes` nodes is added to ajv once, under an id derived from
 * its content, and referred to from wherever it occurs, so identical subtrees (and identical
 * CRDs) share one function. ajv's errors are the same: the same keywords run in the same order on
 * the same data, only their schemaPath differs, which no finding reads. Messages are still written
 * from the converted schema itself (descriptions included), never from this copy.
 */
import type { Ajv } from 'ajv';
import { createAjv } from './ajv-setup.js';
import type { Definitions, SchemaNode, ValidateFunction } from './bundle.js';

/** Where the bundled definitions live in ajv; the converted schemas' local `#/definitions/...` references point there. */
const bundledId = 'kubegrade:custom-bundled';

/** Smaller subtrees are cheaper inline than as a call. */
export const minSharedNodes = 24;

/** Keywords whose value is one schema, or a list or map of them. */
const oneSchema = new Set(['items', 'not', 'additionalProperties']);
const schemaList = new Set(['allOf', 'anyOf', 'oneOf']);

type Raw = Record<string, unknown>;

function isSchema(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The subschemas of one ajv instance, by content. */
export class SharedSubschemas {
  /** Content key (children by id) -> id. */
  private readonly ids = new Map<string, number>();
  /** Node count of each id's subtree. */
  private readonly sizes: number[] = [];
  private readonly added = new Set<number>();

  private readonly ajv: Ajv;

  /** @param bundled the bundled definitions custom schemas refer to (ObjectMeta and what it references) */
  constructor(bundled: Definitions) {
    // ajv's optimizer walks a function's names once per nesting level: over a second for big CRDs, for code no faster.
    this.ajv = createAjv({ validateSchema: false, strict: false, logger: false, code: { optimize: false } });
    this.ajv.addSchema({ definitions: bundled }, bundledId);
  }

  /** The validator for a converted schema (compiled once per content); throws when ajv cannot compile it. */
  compile(root: SchemaNode): ValidateFunction | undefined {
    const idOf = new Map<Raw, number>();
    const id = this.intern(root as Raw, idOf);
    this.ensure(root as Raw, id, idOf);
    return this.ajv.getSchema(this.uri(id)) as unknown as ValidateFunction | undefined;
  }

  /** How many schemas were added to ajv: each distinct sizeable subtree once. */
  get schemaCount(): number {
    return this.added.size;
  }

  private uri(id: number): string {
    return `kubegrade:custom-schema/${id}`;
  }

  /** Bottom-up: a node's id follows from its own keywords and its children's ids. */
  private intern(node: Raw, idOf: Map<Raw, number>): number {
    let key = '';
    let size = 1;
    const child = (value: Raw) => {
      const id = this.intern(value, idOf);
      size += this.sizes[id]!;
      return `@${id}`;
    };
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === 'description') continue;
      let part: string;
      if (keyword === 'properties' && isSchema(value)) {
        part = Object.entries(value)
          .map(([name, property]) => `${JSON.stringify(name)}:${isSchema(property) ? child(property) : JSON.stringify(property)}`)
          .join(',');
        part = `{${part}}`;
      } else if (oneSchema.has(keyword) && isSchema(value)) part = child(value);
      else if (schemaList.has(keyword) && Array.isArray(value))
        part = `[${value.map((branch) => (isSchema(branch) ? child(branch) : JSON.stringify(branch))).join(',')}]`;
      else part = JSON.stringify(value);
      key += `${JSON.stringify(keyword)}:${part};`;
    }
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sizes.length;
      this.ids.set(key, id);
      this.sizes.push(size);
    }
    idOf.set(node, id);
    return id;
  }

  private ensure(node: Raw, id: number, idOf: Map<Raw, number>): void {
    if (this.added.has(id)) return;
    this.ajv.addSchema(this.copy(node, idOf), this.uri(id));
    this.added.add(id);
  }

  /** The node as ajv sees it: no descriptions, sizeable children by reference. */
  private copy(node: Raw, idOf: Map<Raw, number>): Raw {
    const child = (value: Raw): Raw => {
      const id = idOf.get(value)!;
      if (this.sizes[id]! < minSharedNodes) return this.copy(value, idOf);
      this.ensure(value, id, idOf);
      return { $ref: this.uri(id) };
    };
    const out: Raw = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === 'description') continue;
      if (keyword === '$ref' && typeof value === 'string') out.$ref = value.startsWith('#') ? `${bundledId}${value}` : value;
      else if (keyword === 'properties' && isSchema(value))
        out.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, isSchema(property) ? child(property) : property]));
      else if (oneSchema.has(keyword) && isSchema(value)) out[keyword] = child(value);
      else if (schemaList.has(keyword) && Array.isArray(value)) out[keyword] = value.map((branch) => (isSchema(branch) ? child(branch) : branch));
      else out[keyword] = value;
    }
    return out;
  }
}
