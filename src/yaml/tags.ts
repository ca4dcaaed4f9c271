import type { ScalarTag } from 'yaml';

/**
 * kubectl reads YAML with go-yaml v2, where yes/no/on/off/y/n are booleans (YAML 1.1).
 * Parsing them the same way lets rules see what the API server will see.
 */
export const goYamlBoolean: ScalarTag = {
  tag: 'tag:yaml.org,2002:bool',
  default: true,
  test: /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  resolve: (source: string) => /^(?:y|Y|yes|Yes|YES|on|On|ON)$/.test(source),
  stringify: ({ value }) => (value ? 'true' : 'false'),
};

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * go-yaml decodes a !!binary value into a string of its bytes, and kubectl's YAML-to-JSON step
 * keeps it a string (invalid UTF-8 becomes U+FFFD); yaml's own tag would give a byte array.
 */
export const goYamlBinary: ScalarTag = {
  tag: 'tag:yaml.org,2002:binary',
  default: false,
  resolve: (source: string, onError: (message: string) => void) => {
    // Go's base64 decoder skips line breaks, nothing else.
    const compact = source.replace(/[\r\n]/g, '');
    if (!base64.test(compact)) {
      // Read by syntax-messages to pick its wording; never shown.
      onError('binary: not base64');
      return source;
    }
    return new TextDecoder().decode(Buffer.from(compact, 'base64'));
  },
  stringify: ({ value }) => Buffer.from(String(value)).toString('base64'),
};
