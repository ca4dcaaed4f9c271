import type { Finding, FindingFix } from '../types.js';
import type { Report } from '../report.js';
import type { ChunkedFormatter, Formatter } from './types.js';
import { safeJsonText } from './log-safety.js';

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

/** The report's top level in contract order, its findings not yet put in key order. */
function topLevel(report: Report): Record<string, unknown> {
  return {
    version: report.version,
    tool: report.tool,
    root: report.root,
    kubernetesVersion: report.kubernetesVersion,
    ...(report.rubric ? { rubric: report.rubric } : {}),
    files: report.files,
    findings: report.findings,
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

export function toJsonReport(report: Report): Record<string, unknown> {
  // Reassigning a key keeps its place, so findings stay between files and exercises.
  return { ...topLevel(report), findings: report.findings.map(orderedFinding) };
}

/** The report's top-level arrays written element by element: they hold one entry per file and per finding. */
const streamedArrays = new Set(['files', 'findings']);

/** Below this many characters chunks are joined before they are handed on (one write per chunk). */
const chunkSize = 1 << 16;

/**
 * The JSON report in pieces, as they are serialised: joined, exactly the bytes of
 * toSafeJson(toJsonReport(report)) + "\n" (log-safety.ts), without ever holding that whole text (nor a copy of
 * every finding) at once. A chunk holds whole JSON values and structural glue, so the safety
 * escapes (which match single characters and "##[", only ever inside a string) never straddle two;
 * they run once per chunk, not once per finding.
 */
export const jsonReportChunks: ChunkedFormatter = function* (report: Report): Generator<string> {
  // JSON.stringify leaves out keys whose value is undefined.
  const entries = Object.entries(topLevel(report)).filter(([, value]) => value !== undefined);
  let pending = '{';
  for (const [i, [key, value]] of entries.entries()) {
    pending += `\n  ${JSON.stringify(key)}: `;
    if (!streamedArrays.has(key) || !Array.isArray(value) || value.length === 0) {
      pending += nested(value);
    } else {
      pending += '[';
      for (const [j, item] of value.entries()) {
        pending += `\n    ${nested(key === 'findings' ? orderedFinding(item as Finding) : item, '    ')}${j < value.length - 1 ? ',' : ''}`;
        if (pending.length >= chunkSize) {
          yield safeJsonText(pending);
          pending = '';
        }
      }
      pending += '\n  ]';
    }
    if (i < entries.length - 1) pending += ',';
  }
  yield safeJsonText(`${pending}\n}\n`);
};

/** A value as JSON.stringify(…, null, 2) writes it at this depth (strings hold no raw line feed, so indenting is a replace). */
function nested(value: unknown, indent = '  '): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

export const formatJson: Formatter = (report, context) => [...jsonReportChunks(report, context)].join('');
