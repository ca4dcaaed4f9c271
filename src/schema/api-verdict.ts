/** Decides whether a target Kubernetes version serves an apiVersion/kind, and what to validate it against. */
import { distance } from 'fastest-levenshtein';
import { apiFact, apiHistory, groupOf, type ApiFact } from './api-history.js';
import { compareKubeVersions } from './versions.js';

/** The bundled versions (oldest first) and, per version, apiVersion -> kind -> definition. */
export interface ApiCatalog {
  versions: readonly string[];
  kinds(version: string): Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface Replacement {
  apiVersion: string;
  /** First version that serves it, when known. */
  since?: string;
}

/** Which version's schema and which apiVersion's definition a resource is checked against. */
export interface ValidationTarget {
  version: string;
  apiVersion: string;
}

export type ApiVerdict =
  | { status: 'served'; validate: ValidationTarget; deprecated?: { since: string; removed?: string; replacement?: Replacement; note?: string } }
  /** Served by the target, but the bundled source has no schema for it (APIService in kubernetes-types). */
  | { status: 'served-without-schema' }
  | {
      status: 'removed';
      removedIn: string;
      exact: boolean;
      replacement?: Replacement;
      note?: string;
      validate?: ValidationTarget;
      lastServedIn?: string;
      formerly?: string;
    }
  | { status: 'not-yet'; since: string; exact: boolean; servedAs?: string; validate?: ValidationTarget }
  /** The kind exists in the target, under another apiVersion. */
  | { status: 'other-api-version'; servedAs: string; validate?: ValidationTarget }
  /** A built-in API group that has no such kind. */
  | { status: 'unknown-kind'; suggestion?: { apiVersion: string; kind: string } }
  /** Not a built-in API group: a custom resource. */
  | { status: 'custom' };

function versionRank(apiVersion: string): [number, number, number] {
  const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(apiVersion.slice(apiVersion.lastIndexOf('/') + 1));
  if (!match) return [-1, 0, 0];
  const stability = match[2] === undefined ? 2 : match[2] === 'beta' ? 1 : 0;
  return [stability, Number(match[1]), Number(match[3] ?? 0)];
}

function isDeprecatedAt(apiVersion: string, kind: string, target: string): boolean {
  const fact = apiFact(apiVersion, kind);
  return Boolean(fact?.deprecated && compareKubeVersions(fact.deprecated, target) <= 0);
}

/** The apiVersion a person should use for `kind` on `target`: not deprecated, then GA over beta over alpha, then newest. */
export function preferredApiVersion(catalog: ApiCatalog, kind: string, target: string, exclude?: string): string | undefined {
  const candidates = Object.entries(catalog.kinds(target))
    .filter(([apiVersion, kinds]) => apiVersion !== exclude && kinds[kind] !== undefined)
    .map(([apiVersion]) => apiVersion);
  candidates.sort((a, b) => {
    const deprecation = Number(isDeprecatedAt(a, kind, target)) - Number(isDeprecatedAt(b, kind, target));
    if (deprecation !== 0) return deprecation;
    const [ra, rb] = [versionRank(a), versionRank(b)];
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2] || (a < b ? -1 : 1);
  });
  return candidates[0];
}

function replacementFor(catalog: ApiCatalog, fact: ApiFact, apiVersion: string, kind: string, target: string): Replacement | undefined {
  const recordedIsServed = fact.replacement !== undefined && catalog.kinds(target)[fact.replacement]?.[kind] !== undefined;
  const chosen = recordedIsServed ? fact.replacement : (preferredApiVersion(catalog, kind, target, apiVersion) ?? fact.replacement);
  return chosen ? { apiVersion: chosen, since: apiFact(chosen, kind)?.since } : undefined;
}

function servedByFact(fact: ApiFact, target: string): boolean {
  const started = !fact.since || compareKubeVersions(fact.since, target) <= 0;
  const ended = fact.removed !== undefined && compareKubeVersions(fact.removed, target) <= 0;
  return started && !ended;
}

/** A group Kubernetes itself serves; "v1"-like versions without a group are the core group. */
function isBuiltinApiVersion(catalog: ApiCatalog, apiVersion: string): boolean {
  const group = groupOf(apiVersion);
  if (group === '') return /^v\d+((alpha|beta)\d+)?$/.test(apiVersion);
  if (apiHistory.some((fact) => groupOf(fact.apiVersion) === group)) return true;
  return catalog.versions.some((version) => Object.keys(catalog.kinds(version)).some((apiVersion) => groupOf(apiVersion) === group));
}

/** Kind names are long and alike (ValidatingAdmissionPolicy, MutatingAdmissionPolicy): only a slip of case or two letters counts. */
function closeKind(kind: string, candidates: Iterable<string>): string | undefined {
  let best: { name: string; edits: number } | undefined;
  for (const name of [...candidates].sort()) {
    if (name.endsWith('List')) continue;
    const edits = name.toLowerCase() === kind.toLowerCase() ? 0 : distance(name.toLowerCase(), kind.toLowerCase());
    if (edits <= 2 && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}

function suggestKind(catalog: ApiCatalog, apiVersion: string, kind: string, target: string): { apiVersion: string; kind: string } | undefined {
  const inSameApi = closeKind(kind, Object.keys(catalog.kinds(target)[apiVersion] ?? {}));
  if (inSameApi) return { apiVersion, kind: inSameApi };
  const anywhere = closeKind(kind, new Set(Object.values(catalog.kinds(target)).flatMap((kinds) => Object.keys(kinds))));
  if (!anywhere) return undefined;
  const servedAs = preferredApiVersion(catalog, anywhere, target);
  return servedAs ? { apiVersion: servedAs, kind: anywhere } : undefined;
}

export function apiVerdict(catalog: ApiCatalog, apiVersion: string, kind: string, target: string): ApiVerdict {
  const targetKinds = catalog.kinds(target);
  const fact = apiFact(apiVersion, kind);
  if (targetKinds[apiVersion]?.[kind]) {
    const deprecated =
      fact?.deprecated && compareKubeVersions(fact.deprecated, target) <= 0
        ? { since: fact.deprecated, removed: fact.removed, replacement: replacementFor(catalog, fact, apiVersion, kind, target), note: fact.note }
        : undefined;
    return { status: 'served', validate: { version: target, apiVersion }, ...(deprecated ? { deprecated } : {}) };
  }
  // The index is the authority for a group-version it lists; the table only speaks for ones the source lacks.
  if (fact && !targetKinds[apiVersion] && servedByFact(fact, target)) return { status: 'served-without-schema' };

  const servedIn = catalog.versions.filter((version) => catalog.kinds(version)[apiVersion]?.[kind] !== undefined);
  const older = servedIn.filter((version) => compareKubeVersions(version, target) < 0);
  const newer = servedIn.filter((version) => compareKubeVersions(version, target) > 0);
  const newestOlder = older[older.length - 1];
  const oldestNewer = newer[0];
  if (fact?.removed && compareKubeVersions(fact.removed, target) <= 0) {
    return {
      status: 'removed',
      removedIn: fact.removed,
      exact: true,
      replacement: replacementFor(catalog, fact, apiVersion, kind, target),
      note: fact.note,
      ...(newestOlder ? { validate: { version: newestOlder, apiVersion } } : {}),
    };
  }
  if (fact?.since && compareKubeVersions(fact.since, target) > 0) {
    const servedAs = preferredApiVersion(catalog, kind, target, apiVersion);
    return {
      status: 'not-yet',
      since: fact.since,
      exact: true,
      ...(servedAs ? { servedAs } : {}),
      ...(oldestNewer ? { validate: { version: oldestNewer, apiVersion } } : {}),
    };
  }
  if (newestOlder) {
    const servedAs = preferredApiVersion(catalog, kind, target, apiVersion);
    return {
      status: 'removed',
      removedIn: catalog.versions[catalog.versions.indexOf(newestOlder) + 1] ?? target,
      exact: false,
      ...(servedAs ? { replacement: { apiVersion: servedAs, since: apiFact(servedAs, kind)?.since } } : {}),
      lastServedIn: newestOlder,
      validate: { version: newestOlder, apiVersion },
    };
  }
  if (oldestNewer) {
    const servedAs = preferredApiVersion(catalog, kind, target, apiVersion);
    return { status: 'not-yet', since: oldestNewer, exact: false, ...(servedAs ? { servedAs } : {}), validate: { version: oldestNewer, apiVersion } };
  }
  // Custom resources may reuse built-in kind names (Knative's Service, Crossplane's Role).
  if (!isBuiltinApiVersion(catalog, apiVersion)) return { status: 'custom' };
  const servedAs = preferredApiVersion(catalog, kind, target);
  if (servedAs) {
    // Another version of the same group is likely a newer API with other fields: checking it against this one would mislead.
    const sameGroup = groupOf(servedAs) === groupOf(apiVersion);
    return { status: 'other-api-version', servedAs, ...(sameGroup ? {} : { validate: { version: target, apiVersion: servedAs } }) };
  }
  const formerly = formerApiVersion(catalog, kind, target);
  if (formerly) {
    const fact = apiFact(formerly.apiVersion, kind);
    const removedIn = fact?.removed ?? catalog.versions[catalog.versions.indexOf(formerly.version) + 1] ?? target;
    return { status: 'removed', removedIn, exact: Boolean(fact?.removed), formerly: formerly.apiVersion, ...(fact?.note ? { note: fact.note } : {}) };
  }
  const suggestion = suggestKind(catalog, apiVersion, kind, target);
  return { status: 'unknown-kind', ...(suggestion ? { suggestion } : {}) };
}

/** The newest apiVersion that served `kind` in a bundled version older than `target`. */
function formerApiVersion(catalog: ApiCatalog, kind: string, target: string): { version: string; apiVersion: string } | undefined {
  const older = catalog.versions.filter((version) => compareKubeVersions(version, target) < 0).reverse();
  for (const version of older) {
    const apiVersion = preferredApiVersion(catalog, kind, version);
    if (apiVersion) return { version, apiVersion };
  }
  return undefined;
}
