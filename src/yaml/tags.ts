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
