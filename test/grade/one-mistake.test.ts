import { afterAll, describe, expect, it } from 'vitest';
import { applyEdit, copyAnswers, gradeFolder, removeDir, type Edit } from './support.js';

/**
 * One mistake costs one check (issue 12): a beginner's single edit of the correct answers, and
 * what it costs. A check that fails only because a check it requires failed keeps its points, and
 * its findings are the prerequisite's; a check that is also wrong on its own still fails, with its
 * own finding, not the prerequisite's again.
 */

interface Case {
  name: string;
  edits: Edit[];
  exercise: string;
  score: number;
  failed: string[];
  /** Every error and warning of the exercise: check it is shown under, file:line:column, rule or messageId. */
  findings: { check?: string; at: string; id: string; severity: 'error' | 'warning' }[];
  /** A check that passed because its only problem is a prerequisite's: its hint names that check. */
  notCharged?: { check: string; hint: string };
}

const tracerBlock = `        - name: tracer
          image: alpine:3.8
          command: ["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]
          env:
            - name: TARGET`;

const table: Case[] = [
  {
    name: "the volume's configMap.name misspelt: the volume check only, one finding",
    edits: [{ file: 'ex4/volume-mount-explorer.yaml', from: '            name: not-secret-config', to: '            name: not-secret-confg' }],
    exercise: 'ex4',
    score: 10,
    failed: ['volume'],
    // config-ref's "not among your files" at the same node says the same thing: merged into the rubric's finding.
    findings: [{ check: 'volume', at: 'ex4/volume-mount-explorer.yaml:22:19', id: 'rubric', severity: 'error' }],
    notCharged: { check: 'mount', hint: 'Its only problem is the one counted in "One pod volume, named not-secret-config, from ConfigMap not-secret-config".' },
  },
  {
    name: "the volume's configMap.name misspelt and the mountPath wrong: two mistakes, two checks, each at its own node",
    edits: [
      {
        file: 'ex4/volume-mount-explorer.yaml',
        from: '            name: not-secret-config',
        to: '            name: not-secret-confg',
      },
      { file: 'ex4/volume-mount-explorer.yaml', from: 'mountPath: /etc/not-secret', to: 'mountPath: /etc/not-secrets' },
    ],
    exercise: 'ex4',
    score: 8,
    failed: ['volume', 'mount'],
    findings: [
      { check: 'mount', at: 'ex4/volume-mount-explorer.yaml:18:26', id: 'rubric', severity: 'error' },
      { check: 'volume', at: 'ex4/volume-mount-explorer.yaml:22:19', id: 'rubric', severity: 'error' },
    ],
  },
  {
    name: 'a claim template misnamed: the mount that names redis-data is not charged again',
    edits: [{ file: 'ex1/data-pipeline.yaml', from: '    - metadata:\n        name: redis-data', to: '    - metadata:\n        name: redis-dta' }],
    exercise: 'ex1',
    score: 8,
    failed: ['claim-templates'],
    findings: [
      { check: 'claim-templates', at: 'ex1/data-pipeline.yaml:36:21', id: 'volume-mount-ref', severity: 'error' },
      { check: 'claim-templates', at: 'ex1/data-pipeline.yaml:50:15', id: 'rubric', severity: 'error' },
    ],
    notCharged: { check: 'mounts', hint: 'Its only problem is the one counted in "volumeClaimTemplates named redis-data and pg-data".' },
  },
  {
    name: 'an env var misspelt (TARGT): the env check, not the $(VAR) check as well',
    edits: [{ file: 'ex3/jobs.yaml', from: tracerBlock, to: tracerBlock.replace(/TARGET$/, 'TARGT') }],
    exercise: 'ex3',
    score: 11,
    failed: ['traceroute-env'],
    findings: [
      { check: 'traceroute-env', at: 'ex3/jobs.yaml:41:38', id: 'env-var-ref', severity: 'warning' },
      { check: 'traceroute-env', at: 'ex3/jobs.yaml:43:21', id: 'rubric', severity: 'error' },
    ],
    notCharged: {
      check: 'var-refs',
      hint: 'Its only problem is the one counted in "traceroute-google gets TARGET, TTW and MAX_HOPS from target-google (configMapKeyRef)".',
    },
  },
  {
    // Nothing to grade is not a mistake seen twice: the data check has no ConfigMap to earn its points on.
    name: 'the ConfigMap left out: its exists and data checks, one finding at the volume that names it',
    edits: [{ file: 'ex4/not-secret-config.yaml', to: null }],
    exercise: 'ex4',
    score: 8,
    failed: ['configmap', 'configmap-data'],
    findings: [{ check: 'configmap', at: 'ex4/volume-mount-explorer.yaml:22:19', id: 'resourceMissing', severity: 'error' }],
  },
  {
    // An empty list item is null in the value: looking for what names the missing ConfigMap must step over it.
    name: 'the ConfigMap left out and an empty command item: still one finding at the volume that names it',
    edits: [
      { file: 'ex4/not-secret-config.yaml', to: null },
      { file: 'ex4/volume-mount-explorer.yaml', from: '            - /bin/sh', to: '            -\n            - /bin/sh' },
    ],
    exercise: 'ex4',
    score: 7,
    failed: ['configmap', 'configmap-data', 'command'],
    findings: [
      { check: 'command', at: 'ex4/volume-mount-explorer.yaml:13:14', id: 'schema', severity: 'error' },
      { check: 'configmap', at: 'ex4/volume-mount-explorer.yaml:23:19', id: 'resourceMissing', severity: 'error' },
    ],
  },
];

/** Warnings the correct answers get anyway (a :latest image in the starting file, a password key in ex4's ConfigMap). */
const unrelated = new Set(['image-tag', 'credentials-in-configmap']);

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

describe('one mistake costs one check', () => {
  it.each(table)('$name', async ({ edits, exercise, score, failed, findings, notCharged }) => {
    const dir = copyAnswers();
    made.push(dir);
    for (const edit of edits) applyEdit(dir, edit);
    const result = await gradeFolder(dir);
    const graded = result.exercises.find((e) => e.id === exercise)!;
    expect(graded.score).toBe(score);
    expect(graded.checks.filter((check) => !check.passed).map((check) => check.id)).toEqual(failed);
    const shown = result.findings
      .filter((f) => f.exercise === exercise && f.severity !== 'info' && !unrelated.has(f.ruleId))
      .map((f) => ({
        check: f.check,
        at: `${f.file}:${f.line}:${f.column}`,
        id: f.ruleId === 'rubric' ? (f.messageId ?? 'rubric') : f.ruleId,
        severity: f.severity,
      }));
    expect(shown).toEqual(findings);
    if (notCharged) {
      const check = graded.checks.find((c) => c.id === notCharged.check)!;
      expect({ passed: check.passed, points: check.points, hint: check.hint }).toEqual({ passed: true, points: check.maxPoints, hint: notCharged.hint });
    }
  });
});
