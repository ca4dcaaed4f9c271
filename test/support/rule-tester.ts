import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { ResourceIndex } from '../../src/resources/resource-index.js';
import { appliesTo, runRule } from '../../src/lint/run-rules.js';
import { compareFindings } from '../../src/findings.js';
import type { Rule } from '../../src/lint/rule.js';
import type { Finding, Severity } from '../../src/types.js';

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  /** Substring the message must contain. */
  message?: string;
}

export interface ValidCase {
  name?: string;
  /** One or more YAML documents; every resource in them is indexed for cross-resource rules. */
  code: string;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Runs the rule over every resource in `code` and returns its findings, sorted. */
export function runRuleOn(rule: Rule, code: string, options: Record<string, unknown> = {}): Finding[] {
  const parsed = checkText('test.yaml', code);
  const problems = parsed.findings.filter((finding) => finding.severity === 'error');
  if (problems.length > 0) throw new Error(`test input does not parse: ${problems.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`);
  const index = new ResourceIndex(parsed.resources);
  const findings = parsed.resources.filter((resource) => appliesTo(rule, resource)).flatMap((resource) => runRule(rule, resource, index, options));
  return findings.sort(compareFindings);
}

function caseName(c: ValidCase, i: number): string {
  return c.name ?? `#${i + 1}: ${c.code.split('\n').find((line) => line.startsWith('kind:')) ?? c.code.slice(0, 40)}`;
}

const fixturesRoot = path.join(import.meta.dirname, '..', '..', 'fixtures', 'rules');

/**
 * Whole-manifest cases kept as files, as eslint-plugin-yml does: fixtures/rules/<id>/valid/*.yaml,
 * and fixtures/rules/<id>/invalid/<name>.yaml with the expected findings in <name>.errors.json.
 */
export function fixtureCases(ruleId: string): RuleTests {
  const folder = (kind: string) => path.join(fixturesRoot, ruleId, kind);
  const manifests = (kind: string) =>
    existsSync(folder(kind))
      ? readdirSync(folder(kind))
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
      : [];
  const read = (kind: string, name: string) => readFileSync(path.join(folder(kind), name), 'utf8');
  return {
    valid: manifests('valid').map((name) => ({ name: `fixture ${name}`, code: read('valid', name) })),
    invalid: manifests('invalid').map((name) => ({
      name: `fixture ${name}`,
      code: read('invalid', name),
      errors: JSON.parse(read('invalid', name.replace(/\.ya?ml$/, '.errors.json'))) as ExpectedFinding[],
    })),
  };
}

/** ESLint-style tester: tables of valid and invalid cases (inline, and from the rule's fixture folder), positions asserted. */
export function testRule(rule: Rule, inline: RuleTests): void {
  const fromFiles = fixtureCases(rule.meta.id);
  const tests: RuleTests = { valid: [...inline.valid, ...fromFiles.valid], invalid: [...inline.invalid, ...fromFiles.invalid] };
  const valid = tests.valid.map((c) => (typeof c === 'string' ? { code: c } : c));
  describe(rule.meta.id, () => {
    it('has no duplicate cases and every invalid case expects a finding', () => {
      const codes = [...valid, ...tests.invalid].map((c) => `${c.code}\u0000${JSON.stringify(c.options ?? {})}`);
      expect(new Set(codes).size, 'duplicate test case').toBe(codes.length);
      for (const c of tests.invalid) expect(c.errors.length, `invalid case without expected errors: ${c.name ?? c.code}`).toBeGreaterThan(0);
      expect(tests.invalid.length, 'a rule needs at least one invalid case').toBeGreaterThan(0);
      expect(valid.length, 'a rule needs at least one valid case').toBeGreaterThan(0);
    });

    valid.forEach((c, i) => {
      it(`valid ${caseName(c, i)}`, () => {
        expect(runRuleOn(rule, c.code, c.options).map((f) => `${f.line}:${f.column} ${f.messageId} ${f.message}`)).toEqual([]);
      });
    });

    tests.invalid.forEach((c, i) => {
      it(`invalid ${caseName(c, i)}`, () => {
        const findings = runRuleOn(rule, c.code, c.options);
        const actual = findings.map((f, j) => {
          const expected = c.errors[j];
          return {
            messageId: f.messageId,
            line: f.line,
            column: f.column,
            ...(expected?.endLine !== undefined ? { endLine: f.endLine } : {}),
            ...(expected?.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
            ...(expected?.severity !== undefined ? { severity: f.severity } : {}),
          };
        });
        const wanted = c.errors.map(({ message: _message, ...rest }) => rest);
        expect(actual).toEqual(wanted);
        findings.forEach((f, j) => {
          expect(f.message, 'unfilled placeholder in message').not.toMatch(/\{\{/);
          if (f.hint) expect(f.hint, 'unfilled placeholder in hint').not.toMatch(/\{\{/);
          const fragment = c.errors[j]?.message;
          if (fragment) expect(f.message).toContain(fragment);
        });
      });
    });
  });
}
