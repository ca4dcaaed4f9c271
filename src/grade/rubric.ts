import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Finding, JsonPath, PlainObject, PlainValue } from '../types.js';
import { isObject } from '../k8s/pod-spec.js';
import { suggestName } from '../k8s/did-you-mean.js';
import type { RuleMeta } from '../lint/rule.js';
import { packageRoot } from '../paths.js';
import { UsageError } from '../errors.js';
import { parsePath, PathSyntaxError, type Segment } from './select.js';
import { rubricWording } from './rubric-problems.js';
import { assertionModule, assertionModules } from './assertions/index.js';
import type { AssertionFunction } from './assertions/types.js';
import { loadValidatedYaml, schemaProblems, type Problem } from '../schema/validated-yaml.js';

export type MatchMode = 'all' | 'any';

export type { AssertionFunction } from './assertions/types.js';

export const assertionFunctionNames = assertionModules.map((module) => module.name);

export interface Assertion {
  path: string;
  segments: Segment[];
  match: MatchMode;
  optional: boolean;
  fn: AssertionFunction;
}

export interface RuleCheck {
  id: string;
  options: Readonly<Record<string, unknown>>;
  failOn: 'error' | 'warning' | 'info';
}

export interface CheckSpec {
  id: string;
  title: string;
  points: number;
  hint?: string;
  /** Resource handles the check looks at. */
  resources: string[];
  type: 'exists' | 'noErrors' | 'verify';
  rule?: RuleCheck;
  assertions: Assertion[];
  /**
   * Earlier checks of the exercise this one builds on (rubric field requires). When one of them
   * fails and every failure of this check is at a node it already reports, this check is the same
   * mistake seen again: it is not charged, and its findings merge into the prerequisite's.
   */
  requires: string[];
}

export interface ResourceSpec {
  id: string;
  kind: string;
  name?: string;
  description?: string;
  where: Assertion[];
}

export interface ExerciseSpec {
  id: string;
  title: string;
  optional: boolean;
  /** Folder-name hint; the exercise id unless the rubric says otherwise. */
  folder: string;
  /** Without a noErrors check, the exercise gets the 0-point check "accepted" (rubric field acceptedCheck, default true). */
  acceptedCheck: boolean;
  resources: ResourceSpec[];
  checks: CheckSpec[];
}

export interface ApiRef {
  apiVersion: string;
  kind: string;
}

export interface Rubric {
  id: string;
  title: string;
  description?: string;
  /** Removed APIs the course still teaches: a warning naming the replacement, never an error. */
  tolerate: ApiRef[];
  /** false: no `--fix`, no quick fixes, no fixes in the report (rubric field allowFix, default true). */
  allowFix?: boolean;
  exercises: ExerciseSpec[];
}

export const builtinRubricFile = 'k8s-for-users-day2.yaml';

export function builtinRubricPath(): string {
  return path.join(packageRoot(), 'rubrics', builtinRubricFile);
}

// Built on first use: constructing Ajv costs milliseconds on every run, and --lint never loads a rubric.
let schemaValidator: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!schemaValidator) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    // Regular expressions are checked (with a clearer message) by compileAssertion.
    ajv.addFormat('regex', true);
    schemaValidator = ajv.compile(JSON.parse(readFileSync(path.join(packageRoot(), 'schemas', 'rubric.schema.json'), 'utf8')) as object);
  }
  return schemaValidator;
}

function str(value: PlainValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: PlainValue | undefined): PlainValue[] {
  return Array.isArray(value) ? value : [];
}

/** Builds one assertion, or reports why it cannot be built. */
function compileAssertion(raw: PlainValue, where: JsonPath, problems: Problem[]): Assertion | undefined {
  if (!isObject(raw)) return undefined;
  const present = assertionFunctionNames.filter((name) => raw[name] !== undefined);
  if (present.length !== 1) {
    problems.push({
      path: where,
      target: 'key',
      message:
        present.length === 0
          ? `this assertion needs one function: ${assertionFunctionNames.join(', ')}`
          : `this assertion has ${present.length} functions (${present.join(', ')}); give each its own assertion`,
    });
    return undefined;
  }
  const pathText = str(raw.path);
  if (pathText === undefined) return undefined;
  let segments: Segment[];
  try {
    segments = parsePath(pathText);
  } catch (error) {
    if (!(error instanceof PathSyntaxError)) throw error;
    problems.push({
      path: [...where, 'path'],
      target: 'value',
      message: `invalid path: ${error.message}`,
      offset: error.offset,
      hint: 'Paths look like spec.template.spec.containers[*].image, $pod.volumes[name=data], data["max-hops"].',
    });
    return undefined;
  }
  const name = present[0]!;
  const value = raw[name]!;
  const at: JsonPath = [...where, name];
  const regex = (source: PlainValue): RegExp | undefined => {
    try {
      return new RegExp(String(source));
    } catch (error) {
      problems.push({ path: at, target: 'value', message: `not a valid regular expression: ${(error as Error).message}` });
      return undefined;
    }
  };
  const fn = assertionModule(name)?.compile(value, { at, problems, regex });
  if (!fn) return undefined;
  return { path: pathText, segments, match: raw.match === 'any' ? 'any' : 'all', optional: raw.optional === true, fn };
}

function duplicates(items: readonly PlainValue[], where: JsonPath, noun: string, problems: Problem[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = isObject(item) ? str(item.id) : undefined;
    if (id === undefined) return;
    if (seen.has(id)) problems.push({ path: [...where, i, 'id'], target: 'value', message: `${noun} id "${id}" is used twice` });
    seen.add(id);
  });
}

/** The checks a check requires: earlier checks of its exercise (so no check can wait for itself). */
function requiredChecks(raw: PlainValue | undefined, where: JsonPath, earlier: readonly CheckSpec[], problems: Problem[]): string[] {
  if (raw === undefined) return [];
  const items = Array.isArray(raw) ? raw.map((item, i) => ({ item, at: [...where, i] as JsonPath })) : [{ item: raw, at: where }];
  return items.flatMap(({ item, at }) => {
    if (typeof item !== 'string') return [];
    if (earlier.some((check) => check.id === item)) return [item];
    const guess = suggestName(
      item,
      earlier.map((check) => check.id),
    );
    problems.push({
      path: at,
      target: 'value',
      message: `requires names "${item}", which is not a check above this one in the exercise${guess ? `; did you mean "${guess}"?` : ''}`,
      hint: 'A check can require only checks listed before it in the same exercise.',
    });
    return [];
  });
}

const optionValidators = new Map<string, ValidateFunction>();
let optionsAjv: Ajv | undefined;

function ruleOptionsProblems(meta: RuleMeta, options: PlainValue, where: JsonPath): Problem[] {
  if (!meta.options) return [{ path: where, target: 'key', message: `rule ${meta.id} takes no options` }];
  let validate = optionValidators.get(meta.id);
  if (!validate) {
    // One instance for every rule's options schema (none has an $id, so they cannot clash).
    optionsAjv ??= new Ajv({ allErrors: true, strict: false, verbose: true });
    validate = optionsAjv.compile(meta.options as object);
    optionValidators.set(meta.id, validate);
  }
  return schemaProblems(validate, options, rubricWording, where);
}

interface Compiled {
  rubric: Rubric;
  problems: Problem[];
}

/** Checks what the schema cannot, and builds the typed rubric from what is usable. */
function compileRubric(root: PlainObject, metas: ReadonlyMap<string, RuleMeta>): Compiled {
  const problems: Problem[] = [];
  const exercisesRaw = list(root.exercises);
  duplicates(exercisesRaw, ['exercises'], 'exercise', problems);
  const exercises: ExerciseSpec[] = [];
  exercisesRaw.forEach((rawExercise, e) => {
    if (!isObject(rawExercise)) return;
    const base: JsonPath = ['exercises', e];
    const resourcesRaw = list(rawExercise.resources);
    const checksRaw = list(rawExercise.checks);
    duplicates(resourcesRaw, [...base, 'resources'], 'resource', problems);
    duplicates(checksRaw, [...base, 'checks'], 'check', problems);
    const resources: ResourceSpec[] = [];
    resourcesRaw.forEach((raw, r) => {
      if (!isObject(raw) || !str(raw.id) || !str(raw.kind)) return;
      const at: JsonPath = [...base, 'resources', r];
      if (raw.name !== undefined && raw.where !== undefined)
        problems.push({
          path: [...at, 'where'],
          target: 'key',
          message: 'where identifies a resource the text gives no name; this one has a name, so where would be ignored',
        });
      const where = list(raw.where).flatMap((item, w) => compileAssertion(item, [...at, 'where', w], problems) ?? []);
      resources.push({
        id: str(raw.id)!,
        kind: str(raw.kind)!,
        ...(str(raw.name) ? { name: str(raw.name)! } : {}),
        ...(str(raw.description) ? { description: str(raw.description)! } : {}),
        where,
      });
    });
    const handles = resources.map((resource) => resource.id);
    const checkHandle = (value: PlainValue | undefined, where: JsonPath): string | undefined => {
      if (typeof value !== 'string') return undefined;
      if (handles.includes(value)) return value;
      const guess = suggestName(value, handles);
      problems.push({
        path: where,
        target: 'value',
        message: `no resource "${value}" in this exercise${guess ? `; did you mean "${guess}"?` : `; its resources are ${handles.join(', ') || '(none)'}`}`,
      });
      return undefined;
    };
    const checks: CheckSpec[] = [];
    checksRaw.forEach((raw, c) => {
      if (!isObject(raw)) return;
      const at: JsonPath = [...base, 'checks', c];
      const kinds = [
        raw.exists !== undefined && 'exists',
        raw.noErrors !== undefined && 'noErrors',
        (raw.rule !== undefined || raw.assert !== undefined) && 'rule/assert',
      ].filter(Boolean);
      if (kinds.length !== 1) {
        problems.push({
          path: at,
          target: 'key',
          message:
            kinds.length === 0
              ? 'this check needs one of: exists, rule, assert (rule and assert may be combined), noErrors'
              : `this check mixes ${kinds.join(' and ')}; split it into separate checks`,
        });
        return;
      }
      if (raw.rule === undefined && (raw.failOn !== undefined || raw.ruleOptions !== undefined)) {
        problems.push({
          path: [...at, raw.failOn !== undefined ? 'failOn' : 'ruleOptions'],
          target: 'key',
          message: 'failOn and ruleOptions apply to a rule check only',
        });
      }
      let resourceHandles: string[] = [];
      const rawResource = raw.resource;
      if (typeof rawResource === 'string') resourceHandles = [checkHandle(rawResource, [...at, 'resource']) ?? ''].filter(Boolean);
      else if (Array.isArray(rawResource)) resourceHandles = rawResource.flatMap((item, i) => checkHandle(item, [...at, 'resource', i]) ?? []);
      if (raw.exists !== undefined) {
        const handle = checkHandle(raw.exists, [...at, 'exists']);
        resourceHandles = handle ? [handle] : [];
      } else if (rawResource === undefined) {
        if (raw.noErrors !== undefined || handles.length === 1) resourceHandles = [...handles];
        else if (handles.length > 1)
          problems.push({
            path: at,
            target: 'key',
            message: `this check needs "resource": the exercise expects ${handles.length} resources (${handles.join(', ')})`,
          });
      }
      let rule: RuleCheck | undefined;
      if (typeof raw.rule === 'string') {
        const meta = metas.get(raw.rule);
        if (!meta) {
          const guess = suggestName(raw.rule, metas.keys());
          problems.push({
            path: [...at, 'rule'],
            target: 'value',
            message: `"${raw.rule}" is not a kubegrade rule${guess ? `; did you mean "${guess}"?` : ''}`,
            hint: '`grade rules` lists every rule id.',
          });
        } else {
          if (raw.ruleOptions !== undefined) problems.push(...ruleOptionsProblems(meta, raw.ruleOptions, [...at, 'ruleOptions']));
          rule = {
            id: raw.rule,
            options: isObject(raw.ruleOptions) ? raw.ruleOptions : {},
            failOn: raw.failOn === 'warning' || raw.failOn === 'info' ? raw.failOn : 'error',
          };
        }
      }
      const assertRaw = raw.assert;
      const assertions = (
        Array.isArray(assertRaw)
          ? assertRaw.map((item, i) => ({ item, where: [...at, 'assert', i] as JsonPath }))
          : assertRaw !== undefined
            ? [{ item: assertRaw, where: [...at, 'assert'] as JsonPath }]
            : []
      ).flatMap(({ item, where }) => compileAssertion(item, where, problems) ?? []);
      const type = raw.exists !== undefined ? 'exists' : raw.noErrors !== undefined ? 'noErrors' : 'verify';
      const requires = requiredChecks(raw.requires, [...at, 'requires'], checks, problems);
      if (!str(raw.id) || !str(raw.title) || typeof raw.points !== 'number') return;
      checks.push({
        id: str(raw.id)!,
        title: str(raw.title)!,
        points: raw.points,
        ...(str(raw.hint) ? { hint: str(raw.hint)! } : {}),
        resources: resourceHandles,
        type,
        ...(rule ? { rule } : {}),
        assertions,
        requires,
      });
    });
    if (!str(rawExercise.id) || !str(rawExercise.title)) return;
    exercises.push({
      id: str(rawExercise.id)!,
      title: str(rawExercise.title)!,
      optional: rawExercise.optional === true,
      folder: str(rawExercise.folder) ?? str(rawExercise.id)!,
      acceptedCheck: typeof rawExercise.acceptedCheck === 'boolean' ? rawExercise.acceptedCheck : root.acceptedCheck !== false,
      resources,
      checks,
    });
  });
  const tolerate = list(root.tolerate).flatMap((item) =>
    isObject(item) && str(item.apiVersion) && str(item.kind) ? [{ apiVersion: str(item.apiVersion)!, kind: str(item.kind)! }] : [],
  );
  return {
    rubric: {
      id: str(root.id) ?? 'rubric',
      title: str(root.title) ?? '',
      ...(str(root.description) ? { description: str(root.description)! } : {}),
      tolerate,
      ...(root.allowFix === false ? { allowFix: false } : {}),
      exercises,
    },
    problems,
  };
}

export interface RubricParse {
  rubric?: Rubric;
  /** Located problems in the rubric file; the rubric is usable only when this is empty. */
  problems: Finding[];
}

/** Parses and validates rubric text. Never throws on bad input: every problem is located. */
export function parseRubric(text: string, displayPath: string, rules: readonly RuleMeta[]): RubricParse {
  // A check cannot be about the rubric's own findings.
  const metas = new Map(rules.filter((meta) => meta.id !== 'rubric').map((meta) => [meta.id, meta]));
  let compiled: Rubric | undefined;
  const loaded = loadValidatedYaml(text, {
    file: displayPath,
    ruleId: 'rubric',
    severalDocuments: 'a rubric is one YAML document; this file has several',
    noDocument: 'the rubric file is empty',
    check(root) {
      if (!isObject(root)) return [{ path: [], target: 'value', message: 'a rubric is a mapping with id, title and exercises' }];
      const result = compileRubric(root, metas);
      compiled = result.rubric;
      return [...schemaProblems(validator(), root, rubricWording), ...result.problems];
    },
  });
  return loaded.problems.length === 0 && compiled ? { rubric: compiled, problems: [] } : { problems: loaded.problems };
}

/** Reads a rubric file; `displayPath` is how messages name it. */
export async function loadRubric(file: string, displayPath: string, rules: readonly RuleMeta[]): Promise<RubricParse> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such rubric file: ${displayPath}` : `cannot read the rubric ${displayPath}: ${(error as Error).message}`);
  }
  return parseRubric(text, displayPath, rules);
}
