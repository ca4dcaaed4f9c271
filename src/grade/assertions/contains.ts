import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'contains',
  doc: { usage: "`contains: V`", passes: "is a list that includes V" },
  schema: {},
  compile(value) {
    return ({ name: 'contains', expected: value });
  },
});
