/**
 * Custom resources validated against their CustomResourceDefinition (found among the checked files or
 * given with --crd) or a JSON schema from --schema-location. Runs once over every resource, after
 * parsing, because a custom resource's CRD may sit in any file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Definitions, ValidateFunction } from './bundle.js';
import { explainErrors } from './explain.js';
import { convertRoot, convertsInterpretably, objectMetaDefinition, referencedDefinitions, type ConvertOptions } from './structural.js';
import { SharedSubschemas } from './shared-subschemas.js';
import { definitionInterpretable, interpreterFor } from './interpreted.js';
import { findingAt } from '../yaml/locate.js';
import { translate, type MessageReport } from '../messages.js';
import { apiVersionMeta, schemaMeta } from './messages.js';
import { get, isObject } from '../k8s/pod-spec.js';
import type { Finding, PlainValue, Resource } from '../types.js';

/** One version of a custom kind as its CRD declares it. */
interface CustomVersion {
  name: string;
  served: boolean;
  schema?: unknown;
}

/** A custom kind's definition: from a CRD (with its served versions) or from JSON schema files. */
export interface CustomKind {
  group: string;
  kind: string;
  /** Where it came from, for messages: the CRD's file. */
  origin: string;
  versions: CustomVersion[];
  /** apiextensions.k8s.io/v1beta1 CRDs keep unknown fields unless spec.preserveUnknownFields is false. */
  preserveUnknownFields: boolean;
}

export interface CustomSchemaSources {
  /** CRD resources given with --crd (parsed by the caller); they win over CRDs among the checked files. */
  crds?: readonly Resource[];
  /** Folders of JSON schemas: {kind}-{group}-{version}.json (kubeconform) or {group}/{kind}_{version}.json (CRDs-catalog). */
  schemaLocations?: readonly string[];
}

function text(value: PlainValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The custom kind a CRD resource defines, or nothing when it is not a usable CRD. */
export function customKindOf(resource: Resource): CustomKind | undefined {
  if (resource.kind !== 'CustomResourceDefinition') return undefined;
  const v1 = resource.apiVersion === 'apiextensions.k8s.io/v1';
  if (!v1 && resource.apiVersion !== 'apiextensions.k8s.io/v1beta1') return undefined;
  const spec = resource.value.spec;
  if (!isObject(spec)) return undefined;
  const group = text(spec.group);
  const kind = text(get(spec, ['names', 'kind']));
  if (!group || !kind) return undefined;
  const sharedSchema = v1 ? undefined : get(spec, ['validation', 'openAPIV3Schema']);
  const versions: CustomVersion[] = [];
  if (Array.isArray(spec.versions)) {
    for (const entry of spec.versions) {
      if (!isObject(entry) || !text(entry.name)) continue;
      versions.push({ name: entry.name as string, served: entry.served === true, schema: get(entry, ['schema', 'openAPIV3Schema']) ?? sharedSchema });
    }
  } else if (!v1 && text(spec.version)) {
    versions.push({ name: spec.version as string, served: true, schema: sharedSchema });
  }
  return { group, kind, origin: resource.file, versions, preserveUnknownFields: v1 ? false : spec.preserveUnknownFields !== false };
}

interface Compiled {
  validate?: ValidateFunction;
  definitions: Definitions;
  root: string;
}

/** Every custom schema known to one run, compiled once each, lazily. */
export class CustomSchemaCatalog {
  private readonly kinds = new Map<string, CustomKind[]>();
  private readonly compiled = new Map<string, Compiled>();
  private readonly files = new Map<string, { file: string; schema: unknown } | null>();
  private count = 0;
  private objectMeta: Definitions | undefined;
  private objectMetaInterpretable: boolean | undefined;
  /** One ajv for every custom schema of the run that cannot be interpreted, where shared parts are compiled once. */
  private validators: SharedSubschemas | undefined;

  constructor(
    private readonly bundled: () => Definitions,
    resources: readonly Resource[],
    private readonly sources: CustomSchemaSources = {},
  ) {
    for (const crd of [...(sources.crds ?? []), ...resources]) {
      const custom = customKindOf(crd);
      const key = custom ? `${custom.group}/${custom.kind}` : undefined;
      if (custom && key) this.kinds.set(key, [...(this.kinds.get(key) ?? []), custom]);
    }
  }

  /** The first CRD of the kind that serves the version (two copies of a CRD may differ), else the first. */
  kind(group: string, kind: string, version: string): CustomKind | undefined {
    const all = this.kinds.get(`${group}/${kind}`) ?? [];
    return all.find((custom) => custom.versions.some((entry) => entry.name === version && entry.served)) ?? all[0];
  }

  /** The JSON schema file for a kind, from the first --schema-location that has one. */
  schemaFile(group: string, version: string, kind: string): { file: string; schema: unknown } | undefined {
    const key = `${group}/${version}/${kind}`;
    if (this.files.has(key)) return this.files.get(key) ?? undefined;
    const lower = kind.toLowerCase();
    const firstLabel = group.split('.')[0] ?? group;
    const names =
      group === ''
        ? [`${lower}-${version}.json`]
        : [path.join(group, `${lower}_${version}.json`), `${lower}-${group}-${version}.json`, `${lower}-${firstLabel}-${version}.json`];
    let found: { file: string; schema: unknown } | null = null;
    for (const dir of this.sources.schemaLocations ?? []) {
      const hit = names.map((name) => path.join(dir, name)).find((file) => existsSync(file));
      if (!hit) continue;
      try {
        found = { file: hit, schema: JSON.parse(readFileSync(hit, 'utf8')) as unknown };
      } catch {
        found = { file: hit, schema: undefined };
      }
      break;
    }
    this.files.set(key, found);
    return found ?? undefined;
  }

  /** A validator for a schema; `validate` is missing when the schema cannot be compiled. */
  compile(key: string, raw: unknown, kind: string, options: ConvertOptions): Compiled {
    const cached = this.compiled.get(key);
    if (cached) return cached;
    // The kind is the definition's last segment, so messages name "the top level of this Widget".
    const root = `custom.${this.count++}.${kind}`;
    this.objectMeta ??= referencedDefinitions(this.bundled(), objectMetaDefinition);
    const definitions: Definitions = { ...this.objectMeta, [root]: convertRoot(raw, options) };
    // Interpreted when it can be (no compile step, and only what the resources reach is converted); ajv compiles the rest.
    this.objectMetaInterpretable ??= definitionInterpretable(this.objectMeta, objectMetaDefinition);
    let validate = this.objectMetaInterpretable && convertsInterpretably(raw, options) ? interpreterFor(definitions[root]!, this.objectMeta) : undefined;
    if (!validate) {
      try {
        this.validators ??= new SharedSubschemas(this.objectMeta);
        validate = this.validators.compile(definitions[root]!);
      } catch {
        validate = undefined;
      }
    }
    const result = { validate, definitions, root };
    this.compiled.set(key, result);
    return result;
  }
}

function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

export interface CustomValidationOptions {
  kubeVersion: string;
  /** What to report when no schema is found (the bundled "no-schema" finding). */
  noSchema: (resource: Resource) => Finding;
}

/** A finding about a custom resource's apiVersion or kind, in the words of the schema and api-version checks' templates. */
interface Problem extends MessageReport {
  meta: typeof schemaMeta | typeof apiVersionMeta;
  severity: Finding['severity'];
  on: 'apiVersion' | 'kind';
}

function located(resource: Resource, problem: Problem): Finding {
  const { messageId, message, hint } = translate(problem.meta, problem);
  return {
    ...findingAt(resource, { ruleId: problem.meta.id, severity: problem.severity, message, path: [problem.on], target: 'value', hint }),
    messageId,
  };
}

function validateWith(resource: Resource, compiled: Compiled, version: string, unusable: string): Finding[] {
  if (!compiled.validate) {
    return [
      located(resource, {
        meta: schemaMeta,
        severity: 'info',
        messageId: 'no-schema',
        variant: 'unreadable',
        data: { apiVersion: String(resource.apiVersion), kind: String(resource.kind), source: unusable },
        on: 'kind',
      }),
    ];
  }
  if (compiled.validate(resource.value)) return [];
  return explainErrors(compiled.validate.errors ?? [], { resource, definitions: compiled.definitions, root: compiled.root, severity: 'error', version });
}

/** Findings against the --schema-location file for a resource's kind, or undefined when there is none. */
export function validateFromFile(resource: Resource, catalog: CustomSchemaCatalog, kubeVersion: string): Finding[] | undefined {
  const { group, version } = splitApiVersion(resource.apiVersion ?? '');
  const kind = resource.kind ?? '';
  const file = catalog.schemaFile(group, version, kind);
  if (!file) return undefined;
  if (!isObject(file.schema as PlainValue)) return validateWith(resource, { definitions: {}, root: '' }, kubeVersion, file.file);
  return validateWith(resource, catalog.compile(`file:${file.file}`, file.schema, kind, { mode: 'json' }), kubeVersion, file.file);
}

/** Findings for one custom resource (a kind no bundled schema knows). */
export function validateCustomResource(resource: Resource, catalog: CustomSchemaCatalog, options: CustomValidationOptions): Finding[] {
  const apiVersion = resource.apiVersion ?? '';
  const kind = resource.kind ?? '';
  const { group, version } = splitApiVersion(apiVersion);
  const custom = catalog.kind(group, kind, version);
  if (custom) {
    const entry = custom.versions.find((candidate) => candidate.name === version);
    if (!entry || !entry.served) {
      const served = custom.versions.filter((candidate) => candidate.served).map((candidate) => candidate.name);
      return [
        located(resource, {
          meta: apiVersionMeta,
          severity: 'error',
          messageId: 'not-served',
          ...(entry ? { variant: 'defined' } : {}),
          hint: served.length > 0 ? '' : 'none',
          data: {
            kind,
            origin: custom.origin,
            version,
            served: served.length > 0 ? served.map((name) => `${group}/${name}`).join(', ') : 'no version',
            replacement: `${group}/${served[served.length - 1] ?? ''}`,
          },
          on: 'apiVersion',
        }),
      ];
    }
    if (entry.schema === undefined) {
      return [
        located(resource, {
          meta: schemaMeta,
          severity: 'info',
          messageId: 'no-schema',
          variant: 'crd-version',
          data: { kind, origin: custom.origin, version },
          on: 'kind',
        }),
      ];
    }
    const mode: ConvertOptions['mode'] = custom.preserveUnknownFields ? 'json' : 'crd';
    return validateWith(
      resource,
      catalog.compile(`crd:${custom.origin}:${group}/${kind}/${version}`, entry.schema, kind, { mode }),
      options.kubeVersion,
      custom.origin,
    );
  }
  return validateFromFile(resource, catalog, options.kubeVersion) ?? [options.noSchema(resource)];
}
