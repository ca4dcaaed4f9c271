import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'exists',
  doc: { usage: '`exists: true` / `false`', passes: 'is there / is not there' },
  schema: { type: 'boolean' },
  compile(value) {
    return typeof value === 'boolean' ? { name: 'exists', expected: value } : undefined;
  },
});
