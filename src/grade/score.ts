import type { CheckResultEntry, ExerciseResult } from '../report.js';
import type { CheckSpec, ExerciseSpec } from './rubric.js';

export interface CheckOutcome {
  check: CheckSpec;
  passed: boolean;
  /** Replaces the check's own hint (e.g. when the resource it needs is missing); null for none. */
  hint?: string | null;
  /** Replaces the check's title (a noErrors check that passed only because the errors cost other checks). */
  title?: string;
}

/** Points per exercise: a check scores all its points or none; an exercise passes when every check does. */
export function scoreExercise(exercise: ExerciseSpec, outcomes: readonly CheckOutcome[], attempted: boolean): ExerciseResult {
  const checks: CheckResultEntry[] = outcomes.map(({ check, passed, hint = check.hint, title = check.title }) => ({
    id: check.id,
    title,
    points: passed ? check.points : 0,
    maxPoints: check.points,
    passed,
    ...(hint ? { hint } : {}),
  }));
  const score = checks.reduce((sum, check) => sum + check.points, 0);
  const maxScore = checks.reduce((sum, check) => sum + check.maxPoints, 0);
  return {
    id: exercise.id,
    title: exercise.title,
    score: attempted ? score : 0,
    maxScore,
    passed: attempted && checks.every((check) => check.passed),
    ...(exercise.optional ? { optional: true, attempted } : attempted ? {} : { attempted: false }),
    checks,
  };
}
