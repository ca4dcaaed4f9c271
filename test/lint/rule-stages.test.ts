import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeferredRules, runOwnRules } from '../../src/lint/rule-stages.js';
import { defineRule, memoKey } from '../../src/lint/rule.js';
import { ResourceIndex } from '../../src/resources/resource-index.js';
import { checkSourceText } from '../../src/pipeline/file-check.js';
import { rules } from '../../src/pipeline/rule-set.js';
import { yamlFiles } from '../support/manifest-files.js';

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures');
const docs = { rationale: 'test', incorrect: '', correct: '' };

describe('runOwnRules', () => {
  const configMap = checkSourceText('x.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n', {}).resources;

  it('leaves a rule that reads the index first for the second stage, unrun', () => {
    const unrun = defineRule({
      meta: { id: 'reads-first', description: 'test', severity: 'error', messages: { x: 'x' }, docs },
      readsIndexFirst: true,
      check() {
        throw new Error('ran');
      },
    });
    expect(runOwnRules([unrun], configMap)).toEqual({ findings: [], deferred: [['reads-first']] });
  });

  it('drops what a rule reported before it looked at the index, and keeps what one reports without it', () => {
    const early = defineRule({
      meta: { id: 'early', description: 'test', severity: 'error', messages: { x: 'x' }, docs },
      check({ index, report }) {
        report({ path: ['data'], messageId: 'x' });
        void index.all;
      },
    });
    const own = defineRule({
      meta: { id: 'own', description: 'test', severity: 'warning', messages: { x: 'x' }, docs },
      check({ report }) {
        report({ path: ['data'], messageId: 'x' });
      },
    });
    const result = runOwnRules([early, own], configMap, { severity: { own: 'error' } });
    expect(result.deferred).toEqual([['early']]);
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.line}:${finding.column}`)).toEqual(['own error 6:3']);
  });

  // The flag is a promise: run into the tripwire, such a rule reports nothing (it is deferred or says nothing).
  it.each(rules.filter((rule) => rule.readsIndexFirst).map((rule) => [rule.meta.id, rule] as const))(
    '%s reports nothing in the first stage on the fixtures and its own examples',
    (_, rule) => {
      const unflagged = { ...rule, readsIndexFirst: false };
      const texts = [...yamlFiles(fixtures).map((file) => readFileSync(file, 'utf8')), rule.meta.docs?.incorrect ?? '', rule.meta.docs?.correct ?? ''];
      let deferred = 0;
      for (const text of texts) {
        const { resources } = checkSourceText('x.yaml', text, {});
        const result = runOwnRules([unflagged], resources);
        expect(result.findings).toEqual([]);
        deferred += result.deferred.filter((ids) => ids.length > 0).length;
      }
      expect(deferred).toBeGreaterThan(0);
    },
  );
});

describe('runDeferredRules', () => {
  const twoMaps = checkSourceText(
    'x.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
    {},
  ).resources;

  it("builds a memo once for all of a rule's resources, and releases it before the next rule", () => {
    const names = memoKey<string[]>('names');
    const builds: string[] = [];
    const usingMemo = (id: string) =>
      defineRule({
        meta: { id, description: 'test', severity: 'error', messages: { x: 'x' }, docs },
        check({ index }) {
          index.memo(names, () => {
            builds.push(id);
            return index.all.map((resource) => resource.name ?? '');
          });
        },
      });
    const first = usingMemo('first');
    const second = usingMemo('second');
    const index = new ResourceIndex(twoMaps);
    runDeferredRules(
      [first, second],
      twoMaps,
      [
        ['first', 'second'],
        ['first', 'second'],
      ],
      index,
    );
    expect(builds).toEqual(['first', 'second']);
    // Released at the end too: a later user of the index builds it again.
    index.memo(names, () => {
      builds.push('after');
      return [];
    });
    expect(builds).toEqual(['first', 'second', 'after']);
  });
});
