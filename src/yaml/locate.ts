import { pickRange } from './source-map.js';
import { refOf, type Finding, type FindingFix, type FixIntent, type JsonPath, type Resource, type Severity } from '../types.js';
import { fixEdits } from './fix-edits.js';
import { formatPath } from '../values.js';
import { fallbackRange } from '../findings.js';

export interface LocatedProblem {
  ruleId: string;
  severity: Severity;
  message: string;
  path: JsonPath;
  target?: 'key' | 'value';
  hint?: string;
  /** The one evident repair; dropped when the path itself was not found or the text does not allow it. */
  fix?: FixIntent;
  /** Repairs to choose from, each dropped on the same terms. */
  suggestions?: readonly FixIntent[];
}

function editsOf(resource: Resource, problem: LocatedProblem, intent: FixIntent): FindingFix | undefined {
  return fixEdits(resource, problem.path, problem.target ?? 'value', intent);
}

/** The one place where a path inside a resource becomes a file position. */
export function findingAt(resource: Resource, problem: LocatedProblem): Finding {
  const location = resource.map.locate(problem.path);
  const range = pickRange(location, problem.target ?? 'value');
  const fix = problem.fix && range && location.exact ? editsOf(resource, problem, problem.fix) : undefined;
  const suggestions = range && location.exact ? (problem.suggestions ?? []).flatMap((intent) => editsOf(resource, problem, intent) ?? []) : [];
  return {
    ruleId: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    file: resource.file,
    ...(range ?? fallbackRange),
    path: formatPath(problem.path) || undefined,
    resource: refOf(resource),
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(fix ? { fix } : {}),
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}
