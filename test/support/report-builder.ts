import { allRuleMeta } from '../../src/pipeline/rule-set.js';
import { buildReport, type ExerciseResult, type Report } from '../../src/report.js';
import type { Finding } from '../../src/types.js';
import type { FormatContext } from '../../src/format/types.js';

/** A finding with sensible defaults: an error of job-restart-policy at ex2/job.yaml 14:22-28. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'job-restart-policy',
    severity: 'error',
    message: "A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.",
    file: 'ex2/job.yaml',
    line: 14,
    column: 22,
    endLine: 14,
    endColumn: 28,
    ...overrides,
  };
}

export const plainContext: FormatContext = { color: false, rules: allRuleMeta() };

export interface ReportOptions {
  root?: string;
  files?: { path: string; documents: number }[];
  findings?: Finding[];
  exercises?: ExerciseResult[];
}

/** A lint-mode report (no rubric): three files, findings sorted as the pipeline sorts them. */
export function lintReport(options: ReportOptions = {}): Report {
  return buildReport({
    toolVersion: '0.1.0',
    root: options.root ?? 'answers',
    kubernetesVersion: '1.30',
    files: options.files ?? [
      { path: 'clean.yaml', documents: 1 },
      { path: 'ex2/job.yaml', documents: 1 },
      { path: 'ex3/configmap.yaml', documents: 1 },
    ],
    findings: options.findings ?? [
      finding(),
      finding({
        ruleId: 'image-tag',
        severity: 'warning',
        message: 'Image alpine has no tag.',
        line: 18,
        column: 18,
        endLine: 18,
        endColumn: 24,
        hint: 'Pin a tag such as alpine:3.8.',
      }),
      finding({
        ruleId: 'configmap-data',
        severity: 'info',
        message: 'ttw is a number; ConfigMap values must be strings.',
        file: 'ex3/configmap.yaml',
        line: 7,
        column: 8,
        endLine: 7,
        endColumn: 9,
      }),
    ],
  });
}

/** The exercises of a small grade-mode report: ex2 fails one check, ex3 passes, ex6 is optional and not attempted. */
export function exercises(): ExerciseResult[] {
  return [
    {
      id: 'ex2',
      title: 'Launch a traceroute batch Job',
      score: 3,
      maxScore: 5,
      passed: false,
      checks: [
        { id: 'image', title: 'runs alpine:3.8', points: 3, maxPoints: 3, passed: true },
        { id: 'restart-policy', title: 'restartPolicy is Never or OnFailure', points: 0, maxPoints: 2, passed: false, hint: 'Set restartPolicy: Never.' },
      ],
    },
    {
      id: 'ex3',
      title: 'Configure Jobs from a ConfigMap',
      score: 4,
      maxScore: 4,
      passed: true,
      checks: [
        { id: 'configmap', title: 'ConfigMap target-google exists', points: 2, maxPoints: 2, passed: true },
        { id: 'env-from-configmap', title: 'env from ConfigMap', points: 2, maxPoints: 2, passed: true },
      ],
    },
    {
      id: 'ex6',
      title: 'Peek at the service account token',
      score: 0,
      maxScore: 2,
      passed: false,
      attempted: false,
      optional: true,
      checks: [{ id: 'pod', title: 'Pod peek exists', points: 0, maxPoints: 2, passed: false }],
    },
  ];
}

/** A grade-mode report: the restart-policy finding explains ex2's failed check; a warning belongs to no check. */
export function gradeReport(options: ReportOptions = {}): Report {
  return buildReport({
    toolVersion: '0.1.0',
    root: options.root ?? 'answers',
    kubernetesVersion: '1.30',
    rubric: { id: 'k8s-for-users-day2', title: 'Kubernetes for Users, day 2' },
    files: options.files ?? [
      { path: 'ex2/job.yaml', documents: 1 },
      { path: 'ex3/configmap.yaml', documents: 1 },
    ],
    findings: options.findings ?? [
      finding({ exercise: 'ex2', check: 'restart-policy', hint: 'Change it to restartPolicy: Never (or OnFailure).' }),
      finding({ ruleId: 'image-tag', severity: 'warning', message: 'Image alpine has no tag.', line: 18, column: 18, endLine: 18, endColumn: 24 }),
    ],
    exercises: options.exercises ?? exercises(),
  });
}
