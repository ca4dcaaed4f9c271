import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { allRuleMeta } from '../src/pipeline/rule-set.js';
import { renderRuleDoc } from '../src/lint/docs.js';
import { runRuleOn } from './support/rule-tester.js';

const root = path.join(import.meta.dirname, '..');
const ruleFiles = readdirSync(path.join(root, 'rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts'))
  .map((name) => name.replace(/\.ts$/, ''));

describe('rule registry, docs and tests', () => {
  it('registers every file in rules/, with id = file name', () => {
    expect(rules.map((rule) => rule.meta.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('has kebab-case, unique ids', () => {
    const ids = allRuleMeta().map((meta) => meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  for (const meta of allRuleMeta()) {
    it(`${meta.id}: docs page is present and current (npm run docs)`, () => {
      const page = path.join(root, 'docs', 'rules', `${meta.id}.md`);
      expect(existsSync(page), `missing docs/rules/${meta.id}.md`).toBe(true);
      expect(readFileSync(page, 'utf8')).toBe(renderRuleDoc(meta));
    });
  }

  for (const rule of rules) {
    const { id } = rule.meta;
    it(`${id}: has a table-driven test file`, () => {
      const testFile = path.join(root, 'test', 'rules', `${id}.test.ts`);
      expect(existsSync(testFile), `missing test/rules/${id}.test.ts`).toBe(true);
      expect(readFileSync(testFile, 'utf8')).toMatch(/testRule\(/);
    });

    it(`${id}: its docs examples behave (incorrect reports, correct does not)`, () => {
      expect(runRuleOn(rule, rule.meta.docs.incorrect).length, 'the incorrect example should be reported').toBeGreaterThan(0);
      expect(runRuleOn(rule, rule.meta.docs.correct).map((f) => f.message)).toEqual([]);
    });

    it(`${id}: every message has a hint or is self-explanatory, and placeholders match`, () => {
      for (const [messageId, text] of Object.entries(rule.meta.messages)) {
        const placeholders = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
        expect(
          placeholders.every((p) => typeof p === 'string'),
          messageId,
        ).toBe(true);
      }
      for (const hintId of Object.keys(rule.meta.hints ?? {})) expect(rule.meta.messages, `hint without a message: ${hintId}`).toHaveProperty(hintId);
    });
  }
});
