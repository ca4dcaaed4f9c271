import type { Finding, Severity } from '../types.js';
import type { Report } from '../report.js';
import type { FormatContext, Formatter } from './types.js';
import { repositoryPath } from './paths.js';
import { plural } from './text.js';
import { printable } from './log-safety.js';

/** GitHub shows at most 10 annotations of each level per step and 50 per job. */
export const annotationsPerLevel = 10;
export const annotationsPerJob = 50;

const commands: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = { error: 'error', warning: 'warning', info: 'notice' };
const levelOrder: readonly Severity[] = ['error', 'warning', 'info'];

/** As @actions/core escapes a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a property value: the message escapes plus ':' and ','. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: string, properties: ReadonlyArray<readonly [string, string | number | undefined]>, message: string): string {
  const props = properties
    .filter((entry): entry is readonly [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

/** The rubric check's title when the finding explains one, else the rule id. */
function titleOf(report: Report, finding: Finding): string {
  const exercise = finding.exercise ? report.exercises?.find((candidate) => candidate.id === finding.exercise) : undefined;
  const check = finding.check ? exercise?.checks.find((candidate) => candidate.id === finding.check) : undefined;
  return printable(check && exercise ? `${exercise.id} · ${check.title} (${finding.ruleId})` : finding.ruleId);
}

function annotation(report: Report, context: FormatContext, finding: Finding): string {
  const sameLine = finding.endLine === undefined || finding.endLine === finding.line;
  const endColumn =
    sameLine && finding.column !== undefined && finding.endColumn !== undefined && finding.endColumn >= finding.column ? finding.endColumn : undefined;
  const line = finding.file === undefined ? undefined : finding.line;
  return workflowCommand(
    commands[finding.severity],
    [
      ['file', finding.file === undefined ? undefined : printable(repositoryPath(report, context, finding.file))],
      ['line', line],
      ['endLine', line === undefined ? undefined : finding.endLine],
      ['col', line !== undefined && sameLine ? finding.column : undefined],
      ['endColumn', line !== undefined ? endColumn : undefined],
      ['title', titleOf(report, finding)],
    ],
    // Our own line break between message and fix stays a line break in the annotation; the answers' text is filtered.
    finding.hint ? `${printable(finding.message)}\nFix: ${printable(finding.hint)}` : printable(finding.message),
  );
}

/** Which findings get an annotation: errors first, at most 10 per level, one notice slot kept for the note when some are left out. */
export function selectAnnotations(findings: readonly Finding[]): { shown: Finding[]; leftOut: number } {
  const byLevel = new Map(levelOrder.map((level) => [level, findings.filter((finding) => finding.severity === level)]));
  const errors = byLevel.get('error')!.slice(0, annotationsPerLevel);
  const warnings = byLevel.get('warning')!.slice(0, annotationsPerLevel);
  const infos = byLevel.get('info')!;
  const leftOutBeforeInfos = findings.length - infos.length - errors.length - warnings.length;
  const noticeSlots = leftOutBeforeInfos > 0 || infos.length > annotationsPerLevel ? annotationsPerLevel - 1 : annotationsPerLevel;
  const shown = [...errors, ...warnings, ...infos.slice(0, noticeSlots)].slice(0, annotationsPerJob - 1);
  return { shown, leftOut: findings.length - shown.length };
}

/**
 * GitHub Actions workflow commands: one annotation per finding on its file and line, errors first, within
 * the per-step caps, and a notice saying how many were left out (the job summary lists them all).
 * Everything from the answers passes through the toolkit's escaping, so it cannot end a command.
 */
export const formatGithub: Formatter = (report: Report, context: FormatContext) => {
  const { shown, leftOut } = selectAnnotations(report.findings);
  const lines = shown.map((finding) => annotation(report, context, finding));
  if (leftOut > 0) {
    lines.push(
      workflowCommand(
        'notice',
        [['title', 'kubegrade']],
        `${plural(leftOut, 'more finding')} not annotated: GitHub shows at most ${annotationsPerLevel} annotations of each level per step. The job summary (or a local run of kubegrade) lists them all.`,
      ),
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
