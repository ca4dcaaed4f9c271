import type { Io } from './io.js';
import { bundledSchemaSource } from '../schema/bundle.js';
import { bundledKubeVersions } from '../schema/versions.js';

function builtinKinds(version: string): [apiVersion: string, kind: string][] {
  const { kinds } = bundledSchemaSource(version).index;
  return Object.keys(kinds)
    .sort()
    .flatMap((apiVersion) =>
      Object.keys(kinds[apiVersion]!)
        .filter((kind) => !kind.endsWith('List'))
        .sort()
        .map((kind): [string, string] => [apiVersion, kind]),
    );
}

/** `grade schemas`: the bundled versions with their kind counts, or one version's apiVersion/kind pairs. */
export function listSchemas(io: Io, version?: string): number {
  if (version) {
    const pairs = builtinKinds(version);
    const width = Math.max(...pairs.map(([apiVersion]) => apiVersion.length));
    for (const [apiVersion, kind] of pairs) io.stdout(`${apiVersion.padEnd(width)}  ${kind}\n`);
    return 0;
  }
  for (const bundled of bundledKubeVersions) {
    const { source } = bundledSchemaSource(bundled).index;
    const pairs = builtinKinds(bundled);
    const apiVersions = new Set(pairs.map(([apiVersion]) => apiVersion)).size;
    io.stdout(`${bundled.padEnd(5)}  ${String(pairs.length).padStart(3)} kinds in ${String(apiVersions).padStart(2)} apiVersions  (from ${source})\n`);
  }
  io.stdout("\n`grade schemas --kube-version VERSION` lists one version's apiVersion/kind pairs.\n");
  return 0;
}
