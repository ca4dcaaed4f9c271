import { describe, expect, it } from 'vitest';
import {
  describeAjvError,
  loadValidatedYaml,
  schemaProblems,
  type AjvValidate,
  type AjvWording,
  type Problem,
  type ValidatedYamlSpec,
} from '../../src/schema/validated-yaml.js';

function spec(check: ValidatedYamlSpec['check'] = () => [], noDocument?: string): ValidatedYamlSpec {
  return { file: 'f.yaml', ruleId: 'demo', severalDocuments: 'one document only', ...(noDocument ? { noDocument } : {}), check };
}

const brief = (text: string, s: ValidatedYamlSpec) => {
  const result = loadValidatedYaml(text, s);
  return { found: result.found, value: result.value, problems: result.problems.map((p) => [p.ruleId, p.file, p.line, p.column, p.message]) };
};

describe('loadValidatedYaml: one document, checked, every problem located', () => {
  it.each([
    ['a: 1\n', spec(), { found: true, value: { a: 1 }, problems: [] }],
    ['', spec(), { found: false, value: undefined, problems: [] }],
    ['', spec(() => [], 'empty file'), { found: false, value: undefined, problems: [['demo', 'f.yaml', 1, 1, 'empty file']] }],
    ['a: 1\n---\nb: 2\n', spec(), { found: false, value: undefined, problems: [['demo', 'f.yaml', 3, 1, 'one document only']] }],
    [
      'a: 1\nb:\n  c: x\n',
      spec(() => [
        { path: ['b', 'c'], target: 'value', message: 'c is wrong' },
        { path: ['a'], target: 'key', message: 'a is wrong' },
        { path: ['a'], target: 'key', message: 'a is wrong' },
      ]),
      {
        found: true,
        value: undefined,
        problems: [
          ['demo', 'f.yaml', 1, 1, 'a is wrong'],
          ['demo', 'f.yaml', 3, 6, 'c is wrong'],
        ],
      },
    ],
  ])('%j', (text, s, expected) => {
    expect(brief(text, s)).toEqual(expected);
  });

  it("reports a syntax error with the yaml stage's own message, and checks nothing", () => {
    let checked = false;
    const result = loadValidatedYaml(
      'a: [1\n',
      spec(() => ((checked = true), [])),
    );
    expect(checked).toBe(false);
    expect(result.problems.map((p) => [p.ruleId, p.file, p.severity])).toEqual([['demo', 'f.yaml', 'error']]);
  });

  it('points inside a value at an offset, past an opening quote', () => {
    const problem: Problem = { path: ['p'], target: 'value', message: 'bad character', offset: 2 };
    expect(
      loadValidatedYaml(
        'p: "abcd"\n',
        spec(() => [problem]),
      ).problems.map((p) => [p.line, p.column, p.endColumn]),
    ).toEqual([[1, 7, 8]]);
  });
});

describe('schemaProblems and the one ajv-error describer', () => {
  it('describes each ajv error below the base path, dropping those the wording does not say', () => {
    const validate: AjvValidate = Object.assign(() => false, {
      errors: [
        { keyword: 'type', instancePath: '/items/1', params: {} },
        { keyword: 'if', instancePath: '', params: {} },
      ],
    });
    const wording: AjvWording = { if: () => undefined, default: ({ error }) => error.keyword };
    const described = schemaProblems(validate, { items: ['a', 'b'] }, wording, ['rules', 'x']);
    expect(described).toEqual([{ path: ['rules', 'x', 'items', 1], target: 'value', message: 'type' }]);
  });

  it.each([
    [
      'an unknown field, on its own key',
      { keyword: 'additionalProperties', instancePath: '/a', params: { additionalProperty: 'colour' } },
      ['a', 'colour'],
      'key',
      'colour of a',
    ],
    [
      'a missing field, on the key of the mapping that lacks it',
      { keyword: 'required', instancePath: '/a', params: { missingProperty: 'id' } },
      ['a'],
      'key',
      'id of a',
    ],
    ['anything else, on the value', { keyword: 'enum', instancePath: '/a/b/0', params: {} }, ['a', 'b', 0], 'value', ' of 0'],
  ])('places %s', (_, error, path, target, message) => {
    const wording: AjvWording = { default: ({ name, last }) => `${name} of ${String(last)}` };
    expect(describeAjvError(error, { a: { b: ['x'] } }, wording)).toEqual({ path, target, message });
  });
});
