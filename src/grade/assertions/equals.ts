import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'equals',
  doc: { usage: "`equals: V`", passes: "equals V, type included (`\"4\"` is not `4`)" },
  schema: {},
  compile(value) {
    return ({ name: 'equals', expected: value });
  },
});
