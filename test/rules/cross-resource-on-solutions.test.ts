import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/pipeline/check.js';
import { rules } from '../../rules/index.js';

/** The instructor's solutions are accepted by the API server, so the cross-resource rules may warn but never raise an error. */
const sharedDir = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'workshop', 'day2');
const crossResourceRules = new Set([
  'volume-mount-ref',
  'volume-unused',
  'config-ref',
  'env-var-ref',
  'env-name',
  'selector-labels',
  'service-selector',
  'statefulset-service',
  'pvc-access-mode',
  'credentials-in-configmap',
  'service-account-token',
  'duplicate-resource',
]);

describe.skipIf(!existsSync(sharedDir))('cross-resource rules on the instructor solutions', () => {
  const check = (input: string) => checkPaths({ inputs: [input], cwd: sharedDir, rules: rules.filter((rule) => crossResourceRules.has(rule.meta.id)) });
  const summary = (findings: Awaited<ReturnType<typeof check>>['findings']) =>
    findings.map((f) => `${f.severity} ${f.file}:${f.line}:${f.column} ${f.ruleId}/${f.messageId}`);

  it('raise no error on the whole day-2 tree', async () => {
    const { findings } = await check('.');
    expect(summary(findings.filter((f) => f.severity === 'error'))).toEqual([]);
  });

  it('warn where the solutions work, but not as a reader would expect', async () => {
    const warnings = summary((await check('.')).findings.filter((f) => f.severity === 'warning'));
    expect(warnings).toContain('warning ex1/solution/data.yaml:47:16 statefulset-service/notHeadless');
    expect(warnings).toContain('warning ex4/solution/hello-volumeMount.yaml:4:9 duplicate-resource/identical');
    expect(warnings).toContain('warning ex4/solution/not-secret-config.yaml:8:9 credentials-in-configmap/credential');
    // ex1/solution/v2 is an update of the same StatefulSet in another folder: never applied together in lint mode.
    expect(warnings.filter((w) => w.startsWith('warning ex1/solution/v2/data.yaml:40:9'))).toEqual([]);
  });

  it('in grade mode (the whole tree applied at once) the v2 update overwrites the first StatefulSet: a warning, not an error', async () => {
    const { findings } = await checkPaths({
      inputs: ['.'],
      cwd: sharedDir,
      rules: rules.filter((rule) => rule.meta.id === 'duplicate-resource'),
      ruleSettings: { options: { 'duplicate-resource': { scope: 'all' } } },
    });
    expect(summary(findings)).toContain('warning ex1/solution/v2/data.yaml:40:9 duplicate-resource/overridden');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('find every env var reference and key of exercise 3 resolved', async () => {
    const { findings } = await check('ex3/solution');
    expect(findings.filter((f) => f.ruleId === 'env-var-ref' || f.ruleId === 'config-ref')).toEqual([]);
  });
});
