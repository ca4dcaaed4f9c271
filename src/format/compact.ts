import type { Finding } from '../types.js';
import type { Report } from '../report.js';
import type { FormatContext, Formatter } from './types.js';
import { joinLines, linePath, lineText, problemCountLines } from './lines.js';

const severityWord: Readonly<Record<Finding['severity'], string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** ESLint's "compact" format, which problem matchers parse: `path: line L, col C, Error - message (rule-id)`. */
export const formatCompact: Formatter = (report: Report, context: FormatContext) =>
  joinLines([
    ...report.findings.map(
      (finding) =>
        `${linePath(report, context, finding)}: line ${finding.line ?? 0}, col ${finding.column ?? 0}, ${severityWord[finding.severity]} - ${lineText(finding.message)} (${lineText(finding.ruleId)})`,
    ),
    ...problemCountLines(report),
  ]);
