import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { ResourceIndex } from '../../src/resources/resource-index.js';
import { gradeAnswers } from '../../src/grade/index.js';
import { parseRubric, type Rubric } from '../../src/grade/rubric.js';
import { allRuleMeta, rules } from '../../src/pipeline/rule-set.js';

/** The check ids of the one exercise, and whether it passes, for a rubric with the given acceptedCheck fields. */
function graded(rubricField: string, exerciseField: string, yaml: string) {
  const parsed = parseRubric(
    `id: t
title: T
${rubricField}exercises:
  - id: e
    title: E
${exerciseField}    resources:
      - { id: cm, kind: ConfigMap, name: settings }
    checks:
      - { id: mode, title: Mode, points: 1, assert: { path: data.mode, equals: fast } }
`,
    'rubric.yaml',
    allRuleMeta(),
  );
  if (!parsed.rubric) throw new Error(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  const checked = checkText('a.yaml', yaml);
  const exercise = gradeAnswers(
    { resources: checked.resources, index: new ResourceIndex(checked.resources), findings: checked.findings },
    parsed.rubric as Rubric,
    { rules },
  ).exercises[0]!;
  return { checks: exercise.checks.map((check) => `${check.id}:${check.passed}`), acceptedCheck: parsed.rubric.exercises[0]!.acceptedCheck };
}

// A key given twice, which kubectl rejects: the graded check passes, only "accepted" fails.
const rejected = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n  mode: fast\n';

describe('acceptedCheck: the 0-point check "accepted" as an explicit rubric field', () => {
  it.each([
    ['', '', { checks: ['mode:true', 'accepted:false'], acceptedCheck: true }],
    ['acceptedCheck: false\n', '', { checks: ['mode:true'], acceptedCheck: false }],
    ['acceptedCheck: false\n', '    acceptedCheck: true\n', { checks: ['mode:true', 'accepted:false'], acceptedCheck: true }],
    ['', '    acceptedCheck: false\n', { checks: ['mode:true'], acceptedCheck: false }],
  ])('rubric %j, exercise %j', (rubricField, exerciseField, expected) => {
    expect(graded(rubricField, exerciseField, rejected)).toEqual(expected);
  });
});
