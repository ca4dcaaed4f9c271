import path from 'node:path';
import { discoverFiles, type Candidate, type DiscoverOptions } from '../load/discover.js';
import { defaultReadLimits, readSourceSync, type ReadLimits } from '../load/read.js';
import { isKustomizationFile, patchFilesOf } from '../resources/kustomize.js';
import { defaultParseLimits, parseYamlStream, type ParseLimits } from '../yaml/parse.js';
import type { Finding, PlainObject, Resource } from '../types.js';
import { extractResources } from '../resources/resources.js';
import { ResourceIndex } from '../resources/resource-index.js';
import { runRules, type RuleSettings } from '../lint/run-rules.js';
import { allRuleMeta, rules as allRules } from './rule-set.js';
import { findingCompactor, preferSpecificFindings, sortAndDedupe } from '../findings.js';
import type { Rule } from '../lint/rule.js';
import { applySuppressions, type Directives } from '../lint/suppress.js';
import { checkSourceBytes, checkSourceFile, unshiftFinding, withFile, type FileCheckOptions, type FileOutcome, type PlainSchemaOptions } from './file-check.js';
import { runDeferredRules } from '../lint/rule-stages.js';
import { eachFileOutcome, type FileOutcomeCache } from './parallel.js';
import { loadCustomSchemas, type CustomSchemaPaths } from './custom-schemas.js';
import { validateCustomResources } from '../schema/validate.js';
import { capFindingsPerFile, defaultMaxFindingsPerFile } from './findings-cap.js';
import { bigRunFiles, compileForShortRun, heapSizing } from './v8-flags.js';

export interface StdinSource {
  bytes: Uint8Array;
  filename: string;
}

export interface CheckOptions {
  /** Files and folders; '-' stands for stdin. */
  inputs: string[];
  cwd?: string;
  stdin?: StdinSource;
  ignorePatterns?: string[];
  extensions?: string[];
  /** Which files skipped for their name get an info (src/load/discover.ts); none by default. */
  nameSkipped?: DiscoverOptions['nameSkipped'];
  readLimits?: ReadLimits;
  parseLimits?: ParseLimits;
  ruleSettings?: RuleSettings;
  rules?: readonly Rule[];
  /** Honour kubegrade-disable comments and kubegrade.io/ignore annotations (lint mode only: grading never does). */
  suppressions?: boolean;
  /** Threads that read and parse files (src/pipeline/parallel.ts); output is the same for every value. */
  jobs?: number;
  /** Findings shown per file (the rest summed up in one note). */
  maxFindingsPerFile?: number;
  /** Schema validation (bundled schemas), run per file as it is parsed, in worker threads too. */
  schema?: PlainSchemaOptions;
  /** --crd and --schema-location, for custom resources (validated once every file is parsed). */
  customSchemas?: CustomSchemaPaths;
  /** `grade --watch`: files unchanged since the last run are not read or parsed again. */
  cache?: FileOutcomeCache;
  /**
   * Keep of each resource only what the cross-resource rules read once its file is checked (lint
   * mode: a big repository must not hold every value to the end). CheckResult.resources then hold
   * reduced values; index.whole() reads a whole one again.
   */
  releaseValues?: boolean;
}

export interface CheckedFile {
  path: string;
  documents: number;
}

export interface CheckResult {
  /** The graded root as the user named it ('.' when several paths were given). */
  root: string;
  absoluteRoot: string;
  files: CheckedFile[];
  resources: Resource[];
  index: ResourceIndex;
  findings: Finding[];
  /** Inputs that do not exist. */
  missing: string[];
  /** Folder inputs without a single file of the searched extensions. */
  empty: string[];
}

/** Parses one file's text into resources and findings. Pure: no I/O. */
export function checkText(file: string, text: string, parseLimits: ParseLimits = defaultParseLimits) {
  const stream = parseYamlStream(text, parseLimits);
  const extracted = extractResources(file, stream);
  return {
    documents: stream.documents.length,
    resources: extracted.resources,
    findings: [...withFile(file, stream.findings), ...extracted.findings],
  };
}

/** The files the kustomizations among the candidates list as patches (display paths, sorted). */
function kustomizePatches(candidates: readonly Candidate[], readLimits: ReadLimits, parseLimits: ParseLimits): string[] {
  const patches = new Set<string>();
  for (const candidate of candidates) {
    if (!isKustomizationFile(candidate.displayPath)) continue;
    const read = readSourceSync(candidate.displayPath, candidate.absolutePath, readLimits);
    if (!read.ok) continue;
    for (const doc of parseYamlStream(read.text, parseLimits).documents) {
      for (const file of patchFilesOf(candidate.displayPath, doc.value)) patches.add(file);
    }
  }
  return [...patches].sort();
}

/** discover, load, parse, build resources, run rules: everything before grading. */
export async function checkPaths(options: CheckOptions): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const readLimits = options.readLimits ?? defaultReadLimits;
  const fileInputs = options.inputs.filter((input) => input !== '-');
  compileForShortRun();
  // Until the files are counted, as if the run were big: the young generation never shrinks once grown.
  heapSizing(true);
  const discovery =
    fileInputs.length > 0
      ? await discoverFiles(fileInputs, { cwd, ignorePatterns: options.ignorePatterns, extensions: options.extensions, nameSkipped: options.nameSkipped })
      : { root: cwd, candidates: [], findings: [], missing: [], empty: [] };
  /** Big enough that memory, not time, decides: heap sizing, compact values and packed maps. */
  const big = discovery.candidates.length >= bigRunFiles;
  heapSizing(big);
  const findings: Finding[] = [...discovery.findings];
  const files: CheckedFile[] = [];
  const resources: Resource[] = [];

  const directives: Directives = { lines: [], malformed: [] };
  /** Per resource, the registered rules that still need every resource (src/lint/rule-stages.ts). */
  const deferred: string[][] = [];
  // Held to the end of the run: equal lists, strings and references are kept once.
  const sameRules = new Map<string, string[]>();
  const compact = findingCompactor();
  /** Per file, the lines makePortable indented (rare): the later stages' findings there are moved back. */
  const shiftsByFile = new Map<string, Map<number, number>>();
  const accept = (outcome: FileOutcome) => {
    if (outcome.shifts) shiftsByFile.set(outcome.path, outcome.shifts);
    if (outcome.directives) {
      directives.lines.push(...outcome.directives.lines);
      directives.malformed.push(...outcome.directives.malformed);
    }
    files.push({ path: outcome.path, documents: outcome.documents });
    outcome.resources.forEach((resource, i) => {
      resources.push(resource);
      const rules = outcome.deferred?.[i] ?? [];
      const key = rules.join('\n');
      const known = sameRules.get(key);
      if (known) deferred.push(known);
      else {
        sameRules.set(key, rules);
        deferred.push(rules);
      }
    });
    for (const finding of outcome.findings) findings.push(compact(finding));
  };

  // Rules given as code (tests) cannot travel to worker threads: they all run below instead.
  const ownRules = options.rules ? undefined : { settings: options.ruleSettings, release: options.releaseValues, compact: big };
  const customSources = options.schema ? await loadCustomSchemas(options.customSchemas ?? {}, cwd) : undefined;
  // Custom resources wait for the whole set (their CRD may be in any file): in this thread, so every --jobs agrees.
  const schema = options.schema ? { ...options.schema, customLater: true, schemaLocations: customSources?.schemaLocations } : undefined;
  const patches = kustomizePatches(discovery.candidates, readLimits, options.parseLimits ?? defaultParseLimits);
  const fileOptions = {
    readLimits,
    parseLimits: options.parseLimits,
    suppressions: options.suppressions,
    jobs: options.jobs,
    schema,
    ownRules,
    patches,
    cache: options.cache,
    // Packing saves memory a big run needs, and costs a small one time (10% of the corpus run's CPU).
    packMaps: options.releaseValues && big,
  };
  if (options.stdin && options.inputs.includes('-')) accept(checkSourceBytes(options.stdin.filename, options.stdin.bytes, fileOptions));
  await eachFileOutcome(discovery.candidates, fileOptions, accept);

  const inFile = (later: readonly Finding[]): readonly Finding[] =>
    shiftsByFile.size === 0
      ? later
      : later.map((finding) => {
          const shifts = finding.file === undefined ? undefined : shiftsByFile.get(finding.file);
          return shifts ? unshiftFinding(finding, shifts) : finding;
        });
  if (options.schema) findings.push(...inFile(validateCustomResources(resources, { ...schema, customLater: false, custom: customSources })));
  const index = new ResourceIndex(resources, wholeValueReader(discovery.candidates, options.stdin, { readLimits, parseLimits: options.parseLimits, patches }));
  const ruleFindings = options.rules
    ? runRules(options.rules, resources, index, options.ruleSettings)
    : runDeferredRules(allRules, resources, deferred, index, options.ruleSettings);
  for (const finding of inFile(ruleFindings)) findings.push(compact(finding));
  const shown = options.suppressions
    ? applySuppressions(
        findings,
        directives,
        resources,
        allRuleMeta().map((meta) => meta.id),
      )
    : findings;
  const configured = withConfiguredSeverity(shown, options.ruleSettings);

  const single = fileInputs.length === 1 && !options.inputs.includes('-') && discovery.root !== cwd;
  const root = single ? normalizeRoot(fileInputs[0]!) : '.';
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    root,
    absoluteRoot: discovery.root,
    files,
    resources,
    index,
    findings: capFindingsPerFile(sortAndDedupe(preferSpecificFindings(configured)), options.maxFindingsPerFile ?? defaultMaxFindingsPerFile),
    missing: discovery.missing,
    empty: discovery.empty,
  };
}

/**
 * Reads released values again from their files (duplicate-resource compares two whole values;
 * rare). The last few files stay parsed, since the pairs compared alternate between two files.
 */
function wholeValueReader(candidates: readonly Candidate[], stdin: StdinSource | undefined, options: FileCheckOptions): (resource: Resource) => PlainObject {
  const sources = new Map(candidates.map((candidate) => [candidate.displayPath, candidate.absolutePath]));
  const parsed = new Map<string, PlainObject[]>();
  return (resource) => {
    let values = parsed.get(resource.file);
    if (!values) {
      const absolute = sources.get(resource.file);
      const outcome =
        absolute !== undefined
          ? checkSourceFile(resource.file, absolute, options)
          : stdin && stdin.filename === resource.file
            ? checkSourceBytes(stdin.filename, stdin.bytes, options)
            : undefined;
      values = outcome?.resources.map((whole) => whole.value) ?? [];
      if (parsed.size >= 8) parsed.delete(parsed.keys().next().value!);
      parsed.set(resource.file, values);
    }
    return values[resource.releasedAt!] ?? resource.value;
  };
}

/** Severity settings reach the built-in checks too (yaml-syntax, schema, ...), not only rules. */
export function withConfiguredSeverity(findings: readonly Finding[], settings: RuleSettings | undefined): Finding[] {
  const severity = settings?.severity;
  if (!severity) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    const configured = severity[finding.ruleId];
    if (configured === 'off') continue;
    out.push(configured ? { ...finding, severity: configured } : finding);
  }
  return out;
}

function normalizeRoot(input: string): string {
  const normalized = path.normalize(input).split(path.sep).join('/').replace(/\/$/, '');
  return normalized === '' ? '.' : normalized;
}
