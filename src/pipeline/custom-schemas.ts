/** --crd and --schema-location: the custom schemas a user points to, read before the checked files. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { discoverFiles } from '../load/discover.js';
import { UsageError } from '../errors.js';
import type { Resource } from '../types.js';
import { customKindOf, type CustomSchemaSources } from '../schema/custom.js';
import { checkSourceFile } from './file-check.js';

export interface CustomSchemaPaths {
  /** CRD manifests (files or folders), --crd. */
  crds?: readonly string[];
  /** Folders of JSON schemas, --schema-location. */
  schemaLocations?: readonly string[];
}

/** Reads the CRDs and checks the folders; anything unusable is a one-line usage error. */
export async function loadCustomSchemas(paths: CustomSchemaPaths, cwd: string): Promise<CustomSchemaSources> {
  const crds: Resource[] = [];
  for (const input of paths.crds ?? []) {
    const discovery = await discoverFiles([input], { cwd });
    if (discovery.missing.length > 0) throw new UsageError(`--crd ${input}: no such file or folder (give a CRD manifest or a folder of them)`);
    const found: Resource[] = [];
    for (const candidate of discovery.candidates) {
      const outcome = checkSourceFile(candidate.displayPath, candidate.absolutePath);
      found.push(...outcome.resources.filter((resource) => customKindOf(resource) !== undefined));
    }
    if (found.length === 0)
      throw new UsageError(`--crd ${input}: holds no CustomResourceDefinition (apiextensions.k8s.io/v1 with spec.group and spec.names.kind)`);
    crds.push(...found);
  }
  const schemaLocations = (paths.schemaLocations ?? []).map((location) => {
    const absolute = path.resolve(cwd, location);
    let folder = false;
    try {
      folder = statSync(absolute).isDirectory();
    } catch {
      folder = false;
    }
    if (!folder)
      throw new UsageError(
        `--schema-location ${location}: no such folder (give a folder of JSON schemas named {kind}-{group}-{version}.json or {group}/{kind}_{version}.json)`,
      );
    return absolute;
  });
  return { crds, schemaLocations };
}
