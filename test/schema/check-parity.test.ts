/**
 * The generated yes/no validators (validators/<chunk>.check.cjs, scripts/schemas/check-code.ts) say
 * "valid" exactly when the chunk's ajv validator does: for every precompiled definition of every
 * bundled version, on a valid document and on every one-step mutation of it, and on the corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCheckCode } from '../../scripts/schemas/check-code.js';
import { mutations, validValue } from '../../scripts/schemas/sample-values.js';
import { bundledSchemaSource, kubernetesSchemaDir, type Definitions, type SchemaNode, type ValidateFunction } from '../../src/schema/bundle.js';
import { bundledKubeVersions } from '../../src/schema/versions.js';
import { corpusDir, yamlFiles } from '../support/manifest-files.js';

const require = createRequire(import.meta.url);
type Check = (data: unknown) => boolean;

/** Both validators of a definition, straight from the committed files. */
function validatorsOf(version: string, definition: string): { check: Check; full: ValidateFunction } {
  const source = bundledSchemaSource(version);
  const chunk = source.index.validators![definition]!;
  const dir = path.join(kubernetesSchemaDir(version), 'validators');
  const check = (require(path.join(dir, `${chunk}.check.cjs`)) as Record<string, Check>)[definition]!;
  const full = (require(path.join(dir, `${chunk}.cjs`)) as Record<string, ValidateFunction>)[definition]!;
  return { check, full };
}

describe.each(bundledKubeVersions)('yes/no validators of v%s', (version) => {
  it('agree with the ajv validators on valid documents and every one-step mutation of them', () => {
    const source = bundledSchemaSource(version);
    const definitions = source.definitions();
    const precompiled = Object.keys(source.index.validators ?? {}).sort();
    let valid = 0;
    let invalid = 0;
    for (const definition of precompiled) {
      const { check, full } = validatorsOf(version, definition);
      for (const depth of [1, 3]) {
        const document = validValue(definitions[definition]!, definitions, depth);
        expect(full(document), `${definition} depth ${depth}: ${JSON.stringify(full.errors)}`).toBe(true);
        expect(check(document), definition).toBe(true);
        for (const mutated of mutations(document)) {
          const expected = full(mutated);
          if (check(mutated) !== expected) expect.fail(`${definition}: check says ${!expected} for ${JSON.stringify(mutated)}`);
          if (expected) valid++;
          else invalid++;
        }
      }
    }
    expect(valid).toBeGreaterThan(1000);
    expect(invalid).toBeGreaterThan(10_000);
  }, 300_000);
});

describe.skipIf(!existsSync(corpusDir))('yes/no validators on the corpus', () => {
  it('agree with the ajv validators on every resource of every version', () => {
    const documents: { apiVersion: string; kind: string }[] = [];
    for (const file of yamlFiles(corpusDir)) {
      for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
        if (document.errors.length > 0) continue;
        const value = document.toJS() as unknown;
        if (value && typeof value === 'object' && 'apiVersion' in value && 'kind' in value) documents.push(value as { apiVersion: string; kind: string });
      }
    }
    let rejected = 0;
    for (const version of bundledKubeVersions) {
      const source = bundledSchemaSource(version);
      for (const document of documents) {
        const definition = source.index.kinds[document.apiVersion]?.[document.kind];
        if (!definition || !source.index.validators?.[definition]) continue;
        const { check, full } = validatorsOf(version, definition);
        const expected = full(document);
        if (check(document) !== expected) expect.fail(`${version} ${definition}: check says ${!expected}`);
        if (!expected) rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(50);
  }, 300_000);
});

describe('buildCheckCode', () => {
  const run = (definitions: Definitions, value: unknown) => {
    const module: { exports: Record<string, Check> } = { exports: {} };
    new Function('exports', buildCheckCode(definitions as never, ['root']))(module.exports);
    return module.exports.root!(value);
  };
  it.each([
    { name: 'an integer is a whole finite number', schema: { type: 'integer' }, value: 2, valid: true },
    { name: 'a fraction is no integer', schema: { type: 'integer' }, value: 2.5, valid: false },
    { name: 'an int-or-string takes a string', schema: { type: ['integer', 'string'] }, value: '50%', valid: true },
    { name: 'a date-time is checked', schema: { type: 'string', format: 'date-time' }, value: 'yesterday', valid: false },
    { name: 'an enum value outside the list', schema: { type: 'string', enum: ['A', 'B'] }, value: 'C', valid: false },
    {
      name: 'a missing required field',
      schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false },
      value: {},
      valid: false,
    },
    {
      name: 'an unknown field of a closed object',
      schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
      value: { b: 1 },
      valid: false,
    },
    { name: 'a map value of the wrong type', schema: { type: 'object', additionalProperties: { type: 'string' } }, value: { b: 1 }, valid: false },
    { name: 'anyOf takes either branch', schema: { anyOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string' } }] }, value: ['x'], valid: true },
    { name: 'a list item of the wrong type', schema: { type: 'array', items: { type: 'string' } }, value: ['x', 1], valid: false },
  ])('$name', ({ schema, value, valid }) => {
    expect(run({ root: schema as SchemaNode }, value)).toBe(valid);
  });
  it('refuses a keyword it does not know rather than ignoring it', () => {
    expect(() => buildCheckCode({ root: { type: 'string', pattern: '^a' } }, ['root'])).toThrow(/pattern/);
  });
});
