import { describe, expect, it } from 'vitest';
import { looksLikeCredential } from '../../src/k8s/credential-keys.js';
import { holdsRedacted, isKnownNonSecretKind, mustRedact, redactText } from '../../src/k8s/redact.js';
import type { JsonPath, PlainValue } from '../../src/types.js';
import { defineRule } from '../../src/lint/rule.js';
import { runRuleOn } from '../support/rule-tester.js';

describe('looksLikeCredential: the one credential-key rule', () => {
  it.each([
    'password',
    'db-password',
    'DB_PASSWORD',
    'dbpassword',
    'DBPASSWORD',
    'apiKey',
    'api_key',
    'tls.key',
    'id_rsa',
    'server.pem',
    'auth',
    'AUTHORIZATION',
    'jwtSecret',
    'clientsecret',
    'htpasswd',
    '.dockerconfigjson',
    'authToken',
    'pwd',
  ])('%s names a credential', (key) => {
    expect(looksLikeCredential(key)).toBe(true);
  });
  it.each(['username', 'endpoint', 'secret-name', 'secretName', 'password-file', 'token-ttl', 'secretKeyRef', 'key', 'bypass', 'author', 'max-hops'])(
    '%s does not',
    (key) => {
      expect(looksLikeCredential(key)).toBe(false);
    },
  );
});

describe('isKnownNonSecretKind', () => {
  it.each([
    ['ConfigMap', true],
    ['Job', true],
    ['Deployment', true],
    ['Secret', false],
    ['secret', false],
    ['Secrets', false],
    ['SECRET', false],
    ['Configmap', false],
    ['Gizmo', false],
    [null, false],
  ] as const)('%s -> %s', (kind, known) => {
    expect(isKnownNonSecretKind(kind)).toBe(known);
  });
  it('a kind a schema defines is known unless its name says secret', () => {
    expect(isKnownNonSecretKind('Gadget', true)).toBe(true);
    expect(isKnownNonSecretKind('SealedSecret', true)).toBe(false);
    expect(isKnownNonSecretKind('Secret', true)).toBe(false);
  });
});

const job = {
  kind: 'Job',
  value: {
    metadata: { name: 'job' },
    spec: {
      template: {
        spec: {
          automountServiceAccountToken: false,
          containers: [
            {
              name: 'c',
              image: 'alpine:3.8',
              env: [
                { name: 'DB_PASSWORD', value: 'x1' },
                { name: 'TARGET', value: 'google.com' },
                { name: 'URL', value: 'https://u:p4ss@host/' },
              ],
            },
          ],
        },
      },
    },
  } as PlainValue,
};
const containerAt = (...rest: JsonPath): JsonPath => ['spec', 'template', 'spec', 'containers', 0, ...rest];

describe('mustRedact: one decision by kind, key and rubric', () => {
  it.each([
    ['Secret', ['data', 'username'], true],
    ['secret', ['data', 'username'], true],
    ['Configmap', ['data', 'username'], true],
    ['Gizmo', ['spec', 'anything'], true],
    ['Secret', ['stringdata', 'key'], true],
    ['Secret', ['metadata', 'annotations', 'note'], true],
    ['Secret', ['metadata', 'name'], false],
    ['Secret', ['type'], false],
    ['ConfigMap', ['data', 'username'], false],
    ['ConfigMap', ['data', 'password'], true],
    ['ConfigMap', ['data', 'api_token'], true],
    ['ConfigMap', ['data', 'secret-name'], false],
    ['ConfigMap', ['metadata', 'annotations', 'kubectl.kubernetes.io/last-applied-configuration'], true],
  ] as const)('%s %j -> %s', (kind, path, redacted) => {
    expect(mustRedact({ kind, value: { data: { username: 'u', password: 'p' } } }, [...path])).toBe(redacted);
  });

  it('env values by their name, URLs with a password, never a flag', () => {
    expect(mustRedact(job, containerAt('env', 0, 'value'))).toBe(true);
    expect(mustRedact(job, containerAt('env', 1, 'value'))).toBe(false);
    expect(mustRedact(job, containerAt('env', 2, 'value'))).toBe(true);
    expect(mustRedact(job, containerAt('image'))).toBe(false);
    expect(mustRedact(job, ['spec', 'template', 'spec', 'automountServiceAccountToken'])).toBe(false);
  });

  it.each([
    ['a URL in a sentence', 'see https://user:pw@host/x', true],
    ['upper case', 'HTTPS://U:P@H', true],
    ['a compound scheme', 'git+ssh://a:b@c', true],
    ['a scheme after a digit', '1https://u:p@h', true],
    ['a scheme at the end of a long word', `${'x'.repeat(100)}https://u:p@h`, true],
    ['a user and no password', 'https://u@h', false],
    ['an @ after the path', 'https://u:p/h@', false],
    // Found by npm run fuzz: a 190 KB word once took minutes here (the pattern was tried at every letter).
    ['a 190 KB word', 'x'.repeat(190_000), false],
    ['a scheme and 200 KB of "x:"', `a://${'x:'.repeat(100_000)}`, false],
  ])('a ConfigMap value with %s: redacted or not as a URL with a password', (_, value, redacted) => {
    expect(mustRedact({ kind: 'ConfigMap', value: { data: { url: value } } }, ['data', 'url'])).toBe(redacted);
  });

  it('a secret expectation redacts whatever the kind', () => {
    expect(mustRedact(job, containerAt('image'), { secretExpected: true })).toBe(true);
  });

  it('a whole container holds the redacted env value; its image alone does not', () => {
    expect(holdsRedacted(job, containerAt())).toBe(true);
    expect(holdsRedacted(job, containerAt('image'))).toBe(false);
  });
});

describe('redactText', () => {
  const texts = new Set(['hunter2-value', 'abc']);
  it('replaces a whole value, a value inside a text, and a short value only when it is all of it', () => {
    expect(redactText('hunter2-value', texts)).toBe('<redacted>');
    expect(redactText('x=hunter2-value;', texts)).toBe('<redacted>');
    expect(redactText('abc', texts)).toBe('<redacted>');
    expect(redactText('abcdef', texts)).toBe('abcdef');
  });
});

describe('rule messages: data a rule picked from a resource passes the same decision', () => {
  const echo = defineRule({
    meta: {
      id: 'echo',
      description: 'Repeats a value.',
      severity: 'warning',
      messages: { said: 'It says {{text}}.' },
      hints: { said: 'Change {{text}}.' },
      docs: { rationale: '', incorrect: '', correct: '' },
    },
    check({ value, report }) {
      const data = value.data as Record<string, string>;
      for (const key of Object.keys(data)) report({ path: ['data', key], messageId: 'said', data: { text: `${key}=${data[key]}` } });
    },
  });
  it.each([
    ['Secret', 'username', 'It says <redacted>.'],
    ['Configmap', 'username', 'It says <redacted>.'],
    ['ConfigMap', 'password', 'It says <redacted>.'],
    ['ConfigMap', 'username', 'It says username=plain-value-42.'],
  ])('%s data.%s -> %s', (kind, key, message) => {
    const [finding] = runRuleOn(echo, `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\ndata:\n  ${key}: plain-value-42\n`);
    expect(finding?.message).toBe(message);
    expect(finding?.hint).toBe(message.replace('It says', 'Change'));
  });
});

describe('API fields that only refer to a Secret', () => {
  const pod = {
    kind: 'Pod',
    value: { spec: { volumes: [{ name: 'v', secret: { secretName: 'db' } }], imagePullSecrets: [{ name: 'registry' }] } } as PlainValue,
  };
  it('show their values; a user key of the same name does not', () => {
    expect(mustRedact(pod, ['spec', 'volumes', 0, 'secret', 'secretName'])).toBe(false);
    expect(mustRedact(pod, ['spec', 'imagePullSecrets', 0, 'name'])).toBe(false);
    expect(mustRedact({ kind: 'ConfigMap', value: { data: { secret: 'x' } } }, ['data', 'secret'])).toBe(true);
  });
});
