import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'base64Equals',
  doc: { usage: "`base64Equals: TEXT`", passes: "is valid base64 that decodes to TEXT (messages never print the value)" },
  schema: {"description": "Valid base64 that decodes to this text.", "type": "string"},
  compile(value) {
    return typeof value === 'string' ? { name: 'base64Equals', expected: value } : undefined;
  },
});
