import type { Finding } from '../types.js';
import type { Report } from '../report.js';
import type { FormatContext, Formatter } from './types.js';
import { joinLines, linePath, lineText, problemCountLines } from './lines.js';

const severityWord: Readonly<Record<Finding['severity'], string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/**
 * The path never holds ': line' (that colon is spelled \u003a): the shipped problem matcher
 * (matchers/kubegrade-compact.json) takes the file up to the first ': line', so a name such as
 * "x.yaml: line 1, col 1, Error - " cannot move the location it reports.
 */
export function compactPath(report: Report, context: FormatContext, finding: Finding): string {
  return linePath(report, context, finding).replace(/:(?=\s+line)/gi, '\\u003a');
}

/** ESLint's "compact" format, which problem matchers parse: `path: line L, col C, Error - message (rule-id)`. */
export const formatCompact: Formatter = (report: Report, context: FormatContext) =>
  joinLines([
    ...report.findings.map(
      (finding) =>
        `${compactPath(report, context, finding)}: line ${finding.line ?? 0}, col ${finding.column ?? 0}, ${severityWord[finding.severity]} - ${lineText(finding.message)} (${lineText(finding.ruleId)})`,
    ),
    ...problemCountLines(report),
  ]);
