/**
 * The pipeline over texts already in memory (an editor's buffers and the files beside them): the
 * same stages as checkPaths, with no discovery or reading. Each file's own checks are kept per file
 * (checkText), so a keystroke re-checks one file and then only the cross-resource stage.
 */
import type { Finding } from '../types.js';
import { ResourceIndex } from '../resources/resource-index.js';
import { runDeferredRules } from '../lint/rule-stages.js';
import type { RuleSettings } from '../lint/run-rules.js';
import { applySuppressions, type Directives } from '../lint/suppress.js';
import { preferSpecificFindings, sortAndDedupe } from '../findings.js';
import { gradeAnswers } from '../grade/index.js';
import type { Rubric } from '../grade/rubric.js';
import { newestKubeVersion } from '../schema/versions.js';
import { checkSourceText, type FileOutcome } from './file-check.js';
import { withConfiguredSeverity } from './check.js';
import { registry, rules as allRules } from './rule-set.js';

export interface TextSetOptions {
  kubeVersion?: string;
  strictKinds?: boolean;
  /** Lint mode: the user's rule settings, and kubegrade-disable comments are honoured. */
  ruleSettings?: RuleSettings;
  /** Grade mode: no settings or suppressions, then this rubric. */
  rubric?: Rubric;
}

/** One file's own checks: parse, schema, and the rules' first stage. */
export function checkText(file: string, text: string, options: TextSetOptions = {}): FileOutcome {
  const lint = options.rubric === undefined;
  return checkSourceText(file, text, {
    suppressions: lint,
    schema: { kubeVersion: options.kubeVersion ?? newestKubeVersion, strictKinds: options.strictKinds ?? false, tolerate: options.rubric?.tolerate ?? [] },
    ownRules: { settings: lint ? options.ruleSettings : undefined },
  });
}

/** Every finding of a set of checked files, as lintFolder or gradeFolder would report them (uncapped). */
export function findingsOfTexts(outcomes: readonly FileOutcome[], options: TextSetOptions = {}): Finding[] {
  const lint = options.rubric === undefined;
  const resources = outcomes.flatMap((outcome) => outcome.resources);
  const deferred = outcomes.flatMap((outcome) => outcome.resources.map((_, i) => outcome.deferred?.[i] ?? []));
  const index = new ResourceIndex(resources);
  const settings = lint ? options.ruleSettings : undefined;
  const findings = [...outcomes.flatMap((outcome) => outcome.findings), ...runDeferredRules(allRules, resources, deferred, index, settings)];
  if (!lint)
    return gradeAnswers({ resources, index, findings: sortAndDedupe(preferSpecificFindings(findings)) }, options.rubric!, { rules: registry.rules }).findings;
  const directives: Directives = {
    lines: outcomes.flatMap((outcome) => outcome.directives?.lines ?? []),
    malformed: outcomes.flatMap((outcome) => outcome.directives?.malformed ?? []),
  };
  const shown = applySuppressions(
    findings,
    directives,
    resources,
    registry.allMeta().map((meta) => meta.id),
  );
  return sortAndDedupe(preferSpecificFindings(withConfiguredSeverity(shown, settings)));
}
