/** Schema validation of every resource against a Kubernetes version: the `schema` and `api-version` findings. */
import { findingAt } from '../yaml/locate.js';
import type { Finding, Resource, Severity } from '../types.js';
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

function use(replacement: Replacement | undefined): string {
  if (!replacement) return '';
  return `use ${replacement.apiVersion}${replacement.since ? ` (available since ${replacement.since})` : ''}`;
}

interface ApiProblem {
  ruleId: 'api-version' | 'schema';
  messageId: string;
  severity: Severity;
  message: string;
  hint?: string;
  on: 'apiVersion' | 'kind';
}

function describeVerdict(verdict: ApiVerdict, apiVersion: string, kind: string, target: string, options: SchemaValidationOptions): ApiProblem | undefined {
  const pair = `${apiVersion} ${kind}`;
  switch (verdict.status) {
    case 'served': {
      const deprecated = verdict.deprecated;
      if (!deprecated) return undefined;
      const removal = deprecated.removed ? ` and removed in ${deprecated.removed}` : '';
      const instead = deprecated.replacement ? `: ${use(deprecated.replacement)}` : '.';
      return {
        ruleId: 'api-version',
        messageId: 'deprecated',
        severity: 'warning',
        on: 'apiVersion',
        message: `${pair} is deprecated since Kubernetes ${deprecated.since}${removal}${instead}${deprecated.replacement ? '.' : ''}`,
        hint: [deprecated.replacement ? `Change apiVersion to ${deprecated.replacement.apiVersion}${deprecated.removed ? ` before moving to Kubernetes ${deprecated.removed}` : ''}.` : '', deprecated.note ?? ''].filter(Boolean).join(' ') || undefined,
      };
    }
    case 'removed': {
      const tolerated = (options.tolerate ?? []).some((entry) => entry.apiVersion === apiVersion && entry.kind === kind);
      let message: string;
      if (verdict.formerly) {
        message = `Kubernetes ${target} has no ${kind}: ${verdict.formerly} ${kind} was ${verdict.exact ? `removed in ${verdict.removedIn}` : `last served by the bundled version before ${verdict.removedIn}`}, and ${apiVersion} never served it.`;
      } else {
        const instead = verdict.replacement ? `${use(verdict.replacement)}; ` : '';
        const when = verdict.exact ? `${apiVersion} was removed in ${verdict.removedIn}` : `Kubernetes ${verdict.lastServedIn} is the newest bundled version that serves it`;
        message = `Kubernetes ${target} does not serve ${kind} as ${apiVersion}: ${instead}${when}.`;
      }
      return {
        ruleId: 'api-version',
        messageId: 'removed',
        severity: tolerated ? 'warning' : 'error',
        on: 'apiVersion',
        message,
        hint: [verdict.replacement ? `Change apiVersion to ${verdict.replacement.apiVersion}.` : '', verdict.note ?? ''].filter(Boolean).join(' ') || undefined,
      };
    }
    case 'not-yet': {
      const from = verdict.exact ? `only exists from Kubernetes ${verdict.since}` : `is not served by Kubernetes ${target} (the oldest bundled version that serves it is ${verdict.since})`;
      const servedAs = verdict.servedAs ? `Kubernetes ${target} serves ${kind} as ${verdict.servedAs}` : `Kubernetes ${target} has no ${kind}`;
      return {
        ruleId: 'api-version',
        messageId: 'not-yet',
        severity: 'error',
        on: 'apiVersion',
        message: `${pair} ${from}; ${servedAs}.`,
        hint: verdict.servedAs ? `Change apiVersion to ${verdict.servedAs}, or choose a newer version with --kube-version.` : 'Choose a newer version with --kube-version.',
      };
    }
    case 'other-api-version':
      return {
        ruleId: 'api-version',
        messageId: 'other-api-version',
        severity: 'error',
        on: 'apiVersion',
        message: `Kubernetes ${target} has no ${kind} in ${apiVersion}: ${kind} is served as ${verdict.servedAs}.`,
        hint: `Change apiVersion to ${verdict.servedAs}.`,
      };
    case 'unknown-kind': {
      const suggestion = verdict.suggestion;
      const guess = suggestion ? `; did you mean ${suggestion.kind}${suggestion.apiVersion !== apiVersion ? ` (in ${suggestion.apiVersion})` : ''}?` : '.';
      return {
        ruleId: 'api-version',
        messageId: 'unknown-kind',
        severity: 'error',
        on: 'kind',
        message: `Kubernetes ${target} has no kind "${kind}" in ${apiVersion}${guess}`,
        hint: suggestion
          ? `Write kind: ${suggestion.kind}${suggestion.apiVersion !== apiVersion ? ` with apiVersion: ${suggestion.apiVersion}` : ''} (kinds are case-sensitive).`
          : `Check the spelling (kinds are CamelCase, such as Deployment or ConfigMap); if ${kind} was added in a later Kubernetes version, choose it with --kube-version.`,
      };
    }
    case 'served-without-schema':
    case 'custom':
      return {
        ruleId: 'schema',
        messageId: 'no-schema',
        severity: options.strictKinds ? 'error' : 'info',
        on: 'kind',
        message: `No schema for ${pair} in Kubernetes ${target}; not validated.`,
        hint: options.strictKinds
          ? 'Only built-in kinds are allowed here (--strict-kinds); check apiVersion and kind.'
          : verdict.status === 'custom'
            ? 'A custom resource: the CustomResourceDefinition installed in the cluster decides which fields it accepts.'
            : undefined,
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
  return explainErrors(errors, { resource, definitions: source.definitions(), root: definition, severity: 'error', version: target.version, fieldAddedIn: fieldAddedLater(schemas, target.version), enumValueAddedIn });
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
    const verdict = apiVerdict(catalog, apiVersion, kind, target);
    if (verdict.status === 'custom') {
      custom.push(resource);
      continue;
    }
    const unvalidated = verdict.status === 'unknown-kind' || verdict.status === 'not-yet' || verdict.status === 'other-api-version' || verdict.status === 'served-without-schema';
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
      findings.push({
        ...findingAt(resource, { ruleId: problem.ruleId, severity: problem.severity, message: problem.message, path: [problem.on], target: 'value', hint: problem.hint }),
        messageId: problem.messageId,
      });
    }
    const validationTarget = 'validate' in verdict ? verdict.validate : undefined;
    if (validationTarget) findings.push(...validateAgainst(resource, kind, validationTarget, schemas, options.partial));
  }
  if (!options.customLater) findings.push(...validateCustom(custom, resources, schemas, target, options));
  return findings;
}

function validateCustom(custom: readonly Resource[], every: readonly Resource[], schemas: SchemaSet, target: string, options: SchemaValidationOptions): Finding[] {
  if (custom.length === 0) return [];
  const catalog = new CustomSchemaCatalog(() => schemas.source(target).definitions(), every, { crds: options.custom?.crds, schemaLocations: options.schemaLocations });
  const noSchema = (resource: Resource): Finding => {
    const problem = describeVerdict({ status: 'custom' }, resource.apiVersion ?? '', resource.kind ?? '', target, options)!;
    return { ...findingAt(resource, { ruleId: problem.ruleId, severity: problem.severity, message: problem.message, path: [problem.on], target: 'value', hint: problem.hint }), messageId: problem.messageId };
  };
  return custom.flatMap((resource) => validateCustomResource(resource, catalog, { kubeVersion: target, noSchema }));
}

/**
 * The whole-set stage: custom resources of every file against the CRDs of every file (and --crd,
 * --schema-location), after per-file validation ran with customLater. Runs in the main thread.
 */
export function validateCustomResources(resources: readonly Resource[], options: SchemaValidationOptions = {}): Finding[] {
  const schemas = options.schemas ?? bundledSchemas;
  const target = options.kubeVersion ?? newestKubeVersion;
  const catalog = catalogOf(schemas);
  const custom = resources.filter((resource) => resource.apiVersion && resource.kind && resource.kind !== 'List' && apiVerdict(catalog, resource.apiVersion, resource.kind, target).status === 'custom');
  return validateCustom(custom, resources, schemas, target, options);
}
