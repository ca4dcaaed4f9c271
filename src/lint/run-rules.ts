import type { Finding, FixIntent, Resource, Severity } from '../types.js';
import { translate, type ReportData, type Rule } from './rule.js';
import { findingAt } from '../yaml/locate.js';
import type { ResourceIndex } from '../resources/resource-index.js';
import { NeedsResourceSet, needsResourceSet } from './needs-resource-set.js';
import { mustRedact, redactedTexts, redactText } from '../k8s/redact.js';

export interface RuleSettings {
  /** Severity per rule id, or 'off'. */
  severity?: Readonly<Record<string, Severity | 'off'>>;
  options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** A rule's message data with every value the resource must keep to itself replaced (src/k8s/redact.ts). */
function redactData(resource: Resource, data: ReportData | undefined): ReportData | undefined {
  if (data === undefined) return undefined;
  const texts = redactedTexts(resource);
  if (texts.size === 0) return data;
  return Object.fromEntries(
    Object.entries(data).map(([name, item]) => [name, typeof item === 'string' || typeof item === 'number' ? redactText(String(item), texts) : item]),
  );
}

/** Runs one rule on one resource and returns located findings. A crashing rule is a finding too. */
export function runRule(rule: Rule, resource: Resource, index: ResourceIndex, options: Readonly<Record<string, unknown>> = {}): Finding[] {
  const findings: Finding[] = [];
  if (!runRuleInto(rule, resource, index, options, findings)) throw needsResourceSet;
  return findings;
}

/**
 * runRule, adding to `findings`; false (and nothing added) when the rule needs every resource
 * (the first rule stage's index, rule-stages.ts): a return, not a second throw, per deferred pair.
 */
export function runRuleInto(rule: Rule, resource: Resource, index: ResourceIndex, options: Readonly<Record<string, unknown>>, findings: Finding[]): boolean {
  const start = findings.length;
  const { meta } = rule;
  try {
    rule.check({
      resource,
      value: resource.value,
      index,
      options,
      report(report) {
        const data = redactData(resource, report.data);
        const translated = translate(meta, { messageId: report.messageId, data });
        // A repair of a value that must stay private holds that value (or its encoding): never printed.
        const sensitive = mustRedact(resource, report.path);
        const guarded = (intent: FixIntent): FixIntent => (sensitive && !intent.sensitive ? { ...intent, sensitive: true } : intent);
        const finding: Finding = findingAt(resource, {
          ruleId: meta.id,
          severity: report.severity ?? meta.severity,
          message: translated.message,
          path: report.path,
          target: report.target,
          hint: translated.hint,
          fix: report.fix && guarded(report.fix),
          suggestions: report.suggestions?.map(guarded),
        });
        // Added, not spread in: {...object, newKey} gives every finding a hidden class of its own (a few hundred bytes each).
        finding.messageId = report.messageId;
        findings.push(finding);
      },
    });
  } catch (error) {
    if (error instanceof NeedsResourceSet) {
      // What it reported before it asked for every resource, it reports again when it runs with them.
      findings.length = start;
      return false;
    }
    findings.push(
      findingAt(resource, {
        ruleId: meta.id,
        severity: 'error',
        message: `Internal error in rule ${meta.id}: ${(error as Error).message}. Please report this.`,
        path: [],
        target: 'key',
      }),
    );
  }
  return true;
}

export function appliesTo(rule: Rule, resource: Resource): boolean {
  return !rule.meta.kinds || (resource.kind !== null && rule.meta.kinds.includes(resource.kind));
}

export function runRules(rules: readonly Rule[], resources: readonly Resource[], index: ResourceIndex, settings: RuleSettings = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = settings.severity?.[rule.meta.id];
    if (configured === 'off') continue;
    const options = settings.options?.[rule.meta.id] ?? {};
    for (const resource of resources) {
      if (!appliesTo(rule, resource)) continue;
      for (const finding of runRule(rule, resource, index, options)) {
        findings.push(configured ? { ...finding, severity: configured } : finding);
      }
    }
  }
  return findings;
}
