/**
 * The fast YAML path against yaml under fuzzing with a fresh seed each run (npm run fuzz runs it
 * for its share of FUZZ_SECONDS): on generated manifests and small edits of them and of real files,
 * it falls back to yaml or agrees with yaml exactly (values, every table node, located ranges).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzz } from '../fuzz/harness.js';
import { agrees, corpusTexts, documentText, fixtureTexts, mutate } from './fast-parse.arbitraries.js';

const texts = fc.oneof(documentText, mutate(documentText), mutate(fc.constantFrom(...fixtureTexts, ...corpusTexts)));

describe('fuzzing', () => {
  it('the fast YAML path against yaml', async () => {
    await fuzz(
      'the fast YAML path against yaml',
      fc.asyncProperty(texts, async (text) => agrees(text)),
      300,
    );
  }, 600_000);
});
