import type { Resource } from '../types.js';

/** All resources of the checked set, by kind, for cross-resource rules. */
export class ResourceIndex {
  private readonly byKind = new Map<string, Resource[]>();
  /** Same-kind, same-name resources in index order: find() is called per reference, so it must not scan. */
  private readonly byKindAndName = new Map<string, Resource[]>();

  constructor(readonly all: readonly Resource[]) {
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

  ofKind(kind: string): readonly Resource[] {
    return this.byKind.get(kind) ?? [];
  }

  /**
   * Finds a resource by kind and name as kubectl apply would see it: a resource without a
   * namespace lands in whatever namespace is current, so it matches any namespace.
   */
  find(kind: string, name: string, namespace: string | null): Resource | undefined {
    const candidates = this.byKindAndName.get(`${kind}\u0000${name}`) ?? [];
    return (
      candidates.find((resource) => resource.namespace === namespace) ??
      candidates.find((resource) => resource.namespace === null || namespace === null)
    );
  }
}
