import { where, show, hidden, typeSlip, deepEqual, type NodeTest } from './support.js';
import type { PlainValue } from '../../types.js';
import { defineAssertion } from './types.js';

function equalsTest(expected: PlainValue): NodeTest {
  return ({ path, value }, resource, context) => {
    if (deepEqual(value, expected)) return undefined;
    const sensitive = hidden(resource, path, value, context);
    const slip = typeSlip(value, expected, sensitive);
    if (slip) return { path, target: 'value', message: `${where(path)} ${slip}.` };
    if (sensitive) return { path, target: 'value', message: `${where(path)} does not have the value the exercise asks for.` };
    return { path, target: 'value', message: `${where(path)} is ${show(value)}, but the exercise asks for ${show(expected)}.` };
  };
}

export default defineAssertion({
  name: 'equals',
  doc: { usage: '`equals: V`', passes: 'equals V, type included (`"4"` is not `4`)' },
  schema: {},
  compile(value) {
    return { name: 'equals', expected: value };
  },
  test: (fn) => equalsTest(fn.expected),
});
