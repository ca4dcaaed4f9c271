import type { JsonPath, PlainValue } from '../../types.js';
import type { Problem } from '../../schema/validated-yaml.js';
import type { Schedule } from '../cron.js';
import type { NodeTest } from './support.js';

/** The "then" half of a check: one small function applied to what a path selects. */
export type AssertionFunction =
  | { name: 'exists'; expected: boolean }
  | { name: 'equals'; expected: PlainValue }
  | { name: 'imageEquals'; expected: string }
  | { name: 'oneOf'; expected: PlainValue[] }
  | { name: 'matches'; pattern: RegExp }
  | { name: 'contains'; expected: PlainValue }
  | { name: 'count'; min: number; max: number }
  | { name: 'base64Equals'; expected: string }
  | { name: 'cronEquivalent'; expected: string; schedule: Schedule }
  | { name: 'commandEquals'; expected: string[] }
  | { name: 'commandMatches'; pattern: RegExp }
  | { name: 'mountsVolume'; from: { field: string[]; value: string }[]; at: string[] };

/** What compiling an assertion's options may use: where they are, and where problems go. */
export interface CompileContext {
  /** The path of the options in the rubric (…assert.equals), for problems. */
  at: JsonPath;
  problems: Problem[];
  /** The options as a regular expression, or undefined after reporting why not. */
  regex(source: PlainValue): RegExp | undefined;
}

/**
 * One rubric assertion function, self-described: its name, the JSON schema of its options (the
 * rubric schema's assertion part is generated from these), how it compiles, and its README row.
 */
export interface AssertionModule<Name extends AssertionFunction['name'] = AssertionFunction['name']> {
  name: Name;
  /** README table: how it is written, and what the selected value must be. */
  doc: { usage: string; passes: string };
  /** JSON schema of the options, as in schemas/rubric.schema.json. */
  schema: Readonly<Record<string, unknown>>;
  /** The typed function, or undefined (after adding a problem, or when the schema already reports it). */
  compile(value: PlainValue, context: CompileContext): Extract<AssertionFunction, { name: Name }> | undefined;
  /** The test of one selected node; exists and count look at the selection itself (src/grade/checks.ts). */
  test?(fn: Extract<AssertionFunction, { name: Name }>): NodeTest;
}

/** Any assertion module, as the registry holds them. */
export interface AnyAssertionModule {
  name: AssertionFunction['name'];
  doc: AssertionModule['doc'];
  schema: AssertionModule['schema'];
  compile(value: PlainValue, context: CompileContext): AssertionFunction | undefined;
  test?(fn: AssertionFunction): NodeTest;
}

export function defineAssertion<Name extends AssertionFunction['name']>(module: AssertionModule<Name>): AssertionModule<Name> {
  return module;
}
