import { where, commandAnchor, type NodeTest } from './support.js';
import { commandWords, containerCommand, showCommand } from '../command-line.js';
import { mustRedact } from '../../k8s/redact.js';
import { defineAssertion } from './types.js';

function commandMatchesTest(pattern: RegExp): NodeTest {
  return ({ path, value }, resource, context) => {
    const { argv } = containerCommand(value);
    const line = commandWords(argv).join(' ');
    if (pattern.test(line)) return undefined;
    const anchor = commandAnchor(path, value);
    if (mustRedact(resource, anchor, context))
      return { path: anchor, target: anchor === path ? 'key' : 'value', message: `${where(anchor)} is not the command the exercise asks for.` };
    return {
      path: anchor,
      target: anchor === path ? 'key' : 'value',
      message:
        argv.length === 0 ? `${where(path)} sets no command.` : `The container runs "${showCommand(argv)}", which is not the command the exercise asks for.`,
    };
  };
}

export default defineAssertion({
  name: 'commandMatches',
  doc: { usage: '`commandMatches: REGEX`', passes: 'on a container: the normalised command line matches' },
  schema: { description: 'On a container: the command line, normalised, matches this regular expression.', type: 'string', format: 'regex' },
  compile(value, { regex }) {
    const pattern = regex(value);
    return pattern ? { name: 'commandMatches', pattern } : undefined;
  },
  test: (fn) => commandMatchesTest(fn.pattern),
});
