import { defineRule } from '../src/lint/rule.js';
import { isObject } from '../src/k8s/pod-spec.js';
import { looksLikeCredential } from '../src/k8s/credential-keys.js';

export default defineRule({
  meta: {
    id: 'credentials-in-configmap',
    description: 'ConfigMap keys that look like credentials (password, token, secret, api key, private key): use a Secret.',
    severity: 'warning',
    kinds: ['ConfigMap'],
    messages: {
      credential:
        'ConfigMap key "{{key}}" looks like a credential. A ConfigMap is not meant for secrets: its values are shown in plain text (kubectl describe configmap prints them) to anyone who can read ConfigMaps.',
    },
    hints: {
      credential: 'Move "{{key}}" to a Secret (under stringData:, or base64-encoded under data:) and read it with secretKeyRef or a secret volume.',
    },
    docs: {
      rationale:
        "ConfigMaps hold configuration, and Kubernetes makes no attempt to hide it: kubectl describe and kubectl get -o yaml print every value, and read access to ConfigMaps is commonly granted widely. Passwords, tokens, API keys and private keys belong in a Secret, which is shown only to those allowed to read Secrets, is not printed by kubectl describe, and can be encrypted at rest. Only the key's last word counts: secret-name or password-file name something about a credential and are not reported. Values are never shown.",
      incorrect:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: not-secret-config\ndata:\n  username: Jeff\n  password: TeachesThisClass\n  endpoint: http://localhost:8080/login\n',
      correct:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: login-config\ndata:\n  username: Jeff\n  endpoint: http://localhost:8080/login\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: login-password\nstringData:\n  password: TeachesThisClass\n',
    },
  },
  check({ value, report }) {
    for (const section of ['data', 'binaryData']) {
      const data = value[section];
      if (!isObject(data)) continue;
      for (const key of Object.keys(data)) {
        if (looksLikeCredential(key)) report({ path: [section, key], target: 'key', messageId: 'credential', data: { key } });
      }
    }
  },
});
