import { distance } from 'fastest-levenshtein';

/** Case, '-', '_' and '.' differences are the usual slips between names that must match. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '_');
}

/** Whether two names differ only in case and - _ . separators (MAX-HOPS and MAX_HOPS). */
export function sameNameShape(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/**
 * The declared name a mistyped reference most likely meant, or undefined when nothing is close:
 * same name up to case and - _ . separators, one name containing the other
 * ("pretty-secret-config" / "pretty-secret-config-volume"), or a small edit distance.
 */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const unique = [...new Set(candidates)].filter((candidate) => candidate !== name).sort();
  if (unique.length === 0 || name === '') return undefined;
  const normalized = normalizeName(name);
  const sameShape = unique.find((candidate) => normalizeName(candidate) === normalized);
  if (sameShape !== undefined) return sameShape;

  let best: { candidate: string; score: number } | undefined;
  for (const candidate of unique) {
    const other = normalizeName(candidate);
    const edits = distance(normalized, other);
    const shorter = Math.min(normalized.length, other.length);
    const contains = shorter >= 3 && (other.includes(normalized) || normalized.includes(other));
    const close = edits <= Math.max(1, Math.floor(Math.max(normalized.length, other.length) / 3));
    if (!contains && !close) continue;
    if (!best || edits < best.score) best = { candidate, score: edits };
  }
  return best?.candidate;
}

/** "a, b, c" for a message, at most `limit` names, sorted. */
export function listNames(names: Iterable<string>, limit = 10): string {
  const sorted = [...new Set(names)].sort();
  if (sorted.length === 0) return '(none)';
  const shown = sorted.slice(0, limit).join(', ');
  return sorted.length > limit ? `${shown} and ${sorted.length - limit} more` : shown;
}
