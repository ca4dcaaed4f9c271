import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'commandEquals',
  doc: { usage: "`commandEquals: [argv...]`", passes: "on a container: `command` + `args` run this; a `sh -c` wrapper, quotes and program paths do not matter, and a hard-coded `echo` of the expected output does not pass" },
  schema: {"description": "On a container: command + args run this (a sh -c wrapper, quoting and program paths do not matter).", "type": "array", "minItems": 1, "items": {"type": "string"}},
  compile(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? { name: 'commandEquals', expected: value as string[] } : undefined;
  },
});
