/** 1-based line and column; end is exclusive; columns count UTF-16 code units. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A JSON path into a resource's value: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

export interface ResourceRef {
  apiVersion: string | null;
  kind: string | null;
  name: string | null;
  namespace: string | null;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Which of the rule's messages this is (stable, for tests and tools). */
  messageId?: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Dotted path inside the resource, e.g. spec.template.spec.containers[0].image */
  path?: string;
  resource?: ResourceRef;
  /** With `file`, the document the finding is about (0-based): grading ties findings to resources by it. Not printed. */
  docIndex?: number;
  exercise?: string;
  check?: string;
  hint?: string;
  docsUrl?: string;
  /** The one evident repair, as text edits: `--fix` applies it, editors offer it as the preferred quick fix. */
  fix?: FindingFix;
  /** Repairs to choose from (editors offer them as code actions); `--fix` never applies them. */
  suggestions?: FindingFix[];
}

/**
 * One edit on the text of the finding's file as read (BOM excluded): replace the range with `text`.
 * The range is 1-based and end-exclusive like a finding's; an empty range (column === endColumn) inserts.
 */
export interface TextEdit extends Range {
  text: string;
}

/** A repair as edits on the original text: JSON-serialisable, non-overlapping, in file order. */
export interface FindingFix {
  title: string;
  edits: TextEdit[];
  /**
   * The edits hold a value that must never be printed (a Secret value): reports show the title only,
   * and `edits` is not enumerable, so no JSON.stringify or structured clone carries it.
   */
  sensitive?: boolean;
}

/**
 * A repair as a rule or check means it; the engine (src/fix/intent.ts) turns it into text edits
 * that keep comments, quoting style and every untouched line. Kinds:
 * - replacement: the reported key or scalar value becomes this text (a value keeps its quotes);
 * - quote: the reported plain scalar (a number or boolean) is put in double quotes, as written;
 * - move: these sibling keys, with everything under them, move into the mapping at `to` (created
 *   with the levels on the way when absent); their lines are re-indented, their comments kept;
 * - append: this entry is added to the list at `append.path` (the list is created when absent).
 */
export type FixIntent = { title: string; sensitive?: boolean } & (
  { replacement: string } | { quote: true } | { move: { paths: JsonPath[]; to: JsonPath } } | { append: { path: JsonPath; entry: PlainObject } }
);

export type PlainValue = string | number | boolean | PlainValue[] | { [key: string]: PlainValue };
export type PlainObject = { [key: string]: PlainValue };

/** Where a path landed in the source: the key's range and the value's range (either may be absent). */
export interface PathLocation {
  key?: Range;
  value?: Range;
  /** True when the path itself was found; false when this is the closest existing ancestor. */
  exact: boolean;
}

export interface SourceMap {
  locate(path: JsonPath): PathLocation;
}

export interface Resource {
  /** Path relative to the graded root, '/' separators. */
  file: string;
  docIndex: number;
  apiVersion: string | null;
  kind: string | null;
  name: string | null;
  namespace: string | null;
  /** Plain value with nulls dropped. */
  value: PlainObject;
  /** Resolves paths relative to this resource (List items carry their own prefix). */
  map: SourceMap;
  /** The text of its file as parsed, for turning fixes into edits; not carried across threads. */
  source?: string;
  /**
   * Set when `value` was reduced to what the cross-resource stage reads (lint mode,
   * src/lint/resource-uses.ts): the resource's position among its file's resources, to read the
   * whole value again (ResourceIndex.whole).
   */
  releasedAt?: number;
}

export function refOf(resource: Resource): ResourceRef {
  return {
    apiVersion: resource.apiVersion,
    kind: resource.kind,
    name: resource.name,
    namespace: resource.namespace,
  };
}

/** What a rule reports: a path and a message id; the engine turns it into a located finding. */
export type ReportData = Readonly<Record<string, string | number>>;

export interface RuleReport {
  path: JsonPath;
  messageId: string;
  data?: ReportData;
  /** Which part of the node is wrong: its key or its value (default). */
  target?: 'key' | 'value';
  /** Overrides the rule's default severity for this report. */
  severity?: Severity;
  /** The one evident repair (ESLint's fix): `--fix` applies it. */
  fix?: FixIntent;
  /** Repairs where there is a choice (ESLint's suggestions): offered in editors, never applied by `--fix`. */
  suggestions?: FixIntent[];
}
