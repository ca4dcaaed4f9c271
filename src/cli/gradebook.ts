import { stringify } from 'csv-stringify/sync';
import type { SubmissionResult } from '../pipeline/submission.js';
import { printable } from '../format/log-safety.js';

/**
 * The class gradebook: one row per student folder (student, one column per exercise, total, max,
 * note). Proper CSV quoting, and formula escaping: a cell that starts with = + - @ (or a tab or
 * carriage return) gets a leading ' so a spreadsheet never runs a folder name as a formula. Names and notes
 * go through printable(): the gradebook is printed to the terminal without --gradebook, one line per row.
 */
export function formatGradebook(exerciseIds: readonly string[], results: readonly SubmissionResult[]): string {
  const header = ['student', ...exerciseIds, 'total', 'max', 'note'];
  const rows = results.map((result) => {
    const scores = new Map(result.exercises.map((exercise) => [exercise.id, exercise.score]));
    return [printable(result.student), ...exerciseIds.map((id) => scores.get(id) ?? ''), result.score, result.maxScore, printable(result.note)];
  });
  return stringify([header, ...rows], { escape_formulas: true, record_delimiter: 'unix' });
}
