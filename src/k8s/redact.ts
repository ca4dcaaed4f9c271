/**
 * Whether a value may appear in a message: one decision for grading, schema and rule messages.
 * A leaked value costs trust and a hidden harmless one costs little, so every doubt redacts.
 */
import type { JsonPath, PlainObject, PlainValue } from '../types.js';
import { looksLikeCredential } from './credential-keys.js';
import { get, isObject } from './pod-spec.js';

/** Built-in kinds, spelt as the API server spells them, that carry no credential payload of their own. */
const nonSecretKinds = new Set([
  'ConfigMap',
  'Pod',
  'PodTemplate',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Service',
  'Endpoints',
  'EndpointSlice',
  'Ingress',
  'IngressClass',
  'NetworkPolicy',
  'Namespace',
  'ServiceAccount',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'StorageClass',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'LimitRange',
  'ResourceQuota',
  'PriorityClass',
  'RuntimeClass',
  'Lease',
  'CustomResourceDefinition',
  'APIService',
  'Event',
  'Node',
  'CSIDriver',
  'VolumeAttachment',
]);

/**
 * Whether a kind is a known kind without credential payload. Anything else may hold secrets: the
 * Secret in any spelling (secret, Secrets, SECRET), a misspelt kind (Configmap: the student may have
 * meant anything), a custom resource, or no kind at all.
 */
export function isKnownNonSecretKind(kind: string | null | undefined, schemaKnown = false): boolean {
  if (typeof kind !== 'string') return false;
  // A kind a schema defines is spelt right; only its name tells whether it holds secrets (SealedSecret does).
  return nonSecretKinds.has(kind) || (schemaKnown && kind !== 'Secret' && !looksLikeCredential(kind));
}

/** A value's place: its resource's kind and whole value. */
export interface Holder {
  kind: string | null;
  value: PlainValue;
}

export interface RedactionOptions {
  /** The value is what a secret expectation is checked against (a rubric resource that is a Secret, a base64 check). */
  secretExpected?: boolean;
  /** The resource was validated against a schema for its kind, so the kind is a real one. */
  schemaKnown?: boolean;
}

/**
 * A URL that carries a password in it: scheme://user:password@host. Tried once per run of scheme characters
 * (from its first letter on): tried at every letter, a 190 KB word took minutes (found by npm run fuzz).
 */
const credentialInUrl = /(?<![a-z0-9+.-])[0-9+.-]*[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:[^\s/@]+@/i;
const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';

/** credentialInUrl.test, after the two characters every match holds: most strings have neither, and this runs for every one. */
function holdsCredentialUrl(text: string): boolean {
  return text.includes('://') && text.includes('@') && credentialInUrl.test(text);
}

/** API fields that refer to a Secret by name (volumes[].secret, imagePullSecrets) and hold no credential themselves. */
const referenceFields = new Set(['secret', 'secrets', 'imagePullSecrets', 'serviceAccountToken', 'automountServiceAccountToken']);
/** Where keys are the user's own, so every key counts. */
const userKeyed = new Set(['data', 'stringData', 'binaryData']);

function namesCredential(path: JsonPath): boolean {
  return path.some(
    (segment) => typeof segment === 'string' && looksLikeCredential(segment) && (!referenceFields.has(segment) || userKeyed.has(String(path[0]))),
  );
}

/** Fields of a possibly-secret resource that only describe it: its kind, type and name, never its annotations. */
function describesOnly(path: JsonPath): boolean {
  return describesOnlyAt(path.length, path[0], path[1]);
}

/** Whether the value at path must not appear in any message, encoded, decoded or in part. */
export function mustRedact(holder: Holder, path: JsonPath, options: RedactionOptions = {}): boolean {
  if (options.secretExpected) return true;
  if (!isKnownNonSecretKind(holder.kind, options.schemaKnown) && !describesOnly(path)) return true;
  if (path.includes(lastApplied)) return true;
  const value = get(holder.value, path);
  // A flag (automountServiceAccountToken: false) reveals nothing, whatever its key.
  if (typeof value !== 'boolean') {
    if (namesCredential(path)) return true;
    // {name: DB_PASSWORD, value: ...} in env, and any list of named values like it.
    for (const [i, segment] of path.entries()) {
      if (segment !== 'value' || i === 0) continue;
      const name = get(holder.value, [...path.slice(0, i), 'name']);
      if (typeof name === 'string' && looksLikeCredential(name)) return true;
    }
  }
  return typeof value === 'string' && holdsCredentialUrl(value);
}

/** Whether a value, or anything inside it, must be redacted: printing a whole mapping or list would show it. */
export function holdsRedacted(
  holder: Holder,
  path: JsonPath,
  value: PlainValue | undefined = get(holder.value, path),
  options: RedactionOptions = {},
): boolean {
  if (mustRedact(holder, path, options)) return true;
  if (Array.isArray(value)) return value.some((item, i) => holdsRedacted(holder, [...path, i], item, options));
  if (isObject(value)) return Object.entries(value).some(([key, item]) => holdsRedacted(holder, [...path, key], item, options));
  return false;
}

const textsCache = new WeakMap<object, Set<string>>();
/** The paths found with the texts: a value whose texts a message needed is not walked again when it is released (src/lint/resource-uses.ts). */
const pathsCache = new WeakMap<object, JsonPath[]>();

/** Every scalar text in a resource that must be redacted, for messages built from values a rule picked itself. */
export function redactedTexts(holder: Holder): Set<string> {
  const cached = isObject(holder.value) ? textsCache.get(holder.value) : undefined;
  if (cached) return cached;
  const texts = new Set<string>();
  const paths: JsonPath[] = [];
  forEachRedacted(holder, (path, value) => {
    texts.add(String(value));
    paths.push(path.slice());
  });
  if (isObject(holder.value)) {
    textsCache.set(holder.value, texts);
    pathsCache.set(holder.value, paths);
  }
  return texts;
}

/** Where the values redactedTexts collects sit: what a reduced copy of the value must keep for redaction to work the same. */
export function redactedPaths(holder: Holder): JsonPath[] {
  const cached = isObject(holder.value) ? pathsCache.get(holder.value) : undefined;
  if (cached) return cached;
  const paths: JsonPath[] = [];
  forEachRedacted(holder, (path) => paths.push(path.slice()));
  return paths;
}

// What mustRedact's checks of a path's segments know of a prefix, carried down instead of read again from the root.
const namesCredentialFlag = 1;
const lastAppliedFlag = 2;
const credentialNameFlag = 4;

/**
 * Calls found for every scalar (not a flag, not null) that mustRedact (without options) redacts, with
 * its path (a stack the walk reuses: copy it to keep it). One walk: each step adds what its key tells
 * (a credential-like key, last-applied, a {name, value} entry with a credential name), as mustRedact
 * would find it from the root; the differential test (test/k8s/redact-walk.test.ts) holds the two equal.
 */
export function forEachRedacted(holder: Holder, found: (path: (string | number)[], value: string | number) => void): void {
  const knownKind = isKnownNonSecretKind(holder.kind);
  const path: (string | number)[] = [];
  let first: string | number | undefined;
  const walk = (value: PlainValue, depth: number, known: number): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path[depth] = i;
        path.length = depth + 1;
        if (depth === 0) first = i;
        walk(value[i]!, depth + 1, known);
      }
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        path[depth] = key;
        path.length = depth + 1;
        if (depth === 0) first = key;
        let flags = known;
        if (key === lastApplied) flags |= lastAppliedFlag;
        if (looksLikeCredential(key) && (!referenceFields.has(key) || userKeyed.has(String(first)))) flags |= namesCredentialFlag;
        if (key === 'value' && depth > 0) {
          const name = (value as PlainObject).name;
          if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(value, 'name') && looksLikeCredential(name)) flags |= credentialNameFlag;
        }
        walk((value as PlainObject)[key]!, depth + 1, flags);
      }
      return;
    }
    if (value === undefined || value === null || typeof value === 'boolean') return;
    path.length = depth;
    const redact =
      known !== 0 ||
      (!knownKind && !describesOnlyAt(depth, first, depth > 1 ? path[1] : undefined)) ||
      (typeof value === 'string' && holdsCredentialUrl(value));
    if (redact) found(path, value);
  };
  walk(holder.value, 0, 0);
}

/** describesOnly for a path of this length that starts with these two segments. */
function describesOnlyAt(length: number, first: string | number | undefined, second: string | number | undefined): boolean {
  if (length === 0) return false;
  if (first === 'apiVersion' || first === 'kind' || first === 'type') return length === 1;
  return first === 'metadata' && second !== 'annotations';
}

export const redactedMark = '<redacted>';

/** A piece of message data with any redacted value in it replaced; short values only when they are all of it. */
export function redactText(text: string, texts: ReadonlySet<string>): string {
  if (texts.has(text)) return redactedMark;
  for (const secret of texts) if (secret.length >= 4 && text.includes(secret)) return redactedMark;
  return text;
}
