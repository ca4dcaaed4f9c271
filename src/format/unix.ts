import type { Report } from '../report.js';
import type { FormatContext, Formatter } from './types.js';
import { joinLines, linePath, lineText, problemCountLines } from './lines.js';

/** The classic compiler line format: `path:L:C: message [error/rule-id]`. */
export const formatUnix: Formatter = (report: Report, context: FormatContext) =>
  joinLines([
    ...report.findings.map(
      (finding) =>
        `${linePath(report, context, finding)}:${finding.line ?? 0}:${finding.column ?? 0}: ${lineText(finding.message)} [${finding.severity}/${lineText(finding.ruleId)}]`,
    ),
    ...problemCountLines(report),
  ]);
