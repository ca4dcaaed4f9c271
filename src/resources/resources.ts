import type { ParsedStream } from '../yaml/parse.js';
import { rangeAt } from '../yaml/locate.js';
import type { Finding, JsonPath, PlainObject, PlainValue, Range, Resource, SourceMap } from '../types.js';
import { formatPath, isObject } from '../values.js';
import { notManifestMessage, recognizeDocument, type NotManifest } from './not-manifests.js';
import { fallbackRange } from '../findings.js';

export interface ExtractedResources {
  resources: Resource[];
  findings: Finding[];
}

function text(value: PlainValue | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function shapeFinding(file: string, map: SourceMap, path: JsonPath, message: string, hint: string, prefix: JsonPath): Finding {
  const range = rangeAt(map, path, 'key');
  return {
    ruleId: 'manifest-shape',
    severity: 'error',
    message,
    file,
    ...(range ?? fallbackRange),
    path: formatPath([...prefix, ...path]) || undefined,
    hint,
  };
}

/** Checks one mapping as a manifest and, when it is one, describes it as a Resource. */
function toResource(file: string, docIndex: number, value: PlainValue, map: SourceMap, prefix: JsonPath, findings: Finding[]): Resource | undefined {
  if (!isObject(value)) {
    findings.push(
      shapeFinding(
        file,
        map,
        [],
        `A manifest must be a mapping of fields, but this ${prefix.length ? 'item' : 'document'} is ${Array.isArray(value) ? 'a list' : 'a single value'}.`,
        'Start the document with apiVersion:, kind: and metadata: at the left margin.',
        prefix,
      ),
    );
    return undefined;
  }
  const apiVersion = text(value.apiVersion);
  const kind = text(value.kind);
  const metadata = isObject(value.metadata) ? value.metadata : undefined;
  const name = text(metadata?.name);
  const missing: string[] = [];
  if (!apiVersion) missing.push('apiVersion');
  if (!kind) missing.push('kind');
  if (!metadata) missing.push('metadata');
  else if (!name && !text(metadata.generateName)) missing.push('metadata.name');
  if (missing.length > 0) {
    const where: JsonPath = missing[0] === 'metadata.name' ? ['metadata'] : [];
    findings.push(
      shapeFinding(
        file,
        map,
        where,
        `This ${prefix.length ? 'item' : 'document'} is missing ${missing.join(', ')}; every Kubernetes manifest needs apiVersion, kind and metadata.name.`,
        missing.includes('metadata.name') && missing.length === 1
          ? 'Add a name under metadata, e.g. metadata: { name: my-job }.'
          : 'Add the missing top-level fields (for a Job: apiVersion: batch/v1, kind: Job, metadata: { name: ... }).',
        prefix,
      ),
    );
    if (!apiVersion || !kind) return undefined;
  }
  return { file, docIndex, apiVersion, kind, name, namespace: text(metadata?.namespace), value: value as PlainObject, map };
}

/** The one info for a file or document that is not an API object (not-manifests.ts). */
export function notManifestFinding(file: string, found: NotManifest, range?: Range): Finding {
  return {
    ruleId: 'not-a-manifest',
    severity: 'info',
    message: notManifestMessage(found),
    file,
    ...(range ?? fallbackRange),
  };
}

/** A JSON file is a manifest only when it says so: package.json and friends are not reported. */
function isJsonManifest(value: PlainValue): boolean {
  return isObject(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
}

/** Resources of one parsed file; `kind: List` items are resources of their own. */
export function extractResources(file: string, stream: ParsedStream): ExtractedResources {
  const resources: Resource[] = [];
  const findings: Finding[] = [];
  for (const doc of stream.documents) {
    if (doc.broken || doc.empty || doc.value === undefined) continue;
    const value = doc.value;
    if (/\.json$/i.test(file) && !isJsonManifest(value)) continue;
    const notManifest = recognizeDocument(value);
    if (notManifest) {
      findings.push(notManifestFinding(file, notManifest, rangeAt(doc.map, ['apiVersion'], 'key')));
      continue;
    }
    if (isObject(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        const resource = toResource(file, doc.index, item, doc.map.listItem(i), ['items', i], findings);
        if (resource) resources.push(resource);
      });
      continue;
    }
    const resource = toResource(file, doc.index, value, doc.map, [], findings);
    if (resource) resources.push(resource);
  }
  return { resources, findings };
}
