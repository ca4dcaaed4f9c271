import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// In a process of its own: V8's flags are process-wide, and every test thread that starts resets them.
const script = `
import v8 from 'node:v8';
import { heapSizing } from './src/pipeline/v8-flags.ts';
const youngMb = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;
const kept = [];
// Objects that survive a few scavenges, as a parse's resources do: what makes V8 grow the young generation.
const churn = () => { for (let i = 0; i < 4e6; i++) { kept.push({ i, list: [i] }); if (kept.length > 200000) kept.length = 0; } };
heapSizing(true);
const before = youngMb();
churn();
const big = youngMb();
heapSizing(false);
churn();
console.log(JSON.stringify({ before, big, small: youngMb() }));
`;

describe('heap sizing', () => {
  it('keeps the young generation at its size in a big run, and lets it grow again in a small one', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const { before, big, small } = JSON.parse(out) as { before: number; big: number; small: number };
    expect(big).toBe(before);
    expect(small).toBeGreaterThan(big);
  });
});
