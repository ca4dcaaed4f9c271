import { distance } from 'fastest-levenshtein';

/** Two neighbouring letters swapped ("tpye" for "type"): one slip, though Levenshtein counts two. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differences: number[] = [];
  for (let i = 0; i < a.length && differences.length <= 2; i++) if (a[i] !== b[i]) differences.push(i);
  return (
    differences.length === 2 && differences[1] === differences[0]! + 1 && a[differences[0]!] === b[differences[1]!] && a[differences[1]!] === b[differences[0]!]
  );
}

/**
 * The known field an unknown one most likely meant: same name in another case first
 * (restartpolicy), then a swap of two letters, then a small edit distance
 * (volumeClaimTemplate), then a known field that contains it (storageClass -> storageClassName).
 */
export function suggestField(name: string, known: Iterable<string>): string | undefined {
  const candidates = [...new Set(known)].filter((candidate) => candidate !== name).sort();
  const lower = name.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const swapped = candidates.find((candidate) => isTransposition(candidate.toLowerCase(), lower));
  if (swapped) return swapped;
  const allowed = lower.length <= 4 ? 1 : lower.length <= 10 ? 2 : 3;
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const edits = distance(candidate.toLowerCase(), lower);
    if (edits <= allowed && (!best || edits < best.edits)) best = { candidate, edits };
  }
  if (best) return best.candidate;
  if (lower.length < 5) return undefined;
  // Only a longer known name that contains this one: the other way round, imagePullPolicy would suggest image.
  const containing = candidates.filter((candidate) => candidate.toLowerCase().includes(lower));
  return containing.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}
