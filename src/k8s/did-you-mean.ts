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
  return nameSuggester(candidates)(name);
}

/**
 * suggestName for many names against the same candidates: they are deduplicated, sorted and
 * normalised once (a rule may ask for every reference to a missing object of its namespace).
 */
export function nameSuggester(candidates: Iterable<string>): (name: string) => string | undefined {
  const unique = [...new Set(candidates)].sort();
  const shapes = unique.map(normalizeName);
  // Per shape, the candidates that have it, in sorted order.
  const byShape = new Map<string, number[]>();
  shapes.forEach((shape, i) => {
    const list = byShape.get(shape);
    if (list) list.push(i);
    else byShape.set(shape, [i]);
  });
  return (name) => {
    if (name === '' || unique.length === 0 || (unique.length === 1 && unique[0] === name)) return undefined;
    const normalized = normalizeName(name);
    const sameShape = byShape.get(normalized)?.find((i) => unique[i] !== name);
    if (sameShape !== undefined) return unique[sameShape];

    let best: { candidate: string; score: number } | undefined;
    for (let i = 0; i < unique.length; i++) {
      const candidate = unique[i]!;
      if (candidate === name) continue;
      const other = shapes[i]!;
      const shorter = Math.min(normalized.length, other.length);
      const longer = Math.max(normalized.length, other.length);
      const contains = shorter >= 3 && (other.includes(normalized) || normalized.includes(other));
      // The distance is at least the difference in length: skipped where that alone rules the candidate out.
      if (!contains && longer - shorter > Math.max(1, Math.floor(longer / 3))) continue;
      if (best && longer - shorter >= best.score) continue;
      const edits = distance(normalized, other);
      const close = edits <= Math.max(1, Math.floor(longer / 3));
      if (!contains && !close) continue;
      if (!best || edits < best.score) best = { candidate, score: edits };
    }
    return best?.candidate;
  };
}

/** "a, b, c" for a message, at most `limit` names, sorted. */
export function listNames(names: Iterable<string>, limit = 10): string {
  const sorted = [...new Set(names)].sort();
  if (sorted.length === 0) return '(none)';
  const shown = sorted.slice(0, limit).join(', ');
  return sorted.length > limit ? `${shown} and ${sorted.length - limit} more` : shown;
}
