/**
 * Bundles the GitHub Action (src/action/main.ts) into dist/index.js, and the file-checking worker
 * thread it starts for large folders into dist/check-worker.js: every dependency inside, since a
 * runner has no node_modules. Run: npm run build:action
 * The bundles read schemas/, rubrics/ and docs/ from the checkout beside dist/ (src/paths.ts).
 */
import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeBundleOptions, repoRoot } from './bundle-options.js';

export { repoRoot };
export const actionDist = path.join(repoRoot, 'dist');
export const actionBundle = path.join(actionDist, 'index.js');
/** Every file the build writes into dist/ (src/pipeline/parallel.ts finds the worker beside index.js). */
export const actionBundleFiles = ['index.js', 'check-worker.js'];

/** Fixed options: esbuild is deterministic, so a fresh build must equal the committed bytes. */
export function actionBuildOptions(outdir: string = actionDist): BuildOptions {
  return { ...nodeBundleOptions({ index: 'src/action/main.ts', 'check-worker': 'src/pipeline/check-worker.ts' }, outdir), minify: false };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build(actionBuildOptions());
  console.log(`wrote ${actionBundleFiles.map((file) => path.join('dist', file)).join(', ')}`);
}
