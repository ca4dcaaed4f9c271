import type { FormatContext, Formatter } from './types.js';
import { allRuleMeta } from '../engine/registry.js';
import { formatClassroom } from './classroom.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatGradescope } from './gradescope.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatUnix } from './unix.js';

export { formatGithubSummary } from './github-summary.js';
export { encodeClassroomResult } from './classroom.js';

/** Fills in what a caller left out of the context: the registered rules' metadata. */
function withDefaults(formatter: Formatter): Formatter {
  return (report, context: FormatContext) => formatter(report, { ...context, rules: context.rules ?? allRuleMeta() });
}

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  compact: formatCompact,
  unix: formatUnix,
  sarif: withDefaults(formatSarif),
  junit: formatJunit,
  github: formatGithub,
  gradescope: formatGradescope,
  classroom: formatClassroom,
};

export const formatNames = Object.keys(formatters);
