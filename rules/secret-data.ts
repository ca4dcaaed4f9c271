import { defineRule } from '../src/lint/rule.js';
import { get, isObject } from '../src/k8s/pod-spec.js';
import { reportConfigKey, valueTypeName } from '../src/k8s/names.js';
import { base64Slip, decodeStandardBase64, isReadableText } from '../src/k8s/base64.js';
import type { JsonPath, PlainObject, Resource } from '../src/types.js';

/** Keys the API server requires for the built-in Secret types (ValidateSecret). */
const requiredKeys: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
};

/** Types whose one key must hold a JSON object (a Docker config file). */
const jsonKeys: Readonly<Record<string, string>> = {
  'kubernetes.io/dockerconfigjson': '.dockerconfigjson',
  'kubernetes.io/dockercfg': '.dockercfg',
};

/**
 * Plain words such as "Jeff" or "TeachesThisClass" can be valid base64 by accident; genuine
 * binary data almost never reads as letters followed by digits.
 */
function readsLikeWords(text: string): boolean {
  return /^[A-Za-z]+[0-9]*$/.test(text);
}

/** Whether data or stringData has the key, counting a key written without a value (null). */
function hasKey(resource: Resource, key: string): boolean {
  return ['data', 'stringData'].some((section) => {
    const values = resource.value[section];
    return (isObject(values) && Object.prototype.hasOwnProperty.call(values, key)) || resource.map.locate([section, key]).exact;
  });
}

/** The text a Secret key will hold, when it can be known: decoded data, or stringData (which wins). */
function textOf(value: PlainObject, key: string): string | undefined {
  const plain = get(value.stringData, [key]);
  if (typeof plain === 'string') return plain;
  const encoded = get(value.data, [key]);
  const bytes = typeof encoded === 'string' ? decodeStandardBase64(encoded) : undefined;
  return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

export default defineRule({
  meta: {
    id: 'secret-data',
    description:
      'Secret data values are standard base64 (plain text goes under stringData), stringData values are strings, and keys use only letters, digits, "-", "_" and ".". Values are never shown.',
    severity: 'error',
    kinds: ['Secret'],
    messages: {
      notBase64: 'The value of {{key}} under data is not valid base64, so the API server rejects it.',
      urlSafe: 'The value of {{key}} uses the URL-safe base64 alphabet ("-" and "_"); Secret data must use standard base64 ("+" and "/").',
      padding: 'The value of {{key}} is base64 without its "=" padding; the API server requires the padding.',
      plainText:
        'The value of {{key}} looks like plain text: it happens to be valid base64, but it decodes to unreadable bytes, so the pod would not get what you wrote.',
      notString: 'The value of {{key}} under data is a {{type}}; Secret data values must be base64-encoded strings.',
      stringDataNotString: 'The value of {{key}} under stringData is a {{type}}; stringData values must be strings, so the API server rejects it.',
      keyCharacters: 'The key "{{key}}" contains {{chars}}; Secret keys may only use letters, digits, "-", "_" and ".".',
      keyTooLong: 'The key "{{start}}..." is {{length}} characters long; Secret keys may have at most 253.',
      keyDots: 'The key "{{key}}" is not allowed: a key becomes a file name in a volume, so it must not be "." or start with "..".',
      keyEmpty: 'A Secret key cannot be empty.',
      missingTypeKey: 'A Secret of type {{type}} must have the key {{key}} in data or stringData; the API server rejects it without.',
      missingBasicAuth: 'A Secret of type kubernetes.io/basic-auth must have a username or a password key; the API server rejects it without.',
      badDockerConfig: 'The {{key}} value of a {{type}} Secret must be a JSON object (a Docker config file); the API server rejects it.',
    },
    hints: {
      notBase64: 'If this is the plain value, move it under stringData (Kubernetes encodes it for you), or encode it: echo -n "<value>" | base64.',
      urlSafe: 'Re-encode it with the standard alphabet: echo -n "<value>" | base64.',
      padding: 'Add "=" at the end until the length is a multiple of 4, or re-encode it: echo -n "<value>" | base64.',
      plainText: 'Put it under stringData, or base64-encode it: echo -n "<value>" | base64.',
      notString: 'Base64-encode the value and quote it, or move it under stringData as a quoted string.',
      stringDataNotString: 'Put the value in quotes.',
      keyCharacters: 'Rename the key, e.g. "{{suggestion}}".',
      keyTooLong: 'Use a shorter key.',
      keyDots: 'Rename the key so it does not start with "..".',
      keyEmpty: 'Give the value a name.',
      missingTypeKey: 'Add {{key}} under data (base64) or stringData (plain text), or use type: Opaque.',
      missingBasicAuth: 'Add username and password under data (base64) or stringData (plain text).',
      badDockerConfig: 'Create it with kubectl create secret docker-registry, or base64-encode the content of a Docker config.json.',
    },
    docs: {
      rationale:
        'Values under a Secret\'s data must be base64-encoded; the API server decodes them and rejects anything that is not standard base64. Writing the plain value there is a common slip: often it is rejected, and sometimes (a word like "Jeff") it is valid base64 by accident and the pod gets garbage. Plain values belong under stringData, which Kubernetes encodes for you. This rule never prints the values it checks.',
      incorrect:
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: pretty-secret-config\ndata:\n  username: Jeff\n  password: TeachesThisClass\n  endpoint: http://localhost:8080/login\n',
      correct:
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: pretty-secret-config\ndata:\n  username: SmVmZg==\n  password: VGVhY2hlc1RoaXNDbGFzcw==\n  endpoint: aHR0cDovL2xvY2FsaG9zdDo4MDgwL2xvZ2lu\n',
    },
  },
  check({ resource, value, report }) {
    const data = value.data;
    if (isObject(data)) {
      for (const [key, item] of Object.entries(data)) {
        reportConfigKey(report, 'data', key);
        const path = ['data', key];
        if (typeof item !== 'string') {
          report({ path, messageId: 'notString', data: { key, type: valueTypeName(item) } });
          continue;
        }
        const bytes = decodeStandardBase64(item);
        if (!bytes) report({ path, messageId: base64Slip(item) ?? 'notBase64', data: { key } });
        else if (!isReadableText(bytes) && readsLikeWords(item))
          report({
            path,
            messageId: 'plainText',
            severity: 'warning',
            data: { key },
            // Encoded in place rather than moved to stringData: the key stays where it is (and where a rubric looks for it).
            fix: { title: `Encode the value of ${key} in base64`, replacement: Buffer.from(item, 'utf8').toString('base64'), sensitive: true },
          });
      }
    }
    const stringData = value.stringData;
    if (isObject(stringData)) {
      for (const [key, item] of Object.entries(stringData)) {
        reportConfigKey(report, 'stringData', key);
        if (typeof item !== 'string') report({ path: ['stringData', key], messageId: 'stringDataNotString', data: { key, type: valueTypeName(item) } });
      }
    }

    const type = value.type;
    if (typeof type !== 'string') return;
    // A missing key goes on the map it is missing from; without any, on the type that asks for it.
    const parent: { path: JsonPath; target: 'key' | 'value' } = isObject(data)
      ? { path: ['data'], target: 'key' }
      : isObject(stringData)
        ? { path: ['stringData'], target: 'key' }
        : { path: ['type'], target: 'value' };
    for (const key of requiredKeys[type] ?? []) {
      if (!hasKey(resource, key)) report({ ...parent, messageId: 'missingTypeKey', data: { type, key } });
    }
    if (type === 'kubernetes.io/basic-auth' && !hasKey(resource, 'username') && !hasKey(resource, 'password'))
      report({ ...parent, messageId: 'missingBasicAuth' });
    const jsonKey = jsonKeys[type];
    const text = jsonKey ? textOf(value, jsonKey) : undefined;
    if (jsonKey && text !== undefined && !isJsonObject(text)) {
      const section = typeof get(stringData, [jsonKey]) === 'string' ? 'stringData' : 'data';
      report({ path: [section, jsonKey], messageId: 'badDockerConfig', data: { type, key: jsonKey } });
    }
  },
});
