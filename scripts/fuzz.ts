/**
 * npm run fuzz: the hostile-input properties with 100k cases each (FUZZ_RUNS=N to choose).
 * npm test runs the same properties with a few thousand cases.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '100000' };
console.log(`fuzzing with ${env.FUZZ_RUNS} cases per property`);
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/hostile.property.test.ts', '--testTimeout=0'], { cwd: root, env, stdio: 'inherit' });
process.exit(run.status ?? 1);
