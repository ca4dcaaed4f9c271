import type { Finding, Range } from './types.js';
import { compareStrings } from './values.js';

/** Where a finding goes when nothing better is known: the first character of the file (the one fallback range). */
export const fallbackRange: Readonly<Range> = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 2 });

function compareNumbers(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file ?? '', b.file ?? '') ||
    compareNumbers(a.line, b.line) ||
    compareNumbers(a.column, b.column) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareNumbers(a.endLine, b.endLine) ||
    compareNumbers(a.endColumn, b.endColumn) ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.exercise ?? '', b.exercise ?? '')
  );
}

function identity(finding: Finding): string {
  return JSON.stringify([
    finding.file,
    finding.line,
    finding.column,
    finding.endLine,
    finding.endColumn,
    finding.ruleId,
    finding.message,
    finding.exercise,
    finding.check,
  ]);
}

/** Sorted by file, line, column, rule id; exact repeats removed. */
export function sortAndDedupe(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const out: Finding[] = [];
  // Repeats sort next to each other (the order compares all of the identity but the check), so only
  // a run of findings that compare equal needs identities, remembered for that run only.
  let seen = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const finding = sorted[i]!;
    const startsRun = i === 0 || compareFindings(sorted[i - 1]!, finding) !== 0;
    if (startsRun && (i + 1 === sorted.length || compareFindings(finding, sorted[i + 1]!) !== 0)) {
      out.push(finding);
      continue;
    }
    if (startsRun) seen = new Set();
    const key = identity(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/**
 * A rule that explains a problem precisely (cronjob-structure: "containers belongs one level
 * down") supersedes the generic schema finding on the same spot ("unknown field containers").
 */
export function preferSpecificFindings(findings: readonly Finding[]): Finding[] {
  const explained = new Set<string>();
  const spot = (finding: Finding) => `${finding.file}\u0000${finding.line}\u0000${finding.column}`;
  for (const finding of findings) {
    if (finding.ruleId !== 'schema' && finding.severity === 'error' && finding.line !== undefined) explained.add(spot(finding));
  }
  return findings.filter((finding) => finding.ruleId !== 'schema' || !explained.has(spot(finding)));
}

const sharedFields = ['ruleId', 'severity', 'message', 'messageId', 'file', 'path', 'hint', 'docsUrl', 'exercise', 'check'] as const;

/**
 * For findings held until the report (a big repository has tens of thousands): equal strings
 * (hints, paths, file names, messages without names) are kept once. The findings are changed in
 * place and stay equal to what they were. (Resource references are shared where they are made: findingAt.)
 */
export function findingCompactor(): (finding: Finding) => Finding {
  const strings = new Map<string, string>();
  const share = (text: string): string => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  return (finding) => {
    const fields = finding as unknown as Record<string, unknown>;
    for (const field of sharedFields) {
      const value = fields[field];
      if (typeof value === 'string') fields[field] = share(value);
    }
    return finding;
  };
}
