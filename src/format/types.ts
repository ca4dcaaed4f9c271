import type { Report } from '../report.js';

export interface FormatContext {
  /** Colours on (stylish only). */
  color: boolean;
  /** Rule metadata lookups for formats that describe rules (SARIF). */
  ruleDescriptions?: ReadonlyMap<string, { description: string; severity: string; docs?: string }>;
}

/** A formatter is a pure function: the same report gives the same bytes. */
export type Formatter = (report: Report, context: FormatContext) => string;
