/**
 * Bundles the CLI into build/bundle/grade.js, and the file-checking worker it starts into
 * build/bundle/check-worker.js (src/pipeline/parallel.ts finds it beside grade.js). One file loads
 * in a fraction of the time a tree of modules takes, and a pre-commit hook runs it per commit.
 * Part of `npm run build`; bin/grade.js uses the bundle when it is there. The published package
 * ships these three files and no node_modules: every library is inside, and what they read at run
 * time (schemas/, rubrics/, docs/rules/) ships beside them (test/package/install.test.ts).
 */
import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeBundleOptions, repoRoot } from './bundle-options.js';

export { repoRoot };
export const cliBundleDir = path.join(repoRoot, 'build', 'bundle');

export function cliBuildOptions(outdir: string = cliBundleDir): BuildOptions {
  return {
    // Dependencies are bundled too: resolving and loading dozens of small files is the cost being cut.
    ...nodeBundleOptions(
      { grade: 'src/cli/main.ts', lsp: 'src/lsp/main.ts', 'check-worker': 'src/pipeline/check-worker.ts', 'each-worker': 'src/cli/each-worker.ts' },
      outdir,
    ),
    // Less source to parse at every start; names stay, so stack traces (--debug) still read well.
    minifyWhitespace: true,
    minifySyntax: true,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build(cliBuildOptions());
  console.log('wrote build/bundle/grade.js, lsp.js, check-worker.js, each-worker.js');
}
