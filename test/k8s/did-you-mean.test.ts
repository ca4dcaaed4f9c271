import { describe, expect, it } from 'vitest';
import { distance } from 'fastest-levenshtein';
import { listNames, nameSuggester, suggestName } from '../../src/k8s/did-you-mean.js';
import { seededRandom } from '../../scripts/gen-corpus.js';

/** suggestName as first written (one pass, every distance computed): nameSuggester skips work, never changes an answer. */
function reference(name: string, candidates: string[]): string | undefined {
  const normalize = (text: string) => text.toLowerCase().replace(/[-_.]/g, '_');
  const unique = [...new Set(candidates)].filter((candidate) => candidate !== name).sort();
  if (unique.length === 0 || name === '') return undefined;
  const normalized = normalize(name);
  const sameShape = unique.find((candidate) => normalize(candidate) === normalized);
  if (sameShape !== undefined) return sameShape;
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of unique) {
    const other = normalize(candidate);
    const edits = distance(normalized, other);
    const shorter = Math.min(normalized.length, other.length);
    const contains = shorter >= 3 && (other.includes(normalized) || normalized.includes(other));
    const close = edits <= Math.max(1, Math.floor(Math.max(normalized.length, other.length) / 3));
    if (!contains && !close) continue;
    if (!best || edits < best.score) best = { candidate, score: edits };
  }
  return best?.candidate;
}

describe('suggestName', () => {
  it('matches names that differ in case or - _ . separators first', () => {
    expect(suggestName('MAX_HOPS', ['TARGET', 'MAX-HOPS', 'TTW'])).toBe('MAX-HOPS');
    expect(suggestName('max_hops', ['max-hops', 'target', 'ttw'])).toBe('max-hops');
  });

  it('matches a name contained in the other', () => {
    expect(suggestName('pretty-secret-config', ['pretty-secret-config-volume'])).toBe('pretty-secret-config-volume');
  });

  it('matches small edits and prefers the closest', () => {
    expect(suggestName('TARGT', ['TARGET', 'TTW'])).toBe('TARGET');
    expect(suggestName('target-gogle', ['target-amazon', 'target-google'])).toBe('target-google');
  });

  it('suggests nothing when nothing is close, or the name itself', () => {
    expect(suggestName('cache', ['not-secret-config'])).toBeUndefined();
    expect(suggestName('a', [])).toBeUndefined();
    expect(suggestName('ttw', ['ttw'])).toBeUndefined();
  });
});

describe('nameSuggester', () => {
  it('answers as the one-pass reference on 20,000 generated names and candidate lists', () => {
    const next = seededRandom(7);
    const word = () => Array.from({ length: Math.floor(next() * 9) }, () => 'abAB-_.c'[Math.floor(next() * 8)]).join('');
    for (let round = 0; round < 200; round++) {
      const candidates = Array.from({ length: Math.floor(next() * 12) }, word);
      const suggest = nameSuggester(candidates);
      for (let i = 0; i < 100; i++) {
        const name = next() < 0.2 && candidates.length > 0 ? candidates[Math.floor(next() * candidates.length)]! : word();
        expect(suggest(name), `${name} in ${JSON.stringify(candidates)}`).toBe(reference(name, candidates));
      }
    }
  });
});

describe('listNames', () => {
  it('sorts, dedupes and caps', () => {
    expect(listNames(['ttw', 'max-hops', 'target', 'ttw'])).toBe('max-hops, target, ttw');
    expect(listNames([])).toBe('(none)');
    expect(listNames(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
  });
});
