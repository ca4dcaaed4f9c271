/**
 * `--fix`: applies the findings' fixes (never their suggestions) to one file's text, in passes
 * until none remains. In a pass, fixes are taken in report order and one that overlaps a fix
 * already taken waits for the next pass (the first wins); a fix whose result has an error the
 * text did not have is not applied. Pure: text in, text out (src/cli/fix.ts reads and writes).
 */
import type { Finding, FindingFix } from '../types.js';
import type { RuleSettings } from '../lint/run-rules.js';
import { newestKubeVersion } from '../schema/versions.js';
import type { ApiVersionKind } from '../schema/validate.js';
import { editOffsets, lineStarts } from '../yaml/fix-edits.js';
import { checkSourceText } from './file-check.js';
import { findingsOfTexts } from './texts.js';

export interface FixOptions {
  kubeVersion?: string;
  strictKinds?: boolean;
  /** Lint mode: the user's rule settings and kubegrade-disable comments (a suppressed finding is not fixed). */
  lint?: boolean;
  ruleSettings?: RuleSettings;
  /** Grade mode: the removed APIs the rubric tolerates. */
  tolerate?: readonly ApiVersionKind[];
  /** Passes at most (default 10): each fix can make another one possible, never endlessly. */
  maxPasses?: number;
}

export interface AppliedFix {
  ruleId: string;
  title: string;
  /** Where the finding was, in the text of the pass that fixed it. */
  line: number;
  sensitive: boolean;
}

export interface FixResult {
  text: string;
  applied: AppliedFix[];
  /** Fixes left out because their result had a new error. */
  rejected: number;
  passes: number;
}

export const defaultMaxPasses = 10;

/** One file's findings, alone: parse, schema and the rules (the guard and the next pass read them). */
export function findingsOfFile(file: string, text: string, options: FixOptions = {}): Finding[] {
  const lint = options.lint ?? true;
  const outcome = checkSourceText(file, text, {
    suppressions: lint,
    schema: { kubeVersion: options.kubeVersion ?? newestKubeVersion, strictKinds: options.strictKinds ?? false, tolerate: options.tolerate ?? [] },
    ownRules: { settings: lint ? options.ruleSettings : undefined },
  });
  return findingsOfTexts([outcome], { ruleSettings: lint ? options.ruleSettings : undefined });
}

type Span = [number, number];

function spansOf(text: string, fix: FindingFix): Span[] | undefined {
  const starts = lineStarts(text);
  const spans: Span[] = [];
  for (const edit of fix.edits) {
    const span = editOffsets(starts, text, edit);
    if (!span) return undefined;
    spans.push(span);
  }
  return spans;
}

/** Two edits touch: they share characters, or one inserts inside (or at an end of) the other. */
function touches([a0, a1]: Span, [b0, b1]: Span): boolean {
  if (a0 === a1 || b0 === b1) return a0 <= b1 && b0 <= a1;
  return a0 < b1 && b0 < a1;
}

/** The text with every edit of these fixes made (their spans do not touch). */
export function applyFixes(text: string, fixes: readonly FindingFix[]): string {
  const edits: { span: Span; text: string }[] = [];
  for (const fix of fixes) {
    const spans = spansOf(text, fix);
    if (!spans) throw new Error(`fix "${fix.title}" does not fit the text`);
    fix.edits.forEach((edit, i) => edits.push({ span: spans[i]!, text: edit.text }));
  }
  edits.sort((a, b) => b.span[0] - a.span[0] || b.span[1] - a.span[1]);
  let out = text;
  for (const { span, text: newText } of edits) out = out.slice(0, span[0]) + newText + out.slice(span[1]);
  return out;
}

const sameFix = (a: FindingFix, b: FindingFix) => JSON.stringify(a.edits) === JSON.stringify(b.edits);

function errorCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const key = `${finding.ruleId}\u0000${finding.message}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** True when the text has an error (by rule and message) more often than `before` had it. */
function hasNewError(before: Map<string, number>, findings: readonly Finding[]): boolean {
  for (const [key, count] of errorCounts(findings)) if (count > (before.get(key) ?? 0)) return true;
  return false;
}

/** Applies the fixes of one file's findings in passes; returns the final text and what was done. */
export function fixText(file: string, text: string, options: FixOptions = {}): FixResult {
  const maxPasses = options.maxPasses ?? defaultMaxPasses;
  const rejected = new Set<string>();
  const applied: AppliedFix[] = [];
  let current = text;
  let findings = findingsOfFile(file, current, options);
  let passes = 0;
  const identity = (finding: Finding) => `${finding.ruleId}\u0000${finding.message}\u0000${finding.fix!.title}`;
  while (passes < maxPasses) {
    const before = errorCounts(findings);
    const chosen: { finding: Finding; fix: FindingFix }[] = [];
    const taken: Span[] = [];
    for (const finding of findings) {
      const fix = finding.fix;
      if (!fix || rejected.has(identity(finding))) continue;
      // One fix shared by several findings (fields moved together) is made once.
      if (chosen.some((entry) => sameFix(entry.fix, fix))) continue;
      const spans = spansOf(current, fix);
      if (!spans || spans.some((span) => taken.some((other) => touches(span, other)))) continue;
      chosen.push({ finding, fix });
      taken.push(...spans);
    }
    if (chosen.length === 0) break;
    passes++;
    const attempt = (entries: readonly { fix: FindingFix }[]) => {
      const next = applyFixes(
        current,
        entries.map((entry) => entry.fix),
      );
      const after = findingsOfFile(file, next, options);
      return { next, after, ok: !hasNewError(before, after) };
    };
    let result = attempt(chosen);
    let accepted = chosen;
    if (!result.ok) {
      // Some fix in the batch makes a new error: each is tried alone, and the ones that do are left out.
      accepted = chosen.filter((entry) => {
        const ok = attempt([entry]).ok;
        if (!ok) rejected.add(identity(entry.finding));
        return ok;
      });
      if (accepted.length === 0) continue;
      result = attempt(accepted);
      if (!result.ok) {
        accepted = accepted.slice(0, 1);
        result = attempt(accepted);
      }
    }
    for (const { finding, fix } of accepted)
      applied.push({ ruleId: finding.ruleId, title: fix.title, line: finding.line ?? 1, sensitive: fix.sensitive === true });
    current = result.next;
    findings = result.after;
  }
  return { text: current, applied, rejected: rejected.size, passes };
}
