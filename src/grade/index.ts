import type { Finding, JsonPath, PlainValue, Resource, Severity } from '../types.js';
import type { ExerciseResult } from '../report.js';
import type { Rule } from '../lint/rule.js';
import { ResourceIndex } from '../resources/resource-index.js';
import { storedView } from './stored.js';
import { appliesTo, runRule } from '../lint/run-rules.js';
import { findingAt } from '../yaml/locate.js';
import { sortAndDedupe } from '../findings.js';
import type { CheckSpec, ExerciseSpec, ResourceSpec, Rubric } from './rubric.js';
import { matchResources, type ResourceMatch } from './match.js';
import { evaluateAssertion, type AssertionFailure } from './checks.js';
import { isKnownNonSecretKind } from '../k8s/redact.js';
import { scoreExercise, type CheckOutcome } from './score.js';

export { matchResources } from './match.js';
export { parseRubric, loadRubric, builtinRubricPath, type Rubric } from './rubric.js';

export interface GradeInput {
  resources: readonly Resource[];
  index: ResourceIndex;
  /**
   * Every finding of the pipeline (parse, schema, rules), unsuppressed: the scoring input. No
   * comment, annotation or config file in the answers may have removed anything from it.
   */
  findings: readonly Finding[];
}

export interface GradeOptions {
  /** The rules a rubric's rule checks may name: the registered rules. */
  rules: readonly Rule[];
}

export interface GradeResult {
  rubric: { id: string; title: string };
  exercises: ExerciseResult[];
  /** The input findings, annotated with exercise/check where they explain one, plus the rubric's own. */
  findings: Finding[];
}

/** The check an exercise gets when it has no noErrors check (unless acceptedCheck: false): errors still block passing, visibly. */
const implicitAccepted: CheckSpec = {
  id: 'accepted',
  title: 'The API server accepts every resource of this exercise',
  points: 0,
  resources: [],
  type: 'noErrors',
  assertions: [],
  requires: [],
  hint: 'Fix the errors listed for this exercise.',
};

const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function identity(finding: Finding): string {
  return JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message]);
}

/**
 * Whether a finding is about this resource: the same document of the same file and, when the
 * finding names its resource, the same object (the items of a `kind: List` share a document).
 */
function isAbout(finding: Finding, resource: Resource): boolean {
  if (finding.file !== resource.file || finding.docIndex !== resource.docIndex) return false;
  const ref = finding.resource;
  return !ref || (ref.kind === resource.kind && ref.name === resource.name && ref.namespace === resource.namespace && ref.apiVersion === resource.apiVersion);
}

/** Whether two findings are about the same resource: file, document and object. */
function sameResource(a: Finding, b: Finding): boolean {
  if (a.file !== b.file || a.docIndex === undefined || a.docIndex !== b.docIndex) return false;
  return JSON.stringify(a.resource ?? null) === JSON.stringify(b.resource ?? null);
}

/** Whether two findings are about the same node: the same resource and the same path. */
function sameNode(a: Finding, b: Finding): boolean {
  return sameResource(a, b) && a.path !== undefined && a.path === b.path;
}

/** Whether `inner` is about the node `outer` points at, or something inside it (env[1].configMapKeyRef is inside env[1]). */
function isInside(inner: Finding, outer: Finding): boolean {
  if (!sameResource(inner, outer) || inner.path === undefined || outer.path === undefined) return false;
  return inner.path === outer.path || inner.path.startsWith(`${outer.path}.`) || inner.path.startsWith(`${outer.path}[`);
}

/** One mistake, one explanation: the rule's finding at (or inside) the node a rubric failure points at explains it. */
function explains(rule: Finding, rubric: Finding): boolean {
  return isInside(rule, rubric);
}

/** Grades one exercise: every check on the matched resources, then which finding explains which check. */
class ExerciseGrader {
  private readonly own = new Map<CheckSpec, Finding[]>();
  private readonly attributed = new Map<string, CheckSpec>();
  private readonly passed = new Map<CheckSpec, boolean>();
  /** Checks that could not look at anything because their resource is missing: what they wait for. */
  private readonly waitingFor = new Map<CheckSpec, string>();
  /** How to undo each failed check's mistakes (null: not every failure names the value that fixes it). */
  private readonly fixes = new Map<CheckSpec, Fix[] | null>();
  /** Checks not charged because their only failure is a failed prerequisite's: which one. */
  private readonly sameMistake = new Map<CheckSpec, CheckSpec>();
  /** The unreadable file this exercise's missing resources may be in (reported once). */
  private unreadable: ResourceMatch['unreadable'];
  readonly checks: CheckSpec[];

  constructor(
    readonly exercise: ExerciseSpec,
    private readonly matches: ReadonlyMap<string, ResourceMatch>,
    private readonly input: GradeInput,
    private readonly findingsOf: (resource: Resource) => readonly Finding[],
    private readonly rules: ReadonlyMap<string, Rule>,
  ) {
    const hasNoErrors = exercise.checks.some((check) => check.type === 'noErrors');
    this.checks =
      hasNoErrors || !exercise.acceptedCheck
        ? [...exercise.checks]
        : [...exercise.checks, { ...implicitAccepted, resources: exercise.resources.map((r) => r.id) }];
    for (const check of this.checks) this.own.set(check, []);
  }

  /** Not attempted: none of the exercise's resources appears (not even nearly). Such an exercise scores 0 and reports nothing. */
  get attempted(): boolean {
    return [...this.matches.values()].some((match) => match.status !== 'missing');
  }

  private resourcesOf(check: CheckSpec): ResourceMatch[] {
    return check.resources.flatMap((handle) => this.matches.get(handle) ?? []);
  }

  private addOwn(check: CheckSpec, finding: Finding): void {
    this.own.get(check)!.push({ ...finding, exercise: this.exercise.id, check: check.id });
  }

  private ruleFindings(check: CheckSpec, resource: Resource): Finding[] {
    const rule = check.rule!;
    const registered = this.rules.get(rule.id);
    // Built-in pipeline checks (schema, api-version, yaml-syntax...) are not rules: read what the pipeline found.
    const found = registered
      ? appliesTo(registered, resource)
        ? runRule(registered, resource, this.input.index, rule.options)
        : []
      : this.findingsOf(resource).filter((f) => f.ruleId === rule.id);
    return found.filter((f) => severityRank[f.severity] >= severityRank[rule.failOn]);
  }

  private evaluate(check: CheckSpec): boolean {
    const targets = this.resourcesOf(check);
    if (check.type === 'exists') {
      let ok = targets.length > 0;
      for (const match of targets) {
        if (match.status === 'matched') continue;
        ok = false;
        this.addMissing(check, match);
      }
      return ok;
    }
    let ok = true;
    for (const match of targets) {
      const resource = match.resource;
      if (!resource) {
        ok = false;
        this.waitingFor.set(check, describeResource(match.spec));
        continue;
      }
      if (check.rule) {
        for (const finding of this.ruleFindings(check, resource)) {
          ok = false;
          this.fixes.set(check, null);
          this.attributed.set(identity(finding), check);
          this.addOwn(check, finding);
        }
      }
      for (const assertion of check.assertions) {
        const result = evaluateAssertion(resource, assertion, { secretExpected: !isKnownNonSecretKind(match.spec.kind) });
        if (result.passed) continue;
        ok = false;
        for (const failure of result.failures) {
          this.noteFix(check, resource, failure);
          this.addOwn(check, this.rubricFinding(check, resource, failure));
        }
      }
    }
    return ok;
  }

  /** Remembers how to undo this failure, for chargeOnce; one failure without a known fix spoils the set. */
  private noteFix(check: CheckSpec, resource: Resource, failure: AssertionFailure): void {
    const known = this.fixes.get(check);
    if (known === null) return;
    if (!failure.fix) {
      this.fixes.set(check, null);
      return;
    }
    this.fixes.set(check, [...(known ?? []), { resource, path: failure.path, value: failure.fix.value }]);
  }

  /** A check's verdict on these resources (the student's, with a prerequisite's mistake undone), and its assertion failures there. */
  private judgeWith(check: CheckSpec, patched: ReadonlyMap<Resource, Resource>): { passed: boolean; failures: Finding[] } {
    let passed = true;
    const failures: Finding[] = [];
    for (const match of this.resourcesOf(check)) {
      if (!match.resource) return { passed: false, failures: [] };
      const resource = patched.get(match.resource) ?? match.resource;
      if (check.rule && this.ruleFindings(check, resource).length > 0) passed = false;
      const context = { secretExpected: !isKnownNonSecretKind(match.spec.kind) };
      for (const assertion of check.assertions) {
        const result = evaluateAssertion(resource, assertion, context);
        if (result.passed) continue;
        passed = false;
        for (const failure of result.failures) failures.push(this.rubricFinding(check, resource, failure));
      }
    }
    return { passed, failures };
  }

  private rubricFinding(check: CheckSpec, resource: Resource, failure: AssertionFailure): Finding {
    return findingAt(resource, {
      ruleId: 'rubric',
      severity: 'error',
      message: failure.message,
      path: failure.path,
      target: failure.target,
      ...(check.hint ? { hint: check.hint } : {}),
    });
  }

  private addMissing(check: CheckSpec, match: ResourceMatch): void {
    if (match.unreadable) {
      // A file that does not parse hides its resources: said once per exercise, not once per resource and check.
      if (this.unreadable) return;
      this.unreadable = match.unreadable;
      const { finding } = match.unreadable;
      this.addOwn(check, {
        ruleId: 'rubric',
        severity: 'error',
        messageId: 'unreadable',
        message: `${this.exercise.id}: ${finding.file} could not be read; fix its syntax first (line ${finding.line}: ${finding.message.replace(/\.$/, '')}). It may hold ${describeResource(match.spec)}.`,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        hint: 'Fix the YAML at that line; then the resources in the file can be graded.',
      });
      return;
    }
    const message = `${this.exercise.id}: ${match.message ?? `no ${match.spec.kind} ${match.spec.name ?? ''}`}`;
    const hint = check.hint ? { hint: check.hint } : {};
    if (match.anchor) {
      this.addOwn(check, { ruleId: 'rubric', severity: 'error', message, file: match.anchor.file, ...match.anchor.range, ...hint });
      return;
    }
    // Every finding has a place: the resource that names the missing one, else the exercise's first resource.
    const related = this.relatedTo(match.spec);
    if (related)
      this.addOwn(check, {
        ...findingAt(related.resource, { ruleId: 'rubric', severity: 'error', message, path: related.path, target: 'value', ...hint }),
        messageId: 'resourceMissing',
      });
  }

  /** The exercise's resource that mentions the missing one by name (the Job whose volume names the ConfigMap). */
  private relatedTo(spec: ResourceSpec): { resource: Resource; path: JsonPath } | undefined {
    const present = [...this.matches.values()].flatMap((match) => (match.resource ? [match.resource] : []));
    if (spec.name) {
      // Prefer the reference itself (configMap.name, secretName) over a same-named volume or mount.
      const field = spec.kind.charAt(0).toLowerCase() + spec.kind.slice(1);
      const found = present.flatMap((resource) => pathsOfString(resource.value, spec.name!, []).map((path) => ({ resource, path })));
      const reference = found.find(({ path }) => path.some((segment) => typeof segment === 'string' && segment.startsWith(field))) ?? found[0];
      if (reference) return reference;
    }
    const first = present[0];
    return first ? { resource: first, path: ['metadata', 'name'] } : undefined;
  }

  /** A resource that is missing (or only nearly there) is explained once: by its exists check, else its first check. */
  private explainMissing(): void {
    for (const spec of this.exercise.resources) {
      const match = this.matches.get(spec.id);
      if (!match || match.status === 'matched') continue;
      const exists = this.checks.find((check) => check.type === 'exists' && check.resources.includes(spec.id));
      if (exists) continue;
      const first = this.checks.find((check) => check.type !== 'noErrors' && check.resources.includes(spec.id));
      if (first) this.addMissing(first, match);
    }
  }

  /**
   * One mistake costs one check: a check that fails only because a prerequisite (requires) failed,
   * and passes once that mistake is undone, keeps its points; its findings go to the prerequisite.
   * When it still fails, it shows its own remaining mistakes, not the prerequisite's again.
   */
  private chargeOnce(): void {
    const failed = new Set(this.checks.filter((check) => this.passed.get(check) === false));
    for (const check of this.checks) {
      // A check with nothing to look at (its resource is missing) has earned nothing to keep.
      if (!failed.has(check) || check.type !== 'verify' || this.waitingFor.has(check)) continue;
      const undone = this.checks.flatMap((candidate) => {
        const fixes = this.fixes.get(candidate);
        return check.requires.includes(candidate.id) && failed.has(candidate) && fixes ? [{ candidate, fixes }] : [];
      });
      if (undone.length === 0) continue;
      const verdict = this.judgeWith(check, patchAll(undone.flatMap(({ fixes }) => fixes)));
      if (!verdict.passed) {
        if (verdict.failures.length > 0)
          this.own.set(check, [
            ...this.own.get(check)!.filter((f) => f.ruleId !== 'rubric'),
            ...verdict.failures.map((f) => ({ ...f, exercise: this.exercise.id, check: check.id })),
          ]);
        continue;
      }
      const prerequisite = undone[0]!.candidate;
      this.passed.set(check, true);
      this.sameMistake.set(check, prerequisite);
      this.own.set(check, []);
      for (const [key, owner] of this.attributed) if (owner === check) this.attributed.set(key, prerequisite);
    }
  }

  /**
   * Which check each pipeline finding on this exercise's resources explains: a failed check with a
   * finding on the same node (one mistake, one failed check), else a noErrors check for errors.
   */
  private attribute(): Finding[] {
    const out: Finding[] = [];
    const failedWithSpots = this.checks.filter((check) => this.passed.get(check) === false && check.type !== 'noErrors');
    for (const match of this.matches.values()) {
      const resource = match.resource;
      if (!resource) continue;
      for (const finding of this.findingsOf(resource)) {
        const key = identity(finding);
        let check = this.attributed.get(key);
        if (finding.severity !== 'info')
          check ??= failedWithSpots.find((candidate) =>
            this.own
              .get(candidate)!
              .some((own) => sameNode(own, finding) || (own.ruleId === 'rubric' && finding.severity === 'error' && isInside(finding, own))),
          );
        if (!check && finding.severity === 'error') {
          check = this.checks.find((candidate) => candidate.type === 'noErrors' && candidate.resources.includes(match.spec.id));
          if (check) this.passed.set(check, false);
        }
        if (check) this.attributed.set(key, check);
        out.push({ ...finding, exercise: this.exercise.id, ...(check ? { check: check.id } : {}) });
      }
    }
    return out;
  }

  /** The findings to show, and every input finding this exercise took (shown or merged away). */
  grade(): { result: ExerciseResult; findings: Finding[]; taken: Finding[] } {
    const attempted = this.attempted;
    if (!attempted) {
      return {
        result: scoreExercise(
          this.exercise,
          this.checks.map((check) => ({ check, passed: false })),
          false,
        ),
        findings: [],
        taken: [],
      };
    }
    // A noErrors check judges what exists; with nothing there it has nothing to award points for.
    for (const check of this.checks) {
      if (check.type !== 'noErrors') {
        this.passed.set(check, this.evaluate(check));
        continue;
      }
      const targets = this.resourcesOf(check);
      const found = targets.some((match) => match.resource);
      this.passed.set(check, found);
      if (!found && targets[0]) this.waitingFor.set(check, describeResource(targets[0].spec));
    }
    this.explainMissing();
    this.chargeOnce();
    const annotated = this.attribute();
    // A rule check's finding is usually already among the pipeline's: keep one copy, annotated.
    const known = new Set(annotated.map(identity));
    const own = [...this.own.values()].flatMap((findings) => {
      // Where a rule already reports an error at a spot, its message (and fix) is the one to show.
      const ruleSpots = [...annotated, ...findings].filter((f) => f.ruleId !== 'rubric' && f.severity === 'error' && f.check === findings[0]?.check);
      return findings.filter((finding) => (finding.ruleId === 'rubric' ? !ruleSpots.some((rule) => explains(rule, finding)) : !known.has(identity(finding))));
    });
    // A missing resource said once: a rule's "not among your files" at the same node repeats it, as it
    // repeats a failed check's "is X, but the exercise asks for Y" there.
    const missingSpots = own.filter((finding) => finding.messageId === 'resourceMissing' || (finding.ruleId === 'rubric' && finding.severity === 'error'));
    const shown = [...annotated, ...own].filter(
      (finding) => !(finding.messageId?.startsWith('objectMissing') && missingSpots.some((missing) => sameNode(missing, finding))),
    );
    // An error here already costs another check: a passed noErrors check must not claim the API server accepts everything.
    const anyError = shown.some((finding) => finding.severity === 'error');
    const outcomes: CheckOutcome[] = this.checks.map((check) => {
      const missing = this.waitingFor.get(check);
      const passed = this.passed.get(check)!;
      // Passed because every error already costs another check: it must not claim the API server accepts them.
      if (check.type === 'noErrors' && passed && anyError) return { check, passed, title: 'No errors besides those counted in the checks above' };
      // A field-level fix reads as wrong advice when the whole resource is absent; an unreadable file is said once, above.
      if (missing && this.unreadable) return { check, passed, hint: null };
      const prerequisite = this.sameMistake.get(check);
      if (prerequisite) return { check, passed, hint: `Its only problem is the one counted in "${prerequisite.title}".` };
      return { check, passed, ...(missing ? { hint: `Needs ${missing}, which was not found in the answers.` } : {}) };
    });
    return { result: scoreExercise(this.exercise, outcomes, true), findings: shown, taken: annotated };
  }
}

interface Fix {
  resource: Resource;
  path: JsonPath;
  value: PlainValue;
}

/** Copies of the resources with these values written in (the source map stays: only pass or fail is read). */
function patchAll(fixes: readonly Fix[]): Map<Resource, Resource> {
  const patched = new Map<Resource, Resource>();
  for (const { resource, path, value } of fixes) {
    const copy = patched.get(resource) ?? { ...resource, value: structuredClone(resource.value) };
    let node: PlainValue | undefined = copy.value;
    for (const segment of path.slice(0, -1))
      node = node !== null && typeof node === 'object' ? (node as Record<string | number, PlainValue>)[segment] : undefined;
    if (path.length > 0 && node !== null && typeof node === 'object') (node as Record<string | number, PlainValue>)[path[path.length - 1]!] = value;
    patched.set(resource, copy);
  }
  return patched;
}

/** Every place (outside metadata) where a value is exactly this string, in document order. */
function pathsOfString(value: PlainValue, text: string, at: (string | number)[]): JsonPath[] {
  if (value === text) return [at];
  const entries: [string | number, PlainValue][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return entries.flatMap(([key, item]) => (at.length === 0 && key === 'metadata' ? [] : pathsOfString(item, text, [...at, key])));
}

function describeResource(spec: ResourceSpec): string {
  if (spec.name) return `the ${spec.kind} ${spec.name}`;
  return spec.description ? `a ${spec.kind} that ${spec.description}` : `a ${spec.kind}`;
}

/** Scores the answers against a rubric; the findings returned are what a report shows. */
export function gradeAnswers(input: GradeInput, rubric: Rubric, options: GradeOptions): GradeResult {
  const rules = new Map(options.rules.map((rule) => [rule.meta.id, rule]));
  // Grade what the API server would store, not the text (src/grade/stored.ts).
  const stored = storedView(input.resources);
  input = { ...input, resources: stored.resources, index: new ResourceIndex(stored.resources), findings: [...input.findings, ...stored.findings] };
  const matching = matchResources(input.resources, rubric, input.findings);
  const about = new Map<Resource, Finding[]>();
  const findingsOf = (resource: Resource): readonly Finding[] => {
    let found = about.get(resource);
    if (!found) {
      found = input.findings.filter((finding) => isAbout(finding, resource));
      about.set(resource, found);
    }
    return found;
  };

  const exercises: ExerciseResult[] = [];
  const gradedFindings: Finding[] = [];
  const taken: Finding[] = [];
  for (const exercise of rubric.exercises) {
    const graded = new ExerciseGrader(exercise, matching.get(exercise)!, input, findingsOf, rules).grade();
    exercises.push(graded.result);
    gradedFindings.push(...graded.findings);
    taken.push(...graded.taken);
  }
  // Findings on resources no exercise matched stay as they are.
  const annotated = new Set([...gradedFindings, ...taken].filter((f) => f.ruleId !== 'rubric').map(identity));
  const rest = input.findings.filter((finding) => !annotated.has(identity(finding)));
  return { rubric: { id: rubric.id, title: rubric.title }, exercises, findings: sortAndDedupe([...rest, ...gradedFindings]) };
}
