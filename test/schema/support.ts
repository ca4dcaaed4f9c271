import { checkText } from '../../src/pipeline/check.js';
import { compareFindings } from '../../src/findings.js';
import { validateSchemas, type SchemaValidationOptions } from '../../src/schema/validate.js';
import type { Finding } from '../../src/types.js';

/** Parses YAML (which must be free of YAML errors) and returns its schema and api-version findings, sorted. */
export function validateYaml(code: string, options: SchemaValidationOptions = {}): Finding[] {
  const parsed = checkText('test.yaml', code);
  const broken = parsed.findings.filter((finding) => finding.severity === 'error');
  if (broken.length > 0) throw new Error(`test input does not parse: ${broken.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`);
  return validateSchemas(parsed.resources, options).sort(compareFindings);
}

export function errorsOf(code: string, options: SchemaValidationOptions = {}): Finding[] {
  return validateYaml(code, options).filter((finding) => finding.severity === 'error');
}

/** What the position tests compare: the message id and the exact range. */
export function placed(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
  };
}

/** Joins lines so each test manifest reads as it looks in a file, with line numbers easy to count. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
