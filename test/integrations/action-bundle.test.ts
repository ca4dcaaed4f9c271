import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionBuildOptions, actionBundleFiles, actionDist, repoRoot } from '../../scripts/build-action.js';
import { makeTempDir, removeTempDirs } from './support.js';

afterAll(removeTempDirs);

describe('the GitHub Action', () => {
  it('has committed bundles equal to a fresh build (run npm run build:action after changing src/)', async () => {
    const outdir = makeTempDir('kubegrade-bundle-');
    await build(actionBuildOptions(outdir));
    expect(readdirSync(outdir).sort()).toEqual([...actionBundleFiles].sort());
    for (const file of actionBundleFiles) {
      const fresh = readFileSync(path.join(outdir, file));
      const committed = readFileSync(path.join(actionDist, file));
      expect(committed.equals(fresh), `dist/${file} is stale: run \`npm run build:action\` and commit dist/`).toBe(true);
    }
  });

  it('declares a node24 action on dist/index.js with the documented inputs and outputs', () => {
    const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(['fail-on', 'format', 'kube-version', 'lint', 'path', 'rubric']);
    expect(action.inputs.path?.default).toBe('.');
    expect(action.inputs['fail-on']?.default).toBe('errors');
    expect(Object.keys(action.outputs).sort()).toEqual(['max-score', 'report', 'result', 'score']);
  });
});
