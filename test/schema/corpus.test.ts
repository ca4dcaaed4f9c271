import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { validateSchemas } from '../../src/schema/validate.js';
import { bundledKubeVersions } from '../../src/schema/versions.js';
import type { Finding } from '../../src/types.js';
import { corpusDir, yamlFiles } from '../support/manifest-files.js';

const summaryFile = path.join(tmpdir(), 'corpus-schema-summary.txt');

/** Findings grouped by kind and message shape, so a reader sees patterns rather than 1,500 lines. */
function summarise(files: number, resources: number, findings: (Finding & { kind: string })[]): string {
  const lines = [`${files} files, ${resources} resources, Kubernetes 1.30: ${findings.length} schema/api-version findings`, ''];
  const counts = new Map<string, number>();
  for (const finding of findings)
    counts.set(
      `${finding.severity} ${finding.ruleId}/${finding.messageId}`,
      (counts.get(`${finding.severity} ${finding.ruleId}/${finding.messageId}`) ?? 0) + 1,
    );
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) lines.push(`${String(count).padStart(6)}  ${key}`);

  const unvalidated = findings.filter((finding) => finding.messageId === 'no-schema');
  const byGroup = new Map<string, Set<string>>();
  for (const finding of unvalidated) {
    const group = finding.kind.includes('/') ? finding.kind.slice(0, finding.kind.indexOf('/')) : finding.kind;
    byGroup.set(group, (byGroup.get(group) ?? new Set()).add(finding.kind));
  }
  lines.push(
    '',
    `## Not validated (no bundled schema): ${unvalidated.length} resources of ${new Set(unvalidated.map((finding) => finding.kind)).size} kinds in ${byGroup.size} API groups`,
  );
  for (const [group, kinds] of [...byGroup].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    lines.push(`  ${group}: ${[...new Set([...kinds].map((kind) => kind.slice(kind.indexOf(' ') + 1)))].sort().join(', ')}`);

  const byKind = new Map<string, Finding[]>();
  for (const finding of findings) if (finding.messageId !== 'no-schema') byKind.set(finding.kind, [...(byKind.get(finding.kind) ?? []), finding]);
  lines.push('', '## Errors and warnings, per kind');
  for (const [kind, list] of [...byKind].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
    lines.push(`### ${kind}: ${list.length}`);
    const shapes = new Map<string, Finding[]>();
    for (const finding of list) {
      const shape = `${finding.severity} ${finding.ruleId}/${finding.messageId}: ${finding.message
        .replace(/"[^"]*"/g, '"…"')
        .replace(/\[\d+\]/g, '[i]')
        .replace(/\b\d+(\.\d+)?\b/g, 'N')}`;
      shapes.set(shape, [...(shapes.get(shape) ?? []), finding]);
    }
    for (const [shape, examples] of [...shapes].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`  ${String(examples.length).padStart(5)}  ${shape}`);
      for (const example of examples.slice(0, 2)) lines.push(`           e.g. ${example.file}:${example.line}:${example.column}  ${example.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

describe.skipIf(!existsSync(corpusDir))('schema validation of the real-world corpus', () => {
  const files = existsSync(corpusDir) ? yamlFiles(corpusDir) : [];
  const parsed = files.map((file) => {
    const relative = path.relative(corpusDir, file).split(path.sep).join('/');
    return checkText(relative, readFileSync(file, 'utf8'));
  });

  it.each(bundledKubeVersions.filter((version) => version !== '1.30'))('never crashes on Kubernetes %s, and places every finding', (kubeVersion) => {
    for (const { resources } of parsed) {
      for (const finding of validateSchemas(resources, { kubeVersion })) expect(finding.line, finding.message).toBeGreaterThan(0);
    }
  });

  it('never crashes on Kubernetes 1.30, and writes a per-kind summary of its findings', () => {
    const findings: (Finding & { kind: string })[] = [];
    let resources = 0;
    for (const result of parsed) {
      resources += result.resources.length;
      for (const finding of validateSchemas(result.resources, { kubeVersion: '1.30' })) {
        findings.push({ ...finding, kind: `${finding.resource?.apiVersion ?? '?'} ${finding.resource?.kind ?? '?'}` });
      }
    }
    writeFileSync(summaryFile, summarise(files.length, resources, findings));
    expect(files.length).toBeGreaterThan(2000);
    expect(resources).toBeGreaterThan(2000);
    for (const finding of findings) {
      expect(finding.line, `${finding.file}: ${finding.message}`).toBeGreaterThan(0);
      expect(finding.column).toBeGreaterThan(0);
    }
  });
});
