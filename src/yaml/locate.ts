import { pickRange } from './source-map.js';
import { refOf, type Finding, type FindingFix, type JsonPath, type Resource, type Severity } from '../types.js';
import { formatPath } from '../values.js';
import { fallbackRange } from '../findings.js';

export interface LocatedProblem {
  ruleId: string;
  severity: Severity;
  message: string;
  path: JsonPath;
  target?: 'key' | 'value';
  hint?: string;
  /** Replaces the located range; dropped when the path itself was not found (the range is an ancestor's). */
  fix?: FindingFix;
}

/** The one place where a path inside a resource becomes a file position. */
export function findingAt(resource: Resource, problem: LocatedProblem): Finding {
  const location = resource.map.locate(problem.path);
  const range = pickRange(location, problem.target ?? 'value');
  return {
    ruleId: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    file: resource.file,
    ...(range ?? fallbackRange),
    path: formatPath(problem.path) || undefined,
    resource: refOf(resource),
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(problem.fix && range && location.exact ? { fix: problem.fix } : {}),
  };
}
