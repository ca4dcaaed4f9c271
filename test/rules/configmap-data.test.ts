import rule from '../../rules/configmap-data.js';
import { describe, expect, it } from 'vitest';
import { runRuleOn, testRule } from '../support/rule-tester.js';

/** A ConfigMap named target-google; its first data line is line 6. */
const configMap = (body: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: target-google
${body}`;

const longKey = 'k'.repeat(254);

// Whole manifests are in fixtures/rules/configmap-data/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    {
      name: 'a block of text, an empty string and an empty value',
      code: configMap('data:\n  game.properties: |\n    lives=3\n    enemies=aliens\n  empty: ""\n  unset:\n'),
    },
    { name: 'keys with dots, dashes and underscores', code: configMap('data:\n  .hidden: a\n  _private: b\n  app-config.v2_final: c\n') },
    { name: 'binaryData in base64, wrapped over lines', code: configMap('binaryData:\n  logo.png: |\n    iVBORw0KGgo=\n') },
    { name: 'a ConfigMap without data', code: configMap('immutable: true\n') },
  ],
  invalid: [
    {
      name: 'a decimal number',
      code: configMap('data:\n  ratio: 1.5\n'),
      errors: [{ messageId: 'notString', line: 6, column: 10, endLine: 6, endColumn: 13 }],
    },
    {
      name: 'yes and true are booleans',
      code: configMap('data:\n  debug: yes\n  verbose: true\n'),
      errors: [
        { messageId: 'boolean', line: 6, column: 10, endLine: 6, endColumn: 13, message: 'read as a boolean' },
        { messageId: 'boolean', line: 7, column: 12, endLine: 7, endColumn: 16 },
      ],
    },
    {
      name: 'a nested map',
      code: configMap('data:\n  database:\n    host: db\n    port: "5432"\n'),
      errors: [{ messageId: 'nested', line: 7, column: 5, endLine: 8, endColumn: 17, message: 'is a map' }],
    },
    {
      name: 'a list',
      code: configMap('data:\n  hosts: [a, b]\n'),
      errors: [{ messageId: 'nested', line: 6, column: 10, endLine: 6, endColumn: 16, message: 'is a list' }],
    },
    {
      name: 'a space in a key',
      code: configMap('data:\n  max hops: "15"\n'),
      errors: [{ messageId: 'keyCharacters', line: 6, column: 3, endLine: 6, endColumn: 11, message: 'contains a space' }],
    },
    {
      name: 'a slash in a key',
      code: configMap('data:\n  conf/app.yaml: "x"\n'),
      errors: [{ messageId: 'keyCharacters', line: 6, column: 3, endLine: 6, endColumn: 16, message: 'contains "/"' }],
    },
    {
      name: 'a key starting with ..',
      code: configMap('data:\n  ..data: "x"\n'),
      errors: [{ messageId: 'keyDots', line: 6, column: 3, endLine: 6, endColumn: 9 }],
    },
    {
      name: 'a key over 253 characters',
      code: configMap(`data:\n  ${longKey}: "x"\n`),
      errors: [{ messageId: 'keyTooLong', line: 6, column: 3, endLine: 6, endColumn: 257, message: '254 characters long' }],
    },
    {
      name: 'binaryData: plain text, a number, and a key also in data',
      code: configMap('data:\n  logo: "x"\nbinaryData:\n  logo: iVBORw0KGgo=\n  notes: hello world\n  count: 12\n'),
      errors: [
        { messageId: 'duplicateKey', line: 8, column: 3, endLine: 8, endColumn: 7 },
        { messageId: 'binaryNotBase64', line: 9, column: 10, endLine: 9, endColumn: 21 },
        { messageId: 'binaryNotString', line: 10, column: 10, endLine: 10, endColumn: 12 },
      ],
    },
  ],
});

describe('configmap-data never echoes a credential-like value', () => {
  it('keeps the number of an unquoted password out of the message and the hint', () => {
    const [finding] = runRuleOn(rule, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db\ndata:\n  password: 918273\n  ttw: 4\n');
    expect(finding?.messageId).toBe('notString');
    expect(`${finding?.message} ${finding?.hint}`).not.toContain('918273');
  });
});
