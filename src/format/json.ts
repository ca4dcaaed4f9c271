import type { Finding, FindingFix } from '../types.js';
import type { Report } from '../report.js';
import type { Formatter } from './types.js';
import { toSafeJson } from './log-safety.js';

const findingKeyOrder: (keyof Finding)[] = [
  'ruleId',
  'severity',
  'message',
  'messageId',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'path',
  'resource',
  'exercise',
  'check',
  'hint',
  'docsUrl',
];

/** A fix with its edits in fixed key order; a sensitive one (a Secret value) says only what it does. */
function orderedFix(fix: FindingFix): Record<string, unknown> {
  if (fix.sensitive) return { title: fix.title, redacted: true };
  return {
    title: fix.title,
    edits: fix.edits.map((edit) => ({ line: edit.line, column: edit.column, endLine: edit.endLine, endColumn: edit.endColumn, text: edit.text })),
  };
}

/** Fixed key order, so the output is byte-identical whatever order fields were set in. */
function orderedFinding(finding: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of findingKeyOrder) if (finding[key] !== undefined) out[key] = finding[key];
  if (finding.fix) out.fix = orderedFix(finding.fix);
  if (finding.suggestions && finding.suggestions.length > 0) out.suggestions = finding.suggestions.map(orderedFix);
  return out;
}

export function toJsonReport(report: Report): Record<string, unknown> {
  return {
    version: report.version,
    tool: report.tool,
    root: report.root,
    kubernetesVersion: report.kubernetesVersion,
    ...(report.rubric ? { rubric: report.rubric } : {}),
    files: report.files,
    findings: report.findings.map(orderedFinding),
    ...(report.exercises
      ? {
          exercises: report.exercises,
          score: report.score,
          maxScore: report.maxScore,
          ...(report.extraCreditMax !== undefined ? { extraCredit: report.extraCredit, extraCreditMax: report.extraCreditMax } : {}),
        }
      : {}),
    summary: report.summary,
  };
}

export const formatJson: Formatter = (report) => `${toSafeJson(toJsonReport(report))}\n`;
