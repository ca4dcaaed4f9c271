import type { Finding, Severity } from './types.js';
import { countBySeverity } from './findings.js';

export const reportVersion = 1;

export interface CheckResultEntry {
  id: string;
  title: string;
  points: number;
  maxPoints: number;
  passed: boolean;
  hint?: string;
}

export interface ExerciseResult {
  id: string;
  title: string;
  score: number;
  maxScore: number;
  passed: boolean;
  /** False for an optional exercise that was not attempted: it counts toward nothing. */
  attempted?: boolean;
  optional?: boolean;
  checks: CheckResultEntry[];
}

/** The version-1 JSON report: a public contract. Extend it, never break it. */
export interface Report {
  version: 1;
  tool: { name: string; version: string };
  root: string;
  kubernetesVersion: string;
  rubric?: { id: string; title: string };
  files: { path: string; documents: number }[];
  findings: Finding[];
  exercises?: ExerciseResult[];
  /** Points of the required exercises: optional ones never count here (see extraCredit). */
  score?: number;
  /** What the required exercises are worth: an optional exercise never raises it. */
  maxScore?: number;
  /** Points earned in optional exercises, beside the maximum: they can only add. */
  extraCredit?: number;
  /** What the optional exercises are worth. */
  extraCreditMax?: number;
  summary: { errors: number; warnings: number; infos: number };
}

export interface ReportInput {
  toolVersion: string;
  root: string;
  kubernetesVersion: string;
  files: { path: string; documents: number }[];
  findings: Finding[];
  rubric?: { id: string; title: string };
  exercises?: ExerciseResult[];
}

export function buildReport(input: ReportInput): Report {
  const report: Report = {
    version: reportVersion,
    tool: { name: 'kubegrade', version: input.toolVersion },
    root: input.root,
    kubernetesVersion: input.kubernetesVersion,
    ...(input.rubric ? { rubric: input.rubric } : {}),
    files: input.files,
    findings: input.findings,
    summary: countBySeverity(input.findings),
  };
  if (input.exercises) {
    report.exercises = input.exercises;
    // Extra credit beside the maximum: an optional exercise can add points, never lower a score or percentage.
    const required = input.exercises.filter((exercise) => !exercise.optional);
    const optional = input.exercises.filter((exercise) => exercise.optional);
    report.score = required.reduce((sum, exercise) => sum + exercise.score, 0);
    report.maxScore = required.reduce((sum, exercise) => sum + exercise.maxScore, 0);
    if (optional.length > 0) {
      report.extraCredit = optional.reduce((sum, exercise) => sum + (exercise.attempted === false ? 0 : exercise.score), 0);
      report.extraCreditMax = optional.reduce((sum, exercise) => sum + exercise.maxScore, 0);
    }
  }
  return report;
}

/** Keeps only what the user asked to see (--quiet drops everything below error). */
export function filterFindings(report: Report, minimum: Severity): Report {
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  const findings = report.findings.filter((finding) => rank[finding.severity] >= rank[minimum]);
  return { ...report, findings, summary: countBySeverity(findings) };
}
