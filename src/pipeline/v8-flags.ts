import { setFlagsFromString } from 'node:v8';

/** From this many files on, a run holds enough until its end (resources, findings) that V8's default heap sizing dominates its memory. */
export const bigRunFiles = 5000;

/**
 * V8 lets a young generation grow to 2 x 16 MB and the old one to up to twice what was live at the
 * last collection: at 50k resources that is ~80 MB of the peak. A big run keeps the young
 * generation at its size so far and lets the old one grow to 1.5 x live; smaller runs keep the
 * defaults, which cost less CPU there. The flags are process-wide; starting a worker thread resets
 * them, so a worker of a big run sets them again.
 */
export function heapSizing(big: boolean): void {
  setFlagsFromString(big ? '--semi-space-growth-factor=1' : '--semi-space-growth-factor=2');
  setFlagsFromString(big ? '--heap-growing-percent=50' : '--heap-growing-percent=0');
}

/**
 * A lint run lasts seconds, so V8's optimizing compiler costs more than its code saves: on the
 * corpus it compiled ~340 functions for ~2 s of background CPU, the scanner's methods several times
 * each, because a rare path met in one file throws away the code of every caller it was inlined into.
 * Without inlining, and tiering up at twice the default budget, it compiled 230 for ~1.1 s, and CPU
 * time fell 8% (median of 7 alternating runs; wall time within the noise; docs/benchmarks.md). The
 * editor's server runs for hours and keeps V8's defaults.
 */
export function compileForShortRun(): void {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--interrupt-budget=135168');
}
