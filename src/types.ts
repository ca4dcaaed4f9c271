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
  exercise?: string;
  check?: string;
  hint?: string;
  docsUrl?: string;
  /** A sure repair: replace the finding's own range (line..endColumn) with this text (editors offer it as a quick fix). */
  fix?: FindingFix;
}

/** Replaces exactly the finding's range; only set where the rule or check knows the one right value. */
export interface FindingFix {
  title: string;
  replacement: string;
}

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
  /** The replacement for the reported key or value, when there is one right answer. */
  fix?: FindingFix;
}
