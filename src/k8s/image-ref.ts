/**
 * Container image references as the container runtime resolves them (the distribution reference
 * grammar used by containerd and Docker): `alpine:3.8`, `library/alpine:3.8`,
 * `docker.io/library/alpine:3.8` and `index.docker.io/library/alpine:3.8` are one image.
 */

export interface ImageRef {
  /** Registry host (with port); docker.io when the reference names none. */
  registry: string;
  /** Repository path; official Docker Hub images get the library/ namespace. */
  repository: string;
  /** The tag; latest when neither a tag nor a digest is given. */
  tag?: string;
  digest?: string;
}

const defaultRegistry = 'docker.io';
/** Names Docker Hub is also reached by. */
const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Parses a reference; undefined when it is not one a runtime accepts (upper case, spaces, empty parts). */
export function parseImageRef(text: string): ImageRef | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  let rest = trimmed;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^[a-z0-9]+([+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  }
  const parts = rest.split('/');
  let registry = defaultRegistry;
  // The first part is a registry only when it looks like a host: a dot, a port, or localhost.
  if (parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === 'localhost')) registry = parts.shift()!;
  if (dockerHubAliases.has(registry)) registry = defaultRegistry;
  if (parts.length === 0 || parts.some((part) => !/^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/.test(part))) return undefined;
  if (registry === defaultRegistry && parts.length === 1) parts.unshift('library');
  return {
    registry,
    repository: parts.join('/'),
    ...(tag !== undefined ? { tag } : digest === undefined ? { tag: 'latest' } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** The fully qualified form: docker.io/library/alpine:3.8. */
export function normaliseImageRef(text: string): string | undefined {
  const ref = parseImageRef(text);
  if (!ref) return undefined;
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** Whether two references name the same image as a runtime resolves them (never a string comparison). */
export function sameImage(a: string, b: string): boolean {
  const left = normaliseImageRef(a);
  return left !== undefined && left === normaliseImageRef(b);
}
