import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertionModules } from '../../src/grade/assertions/index.js';
import { withAssertionDefinition, withAssertionTable } from '../../src/grade/assertions/generated.js';
import type { Problem } from '../../src/schema/validated-yaml.js';

const root = path.join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('assertion modules: one file each, the schema and README generated from them', () => {
  it('has one module per file in src/grade/assertions/, named after it', () => {
    expect(assertionModules.map((module) => module.name)).toEqual([
      'exists',
      'equals',
      'oneOf',
      'matches',
      'contains',
      'count',
      'imageEquals',
      'base64Equals',
      'cronEquivalent',
      'commandEquals',
      'commandMatches',
      'mountsVolume',
    ]);
  });

  it('the committed rubric schema has the generated assertion part (npm run docs)', () => {
    const committed = read('schemas/rubric.schema.json');
    expect(committed).toBe(withAssertionDefinition(committed));
    const properties = (JSON.parse(committed) as { definitions: { assertion: { properties: Record<string, unknown> } } }).definitions.assertion.properties;
    for (const module of assertionModules) expect(properties[module.name]).toEqual(module.schema);
  });

  it('the committed README has the generated assertion table (npm run docs)', () => {
    const committed = read('README.md');
    expect(committed).toBe(withAssertionTable(committed));
    for (const module of assertionModules) expect(committed).toContain(`| ${module.doc.usage} | ${module.doc.passes} |`);
  });

  const compile = (name: string, value: Parameters<(typeof assertionModules)[number]['compile']>[0]) => {
    const problems: Problem[] = [];
    const module = assertionModules.find((candidate) => candidate.name === name)!;
    const fn = module.compile(value, { at: ['assert', name], problems, regex: (source) => new RegExp(String(source)) });
    return { fn, problems: problems.map((problem) => problem.message) };
  };

  it.each([
    ['exists', true, { fn: { name: 'exists', expected: true }, problems: [] }],
    ['count', 2, { fn: { name: 'count', min: 2, max: 2 }, problems: [] }],
    ['count', { min: 3, max: 1 }, { fn: undefined, problems: ['count min (3) is larger than max (1)'] }],
    ['imageEquals', 'Alpine:3.8', { fn: undefined, problems: ['"Alpine:3.8" is not an image reference a container runtime accepts'] }],
    [
      'cronEquivalent',
      'every minute',
      { fn: undefined, problems: ['"every minute" is not a schedule the CronJob controller accepts (five fields, or @hourly, @daily, ...)'] },
    ],
    ['commandEquals', ['ls', 1], { fn: undefined, problems: [] }],
    [
      'mountsVolume',
      { from: { 'secret.secretName': 'db' }, at: ['/etc/db'] },
      { fn: { name: 'mountsVolume', from: [{ field: ['secret', 'secretName'], value: 'db' }], at: ['/etc/db'] }, problems: [] },
    ],
  ])('%s compiles %j', (name, value, expected) => {
    expect(compile(name, value as never)).toEqual(expected);
  });
});
