import { describe, expect, it } from 'vitest';
import rule from '../../rules/secret-data.js';
import { runRuleOn, testRule } from '../support/rule-tester.js';

/** A Secret named pretty-secret-config; the line after `body`'s first line is line 6. */
const secret = (body: string) => `apiVersion: v1
kind: Secret
metadata:
  name: pretty-secret-config
${body}`;

// Whole manifests are in fixtures/rules/secret-data/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    { name: 'plain text under stringData', code: secret('stringData:\n  username: Jeff\n  password: TeachesThisClass\n') },
    {
      name: 'base64 wrapped over lines (the API server ignores line breaks)',
      code: secret('data:\n  endpoint: |\n    aHR0cDovL2xvY2Fs\n    aG9zdDo4MDgwL2xvZ2lu\n'),
    },
    { name: 'binary data that does not read like words', code: secret('data:\n  key.bin: q80vUQ+u/w==\n') },
    { name: 'an empty value', code: secret('data:\n  token: ""\n') },
    { name: 'a TLS Secret with both keys (one in stringData)', code: secret('type: kubernetes.io/tls\ndata:\n  tls.crt: ""\nstringData:\n  tls.key: ""\n') },
    { name: 'a docker config JSON in stringData', code: secret('type: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: \'{"auths": {}}\'\n') },
    { name: 'basic-auth with only a password', code: secret('type: kubernetes.io/basic-auth\nstringData:\n  password: x\n') },
  ],
  invalid: [
    {
      name: 'the URL-safe alphabet',
      code: secret('data:\n  question: Pz8_Pg==\n'),
      errors: [{ messageId: 'urlSafe', line: 6, column: 13, endLine: 6, endColumn: 21 }],
    },
    {
      name: 'missing padding',
      code: secret('data:\n  username: SmVmZg\n'),
      errors: [{ messageId: 'padding', line: 6, column: 13, endLine: 6, endColumn: 19, message: 'without its "=" padding' }],
    },
    {
      name: 'a space inside the value',
      code: secret('data:\n  username: SmVm Zg==\n'),
      errors: [{ messageId: 'notBase64', line: 6, column: 13, endLine: 6, endColumn: 22 }],
    },
    {
      name: 'a number under data',
      code: secret('data:\n  pin: 1234\n'),
      errors: [{ messageId: 'notString', line: 6, column: 8, endLine: 6, endColumn: 12, message: 'is a number' }],
    },
    {
      name: 'a number under stringData',
      code: secret('stringData:\n  port: 8080\n'),
      errors: [{ messageId: 'stringDataNotString', line: 6, column: 9, endLine: 6, endColumn: 13 }],
    },
    {
      name: 'a boolean under stringData',
      code: secret('stringData:\n  enabled: yes\n'),
      errors: [{ messageId: 'stringDataNotString', line: 6, column: 12, endLine: 6, endColumn: 15, message: 'is a boolean' }],
    },
    {
      name: 'a key with a space',
      code: secret('stringData:\n  db password: x\n'),
      errors: [{ messageId: 'keyCharacters', line: 6, column: 3, endLine: 6, endColumn: 14, message: 'contains a space' }],
    },
    {
      name: 'a TLS Secret without its key',
      code: secret('type: kubernetes.io/tls\ndata:\n  tls.crt: ""\n'),
      errors: [{ messageId: 'missingTypeKey', line: 6, column: 1, endLine: 6, endColumn: 5, message: 'must have the key tls.key' }],
    },
    {
      name: 'a docker config Secret with nothing in it',
      code: secret('type: kubernetes.io/dockerconfigjson\n'),
      errors: [{ messageId: 'missingTypeKey', line: 5, column: 7, endLine: 5, endColumn: 37, message: '.dockerconfigjson' }],
    },
    {
      name: 'a docker config that is not JSON',
      code: secret('type: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: user:pass\n'),
      errors: [{ messageId: 'badDockerConfig', line: 7, column: 22, endLine: 7, endColumn: 31 }],
    },
    {
      name: 'basic-auth without username or password',
      code: secret('type: kubernetes.io/basic-auth\nstringData:\n  user: x\n'),
      errors: [{ messageId: 'missingBasicAuth', line: 6, column: 1, endLine: 6, endColumn: 11 }],
    },
  ],
});

describe('secret-data never shows a value', () => {
  it('keeps values, raw or decoded, out of every message and hint', () => {
    const code = secret(
      'type: kubernetes.io/dockerconfigjson\ndata:\n  username: Jeff\n  password: TeachesThisClass\n  endpoint: http://localhost:8080/login\n  padded: SmVmZg\n  pin: 1234\nstringData:\n  .dockerconfigjson: hunter2-secret\n  port: 8080\n',
    );
    const findings = runRuleOn(rule, code);
    expect(findings.length).toBeGreaterThanOrEqual(7);
    const shown = findings.map((finding) => `${finding.message} ${finding.hint ?? ''}`).join('\n');
    for (const secretText of ['Jeff', 'TeachesThisClass', 'localhost', 'SmVmZg', '1234', 'hunter2', '8080']) expect(shown).not.toContain(secretText);
  });
});
