/**
 * Every fuzzed property, by name: with FUZZ_SECONDS each gets an equal share of the time (scripts/fuzz.ts
 * divides by this count, without loading the pipeline), and fuzz() takes no other name, so the count is right.
 */
export const fuzzedProperties = [
  'one mutated answer file, linted alone',
  'an answer set with one mutated file, graded against the day-2 rubric',
  'random manifests',
  'many aliases of one long string',
  'mappings with tens of thousands of keys',
  'deeply nested flow and block collections',
  'control characters in keys and values, in every format',
  'a folder of hostile names and special files, the same bytes with --jobs 1 and 2',
  'the fast YAML path against yaml',
] as const;

export type FuzzedProperty = (typeof fuzzedProperties)[number];
