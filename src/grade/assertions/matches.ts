import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'matches',
  doc: { usage: "`matches: REGEX`", passes: "is text matching the regular expression" },
  schema: {"type": "string", "format": "regex"},
  compile(value, { regex }) {
    const pattern = regex(value);
    return pattern ? { name: 'matches', pattern } : undefined;
  },
});
