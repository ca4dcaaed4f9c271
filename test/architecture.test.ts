/**
 * The stage folders import only downwards (docs/architecture.md): dependency-cruiser finds no
 * cycle and no upward import in the tree, and does find one when it is planted in a copy.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.join(import.meta.dirname, '..');
const depcruise = path.join(repoRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function violationsIn(root: string): Violation[] {
  const json = execFileSync(process.execPath, [depcruise, 'src', 'rules', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(json) as { summary: { violations: Violation[] } }).summary.violations;
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the sources with one file's text changed. */
function copyWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-arch-'));
  copies.push(dir);
  for (const entry of ['src', 'rules', 'tsconfig.json', 'tsconfig.base.json', '.dependency-cruiser.cjs'])
    cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return dir;
}

describe('the import graph', () => {
  it('has no cycle and no upward import', () => {
    expect(violationsIn(repoRoot).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  });

  it.each([
    ['an upward import (yaml -> grade)', 'src/yaml/positions.ts', "import '../grade/rubric.js';\n", 'no-upward-from-yaml', 'src/grade/rubric.ts'],
    ['a rule reaching past the rule API', 'rules/image-tag.ts', "import '../src/pipeline/run.js';\n", 'rules-import-only-the-kit', 'src/pipeline/run.ts'],
    ['a cycle inside one stage', 'src/yaml/positions.ts', "import './syntax-messages.js';\n", 'no-cycles', 'src/yaml/syntax-messages.ts'],
  ])('reports %s', (_, file, line, rule, to) => {
    const found = violationsIn(copyWith(file, (text) => line + text));
    expect(found).toContainEqual(expect.objectContaining({ from: file, to, rule: expect.objectContaining({ name: rule }) }));
  });
});
