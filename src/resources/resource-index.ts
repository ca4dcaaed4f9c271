import type { PlainObject, Resource } from '../types.js';
import { meeting, type Meeting } from './namespaces.js';

/** Whole values kept when a resource's value was released (src/lint/resource-uses.ts), by the released resource. */
const keptWhole = new WeakMap<Resource, PlainObject>();

/** Keeps a released resource's whole value for whole(): what the file held when it was read, and no second read. */
export function keepWholeValue(released: Resource, value: PlainObject): void {
  keptWhole.set(released, value);
}

/** Names what a rule computes once from the whole set (ResourceIndex.memo), with its type. */
export interface MemoKey<T> {
  readonly name: string;
  /** Never set: carries T. */
  readonly value?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

/** All resources of the checked set, by kind, for cross-resource rules. */
export class ResourceIndex {
  /** Lookup tables built by rules from the whole set, until releaseMemos(). */
  private readonly memos = new Map<MemoKey<unknown>, unknown>();
  private readonly byKind = new Map<string, Resource[]>();
  /** Same-kind, same-name resources in index order: find() is called per reference, so it must not scan. */
  private readonly byKindAndName = new Map<string, Resource[]>();

  /**
   * @param reload reads a released resource's whole value again (src/lint/resource-uses.ts); without
   *   it, released values are all there is.
   */
  constructor(
    readonly all: readonly Resource[],
    private readonly reload?: (resource: Resource) => PlainObject,
  ) {
    for (const resource of all) {
      if (!resource.kind) continue;
      const list = this.byKind.get(resource.kind) ?? [];
      list.push(resource);
      this.byKind.set(resource.kind, list);
      if (resource.name === null) continue;
      const key = `${resource.kind}\u0000${resource.name}`;
      const named = this.byKindAndName.get(key);
      if (named) named.push(resource);
      else this.byKindAndName.set(key, [resource]);
    }
  }

  /**
   * A resource's whole value, also when the lint run kept only what the cross-resource rules read of it:
   * the one kept at release (keepWholeValue), else read again.
   */
  whole(resource: Resource): PlainObject {
    if (resource.releasedAt === undefined) return resource.value;
    const kept = keptWhole.get(resource);
    if (kept) return kept;
    return this.reload ? this.reload(resource) : resource.value;
  }

  /**
   * A table a rule builds once from the whole set (templates by label, first definitions, ...) and
   * asks per resource. The second rule stage releases them after each rule: at 50k resources
   * they held ~24 MB, and only the running rule needs its own.
   */
  memo<T>(key: MemoKey<T>, build: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = build();
    this.memos.set(key, value);
    return value;
  }

  releaseMemos(): void {
    this.memos.clear();
  }

  ofKind(kind: string): readonly Resource[] {
    return this.byKind.get(kind) ?? [];
  }

  /**
   * Finds a resource by kind and name as kubectl apply would see it: a resource without a
   * namespace lands in whatever namespace is current, so it matches any namespace.
   */
  find(kind: string, name: string, namespace: string | null): Resource | undefined {
    return this.lookup(kind, name, namespace).resource;
  }

  /**
   * Finds what a resource in `namespace` refers to, and how the two meet (src/k8s/namespaces.ts):
   * the same namespace first, then one that meets only if applied there; else the same-named
   * resources in other namespaces, which it can never use.
   */
  lookup(kind: string, name: string, namespace: string | null): { resource?: Resource; meeting?: Meeting; elsewhere: Resource[] } {
    const candidates = this.byKindAndName.get(`${kind}\u0000${name}`) ?? [];
    const met = candidates.map((resource) => ({ resource, meeting: meeting(namespace, resource.namespace) }));
    const best = met.find((m) => m.meeting.status === 'same') ?? met.find((m) => m.meeting.status === 'depends');
    if (best) return { resource: best.resource, meeting: best.meeting, elsewhere: [] };
    return { elsewhere: candidates };
  }
}
