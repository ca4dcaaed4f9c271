import type { Finding, Range, Resource } from '../types.js';
import { rangeAt } from '../yaml/locate.js';
import { suggestName } from '../k8s/did-you-mean.js';
import { fileAndLine } from '../yaml/resource-location.js';
import type { ExerciseSpec, ResourceSpec, Rubric } from './rubric.js';
import { evaluateAssertion } from './checks.js';
import { fallbackRange } from '../findings.js';

/**
 * Which of the answers' resources each rubric resource is. Names the text prescribes are matched
 * exactly first (across every exercise, so ex3's named Jobs are never ex2's unnamed one), then
 * unnamed resources by kind and what they do, then near misses (a misspelt name, a kind in the
 * wrong case, the only candidate in the exercise's folder), which are graded but lose the
 * "exists" check. A folder name is a hint that breaks ties, never a requirement.
 */

export type MatchStatus = 'matched' | 'near' | 'missing';

export interface ResourceMatch {
  exercise: ExerciseSpec;
  spec: ResourceSpec;
  status: MatchStatus;
  /** The resource graded for this spec (matched or near). */
  resource?: Resource;
  /** For near and missing: what to tell the student. */
  message?: string;
  /** Where that message belongs; no file when nothing in the answers is close. */
  anchor?: { file: string; range: Range };
  /** For missing: a file that could not be read and may hold the resource. */
  unreadable?: { finding: Finding };
}

export type Matching = Map<ExerciseSpec, Map<string, ResourceMatch>>;

/** Whether a file path mentions the exercise: ex2/, Exercise-02/, ex2-job.yaml for folder "ex2". */
export function folderMatcher(folder: string): (file: string) => boolean {
  const numbered = /^([A-Za-z]+)[-_ ]?0*(\d+)$/.exec(folder);
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = numbered ? new RegExp(`^${escaped(numbered[1]!)}[a-z]*[-_ ]*0*${numbered[2]}(?![0-9])`, 'i') : undefined;
  const lower = folder.toLowerCase();
  return (file) => {
    const parts = file.split('/');
    const stem = (parts.pop() ?? '').replace(/\.[^.]*$/, '');
    return [...parts, stem].some((segment) => (pattern ? pattern.test(segment) : segment.toLowerCase() === lower));
  };
}

function describeSpec(spec: ResourceSpec): string {
  if (spec.name) return `no ${spec.kind} named ${spec.name}`;
  return spec.description ? `no ${spec.kind} that ${spec.description}` : `no ${spec.kind}`;
}

function nameAnchor(resource: Resource): { file: string; range: Range } {
  const range = rangeAt(resource.map, ['metadata', 'name']) ?? fallbackRange;
  return { file: resource.file, range };
}

/** Files that could not be read into resources: a missing resource may well be in one of them. */
// A duplicate key leaves its document readable (the last value is kept), so it is not listed.
const unreadableRules = new Set(['yaml-syntax', 'file-unreadable', 'manifest-shape']);

interface Context {
  resources: readonly Resource[];
  claimed: Set<Resource>;
  unreadable: readonly Finding[];
}

function byPreference(inFolder: (file: string) => boolean) {
  return (a: Resource, b: Resource) => Number(inFolder(b.file)) - Number(inFolder(a.file));
}

function wherePassCount(resource: Resource, spec: ResourceSpec): number {
  return spec.where.filter((assertion) => evaluateAssertion(resource, assertion).passed).length;
}

function missing(exercise: ExerciseSpec, spec: ResourceSpec, context: Context, extra = ''): ResourceMatch {
  const inFolder = folderMatcher(exercise.folder);
  const broken = [...context.unreadable].sort((a, b) => Number(inFolder(b.file ?? '')) - Number(inFolder(a.file ?? '')))[0];
  if (broken?.file) {
    const anchored = inFolder(broken.file) || new Set(context.unreadable.map((f) => f.file)).size === 1;
    const message = `${describeSpec(spec)} could be found${extra}; ${broken.file}:${broken.line}:${broken.column} could not be read (${broken.message.replace(/\.$/, '')}), so it may be in there: fix that first.`;
    return {
      exercise,
      spec,
      status: 'missing',
      message,
      ...(anchored ? { unreadable: { finding: broken } } : {}),
      ...(anchored
        ? {
            anchor: {
              file: broken.file,
              range: {
                line: broken.line ?? 1,
                column: broken.column ?? 1,
                endLine: broken.endLine ?? broken.line ?? 1,
                endColumn: broken.endColumn ?? (broken.column ?? 1) + 1,
              },
            },
          }
        : {}),
    };
  }
  return { exercise, spec, status: 'missing', message: `${describeSpec(spec)} in the answers${extra}.` };
}

function matchNamedExactly(exercise: ExerciseSpec, spec: ResourceSpec, context: Context): ResourceMatch | undefined {
  const candidates = context.resources.filter((r) => !context.claimed.has(r) && r.kind === spec.kind && r.name === spec.name);
  const best = [...candidates].sort(byPreference(folderMatcher(exercise.folder)))[0];
  return best ? { exercise, spec, status: 'matched', resource: best } : undefined;
}

function matchByWhere(exercise: ExerciseSpec, spec: ResourceSpec, context: Context): ResourceMatch | undefined {
  const candidates = context.resources.filter((r) => !context.claimed.has(r) && r.kind === spec.kind && wherePassCount(r, spec) === spec.where.length);
  const best = [...candidates].sort(byPreference(folderMatcher(exercise.folder)))[0];
  return best ? { exercise, spec, status: 'matched', resource: best } : undefined;
}

function matchNear(exercise: ExerciseSpec, spec: ResourceSpec, context: Context): ResourceMatch {
  const inFolder = folderMatcher(exercise.folder);
  const open = context.resources.filter((r) => !context.claimed.has(r));
  const sameKind = open.filter((r) => r.kind === spec.kind);
  const near = (resource: Resource, why: string): ResourceMatch => ({
    exercise,
    spec,
    status: 'near',
    resource,
    message: `${describeSpec(spec)}; did you mean ${why} in ${fileAndLine(resource)}?`,
    anchor: nameAnchor(resource),
  });

  if (spec.name) {
    const guess = suggestName(
      spec.name,
      sameKind.flatMap((r) => (r.name ? [r.name] : [])),
    );
    const misspelt = guess !== undefined ? sameKind.filter((r) => r.name === guess).sort(byPreference(inFolder))[0] : undefined;
    if (misspelt) return near(misspelt, misspelt.name!);
    const kindGuess = suggestName(
      spec.kind,
      open.filter((r) => r.name === spec.name).flatMap((r) => (r.kind ? [r.kind] : [])),
    );
    const wrongKind = kindGuess !== undefined ? open.find((r) => r.name === spec.name && r.kind === kindGuess) : undefined;
    if (wrongKind) return near(wrongKind, `the ${wrongKind.kind} ${spec.name} (kind is ${spec.kind}, and kinds are case-sensitive)`);
    const onlyInFolder = sameKind.filter((r) => inFolder(r.file));
    if (onlyInFolder.length === 1) return near(onlyInFolder[0]!, onlyInFolder[0]!.name ?? '(unnamed)');
    return missing(exercise, spec, context);
  }

  // Unnamed: the exercise's folder decides; elsewhere a partial match is only mentioned.
  const ranked = sameKind
    .map((r) => ({ r, score: wherePassCount(r, spec) }))
    .sort((a, b) => b.score - a.score || Number(inFolder(b.r.file)) - Number(inFolder(a.r.file)));
  const folderCandidate = ranked.find(({ r }) => inFolder(r.file));
  if (folderCandidate) return { exercise, spec, status: 'matched', resource: folderCandidate.r };
  const closest = ranked.find(({ score }) => score > 0);
  const extra = closest ? ` (the closest is ${closest.r.kind} ${closest.r.name ?? ''} in ${fileAndLine(closest.r)}, which does not match)` : '';
  return missing(exercise, spec, context, extra);
}

function sortedResources(resources: readonly Resource[]): Resource[] {
  return resources
    .map((resource, i) => ({ resource, i }))
    .sort((a, b) => (a.resource.file < b.resource.file ? -1 : a.resource.file > b.resource.file ? 1 : a.resource.docIndex - b.resource.docIndex || a.i - b.i))
    .map(({ resource }) => resource);
}

export function matchResources(resources: readonly Resource[], rubric: Rubric, findings: readonly Finding[] = []): Matching {
  const context: Context = {
    resources: sortedResources(resources),
    claimed: new Set(),
    unreadable: findings.filter((f) => f.severity === 'error' && unreadableRules.has(f.ruleId) && f.file !== undefined),
  };
  const matching: Matching = new Map(rubric.exercises.map((exercise) => [exercise, new Map<string, ResourceMatch>()]));
  const record = (match: ResourceMatch | undefined) => {
    if (!match) return;
    matching.get(match.exercise)!.set(match.spec.id, match);
    if (match.resource) context.claimed.add(match.resource);
  };
  const pending = (predicate: (spec: ResourceSpec) => boolean) =>
    rubric.exercises.flatMap((exercise) =>
      exercise.resources.filter((spec) => predicate(spec) && !matching.get(exercise)!.has(spec.id)).map((spec) => ({ exercise, spec })),
    );

  for (const { exercise, spec } of pending((spec) => spec.name !== undefined)) record(matchNamedExactly(exercise, spec, context));
  for (const { exercise, spec } of pending((spec) => spec.name === undefined)) record(matchByWhere(exercise, spec, context));
  for (const { exercise, spec } of pending(() => true)) record(matchNear(exercise, spec, context));
  return matching;
}
