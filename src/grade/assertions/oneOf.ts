import { where, show, orList, hidden, typeSlip, deepEqual, type NodeTest } from './support.js';
import type { PlainValue } from '../../types.js';
import { defineAssertion } from './types.js';

function oneOfTest(expected: readonly PlainValue[]): NodeTest {
  return ({ path, value }, resource, context) => {
    if (expected.some((option) => deepEqual(value, option))) return undefined;
    const sensitive = hidden(resource, path, value, context);
    const slip = expected.map((option) => typeSlip(value, option, sensitive)).find(Boolean);
    if (slip) return { path, target: 'value', message: `${where(path)} ${slip}.` };
    if (sensitive) return { path, target: 'value', message: `${where(path)} does not have a value the exercise accepts.` };
    return { path, target: 'value', message: `${where(path)} is ${show(value)}; the exercise accepts ${orList(expected)}.` };
  };
}

export default defineAssertion({
  name: 'oneOf',
  doc: { usage: '`oneOf: [A, B]`', passes: 'equals one of them' },
  schema: { type: 'array', minItems: 1 },
  compile(value) {
    return Array.isArray(value) ? { name: 'oneOf', expected: value } : undefined;
  },
  test: (fn) => oneOfTest(fn.expected),
});
