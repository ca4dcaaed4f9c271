import { pickRange } from './positions.js';
import {
  refOf,
  type Finding,
  type ResourceRef,
  type FindingFix,
  type FixIntent,
  type JsonPath,
  type Range,
  type Resource,
  type Severity,
  type SourceMap,
} from '../types.js';
import { fixEdits } from './fix-edits.js';
import { formatPath } from '../values.js';
import { fallbackRange } from '../findings.js';

/** The one path -> range resolver: where a finding about `path` goes, or undefined when the map holds no position. */
export function rangeAt(map: SourceMap, path: JsonPath, target: 'key' | 'value' = 'value'): Range | undefined {
  return pickRange(map.locate(path), target);
}

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

/** One reference per resource, shared by its findings (a big run holds tens of thousands until the report). */
const refs = new WeakMap<Resource, ResourceRef>();

function sharedRefOf(resource: Resource): ResourceRef {
  let ref = refs.get(resource);
  if (!ref) {
    ref = refOf(resource);
    refs.set(resource, ref);
  }
  return ref;
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
    resource: sharedRefOf(resource),
    docIndex: resource.docIndex,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(fix ? { fix } : {}),
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}
