import type { RuleMeta } from '../lint/rule.js';
import type { Report } from '../report.js';

export interface FormatContext {
  /** Colours on (stylish only). */
  color: boolean;
  /** Metadata of the rules that findings may name (SARIF describes them); the caller passes the registry's. */
  rules?: readonly RuleMeta[];
  /**
   * Where the graded root sits relative to the repository (or working directory), '/' separators.
   * Paths in annotations, SARIF and editor formats are this joined with each finding's file.
   * Default: the root as the user named it (report.root).
   */
  rootPath?: string;
  /**
   * Where the graded root sits relative to the repository's top level (git), '/' separators: SARIF's
   * artifact URIs use it, since code scanning resolves them against the repository. Default: rootPath.
   */
  repositoryRootPath?: string;
  /** Base URL of the rule docs pages (`<base><id>.md`): SARIF gives each described rule a helpUri. */
  ruleDocsBaseUrl?: string;
}

/** A formatter is a pure function: the same report gives the same bytes. */
export type Formatter = (report: Report, context: FormatContext) => string;

/** A formatter that hands its text on in pieces, for reports too big to hold as one string; joined, the same bytes. */
export type ChunkedFormatter = (report: Report, context: FormatContext) => Iterable<string>;
