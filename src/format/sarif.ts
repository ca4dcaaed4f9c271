import type { Finding, Severity } from '../types.js';
import type { Report } from '../report.js';
import type { RuleMeta } from '../lint/rule.js';
import { renderRuleDoc } from '../lint/docs.js';
import type { FormatContext, Formatter } from './types.js';
import { artifactUri } from './paths.js';
import { printable, toSafeJson } from './log-safety.js';
import { repositoryUrl } from '../paths.js';

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning accepts at most this many results per run. */
export const sarifResultLimit = 25_000;

const levels: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };
const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** SARIF message strings reserve braces for placeholders (§3.11.5): literal ones are doubled. */
function sarifText(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

/** Keeps the most severe findings when there are more than the limit, in report order. */
export function selectForLimit(findings: readonly Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return [...findings];
  const kept = new Set(
    findings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => severityRank[a.finding.severity] - severityRank[b.finding.severity] || a.index - b.index)
      .slice(0, limit)
      .map((entry) => entry.index),
  );
  return findings.filter((_, index) => kept.has(index));
}

function helpText(meta: RuleMeta): string {
  return [meta.description, meta.docs.rationale, `Incorrect:\n${meta.docs.incorrect.trimEnd()}`, `Correct:\n${meta.docs.correct.trimEnd()}`].join('\n\n');
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined, docsBaseUrl: string | undefined) {
  if (!meta) return { id, shortDescription: { text: sarifText(id) } };
  return {
    id,
    name: id,
    ...(docsBaseUrl ? { helpUri: `${docsBaseUrl}${encodeURIComponent(id)}.md` } : {}),
    shortDescription: { text: sarifText(meta.description) },
    fullDescription: { text: sarifText(meta.docs.rationale) },
    help: { text: sarifText(helpText(meta)), markdown: sarifText(renderRuleDoc(meta)) },
    defaultConfiguration: { level: levels[meta.severity] },
  };
}

function region(finding: Finding) {
  if (finding.line === undefined) return undefined;
  const out: Record<string, number> = { startLine: finding.line };
  if (finding.column !== undefined) out.startColumn = finding.column;
  if (finding.endLine !== undefined && finding.endLine >= finding.line) out.endLine = finding.endLine;
  const endLine = finding.endLine ?? finding.line;
  if (finding.endColumn !== undefined && finding.column !== undefined && (endLine > finding.line || finding.endColumn >= finding.column))
    out.endColumn = finding.endColumn;
  return out;
}

function resultMessage(finding: Finding): string {
  return sarifText(finding.hint ? `${printable(finding.message)}\nFix: ${printable(finding.hint)}` : printable(finding.message));
}

/** SARIF 2.1.0 for code scanning: one run, a rule entry per rule that reported, results located repo-relative. */
export const formatSarif: Formatter = (report: Report, context: FormatContext) => {
  const findings = selectForLimit(report.findings, sarifResultLimit);
  const metaById = new Map((context.rules ?? []).map((meta) => [meta.id, meta]));
  const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));

  const results = findings.map((finding) => {
    const where = region(finding);
    const location = finding.file === undefined ? undefined : artifactUri(report, { rootPath: context.repositoryRootPath ?? context.rootPath }, finding.file);
    const properties = {
      ...(finding.exercise ? { exercise: printable(finding.exercise) } : {}),
      ...(finding.check ? { check: printable(finding.check) } : {}),
    };
    return {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      level: levels[finding.severity],
      message: { text: resultMessage(finding) },
      ...(location
        ? {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: location.uri, ...(location.relative ? { uriBaseId: '%SRCROOT%' } : {}) },
                  ...(where ? { region: where } : {}),
                },
              },
            ],
          }
        : {}),
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
  });

  const leftOut = report.findings.length - findings.length;
  const run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: repositoryUrl,
        rules: ruleIds.map((id) => ruleDescriptor(id, metaById.get(id), context.ruleDocsBaseUrl)),
      },
    },
    ...(leftOut > 0
      ? {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [
                {
                  level: 'warning',
                  message: {
                    text: `${leftOut} of ${report.findings.length} findings were left out: code scanning accepts at most ${sarifResultLimit} results per run. The most severe are kept.`,
                  },
                },
              ],
            },
          ],
        }
      : {}),
    columnKind: 'utf16CodeUnits',
    results,
  };
  return `${toSafeJson({ $schema: sarifSchemaUri, version: '2.1.0', runs: [run] })}\n`;
};
