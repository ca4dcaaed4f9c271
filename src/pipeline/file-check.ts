import { decodeSource, defaultReadLimits, readSourceSync, type ReadLimits } from '../load/read.js';
import { defaultParseLimits, parseYamlStream, type ParseLimits } from '../yaml/parse.js';
import { CompactSourceMap, type PortableCompactMap } from '../yaml/compact-map.js';
import type { Finding, Range, Resource } from '../types.js';
import { extractResources, notManifestFinding } from '../resources/resources.js';
import { recognizeFile } from '../resources/not-manifests.js';
import { findPlaceholder, goTemplatesArePlaceholders, textMayHoldPlaceholder } from '../k8s/placeholders.js';
import { findingAt } from '../yaml/locate.js';
import { makePortable, unshiftRange, type PortabilityIssue } from '../yaml/portability.js';
import { findDirectives, type Directives } from '../lint/suppress.js';
import { rules as registeredRules } from './rule-set.js';
import { runOwnRules } from '../lint/rule-stages.js';
import type { RuleSettings } from '../lint/run-rules.js';
import { readByCustomValidation, validateSchemas, type SchemaValidationOptions } from '../schema/validate.js';
import { releaseValues } from '../lint/resource-uses.js';

/**
 * Everything one file contributes before the cross-resource stages: the same in this thread and
 * in a worker. Resources carry compact source maps, so no syntax tree outlives its file.
 */
export interface FileOutcome {
  path: string;
  documents: number;
  resources: Resource[];
  findings: Finding[];
  directives?: Directives;
  /** Per resource, the rules left for the stage that sees every resource (rule-stages.ts). */
  deferred?: string[][];
  /** Lines makePortable indented, and by how much: later stages place their findings in the file with them (unshiftFinding). */
  shifts?: Map<number, number>;
}

/** Schema validation options that can cross a thread boundary (the bundled schemas only). */
export type PlainSchemaOptions = Pick<SchemaValidationOptions, 'kubeVersion' | 'strictKinds' | 'tolerate' | 'customLater' | 'schemaLocations'>;

export interface FileCheckOptions {
  readLimits?: ReadLimits;
  parseLimits?: ParseLimits;
  /** Collect kubegrade-disable comments (lint mode). */
  suppressions?: boolean;
  /** Validate each resource against the Kubernetes schemas right after parsing. */
  schema?: PlainSchemaOptions;
  /** Files a kustomization lists as patches (display paths): partial by design, checked for what they contain. */
  patches?: readonly string[];
  /**
   * Run the registered rules' first stage right after parsing, with these settings; with release,
   * keep of each value only what the later stages read (src/lint/resource-uses.ts), and with compact
   * (a big run) in objects of their own size.
   */
  ownRules?: { settings?: RuleSettings; release?: boolean; compact?: boolean };
}

/** Findings of one file's parse, with the file they belong to. */
export function withFile(file: string, findings: Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, file }));
}

/** One unrendered-template warning per document (a List's items share theirs) that still holds a placeholder. */
function placeholderFindings(resources: readonly Resource[]): Finding[] {
  const findings: Finding[] = [];
  const warned = new Set<number>();
  for (const resource of resources) {
    if (warned.has(resource.docIndex)) continue;
    const path = findPlaceholder(resource.value, [], goTemplatesArePlaceholders(resource.apiVersion));
    if (!path) continue;
    warned.add(resource.docIndex);
    findings.push(
      findingAt(resource, {
        ruleId: 'unrendered-template',
        severity: 'warning',
        message:
          'This document still holds an unrendered template placeholder (here and maybe elsewhere); applied as it is, the API server stores or rejects the placeholder text.',
        path,
        target: 'value',
        hint: 'Render it first (envsubst, helm template, ...) and lint the output, e.g. `envsubst < FILE | grade --lint -`.',
      }),
    );
  }
  return findings;
}

const jsonPatch = { what: 'a JSON 6902 patch listed in a kustomization', advice: 'lint the rendered output with `kustomize build DIR | grade --lint -`' };

/** A place where kubectl and YAML 1.2 parsers read the text differently (src/yaml/portability.ts). */
function portabilityFinding(file: string, issue: PortabilityIssue): Finding {
  const lone = issue.kind === 'lone-cr';
  return {
    ruleId: 'yaml-portability',
    severity: 'warning',
    message: lone
      ? "This file ends its lines with a lone CR (old Mac line ends): kubectl reads them as line breaks, but stricter YAML tools (such as the JavaScript yaml package behind editors' YAML support) do not, and read the lines as one."
      : `The double-quoted value of "${issue.key ?? ''}" continues on a line indented no deeper than its key: kubectl (go-yaml) accepts it, but stricter YAML 1.2 parsers (such as the JavaScript yaml package behind editors' YAML support) reject the file.`,
    file,
    line: issue.line,
    column: issue.column,
    endLine: issue.line,
    endColumn: issue.column + (lone ? 1 : Math.max(1, (issue.key ?? '').length)),
    hint: lone ? 'Save the file with LF (or CRLF) line ends.' : 'Indent the continuation lines further than the key, or keep the value on one line.',
  };
}

/** Parses one file's text into resources (with compact maps) and findings. Pure: no I/O. */
export function checkSourceText(file: string, text: string, options: FileCheckOptions = {}): FileOutcome {
  // Tool configuration and chart templates are not parsed as manifests: one info says what they are.
  const notManifest = recognizeFile(file, text);
  if (notManifest) return { path: file, documents: 0, resources: [], findings: [notManifestFinding(file, notManifest)] };
  const portable = makePortable(text);
  // No clock here: every cost is bounded by the text (size, depth, alias expansion: parse.ts), so
  // the same file gives the same findings in every thread and on every machine.
  const stream = parseYamlStream(portable.text, options.parseLimits ?? defaultParseLimits);
  const isPatch = options.patches?.includes(file) ?? false;
  const values = stream.documents.filter((doc) => !doc.broken && !doc.empty && doc.value !== undefined);
  // A JSON 6902 patch is a list of operations, not an object.
  if (isPatch && values.length > 0 && values.every((doc) => Array.isArray(doc.value))) {
    const patch: FileOutcome = {
      path: file,
      documents: stream.documents.length,
      resources: [],
      findings: [...withFile(file, stream.findings), notManifestFinding(file, jsonPatch)],
    };
    return unshifted(patch, portable.shifts);
  }
  const extracted = extractResources(file, stream);
  // The text rides along while this file's own checks run, so their fixes become edits (src/yaml/fix-edits.ts).
  const resources: Resource[] = extracted.resources.map((resource) => ({ ...resource, source: stream.text }));
  const outcome: FileOutcome = {
    path: file,
    documents: stream.documents.length,
    resources,
    findings: [...withFile(file, stream.findings), ...extracted.findings, ...portable.issues.map((issue) => portabilityFinding(file, issue))],
  };
  if (textMayHoldPlaceholder(stream.text)) outcome.findings.push(...placeholderFindings(resources));
  if (options.suppressions) outcome.directives = findDirectives(file, text);
  if (isPatch) {
    for (const resource of resources) delete resource.source;
    // A patch is not an object of its own: its fields are checked, not what it leaves out, and it joins no cross-resource check.
    if (options.schema) outcome.findings.push(...validateSchemas(resources, { ...options.schema, partial: true }));
    return unshifted({ ...outcome, resources: [] }, portable.shifts);
  }
  if (options.schema) outcome.findings.push(...validateSchemas(resources, options.schema));
  if (options.ownRules) {
    const own = runOwnRules(registeredRules, resources, options.ownRules.settings);
    outcome.findings.push(...own.findings);
    outcome.deferred = own.deferred;
    if (options.ownRules.release) {
      const schema = options.schema;
      // Custom resources and CRDs are validated once every file is read, from their whole values.
      outcome.resources = releaseValues(
        registeredRules,
        resources,
        own.deferred,
        schema && ((resource) => readByCustomValidation(resource, schema)),
        options.ownRules.compact,
      );
    }
  }
  // Later stages see no text, in this thread as in a worker: the same findings (and fixes) either way.
  for (const resource of resources) delete resource.source;
  return unshifted(outcome, portable.shifts);
}

/** The file's own findings where they sit in the file, not in its portable text (makePortable indents some lines). */
function unshifted<T extends { findings: Finding[]; shifts?: Map<number, number> }>(outcome: T, shifts: Map<number, number> | undefined): T {
  if (!shifts) return outcome;
  outcome.shifts = shifts;
  outcome.findings = outcome.findings.map((finding) => unshiftFinding(finding, shifts));
  return outcome;
}

/** A finding located in a file's portable text, placed where it sits in the file. */
export function unshiftFinding(finding: Finding, shifts: ReadonlyMap<number, number>): Finding {
  return finding.line === undefined || finding.endLine === undefined ? finding : unshiftRange(finding as Finding & Range, shifts);
}

/** Reads (synchronously: see readSourceSync) and checks one file. */
export function checkSourceFile(file: string, absolutePath: string, options: FileCheckOptions = {}): FileOutcome {
  const read = readSourceSync(file, absolutePath, options.readLimits ?? defaultReadLimits);
  if (!read.ok) return { path: file, documents: 0, resources: [], findings: [read.finding] };
  return checkSourceText(file, read.text, options);
}

/** Checks bytes already in memory (stdin). */
export function checkSourceBytes(file: string, bytes: Uint8Array, options: FileCheckOptions = {}): FileOutcome {
  const decoded = decodeSource(file, bytes, options.readLimits ?? defaultReadLimits);
  if (!decoded.ok) return { path: file, documents: 0, resources: [], findings: [decoded.finding] };
  return checkSourceText(file, decoded.text, options);
}

/** A resource as it crosses a thread boundary: its map reduced to plain data. */
export type PortableResource = Omit<Resource, 'map'> & { map: PortableCompactMap };
export type PortableOutcome = Omit<FileOutcome, 'resources'> & { resources: PortableResource[] };

export function toPortable(outcome: FileOutcome): PortableOutcome {
  return { ...outcome, resources: outcome.resources.map((resource) => ({ ...resource, map: (resource.map as CompactSourceMap).portable })) };
}

export function fromPortable(outcome: PortableOutcome): FileOutcome {
  return { ...outcome, resources: outcome.resources.map((resource) => ({ ...resource, map: CompactSourceMap.fromPortable(resource.map) })) };
}
