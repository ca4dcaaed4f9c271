import { where, show, hidden, deepEqual, type NodeTest } from './support.js';
import type { PlainValue } from '../../types.js';
import { defineAssertion } from './types.js';

function containsTest(expected: PlainValue): NodeTest {
  return ({ path, value }, resource, context) => {
    if (Array.isArray(value) && value.some((item) => deepEqual(item, expected))) return undefined;
    if (hidden(resource, path, value, context)) return { path, target: 'value', message: `${where(path)} does not include the value the exercise asks for.` };
    if (!Array.isArray(value)) return { path, target: 'value', message: `${where(path)} should be a list that includes ${show(expected)}.` };
    return { path, target: 'value', message: `${where(path)} does not include ${show(expected)}.` };
  };
}

export default defineAssertion({
  name: 'contains',
  doc: { usage: '`contains: V`', passes: 'is a list that includes V' },
  schema: {},
  compile(value) {
    return { name: 'contains', expected: value };
  },
  test: (fn) => containsTest(fn.expected),
});
