import type { Finding, Severity } from '../types.js';
import type { Report } from '../report.js';
import type { FormatContext } from './types.js';
import { findingsOutsideChecks, isNotAttempted, locationOf } from './located.js';
import { markdownRow, markdownText } from './markdown.js';
import { repositoryPath } from './paths.js';
import { plural } from './text.js';

/** GitHub keeps at most 1 MiB of job summary per step. */
export const summaryByteLimit = 1024 * 1024;

export interface SummaryOptions extends Partial<Pick<FormatContext, 'rootPath'>> {
  /** Byte budget of the whole summary (default: GitHub's 1 MiB). */
  maxBytes?: number;
  /**
   * Where the repository's files are shown on the web at this commit, e.g.
   * `https://github.com/OWNER/REPO/blob/SHA/` (the Action builds it from GITHUB_SERVER_URL, GITHUB_REPOSITORY
   * and GITHUB_SHA): each finding's location links to its file and line. Without it locations are plain text.
   */
  blobUrl?: string;
}

const severityLabel: Readonly<Record<Severity, string>> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

interface SummaryLine {
  text: string;
  /** Set on a findings-table row, so a cut can say how many findings it dropped. */
  finding?: true;
}

function heading(report: Report): string {
  if (report.exercises) return `## kubegrade: ${report.score ?? 0}/${report.maxScore ?? 0} points`;
  const { errors, warnings, infos } = report.summary;
  const total = errors + warnings + infos;
  const files = plural(report.files.length, 'file');
  if (total === 0) return `## kubegrade: no problems in ${files}`;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [plural(infos, 'info')] : [])];
  return `## kubegrade: ${parts.join(', ')} in ${files}`;
}

function scoreTable(report: Report): SummaryLine[] {
  if (!report.exercises) return [];
  const lines = [markdownRow(['Exercise', 'Score', 'Result']), markdownRow(['---', '---:', '---'])];
  for (const exercise of report.exercises) {
    const name = `${markdownText(exercise.id)} · ${markdownText(exercise.title)}`;
    if (isNotAttempted(exercise))
      lines.push(markdownRow([name, exercise.optional ? '–' : `0/${exercise.maxScore}`, exercise.optional ? 'optional, not attempted' : 'not attempted']));
    else lines.push(markdownRow([name, `${exercise.score}/${exercise.maxScore}`, exercise.passed ? '✅ passed' : '❌ failed']));
  }
  return ['', ...lines].map((text) => ({ text }));
}

function failedChecksTable(report: Report): SummaryLine[] {
  const rows: string[] = [];
  for (const exercise of report.exercises ?? []) {
    if (isNotAttempted(exercise)) continue;
    for (const check of exercise.checks) {
      if (check.passed) continue;
      rows.push(
        markdownRow([markdownText(exercise.id), markdownText(check.title), `${check.points}/${check.maxPoints}`, check.hint ? markdownText(check.hint) : '']),
      );
    }
  }
  if (rows.length === 0) return [];
  return ['', '### Checks not passed', '', markdownRow(['Exercise', 'Check', 'Points', 'How to fix']), markdownRow(['---', '---', '---:', '---']), ...rows].map(
    (text) => ({ text }),
  );
}

function checkTitle(report: Report, finding: Finding): string {
  const exercise = report.exercises?.find((candidate) => candidate.id === finding.exercise);
  const check = exercise?.checks.find((candidate) => candidate.id === finding.check);
  return exercise && check ? `${markdownText(exercise.id)} · ${markdownText(check.title)}` : '';
}

/** Errors and warnings in report order, then the infos: what needs fixing comes first (and survives a cut). */
function infosLast(findings: readonly Finding[]): Finding[] {
  return [...findings.filter((finding) => finding.severity !== 'info'), ...findings.filter((finding) => finding.severity === 'info')];
}

/** Every character a Markdown link target or a URL path segment could end or break on, percent-encoded. */
function urlSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `path:line:column`, escaped as the answers' text is; with a blob URL, a link to the file at that line.
 * Only our own link target is a link: the path in it is percent-encoded segment by segment.
 */
function linkedLocation(report: Report, options: SummaryOptions, finding: Finding): string {
  const text = markdownText(locationOf(report, options, finding));
  if (!options.blobUrl || finding.file === undefined) return text;
  const file = repositoryPath(report, options, finding.file);
  const segments = file.split('/');
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return text;
  const anchor = finding.line === undefined ? '' : `#L${finding.line}`;
  return `[${text}](${options.blobUrl}${segments.map(urlSegment).join('/')}${anchor})`;
}

function findingsTable(report: Report, options: SummaryOptions): SummaryLine[] {
  if (report.findings.length === 0) return [];
  const grading = report.exercises !== undefined;
  const outside = new Set(findingsOutsideChecks(report));
  const header = grading ? ['Severity', 'Location', 'Check', 'Rule', 'Message'] : ['Severity', 'Location', 'Rule', 'Message'];
  const rows = infosLast(report.findings).map((finding) => {
    const message = finding.hint ? `${markdownText(finding.message)}<br>Fix: ${markdownText(finding.hint)}` : markdownText(finding.message);
    const location = linkedLocation(report, options, finding);
    const cells = grading
      ? [severityLabel[finding.severity], location, outside.has(finding) ? '' : checkTitle(report, finding), markdownText(finding.ruleId), message]
      : [severityLabel[finding.severity], location, markdownText(finding.ruleId), message];
    return { text: markdownRow(cells), finding: true as const };
  });
  return [
    ...['', `### Findings (${report.findings.length})`, '', markdownRow(header), markdownRow(header.map(() => '---'))].map((text) => ({ text })),
    ...rows,
  ];
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function truncationNote(leftOut: number, total: number): string {
  return `\n> **Note:** ${leftOut} of ${plural(total, 'finding')} are not shown: a job summary holds at most 1 MiB. Run kubegrade locally to see them all.\n`;
}

/**
 * The Markdown job summary (for $GITHUB_STEP_SUMMARY): the score per exercise when grading, the checks not
 * passed, and every finding with its file:line. Text from the answers is escaped so it stays inside its
 * table cell; past the byte budget whole lines are dropped and a note says how many findings are missing.
 */
export function formatGithubSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? summaryByteLimit;
  const lines: SummaryLine[] = [
    { text: heading(report) },
    ...(report.rubric ? [{ text: '' }, { text: `Rubric: ${markdownText(report.rubric.title)}` }] : []),
    ...scoreTable(report),
    ...failedChecksTable(report),
    ...findingsTable(report, options),
  ];
  const full = `${lines.map((line) => line.text).join('\n')}\n`;
  if (bytes(full) <= maxBytes) return full;

  const budget = maxBytes - bytes(truncationNote(report.findings.length, report.findings.length));
  const kept: string[] = [];
  let used = 0;
  let shownFindings = 0;
  for (const line of lines) {
    const size = bytes(line.text) + 1;
    if (used + size > budget) break;
    kept.push(line.text);
    used += size;
    if (line.finding) shownFindings++;
  }
  return `${kept.join('\n')}\n${truncationNote(report.findings.length - shownFindings, report.findings.length)}`;
}
