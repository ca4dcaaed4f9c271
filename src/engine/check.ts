import path from 'node:path';
import { discoverFiles } from '../load/discover.js';
import { decodeSource, defaultReadLimits, readSource, type ReadLimits } from '../load/read.js';
import { defaultParseLimits, parseYamlStream, type ParseLimits } from '../yaml/parse.js';
import type { Finding, Resource } from '../types.js';
import { extractResources } from './resources.js';
import { ResourceIndex } from './resource-index.js';
import { runRules, type RuleSettings } from './run-rules.js';
import { rules as allRules } from './registry.js';
import { sortAndDedupe } from './findings.js';
import type { Rule } from './rule.js';

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
  readLimits?: ReadLimits;
  parseLimits?: ParseLimits;
  ruleSettings?: RuleSettings;
  rules?: readonly Rule[];
  /** Extra checks that need every resource at once (schema validation plugs in here). */
  resourceChecks?: readonly ((resources: readonly Resource[], index: ResourceIndex) => Finding[])[];
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
}

function withFile(file: string, findings: Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, file }));
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

/** discover, load, parse, build resources, run rules: everything before grading. */
export async function checkPaths(options: CheckOptions): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const readLimits = options.readLimits ?? defaultReadLimits;
  const fileInputs = options.inputs.filter((input) => input !== '-');
  const discovery = fileInputs.length > 0 ? await discoverFiles(fileInputs, { cwd, ignorePatterns: options.ignorePatterns, extensions: options.extensions }) : { root: cwd, candidates: [], findings: [], missing: [] };
  const findings: Finding[] = [...discovery.findings];
  const files: CheckedFile[] = [];
  const resources: Resource[] = [];

  const accept = (file: string, result: ReturnType<typeof checkText>) => {
    files.push({ path: file, documents: result.documents });
    resources.push(...result.resources);
    findings.push(...result.findings);
  };

  if (options.stdin && options.inputs.includes('-')) {
    const decoded = decodeSource(options.stdin.filename, options.stdin.bytes, readLimits);
    if (decoded.ok) accept(options.stdin.filename, checkText(options.stdin.filename, decoded.text, options.parseLimits));
    else {
      files.push({ path: options.stdin.filename, documents: 0 });
      findings.push(decoded.finding);
    }
  }
  for (const candidate of discovery.candidates) {
    const read = await readSource(candidate.displayPath, candidate.absolutePath, readLimits);
    if (read.ok) accept(candidate.displayPath, checkText(candidate.displayPath, read.text, options.parseLimits));
    else {
      files.push({ path: candidate.displayPath, documents: 0 });
      findings.push(read.finding);
    }
  }

  const index = new ResourceIndex(resources);
  findings.push(...runRules(options.rules ?? allRules, resources, index, options.ruleSettings));
  for (const resourceCheck of options.resourceChecks ?? []) findings.push(...resourceCheck(resources, index));

  const single = fileInputs.length === 1 && !options.inputs.includes('-') && discovery.root !== cwd;
  const root = single ? normalizeRoot(fileInputs[0]!) : '.';
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, absoluteRoot: discovery.root, files, resources, index, findings: sortAndDedupe(findings), missing: discovery.missing };
}

function normalizeRoot(input: string): string {
  const normalized = path.normalize(input).split(path.sep).join('/').replace(/\/$/, '');
  return normalized === '' ? '.' : normalized;
}
