/** Generates every bundled Kubernetes version's schema files in memory: relative path -> content. */
import { bundledKubeVersions } from '../../src/schema/versions.js';
import { rawApiFromSwagger } from './from-swagger.js';
import { rawApiFromTypes } from './from-types.js';
import { fetchSwaggerDocuments, swaggerPackage, typesPackageDir, typesPackages, type SwaggerVersion, type TypesVersion } from './sources.js';
import { buildStrictBundle } from './strict-bundle.js';
import { buildStandaloneValidators } from './standalone.js';
import { stableStringify, type RawApi } from './model.js';
import { applyEnums, checkEveryFieldFound } from './apply-enums.js';
import type { EnumField } from './enums.js';

export interface GeneratedVersion {
  version: string;
  source: string;
  kindCount: number;
}

export interface GeneratedSchemas {
  /** Paths relative to schemas/kubernetes/. */
  files: Map<string, string>;
  versions: GeneratedVersion[];
}

function isSwaggerVersion(version: string): version is SwaggerVersion {
  return version in swaggerPackage.files;
}

function isTypesVersion(version: string): version is TypesVersion {
  return version in typesPackages;
}

export async function generateKubernetesSchemas(root: string): Promise<GeneratedSchemas> {
  const swagger = await fetchSwaggerDocuments();
  const files = new Map<string, string>();
  const versions: GeneratedVersion[] = [];
  const enumFieldsSeen = new Set<EnumField>();
  for (const version of bundledKubeVersions) {
    let raw: RawApi;
    let source: string;
    if (isSwaggerVersion(version)) {
      raw = rawApiFromSwagger(swagger[version]);
      source = `${swaggerPackage.spec} lib/specs/swagger-${version}.json.gz (upstream ${swaggerPackage.files[version].upstream} api/openapi-spec/swagger.json)`;
    } else if (isTypesVersion(version)) {
      raw = rawApiFromTypes(await typesPackageDir(root, version));
      source = `kubernetes-types@${typesPackages[version].version}`;
    } else {
      throw new Error(`no source is configured for Kubernetes ${version}`);
    }
    const bundle = buildStrictBundle(raw);
    const laterEnumValues = applyEnums(version, raw.definitions, bundle.definitions, enumFieldsSeen);
    const standalone = buildStandaloneValidators(bundle.definitions, bundle.kinds);
    files.set(`v${version}/definitions.json`, `${stableStringify({ definitions: bundle.definitions })}\n`);
    const index = { kubernetesVersion: version, source, kinds: bundle.kinds, validators: standalone.validators, laterEnumValues };
    files.set(`v${version}/index.json`, `${JSON.stringify(JSON.parse(stableStringify(index)), null, 1)}\n`);
    for (const [chunk, code] of standalone.chunks) files.set(`v${version}/validators/${chunk}.cjs`, code);
    for (const [chunk, code] of standalone.checks) files.set(`v${version}/validators/${chunk}.check.cjs`, code);
    const kindCount = Object.values(bundle.kinds).reduce((sum, byKind) => sum + Object.keys(byKind).length, 0);
    versions.push({ version, source, kindCount });
  }
  checkEveryFieldFound(enumFieldsSeen);
  return { files, versions };
}
