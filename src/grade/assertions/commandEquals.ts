import { where, show, commandAnchor, type NodeTest } from './support.js';
import { commandWords, containerCommand, isOneItemCommandLine, sameCommand, showCommand } from '../command-line.js';
import { mustRedact } from '../../k8s/redact.js';
import { defineAssertion } from './types.js';

function commandEqualsTest(expected: readonly string[]): NodeTest {
  const wanted = showCommand(expected);
  return ({ path, value }, resource, context) => {
    const { argv, malformed } = containerCommand(value);
    const anchor = commandAnchor(path, value);
    if (mustRedact(resource, anchor, context) && !sameCommand(argv, expected))
      return { path: anchor, target: 'value', message: `${where(anchor)} is not the command the exercise asks for.` };
    if (malformed) return { path: anchor, target: 'value', message: `${where(anchor)} must be a list of strings, such as ${JSON.stringify(expected)}.` };
    if (argv.length === 0)
      return { path, target: 'key', message: `${where(path)} sets no command, so the image's default command runs instead of "${wanted}".` };
    if (sameCommand(argv, expected)) return undefined;
    if (isOneItemCommandLine(argv, expected)) {
      return {
        path: anchor,
        target: 'value',
        message: `The whole command line is one list item, so the container would look for a program named ${show(argv[0])}; give each word its own item (${JSON.stringify(commandWords(expected))}) or run it with ["/bin/sh", "-c", "${wanted}"].`,
      };
    }
    return { path: anchor, target: 'value', message: `The container runs "${showCommand(argv)}", but the exercise asks for "${wanted}".` };
  };
}

export default defineAssertion({
  name: 'commandEquals',
  doc: {
    usage: '`commandEquals: [argv...]`',
    passes:
      'on a container: `command` + `args` run this; a `sh -c` wrapper, quotes and program paths do not matter, and a hard-coded `echo` of the expected output does not pass',
  },
  schema: {
    description: 'On a container: command + args run this (a sh -c wrapper, quoting and program paths do not matter).',
    type: 'array',
    minItems: 1,
    items: { type: 'string' },
  },
  compile(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? { name: 'commandEquals', expected: value as string[] } : undefined;
  },
  test: (fn) => commandEqualsTest(fn.expected),
});
