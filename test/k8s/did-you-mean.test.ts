import { describe, expect, it } from 'vitest';
import { listNames, suggestName } from '../../src/k8s/did-you-mean.js';

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

describe('listNames', () => {
  it('sorts, dedupes and caps', () => {
    expect(listNames(['ttw', 'max-hops', 'target', 'ttw'])).toBe('max-hops, target, ttw');
    expect(listNames([])).toBe('(none)');
    expect(listNames(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
  });
});
