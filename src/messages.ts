/**
 * The one finding channel: every check (rules, schema, api-version, suppressions) names a message id
 * and data, and the text comes from its metadata's templates, so the documented messages are the
 * printed ones (docs/rules/*.md are generated from the same templates).
 */
import type { ReportData, Severity } from './types.js';

export interface RuleDocs {
  /** Why the rule exists, in a short paragraph a beginner can follow. */
  rationale: string;
  /** A manifest the rule reports (at least one finding). */
  incorrect: string;
  /** The same manifest, fixed (no finding from this rule). */
  correct: string;
}

export interface RuleMeta {
  id: string;
  /** One line, shown by `grade rules`. */
  description: string;
  severity: Severity;
  /** Kinds the rule looks at; omitted means every kind. */
  kinds?: readonly string[];
  /**
   * Message templates with {{placeholders}}, by message id. An engine check whose message id has
   * wordings for different cases names them `<messageId>/<variant>`.
   */
  messages: Readonly<Record<string, string>>;
  /** Optional fix hints, by message id (or `<messageId>/<variant>`), with the same placeholders. */
  hints?: Readonly<Record<string, string>>;
  /** JSON schema of the rule's options, if it takes any. */
  options?: Readonly<Record<string, unknown>>;
  docs: RuleDocs;
}

/** Fills {{placeholders}}; an unknown placeholder stays visible so tests catch it. */
export function fillTemplate(template: string, data: ReportData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export interface MessageReport {
  messageId: string;
  /** Picks the template `<messageId>/<variant>`; the finding keeps `messageId`. */
  variant?: string;
  /** Picks the hint template `<messageId>/<hint>` (`''`: the message id's own) instead of the variant's; null: no hint. */
  hint?: string | null;
  data?: ReportData;
}

export interface Translated {
  messageId: string;
  message: string;
  hint?: string;
}

/** The message and hint of a report, from its check's templates; an id the metadata lacks is a bug in the check. */
export function translate(meta: Pick<RuleMeta, 'id' | 'messages' | 'hints'>, report: MessageReport): Translated {
  const key = report.variant === undefined ? report.messageId : `${report.messageId}/${report.variant}`;
  const template = meta.messages[key];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${key}"`);
  const hintKey =
    report.hint === undefined ? key : report.hint === null ? undefined : report.hint === '' ? report.messageId : `${report.messageId}/${report.hint}`;
  const hintTemplate = hintKey === undefined ? undefined : meta.hints?.[hintKey];
  if (report.hint && hintTemplate === undefined) throw new Error(`rule ${meta.id} reported unknown hint "${hintKey}"`);
  const hint = hintTemplate === undefined ? undefined : fillTemplate(hintTemplate, report.data);
  return { messageId: report.messageId, message: fillTemplate(template, report.data), ...(hint ? { hint } : {}) };
}
