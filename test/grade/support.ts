import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gradeFolder as runGradeFolder, loadBuiltinRubric } from '../../src/pipeline/run.js';
import type { GradeResult } from '../../src/grade/index.js';
import type { Rubric } from '../../src/grade/rubric.js';
import type { ExerciseResult } from '../../src/report.js';
import type { Finding } from '../../src/types.js';

export const repoRoot = path.join(import.meta.dirname, '..', '..');
export const answersDir = path.join(repoRoot, 'fixtures', 'answers');
export const sharedDay2 = path.join(repoRoot, '..', 'shared', 'workshop', 'day2');

let builtin: Rubric | undefined;

export async function day2Rubric(): Promise<Rubric> {
  builtin ??= await loadBuiltinRubric();
  return builtin;
}

/** Grades a folder as `grade DIR` does: grade mode (no suppressions), schema validation with the rubric's tolerations. */
export async function gradeFolder(dir: string, rubric?: Rubric): Promise<GradeResult> {
  const used = rubric ?? (await day2Rubric());
  const { report } = await runGradeFolder({ inputs: [dir], cwd: dir, kubeVersion: '1.30', rubric: used });
  return { rubric: report.rubric!, exercises: report.exercises ?? [], findings: report.findings };
}

/** A fresh copy of fixtures/answers (or another folder) to break. */
export function copyAnswers(from = answersDir): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-grade-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** One beginner's edit: replace the `from` text (it must occur exactly once) in `file`; `to: null` deletes the file. */
export interface Edit {
  file: string;
  from?: string;
  to: string | null;
}

export function applyEdit(dir: string, edit: Edit): void {
  const target = path.join(dir, edit.file);
  if (edit.to === null) {
    rmSync(target);
    return;
  }
  if (edit.from === undefined) {
    writeFileSync(target, edit.to);
    return;
  }
  const text = existsSync(target) ? readFileSync(target, 'utf8') : '';
  const count = text.split(edit.from).length - 1;
  if (count !== 1) throw new Error(`edit of ${edit.file}: ${JSON.stringify(edit.from)} occurs ${count} times`);
  writeFileSync(target, text.replace(edit.from, edit.to));
}

export function exercise(result: GradeResult, id: string): ExerciseResult {
  const found = result.exercises.find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

export function failedChecks(result: GradeResult): string[] {
  return result.exercises.flatMap((e) => (e.attempted === false ? [] : e.checks.filter((c) => !c.passed).map((c) => `${e.id}/${c.id}`)));
}

export function totals(result: GradeResult): { score: number; maxScore: number } {
  const counted = result.exercises.filter((e) => e.attempted !== false);
  return { score: counted.reduce((s, e) => s + e.score, 0), maxScore: counted.reduce((s, e) => s + e.maxScore, 0) };
}

/** Findings shown under a check: [ruleId, file, line, column]. */
export function explaining(result: GradeResult, exerciseId: string, checkId: string): [string, string | undefined, number | undefined, number | undefined][] {
  return result.findings.filter((f: Finding) => f.exercise === exerciseId && f.check === checkId).map((f) => [f.ruleId, f.file, f.line, f.column]);
}
