import { createColors } from 'picocolors';
import type { Finding } from '../types.js';
import type { Report } from '../report.js';
import type { Formatter } from './types.js';
import { location, plural } from './text.js';
import { printable, safeLineStart } from './log-safety.js';
import { compareStrings } from '../values.js';
import { findingsOfCheck, isNotAttempted, noFilePath } from './located.js';

const severityRank = { info: 0, warning: 1, error: 2 } as const;

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = finding.file ?? noFilePath;
    const list = groups.get(file) ?? [];
    list.push(finding);
    groups.set(file, list);
  }
  return groups;
}

/** ESLint "stylish"-like output: findings grouped by file, then the score per exercise. */
export const formatStylish: Formatter = (report: Report, context) => {
  const c = createColors(context.color);
  const severityText = (finding: Finding) =>
    finding.severity === 'error' ? c.red('error') : finding.severity === 'warning' ? c.yellow('warning') : c.blue('info');
  const lines: string[] = [];

  // Grading: an info of a kind is a lesson, shown once with its count (the JSON report keeps every one).
  const infoCount = new Map<string, number>();
  for (const finding of report.findings)
    if (finding.severity === 'info' && finding.messageId !== 'skipped') infoCount.set(finding.ruleId, (infoCount.get(finding.ruleId) ?? 0) + 1);
  const shownInfo = new Set<string>();
  const listed = report.exercises
    ? report.findings.flatMap((finding) => {
        // A skipped file is named, each one: that is the point of the finding.
        if (finding.severity !== 'info' || finding.messageId === 'skipped') return [finding];
        if (shownInfo.has(finding.ruleId)) return [];
        shownInfo.add(finding.ruleId);
        const more = infoCount.get(finding.ruleId)! - 1;
        return [more > 0 ? { ...finding, message: `${finding.message} (The same for ${plural(more, 'more resource')}.)` } : finding];
      })
    : report.findings;

  for (const [file, findings] of groupByFile(listed)) {
    lines.push(c.underline(safeLineStart(printable(file))));
    const locWidth = Math.max(...findings.map((f) => location(f).length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    for (const finding of findings) {
      const loc = location(finding).padEnd(locWidth);
      const severity = severityText(finding) + ' '.repeat(sevWidth - finding.severity.length);
      lines.push(`  ${c.dim(loc)}  ${severity}  ${printable(finding.message)}  ${c.dim(printable(finding.ruleId))}`);
      if (finding.hint) lines.push(`  ${' '.repeat(locWidth)}  ${' '.repeat(sevWidth)}  ${c.cyan('→')} ${printable(finding.hint)}`);
    }
    lines.push('');
  }

  if (report.exercises) {
    for (const exercise of report.exercises) {
      if (isNotAttempted(exercise)) {
        lines.push(
          c.dim(
            `${printable(exercise.id)}  ${printable(exercise.title)}  ${exercise.optional ? '(optional, not attempted)' : `0/${exercise.maxScore}  (not attempted)`}`,
          ),
        );
        continue;
      }
      const score = `${exercise.score}/${exercise.maxScore}`;
      lines.push(`${c.bold(printable(exercise.id))}  ${printable(exercise.title)}  ${exercise.passed ? c.green(score) : c.red(score)}`);
      for (const check of exercise.checks) {
        const mark = check.passed ? c.green('✔') : c.red('✘');
        lines.push(`  ${mark} ${printable(check.title)} ${c.dim(`(${check.points}/${check.maxPoints})`)}`);
        if (check.passed) continue;
        // At one spot, the error that decides the check reads first, the warnings beside it after.
        const explaining = findingsOfCheck(report, exercise, check).sort(
          (a, b) =>
            compareStrings(a.file ?? '', b.file ?? '') ||
            (a.line ?? 0) - (b.line ?? 0) ||
            (a.column ?? 0) - (b.column ?? 0) ||
            severityRank[b.severity] - severityRank[a.severity],
        );
        for (const finding of explaining) {
          const where = finding.file ? `${printable(finding.file)}:${location(finding)}` : noFilePath;
          lines.push(`      ${c.dim(where)}  ${printable(finding.message)}`);
          if (finding.hint) lines.push(`      ${c.cyan('→')} ${printable(finding.hint)}`);
        }
        if (explaining.length === 0 && check.hint) lines.push(`      ${c.cyan('→')} ${printable(check.hint)}`);
      }
      lines.push('');
    }
    lines.push(c.bold(`Total: ${report.score ?? 0}/${report.maxScore ?? 0}${report.extraCredit ? ` (+${report.extraCredit} extra credit)` : ''}`));
  }

  const { errors, warnings, infos } = report.summary;
  const total = errors + warnings + infos;
  const files = plural(report.files.length, 'file');
  if (errors + warnings === 0 && infos > 0) {
    // Infos are lessons, not problems: a clean run should read as clean.
    lines.push(c.green(`✔ no errors or warnings in ${files} (${plural(infos, 'info')})`));
  } else if (total === 0) {
    lines.push(c.green(`✔ no problems in ${files}`));
  } else {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos > 0) parts.push(plural(infos, 'info'));
    // The files that have problems (the ones counted in the total), not the files read.
    const withProblems = new Set(report.findings.map((finding) => finding.file ?? noFilePath)).size;
    const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(withProblems, 'file')}`;
    lines.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  }
  return `${lines.join('\n')}\n`;
};
