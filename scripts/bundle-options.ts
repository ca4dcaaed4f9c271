import type { BuildOptions } from 'esbuild';
import path from 'node:path';

export const repoRoot = path.join(import.meta.dirname, '..');

/** What every kubegrade bundle shares: one ES module for Node 20+, every dependency inside, deterministic. */
export function nodeBundleOptions(entryPoints: Record<string, string>, outdir: string): BuildOptions {
  return {
    absWorkingDir: repoRoot,
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies (ajv, fast-glob) call require(); an ES module bundle has to provide it.
    banner: { js: "import { createRequire as kubegradeCreateRequire } from 'node:module';\nconst require = kubegradeCreateRequire(import.meta.url);" },
    legalComments: 'eof',
    charset: 'utf8',
    sourcemap: false,
    logLevel: 'warning',
  };
}
