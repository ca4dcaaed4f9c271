import type { Formatter } from './types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
};

export const formatNames = Object.keys(formatters);
