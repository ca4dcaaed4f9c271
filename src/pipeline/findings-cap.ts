import type { Finding, Severity } from '../types.js';
import { compareFindings } from '../findings.js';

/** Enough to fix a file by; past this a generated or pasted file would drown every other one. */
export const defaultMaxFindingsPerFile = 200;

const rank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

function noteFor(file: string, left: readonly Finding[], cap: number): Finding {
  const errors = left.filter((finding) => finding.severity === 'error').length;
  const warnings = left.filter((finding) => finding.severity === 'warning').length;
  const worst = left.reduce<Severity>((max, finding) => (rank[finding.severity] > rank[max] ? finding.severity : max), 'info');
  const first = left[0]!;
  const parts = [errors ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean);
  return {
    ruleId: 'too-many-findings',
    // The note stands in for what it hides, so the exit code and the summary still see an error.
    severity: worst,
    message: `${left.length} more finding${left.length === 1 ? '' : 's'} in this file ${left.length === 1 ? 'is' : 'are'} not shown${parts.length ? ` (${parts.join(', ')})` : ''}: only the first ${cap} are listed.`,
    file,
    line: first.line ?? 1,
    column: first.column ?? 1,
    endLine: first.endLine ?? first.line ?? 1,
    endColumn: first.endColumn ?? (first.column ?? 1) + 1,
    hint: 'Fix the problems shown (YAML syntax errors first: one can cause many more), then run again.',
  };
}

/**
 * Keeps at most `cap` findings per file, errors first, plus one note saying how many were left
 * out. Input and output are sorted (compareFindings).
 */
export function capFindingsPerFile(findings: readonly Finding[], cap = defaultMaxFindingsPerFile): Finding[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.file ?? '';
    const list = byFile.get(key);
    if (list) list.push(finding);
    else byFile.set(key, [finding]);
  }
  if ([...byFile.values()].every((list) => list.length <= cap)) return [...findings];
  const out: Finding[] = [];
  for (const [file, list] of byFile) {
    if (list.length <= cap || file === '') {
      out.push(...list);
      continue;
    }
    // A stable sort by severity keeps position order within each severity.
    const bySeverity = [...list].sort((a, b) => rank[b.severity] - rank[a.severity]);
    const kept = new Set(bySeverity.slice(0, cap));
    const left = list.filter((finding) => !kept.has(finding));
    out.push(...list.filter((finding) => kept.has(finding)), noteFor(file, left, cap));
  }
  return out.sort(compareFindings);
}
