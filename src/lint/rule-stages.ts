import type { Finding, Resource, Severity } from '../types.js';
import type { ResourceIndex } from '../resources/resource-index.js';
import type { Rule } from './rule.js';
import { runRule, runRuleInto, type RuleSettings } from './run-rules.js';
import { needsResourceSet } from './needs-resource-set.js';

/**
 * Rules run in two stages. The first runs right after a file is parsed (in its worker thread when
 * there are several), with an index that trips as soon as a rule looks at it: a rule that never
 * looks at other resources is finished there. Only the (rule, resource) pairs that tripped wait for
 * the second stage, which has every resource (with those of a rule that reads the index first, unrun). Rules are pure functions of the resource and the
 * index, so the findings are the same as running every rule once with the full index.
 */

/** An index that cannot be used: any property read throws NeedsResourceSet. */
const tripwire = new Proxy(
  {},
  {
    get() {
      throw needsResourceSet;
    },
  },
) as ResourceIndex;

/** The options of a rule without any: one object for every run, not one per rule and resource. */
const noOptions: Readonly<Record<string, unknown>> = Object.freeze({});

function withSeverity(findings: Finding[], configured: Severity | undefined): Finding[] {
  return configured ? findings.map((finding) => ({ ...finding, severity: configured })) : findings;
}

export interface OwnRuleResults {
  findings: Finding[];
  /** Per resource, the ids of the rules that need every resource (second stage). */
  deferred: string[][];
}

interface RuleRun {
  rule: Rule;
  options: Readonly<Record<string, unknown>>;
  configured: Severity | undefined;
  /** Left for the second stage unrun: it would only trip the index (Rule.readsIndexFirst). */
  defer: boolean;
}

/** Per rule set and settings, the rules that run on each kind, with their options: not asked again per resource. */
const runsByKind = new WeakMap<readonly Rule[], WeakMap<RuleSettings, Map<string | null, RuleRun[]>>>();
const noSettings: RuleSettings = Object.freeze({});

function runsFor(rules: readonly Rule[], settings: RuleSettings, kind: string | null): RuleRun[] {
  let bySettings = runsByKind.get(rules);
  if (!bySettings) runsByKind.set(rules, (bySettings = new WeakMap()));
  let byKind = bySettings.get(settings);
  if (!byKind) bySettings.set(settings, (byKind = new Map()));
  let runs = byKind.get(kind);
  if (!runs) {
    runs = [];
    for (const rule of rules) {
      const configured = settings.severity?.[rule.meta.id];
      if (configured === 'off' || (rule.meta.kinds && (kind === null || !rule.meta.kinds.includes(kind)))) continue;
      runs.push({ rule, options: settings.options?.[rule.meta.id] ?? noOptions, configured, defer: rule.readsIndexFirst === true });
    }
    // Kinds repeat; a run with a great many (custom resources) keeps the first few thousand.
    if (byKind.size < 5000) byKind.set(kind, runs);
  }
  return runs;
}

/** First stage: every rule on every resource of one file, as far as it goes without other resources. */
export function runOwnRules(rules: readonly Rule[], resources: readonly Resource[], settings: RuleSettings = noSettings): OwnRuleResults {
  const findings: Finding[] = [];
  const deferred = resources.map((): string[] => []);
  resources.forEach((resource, i) => {
    for (const { rule, options, configured, defer } of runsFor(rules, settings, resource.kind)) {
      const start = findings.length;
      if (defer || !runRuleInto(rule, resource, tripwire, options, findings)) deferred[i]!.push(rule.meta.id);
      else if (configured) for (let f = start; f < findings.length; f++) findings[f] = { ...findings[f]!, severity: configured };
    }
  });
  return { findings, deferred };
}

/** Second stage: the deferred pairs, with the index of every resource, in rule order. */
export function runDeferredRules(
  rules: readonly Rule[],
  resources: readonly Resource[],
  deferred: readonly (readonly string[])[],
  index: ResourceIndex,
  settings: RuleSettings = {},
): Finding[] {
  const findings: Finding[] = [];
  // Per rule, the resources that wait for it, in index order: one pass over the pairs, not one over every resource per rule.
  const waiting = new Map<string, number[]>();
  deferred.forEach((ids, i) => {
    for (const id of ids) {
      const positions = waiting.get(id);
      if (!positions) waiting.set(id, [i]);
      else if (positions.at(-1) !== i) positions.push(i);
    }
  });
  for (const rule of rules) {
    const id = rule.meta.id;
    for (const i of waiting.get(id) ?? []) {
      const resource = resources[i];
      if (resource === undefined) continue;
      findings.push(...withSeverity(runRule(rule, resource, index, settings.options?.[id] ?? noOptions), settings.severity?.[id] as Severity | undefined));
    }
    // What this rule built from the whole set is not the next rule's: only the running rule's tables are held.
    index.releaseMemos();
  }
  return findings;
}
