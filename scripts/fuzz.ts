/**
 * npm run fuzz: the hostile-input properties (test/fuzz/*.property.test.ts) at length.
 *   FUZZ_SECONDS=240 npm run fuzz   runs cases for about 4 minutes, shared equally by the properties (CI does this)
 *   FUZZ_RUNS=N npm run fuzz        N cases per property (default 100,000 when neither is set)
 *   FUZZ_SEED=S FUZZ_PATH=P npm run fuzz -- -t 'property name'   replays a failure (both are printed with it)
 * Each property prints its seed before its first case, so every log lets a run be replayed.
 * npm test runs the same properties with a few dozen to a few hundred cases each.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fuzzedProperties } from '../test/fuzz/properties.js';

const root = path.join(import.meta.dirname, '..');
const seconds = Number(process.env.FUZZ_SECONDS);
const env: NodeJS.ProcessEnv = { ...process.env };
if (Number.isFinite(seconds) && seconds > 0 && !process.env.FUZZ_PATH) {
  env.FUZZ_PROPERTY_SECONDS = String(seconds / fuzzedProperties.length);
  console.log(`fuzzing for ${seconds} s: ${env.FUZZ_PROPERTY_SECONDS} s for each of ${fuzzedProperties.length} properties`);
} else {
  env.FUZZ_RUNS ??= '100000';
  console.log(`fuzzing with ${env.FUZZ_RUNS} cases per property`);
}
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
// One file at a time, so the budgets add up to FUZZ_SECONDS and the cases do not compete for the cores.
const args = [vitest, 'run', '.property.test.ts', '--testTimeout=0', '--no-file-parallelism', ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
process.exit(run.status ?? 1);
