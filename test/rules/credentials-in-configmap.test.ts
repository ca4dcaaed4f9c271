import { describe, expect, it } from 'vitest';
import rule from '../../rules/credentials-in-configmap.js';
import { looksLikeCredential } from '../../src/k8s/credential-keys.js';
import { runRuleOn, testRule } from '../support/rule-tester.js';

const configMap = (data: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: not-secret-config
data:
${data}`;

// Whole manifests are in fixtures/rules/credentials-in-configmap/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    configMap('  target: google.com\n  ttw: "4"\n  max-hops: "15"\n'),
    {
      name: 'keys that only name or describe a credential',
      code: configMap(
        '  secret-name: pretty-secret-config\n  password-file: /run/secret/password\n  token-ttl: 1h\n  passwordMinLength: "12"\n  username: Jeff\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'api keys, tokens and private keys in several spellings',
      code: configMap('  apiKey: x\n  API_KEY: x\n  github-token: x\n  DB_PASSWD: x\n  tls.key: x\n  id_rsa: x\n  aws_secret_access_key: x\n'),
      errors: [
        { messageId: 'credential', line: 6, column: 3, endColumn: 9 },
        { messageId: 'credential', line: 7, column: 3, endColumn: 10 },
        { messageId: 'credential', line: 8, column: 3, endColumn: 15 },
        { messageId: 'credential', line: 9, column: 3, endColumn: 12 },
        { messageId: 'credential', line: 10, column: 3, endColumn: 10 },
        { messageId: 'credential', line: 11, column: 3, endColumn: 9 },
        { messageId: 'credential', line: 12, column: 3, endColumn: 24 },
      ],
    },
  ],
});

describe('credentials-in-configmap', () => {
  it('never prints the value', () => {
    const findings = runRuleOn(rule, configMap('  password: TeachesThisClass\n'));
    expect(findings).toHaveLength(1);
    expect(JSON.stringify(findings)).not.toContain('TeachesThisClass');
  });

  it('judges the last word of a key', () => {
    expect(
      ['password', 'dbPassword', 'ADMIN_PASSWORD', 'client_secret', 'slack.webhook.token', 'apikey', 'signing-key'].filter((key) => !looksLikeCredential(key)),
    ).toEqual([]);
    expect(['secret-name', 'secretName', 'password_policy', 'token-url', 'key', 'keys', 'monkey', 'passenger', 'bypass'].filter(looksLikeCredential)).toEqual(
      [],
    );
  });
});
