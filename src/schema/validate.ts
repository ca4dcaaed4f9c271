/** Schema validation of every resource against a Kubernetes version: the `schema` and `api-version` findings. */
import { findingAt } from '../yaml/locate.js';
import type { Finding, ReportData, Resource, Severity } from '../types.js';
import { translate, type MessageReport } from '../messages.js';
import { apiVersionMeta, schemaMeta } from './messages.js';
import { apiVerdict, type ApiCatalog, type ApiVerdict, type Replacement, type ValidationTarget } from './api-verdict.js';
import { bundledSchemaSource, type SchemaError, type SchemaSource } from './bundle.js';
import { explainErrors } from './explain.js';
import { CustomSchemaCatalog, validateCustomResource, validateFromFile, type CustomSchemaSources } from './custom.js';
import { DefinitionValidators } from './validator.js';
import { bundledKubeVersions, compareKubeVersions, newestKubeVersion } from './versions.js';

export interface ApiVersionKind {
  apiVersion: string;
  kind: string;
}

export interface SchemaValidationOptions {
  /** Target Kubernetes version, e.g. "1.30" (default: the newest bundled). */
  kubeVersion?: string;
  /** Resources of kinds without a schema (custom resources) are errors instead of one info each. */
  strictKinds?: boolean;
  /** Removed APIs that are only a warning (a rubric written for an older cluster). */
  tolerate?: readonly ApiVersionKind[];
  /** Where schemas come from (default: schemas/kubernetes/, as bundled). */
  schemas?: SchemaSet;
  /**
   * Custom resources are left for validateCustomResources over every resource (their CRD may sit in
   * another file): set when validating one file of many.
   */
  customLater?: boolean;
  /** CRDs given with --crd, for custom resources. */
  custom?: Pick<CustomSchemaSources, 'crds'>;
  /**
   * Folders of JSON schemas (--schema-location, absolute): for custom resources, and for any kind the
   * bundled version does not serve with a schema (a newer Kubernetes version's schemas).
   */
  schemaLocations?: readonly string[];
  /** The resources are kustomize patches, partial by design: what they leave out (required fields) and `$patch` directives are not reported. */
  partial?: boolean;
}

const fileCatalogs = new Map<string, CustomSchemaCatalog>();

/** One catalog of --schema-location files per version and folder list, so each file is compiled once per thread. */
function fileCatalog(schemas: SchemaSet, target: string, locations: readonly string[]): CustomSchemaCatalog {
  const key = `${target}\0${locations.join('\0')}`;
  let catalog = fileCatalogs.get(key);
  if (!catalog) {
    catalog = new CustomSchemaCatalog(() => schemas.source(target).definitions(), [], { schemaLocations: locations });
    if (schemas === bundledSchemas) fileCatalogs.set(key, catalog);
  }
  return catalog;
}

/** The Kubernetes versions available and each one's schemas. */
export interface SchemaSet {
  versions: readonly string[];
  source(version: string): SchemaSource;
}

export const bundledSchemas: SchemaSet = { versions: bundledKubeVersions, source: bundledSchemaSource };

const validatorsBySource = new WeakMap<SchemaSource, DefinitionValidators>();

function validatorsFor(source: SchemaSource): DefinitionValidators {
  let validators = validatorsBySource.get(source);
  if (!validators) {
    validators = new DefinitionValidators(source);
    validatorsBySource.set(source, validators);
  }
  return validators;
}

function catalogOf(schemas: SchemaSet): ApiCatalog {
  return { versions: schemas.versions, kinds: (version) => schemas.source(version).index.kinds };
}

const verdictsBySchemas = new WeakMap<SchemaSet, Map<string, ApiVerdict>>();

/** apiVerdict, remembered per schema set, version, apiVersion and kind: a corpus asks about a few dozen pairs thousands of times. */
function verdictOf(schemas: SchemaSet, catalog: ApiCatalog, apiVersion: string, kind: string, target: string): ApiVerdict {
  let verdicts = verdictsBySchemas.get(schemas);
  if (!verdicts) verdictsBySchemas.set(schemas, (verdicts = new Map()));
  const key = `${target}\0${apiVersion}\0${kind}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = apiVerdict(catalog, apiVersion, kind, target);
    if (verdicts.size < 10_000) verdicts.set(key, verdict);
  }
  return verdict;
}

/** " (available since 1.21)", or nothing when the bundled history does not say. */
function available(replacement: Replacement): string {
  return replacement.since ? ` (available since ${replacement.since})` : '';
}

/** " Note.", appended to a hint, or nothing. */
function noteOf(note: string | undefined): string {
  return note ? ` ${note}` : '';
}

interface ApiProblem extends MessageReport {
  meta: typeof apiVersionMeta | typeof schemaMeta;
  severity: Severity;
  data: ReportData;
  on: 'apiVersion' | 'kind';
}

function describeVerdict(verdict: ApiVerdict, apiVersion: string, kind: string, target: string, options: SchemaValidationOptions): ApiProblem | undefined {
  const pair = { apiVersion, kind, version: target };
  switch (verdict.status) {
    case 'served': {
      const deprecated = verdict.deprecated;
      if (!deprecated) return undefined;
      const removal = deprecated.removed ? ` and removed in ${deprecated.removed}` : '';
      const data = { ...pair, deprecatedIn: deprecated.since, removal, note: noteOf(deprecated.note) };
      if (!deprecated.replacement) {
        return {
          meta: apiVersionMeta,
          messageId: 'deprecated',
          variant: 'no-replacement',
          severity: 'warning',
          on: 'apiVersion',
          data: { ...data, note: deprecated.note ?? '' },
        };
      }
      const beforeRemoval = deprecated.removed ? ` before moving to Kubernetes ${deprecated.removed}` : '';
      return {
        meta: apiVersionMeta,
        messageId: 'deprecated',
        severity: 'warning',
        on: 'apiVersion',
        data: { ...data, replacement: deprecated.replacement.apiVersion, available: available(deprecated.replacement), beforeRemoval },
      };
    }
    case 'removed': {
      const tolerated = (options.tolerate ?? []).some((entry) => entry.apiVersion === apiVersion && entry.kind === kind);
      const variant = verdict.formerly ? (verdict.exact ? 'formerly' : 'formerly-inexact') : verdict.exact ? undefined : 'inexact';
      const instead = verdict.replacement ? `use ${verdict.replacement.apiVersion}${available(verdict.replacement)}; ` : '';
      const data = { ...pair, removedIn: verdict.removedIn, lastServedIn: verdict.lastServedIn ?? '', formerly: verdict.formerly ?? '', instead };
      return {
        meta: apiVersionMeta,
        messageId: 'removed',
        ...(variant ? { variant } : {}),
        hint: verdict.replacement ? '' : 'no-replacement',
        severity: tolerated ? 'warning' : 'error',
        on: 'apiVersion',
        data: verdict.replacement
          ? { ...data, replacement: verdict.replacement.apiVersion, note: noteOf(verdict.note) }
          : { ...data, note: verdict.note ?? '' },
      };
    }
    case 'not-yet': {
      const variant = [verdict.exact ? '' : 'inexact', verdict.servedAs ? '' : 'no-kind'].filter(Boolean).join('-');
      return {
        meta: apiVersionMeta,
        messageId: 'not-yet',
        ...(variant ? { variant } : {}),
        hint: verdict.servedAs ? '' : 'no-kind',
        severity: 'error',
        on: 'apiVersion',
        data: { ...pair, since: verdict.since, servedAs: verdict.servedAs ?? '' },
      };
    }
    case 'other-api-version':
      return { meta: apiVersionMeta, messageId: 'other-api-version', severity: 'error', on: 'apiVersion', data: { ...pair, servedAs: verdict.servedAs } };
    case 'unknown-kind': {
      const suggestion = verdict.suggestion;
      const variant = !suggestion ? 'no-suggestion' : suggestion.apiVersion !== apiVersion ? 'other-group' : undefined;
      return {
        meta: apiVersionMeta,
        messageId: 'unknown-kind',
        ...(variant ? { variant } : {}),
        severity: 'error',
        on: 'kind',
        data: suggestion ? { ...pair, suggestedKind: suggestion.kind, suggestedApiVersion: suggestion.apiVersion } : pair,
      };
    }
    case 'served-without-schema':
    case 'custom':
      return {
        meta: schemaMeta,
        messageId: 'no-schema',
        hint: options.strictKinds ? 'strict' : verdict.status === 'custom' ? 'custom' : null,
        severity: options.strictKinds ? 'error' : 'info',
        on: 'kind',
        data: pair,
      };
  }
}

/** A field missing from an older version's definition that a newer bundled version has: it was added later. */
function fieldAddedLater(schemas: SchemaSet, version: string) {
  return (definition: string, field: string): string | undefined =>
    schemas.versions
      .filter((candidate) => compareKubeVersions(candidate, version) > 0)
      .find((candidate) => schemas.source(candidate).definitions()[definition]?.properties?.[field] !== undefined);
}

/** What a strategic-merge patch may leave out or add: required fields and `$patch`-style directives. */
function isLeftOut(error: SchemaError): boolean {
  return error.keyword === 'required' || (error.keyword === 'additionalProperties' && String(error.params.additionalProperty).startsWith('$'));
}

function validateAgainst(resource: Resource, kind: string, target: ValidationTarget, schemas: SchemaSet, partial = false): Finding[] {
  const source = schemas.source(target.version);
  const definition = source.index.kinds[target.apiVersion]?.[kind];
  if (!definition) return [];
  const validate = validatorsFor(source).get(definition);
  if (validate(resource.value)) return [];
  const errors = partial ? (validate.errors ?? []).filter((error) => !isLeftOut(error)) : (validate.errors ?? []);
  const laterEnumValues = source.index.laterEnumValues ?? {};
  const enumValueAddedIn = (owner: string, property: string, value: string) => laterEnumValues[`${owner}.${property}`]?.[value];
  return explainErrors(errors, {
    resource,
    definitions: source.definitions(),
    root: definition,
    severity: 'error',
    version: target.version,
    fieldAddedIn: fieldAddedLater(schemas, target.version),
    enumValueAddedIn,
  });
}

/** A removed apiVersion's replacement is a mechanical fix only where it takes every field the manifest has. */
function replacementAccepts(resource: Resource, kind: string, apiVersion: string, schemas: SchemaSet, target: string): boolean {
  const source = schemas.source(target);
  const definition = source.index.kinds[apiVersion]?.[kind];
  if (!definition) return false;
  const validate = validatorsFor(source).get(definition);
  if (validate({ ...resource.value, apiVersion })) return true;
  return !(validate.errors ?? []).some((error) => error.keyword === 'additionalProperties');
}

/** The `schema` and `api-version` findings for every resource. Never throws on odd input. */
export function validateSchemas(resources: readonly Resource[], options: SchemaValidationOptions = {}): Finding[] {
  const schemas = options.schemas ?? bundledSchemas;
  const target = options.kubeVersion ?? newestKubeVersion;
  if (!schemas.versions.includes(target)) throw new Error(`no schemas for Kubernetes ${target}; bundled: ${schemas.versions.join(', ')}`);
  const catalog = catalogOf(schemas);
  const findings: Finding[] = [];
  const custom: Resource[] = [];
  for (const resource of resources) {
    const { apiVersion, kind } = resource;
    // A bare List without items has nothing to validate; its items are resources of their own.
    if (!apiVersion || !kind || kind === 'List') continue;
    const verdict = verdictOf(schemas, catalog, apiVersion, kind, target);
    if (verdict.status === 'custom') {
      custom.push(resource);
      continue;
    }
    const unvalidated =
      verdict.status === 'unknown-kind' || verdict.status === 'not-yet' || verdict.status === 'other-api-version' || verdict.status === 'served-without-schema';
    if (unvalidated && options.schemaLocations?.length) {
      // A schema the user supplied (say, a newer Kubernetes version's) serves the kind: validate against it instead.
      const supplied = validateFromFile(resource, fileCatalog(schemas, target, options.schemaLocations), target);
      if (supplied) {
        findings.push(...supplied);
        continue;
      }
    }
    const problem = describeVerdict(verdict, apiVersion, kind, target, options);
    if (problem) {
      const { messageId, message, hint } = translate(problem.meta, problem);
      // A removed API the rubric tolerates is what the course teaches: not a mistake to repair.
      const replacement = verdict.status === 'removed' && problem.severity === 'error' ? verdict.replacement?.apiVersion : undefined;
      const fix =
        replacement && replacementAccepts(resource, kind, replacement, schemas, target)
          ? { title: `Change apiVersion to ${replacement}`, replacement }
          : undefined;
      findings.push({
        ...findingAt(resource, { ruleId: problem.meta.id, severity: problem.severity, message, path: [problem.on], target: 'value', hint, fix }),
        messageId,
      });
    }
    const validationTarget = 'validate' in verdict ? verdict.validate : undefined;
    if (validationTarget) findings.push(...validateAgainst(resource, kind, validationTarget, schemas, options.partial));
  }
  if (!options.customLater) findings.push(...validateCustom(custom, resources, schemas, target, options));
  return findings;
}

function validateCustom(
  custom: readonly Resource[],
  every: readonly Resource[],
  schemas: SchemaSet,
  target: string,
  options: SchemaValidationOptions,
): Finding[] {
  if (custom.length === 0) return [];
  const catalog = new CustomSchemaCatalog(() => schemas.source(target).definitions(), every, {
    crds: options.custom?.crds,
    schemaLocations: options.schemaLocations,
  });
  const noSchema = (resource: Resource): Finding => {
    const problem = describeVerdict({ status: 'custom' }, resource.apiVersion ?? '', resource.kind ?? '', target, options)!;
    const { messageId, message, hint } = translate(problem.meta, problem);
    return { ...findingAt(resource, { ruleId: problem.meta.id, severity: problem.severity, message, path: [problem.on], target: 'value', hint }), messageId };
  };
  return custom.flatMap((resource) => validateCustomResource(resource, catalog, { kubeVersion: target, noSchema }));
}

/** Whether the whole-set stage (validateCustomResources) reads this resource's value: a custom resource, or a CRD. */
export function readByCustomValidation(resource: Resource, options: SchemaValidationOptions = {}): boolean {
  if (resource.kind === 'CustomResourceDefinition') return true;
  const schemas = options.schemas ?? bundledSchemas;
  const target = options.kubeVersion ?? newestKubeVersion;
  return Boolean(
    resource.apiVersion &&
    resource.kind &&
    resource.kind !== 'List' &&
    verdictOf(schemas, catalogOf(schemas), resource.apiVersion, resource.kind, target).status === 'custom',
  );
}

/**
 * The whole-set stage: custom resources of every file against the CRDs of every file (and --crd,
 * --schema-location), after per-file validation ran with customLater. Runs in the main thread.
 */
export function validateCustomResources(resources: readonly Resource[], options: SchemaValidationOptions = {}): Finding[] {
  const schemas = options.schemas ?? bundledSchemas;
  const target = options.kubeVersion ?? newestKubeVersion;
  const catalog = catalogOf(schemas);
  const custom = resources.filter(
    (resource) =>
      resource.apiVersion &&
      resource.kind &&
      resource.kind !== 'List' &&
      verdictOf(schemas, catalog, resource.apiVersion, resource.kind, target).status === 'custom',
  );
  return validateCustom(custom, resources, schemas, target, options);
}
