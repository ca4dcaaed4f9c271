import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'commandMatches',
  doc: { usage: "`commandMatches: REGEX`", passes: "on a container: the normalised command line matches" },
  schema: {"description": "On a container: the command line, normalised, matches this regular expression.", "type": "string", "format": "regex"},
  compile(value, { regex }) {
    const pattern = regex(value);
    return pattern ? { name: 'commandMatches', pattern } : undefined;
  },
});
