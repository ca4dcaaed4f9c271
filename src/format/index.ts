import type { ChunkedFormatter, Formatter } from './types.js';
import { formatClassroom } from './classroom.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatGradescope } from './gradescope.js';
import { formatJson, jsonReportChunks } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatUnix } from './unix.js';

export { formatGithubSummary } from './github-summary.js';
export { encodeClassroomResult } from './classroom.js';

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  compact: formatCompact,
  unix: formatUnix,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  gradescope: formatGradescope,
  classroom: formatClassroom,
};

export const formatNames = Object.keys(formatters);

/** Formats whose output is written as it is serialised (a big repository's JSON report is tens of megabytes). */
export const chunkedFormatters: Readonly<Record<string, ChunkedFormatter>> = {
  json: jsonReportChunks,
};
