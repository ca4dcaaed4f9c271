import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'oneOf',
  doc: { usage: "`oneOf: [A, B]`", passes: "equals one of them" },
  schema: {"type": "array", "minItems": 1},
  compile(value) {
    return Array.isArray(value) ? { name: 'oneOf', expected: value } : undefined;
  },
});
