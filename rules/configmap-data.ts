import { defineRule } from '../src/lint/rule.js';
import { isObject } from '../src/k8s/pod-spec.js';
import { reportConfigKey, valueTypeName } from '../src/k8s/names.js';
import { mustRedact } from '../src/k8s/redact.js';
import { decodeStandardBase64 } from '../src/k8s/base64.js';

export default defineRule({
  meta: {
    id: 'configmap-data',
    description: 'ConfigMap data values are strings, keys use only letters, digits, "-", "_" and ".", and binaryData values are base64.',
    severity: 'error',
    kinds: ['ConfigMap'],
    messages: {
      notString: 'The value of {{key}} is a {{type}}, but ConfigMap data values must be strings; the API server rejects it.',
      boolean: 'The value of {{key}} is read as a boolean (unquoted true/false/yes/no/on/off are booleans in YAML), but ConfigMap data values must be strings.',
      nested: 'The value of {{key}} is a {{type}}, but ConfigMap data is a flat map of strings; the API server rejects it.',
      keyCharacters: 'The key "{{key}}" contains {{chars}}; ConfigMap keys may only use letters, digits, "-", "_" and ".".',
      keyTooLong: 'The key "{{start}}..." is {{length}} characters long; ConfigMap keys may have at most 253.',
      keyDots: 'The key "{{key}}" is not allowed: a key becomes a file name in a volume, so it must not be "." or start with "..".',
      keyEmpty: 'A ConfigMap key cannot be empty.',
      binaryNotString: 'The binaryData value of {{key}} is a {{type}}; binaryData values must be base64 strings.',
      binaryNotBase64: 'The binaryData value of {{key}} is not valid base64, so the API server rejects it.',
      duplicateKey: 'The key {{key}} is in both data and binaryData; a ConfigMap key may appear in only one of them.',
    },
    hints: {
      notString: 'Put the value in quotes: {{key}}: "{{text}}".',
      boolean: 'Put the value in quotes exactly as you want it to read, e.g. {{key}}: "yes" or {{key}}: "true".',
      nested: 'Give each value its own key, or keep the block as text: write {{key}}: | and indent the content below it.',
      keyCharacters: 'Rename the key, e.g. "{{suggestion}}".',
      keyTooLong: 'Use a shorter key.',
      keyDots: 'Rename the key so it does not start with "..".',
      keyEmpty: 'Give the value a name.',
      binaryNotString: 'Encode the bytes with base64 (base64 -w0 FILE) and put the result in quotes.',
      binaryNotBase64: 'Encode the file with base64 (base64 -w0 FILE), or put plain text under data instead.',
      duplicateKey: 'Keep {{key}} in one place: data for text, binaryData for base64-encoded bytes.',
    },
    docs: {
      rationale:
        'A ConfigMap holds text: every value under data must be a string. YAML reads an unquoted 4 as a number and yes or true as a boolean, and the API server rejects both, so numbers and flags must be quoted ("4"). Keys become environment variable sources and file names, so they may only use letters, digits, "-", "_" and ".". Bytes go under binaryData, base64-encoded.',
      incorrect: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: 4\n  max-hops: 15\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n  target: google.com\n  ttw: "4"\n  max-hops: "15"\n',
    },
  },
  check({ resource, value, report }) {
    const data = value.data;
    if (isObject(data)) {
      for (const [key, item] of Object.entries(data)) {
        reportConfigKey(report, 'data', key);
        if (typeof item === 'string') continue;
        const path = ['data', key];
        // Quoting the value exactly as written is what the author meant: "4", "yes".
        const fix = { title: `Put the value of ${key} in quotes`, quote: true } as const;
        if (typeof item === 'boolean') report({ path, messageId: 'boolean', data: { key }, fix });
        else if (typeof item === 'number')
          report({ path, messageId: 'notString', data: { key, type: 'number', text: mustRedact(resource, path) ? '...' : String(item) }, fix });
        else report({ path, messageId: 'nested', data: { key, type: valueTypeName(item) } });
      }
    }
    const binaryData = value.binaryData;
    if (isObject(binaryData)) {
      for (const [key, item] of Object.entries(binaryData)) {
        reportConfigKey(report, 'binaryData', key);
        const path = ['binaryData', key];
        if (isObject(data) && Object.prototype.hasOwnProperty.call(data, key)) report({ path, messageId: 'duplicateKey', target: 'key', data: { key } });
        if (typeof item !== 'string') report({ path, messageId: 'binaryNotString', data: { key, type: valueTypeName(item) } });
        else if (!decodeStandardBase64(item)) report({ path, messageId: 'binaryNotBase64', data: { key } });
      }
    }
  },
});
