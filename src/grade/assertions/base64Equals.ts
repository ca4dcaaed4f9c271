import { where, type NodeTest } from './support.js';
import { decodeStandardBase64 } from '../../k8s/base64.js';
import { defineAssertion } from './types.js';

function base64Test(expected: string): NodeTest {
  // Never print the value, encoded or decoded: say what kind of mistake it is.
  return ({ path, value }) => {
    if (typeof value !== 'string') return { path, target: 'value', message: `${where(path)} must be a base64 string.` };
    if (value === expected)
      return {
        path,
        target: 'value',
        message: `${where(path)} holds the plain text, not its base64 encoding; the API server rejects it or stores the wrong bytes.`,
      };
    const bytes = decodeStandardBase64(value);
    if (!bytes) return { path, target: 'value', message: `${where(path)} is not valid base64 (standard alphabet, with = padding).` };
    const decoded = Buffer.from(bytes).toString('utf8');
    if (decoded === expected) return undefined;
    if (decoded === `${expected}\n`)
      return { path, target: 'value', message: `${where(path)} decodes to the right text plus a line break at the end (echo adds one).` };
    return { path, target: 'value', message: `${where(path)} does not decode to the value the exercise gives.` };
  };
}

export default defineAssertion({
  name: 'base64Equals',
  doc: { usage: '`base64Equals: TEXT`', passes: 'is valid base64 that decodes to TEXT (messages never print the value)' },
  schema: { description: 'Valid base64 that decodes to this text.', type: 'string' },
  compile(value) {
    return typeof value === 'string' ? { name: 'base64Equals', expected: value } : undefined;
  },
  test: (fn) => base64Test(fn.expected),
});
