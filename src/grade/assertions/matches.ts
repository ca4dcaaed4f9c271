import { where, show, hidden, type NodeTest } from './support.js';
import { scalarText } from '../select.js';
import { defineAssertion } from './types.js';

function matchesTest(pattern: RegExp): NodeTest {
  return ({ path, value }, resource, context) => {
    const text = scalarText(value);
    if (text !== undefined && pattern.test(text)) return undefined;
    if (hidden(resource, path, value, context)) return { path, target: 'value', message: `${where(path)} does not have the form the exercise asks for.` };
    return {
      path,
      target: 'value',
      message:
        text === undefined
          ? `${where(path)} should be a single value, not ${Array.isArray(value) ? 'a list' : 'a mapping'}.`
          : `${where(path)} is ${show(value)}, which is not what the exercise asks for (it should match ${String(pattern)}).`,
    };
  };
}

export default defineAssertion({
  name: 'matches',
  doc: { usage: '`matches: REGEX`', passes: 'is text matching the regular expression' },
  schema: { type: 'string', format: 'regex' },
  compile(value, { regex }) {
    const pattern = regex(value);
    return pattern ? { name: 'matches', pattern } : undefined;
  },
  test: (fn) => matchesTest(fn.pattern),
});
