/**
 * The one orchestrator: discover -> load -> parse -> resources -> schema -> rules -> grade -> report.
 * The CLI, `--each`, the Action and the tests all run the pipeline through these two functions.
 */
import { checkPaths, type CheckOptions, type CheckResult } from './check.js';
import { registry } from './rule-set.js';
import { gradeAnswers } from '../grade/index.js';
import { builtinRubricPath, loadRubric as loadRubricFile, type Rubric, type RubricParse } from '../grade/rubric.js';
import { formatProblems } from '../schema/validated-yaml.js';
import { UsageError } from '../errors.js';
import { packageVersion } from '../paths.js';
import { buildReport, type Report } from '../report.js';
import type { Finding } from '../types.js';
import { newestKubeVersion as defaultKubeVersion } from '../schema/versions.js';

/** What both modes share: which files, how they are read, and the Kubernetes version to validate against. */
export type PipelineOptions = Omit<CheckOptions, 'schema' | 'suppressions' | 'ruleSettings' | 'rules'> & {
  kubeVersion?: string;
  /** Kinds with no bundled schema are errors instead of one info each. */
  strictKinds?: boolean;
  /** Overrides the tool version written into the report (tests pin it). */
  toolVersion?: string;
};

export type LintOptions = PipelineOptions &
  Pick<CheckOptions, 'ruleSettings'> & {
    /** Honour kubegrade-disable comments and annotations (default true). */
    suppressions?: boolean;
    /** Reduce values to what the cross-resource stage reads once each file is checked (default true; CheckOptions.releaseValues). */
    releaseValues?: boolean;
  };

export interface PipelineRun {
  report: Report;
  /** The stage results the report was built from, for callers that need resources or file lists. */
  check: CheckResult;
}

/** `grade --lint`: schema validation and every rule, with the user's settings and suppressions. */
export async function lintFolder(options: LintOptions): Promise<PipelineRun> {
  const kubeVersion = options.kubeVersion ?? defaultKubeVersion;
  const check = await checkPaths({
    // A skipped file is named when it looks like a manifest (a real repository has many other files).
    nameSkipped: 'manifests',
    ...options,
    suppressions: options.suppressions ?? true,
    schema: { kubeVersion, strictKinds: options.strictKinds ?? false, tolerate: [] },
    releaseValues: options.releaseValues ?? true,
  });
  const report = buildReport({
    toolVersion: options.toolVersion ?? packageVersion(),
    root: check.root,
    kubernetesVersion: kubeVersion,
    files: check.files,
    findings: check.findings,
  });
  return { report, check };
}

/** `grade`: the same checks with no settings or suppressions (nothing in the answers can switch a scored check off), then the rubric. */
export async function gradeFolder(options: PipelineOptions & { rubric: Rubric }): Promise<PipelineRun> {
  const kubeVersion = options.kubeVersion ?? defaultKubeVersion;
  const { rubric, ...checkOptions } = options;
  const check = await checkPaths({
    // Every file of the answers that is not read is named: a job.txt may be the student's answer.
    nameSkipped: 'all',
    ...checkOptions,
    suppressions: false,
    // The grader applies the answers as one set (`kubectl apply -R`, src/grade/stored.ts), so copies anywhere in it collide.
    ruleSettings: { options: { 'duplicate-resource': { scope: 'all' } } },
    schema: { kubeVersion, strictKinds: options.strictKinds ?? false, tolerate: rubric.tolerate ?? [] },
  });
  const graded = gradeAnswers(check, rubric, { rules: registry.rules });
  const report = buildReport({
    toolVersion: options.toolVersion ?? packageVersion(),
    root: check.root,
    kubernetesVersion: kubeVersion,
    files: check.files,
    // A course that wants students to make each change themselves: the report offers no repair either.
    findings: rubric.allowFix === false ? graded.findings.map(withoutFixes) : graded.findings,
    rubric: graded.rubric,
    exercises: graded.exercises,
  });
  return { report, check };
}

function withoutFixes(finding: Finding): Finding {
  if (!finding.fix && !finding.suggestions) return finding;
  const { fix: _fix, suggestions: _suggestions, ...rest } = finding;
  return rest;
}

/** A rubric file checked against the registered rules: the rubric, or its problems at their lines. */
export function loadRubric(file: string, displayPath = file): Promise<RubricParse> {
  return loadRubricFile(file, displayPath, registry.allMeta());
}

/** A rubric that must load, or a usage error (exit 2) listing its located problems. */
export async function loadRubricOrThrow(file: string, displayPath = file): Promise<Rubric> {
  const parsed = await loadRubric(file, displayPath);
  if (!parsed.rubric) throw new UsageError(`invalid rubric ${displayPath}:\n${formatProblems(parsed.problems, { indent: '  ' })}`);
  return parsed.rubric;
}

/** The built-in day-2 workshop rubric, the default when no --rubric is given. */
export function loadBuiltinRubric(): Promise<Rubric> {
  return loadRubricOrThrow(builtinRubricPath(), 'rubrics/k8s-for-users-day2.yaml');
}
