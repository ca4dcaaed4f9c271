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
