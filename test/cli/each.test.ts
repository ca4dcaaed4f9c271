import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateClass, writeCorpus } from '../../scripts/gen-corpus.js';
import { formatGradebook } from '../../src/cli/gradebook.js';
import { runGrade, writeTree } from '../support/cli.js';
import { builtinRubricPath } from '../../src/grade/rubric.js';
import { loadBuiltinRubric } from '../../src/pipeline/run.js';
import { gradeSubmission, rubricMaxScore, stoppedResult, type SubmissionSettings } from '../../src/pipeline/submission.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** RFC 4180 rows, to read the gradebook back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}

describe('the gradebook CSV', () => {
  const result = (student: string, note = '') => ({
    student,
    folder: student,
    exercises: [
      { id: 'ex1', score: 3 },
      { id: 'ex2', score: undefined },
    ],
    score: 3,
    maxScore: 5,
    note,
  });

  it('quotes commas and quotes and spells out line breaks, so every row keeps its columns and its one line', () => {
    const rows = parseCsv(formatGradebook(['ex1', 'ex2'], [result('o\'brien, "pat"', 'a\nnote')]));
    expect(rows).toEqual([
      ['student', 'ex1', 'ex2', 'total', 'max', 'note'],
      ['o\'brien, "pat"', '3', '', '3', '5', 'a\\nnote'],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const name of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx']) {
      const [, row] = parseCsv(formatGradebook(['ex1', 'ex2'], [result(name)]));
      expect(row![0]).toBe(`'${name}`);
    }
  });
});

describe("the gradebook's max column", () => {
  const settings: SubmissionSettings = {
    cwd: repoRoot,
    rubricPath: builtinRubricPath(),
    rubricLabel: 'built-in',
    kubeVersion: '1.30',
    strictKinds: false,
    maxFileBytes: 5 * 1024 ** 2,
  };

  it('is the rubric maximum for every student: with the optional exercise, without it, and when grading stopped', async () => {
    const rubric = await loadBuiltinRubric();
    const max = rubricMaxScore(rubric);
    const optionalPoints = rubric.exercises
      .filter((exercise) => exercise.optional)
      .flatMap((exercise) => exercise.checks)
      .reduce((sum, check) => sum + check.points, 0);
    expect(optionalPoints).toBeGreaterThan(0);
    const withOptional = await gradeSubmission({ student: 'all', folder: 'fixtures/answers' }, settings);
    const withoutOptional = await gradeSubmission({ student: 'ex2 only', folder: 'fixtures/answers/ex2' }, settings);
    const stopped = stoppedResult({ student: 'stopped', folder: 'x' }, rubric, 'the folder vanished');
    // The optional exercise is extra credit beside the maximum: neither the report's maximum nor the gradebook's grows with it.
    expect(JSON.parse(withOptional.reportJson!)).toMatchObject({ maxScore: max, extraCreditMax: optionalPoints });
    expect([withOptional, withoutOptional, stopped].map((result) => result.maxScore)).toEqual([max, max, max]);
    const rows = parseCsv(
      formatGradebook(
        rubric.exercises.map((exercise) => exercise.id),
        [withOptional, withoutOptional, stopped],
      ),
    );
    expect(rows.slice(1).map((row) => row[rows[0]!.indexOf('max')])).toEqual([String(max), String(max), String(max)]);
  });
});

describe('grade --each: a whole class at once', () => {
  const root = writeTree({});
  writeCorpus(path.join(root, 'class'), generateClass(24, 3, 6));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = (jobs: string, extra: string[] = []) =>
    runGrade(['--each', 'class/*', '--gradebook', `grades-${jobs}.csv`, '--reports-dir', `reports-${jobs}`, '--jobs', jobs, ...extra], {
      cwd: root,
      env: { KUBEGRADE_MIN_STUDENTS_PER_JOB: '4' },
    });

  it('writes one gradebook row and one JSON report per student folder, the same for every --jobs', () => {
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stdout).toMatch(/^graded 24 folders: gradebook grades-1\.csv, reports in reports-1\n$/);
    const gradebook = readFileSync(path.join(root, 'grades-1.csv'), 'utf8');
    expect(readFileSync(path.join(root, 'grades-2.csv'), 'utf8')).toBe(gradebook);
    const rows = parseCsv(gradebook);
    expect(rows[0]).toEqual(['student', 'ex1', 'ex2', 'ex3', 'ex4', 'ex5', 'ex6', 'total', 'max', 'note']);
    expect(rows).toHaveLength(25);
    expect(rows.every((row) => row.length === 10)).toBe(true);
    const reports = readdirSync(path.join(root, 'reports-1')).sort();
    expect(reports).toEqual(readdirSync(path.join(root, 'reports-2')).sort());
    expect(reports).toHaveLength(24);
    for (const name of reports) expect(readFileSync(path.join(root, 'reports-2', name), 'utf8')).toBe(readFileSync(path.join(root, 'reports-1', name), 'utf8'));
  });

  it('gives each student the score of grading that folder alone', () => {
    const rows = parseCsv(readFileSync(path.join(root, 'grades-1.csv'), 'utf8'));
    const alone = JSON.parse(runGrade([path.join('class', 'student-010'), '--format', 'json'], { cwd: root }).stdout);
    const row = rows.find((cells) => cells[0] === 'student-010')!;
    expect(Number(row[7])).toBe(alone.score);
    // The max column is the rubric's required maximum for everyone, as grading alone reports it.
    expect(Number(row[8])).toBe(alone.maxScore);
    expect(new Set(rows.slice(1).map((cells) => cells[8])).size).toBe(1);
    const report = JSON.parse(readFileSync(path.join(root, 'reports-1', 'student-010.json'), 'utf8'));
    expect(report.findings).toEqual(alone.findings.map((finding: { file: string }) => finding));
  });

  it('costs a hostile submission its own row and a note, nothing else', () => {
    const rows = parseCsv(readFileSync(path.join(root, 'grades-2.csv'), 'utf8'));
    const note = (student: string) => rows.find((row) => row[0] === student)![9];
    expect(note('student-006')).toBe('YAML errors in 1 file');
    expect(note('student-007')).toBe('1 file not read (too large)');
    expect(note('student-008')).toBe('1 file not read (binary)');
    expect(rows.filter((row) => row[9] !== '' && row[0] !== 'student').length).toBe(3);
  });

  it('keeps awkward folder names intact and harmless', () => {
    const rows = parseCsv(readFileSync(path.join(root, 'grades-1.csv'), 'utf8'));
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['o\'brien, "pat"', '\'=HYPERLINK("evil")', "'+1 student", "'@home", "'-dash"]));
    expect(existsSync(path.join(root, 'reports-1', "o'brien, _pat_.json"))).toBe(true);
  });

  it('prints the gradebook when no file is named, and refuses nonsense', () => {
    const printed = runGrade(['--each', 'class/student-01*', '--jobs', '1'], { cwd: root });
    expect(parseCsv(printed.stdout)).toHaveLength(11);
    expect(printed.stderr).toMatch(/^\[1\/10\] student-010: \d+\/\d+/m);
    expect(runGrade(['--each', 'nothing/*'], { cwd: root })).toMatchObject({ status: 2, stderr: expect.stringMatching(/matches no folder/) });
    expect(runGrade(['--each', 'class/*', '--lint'], { cwd: root }).status).toBe(2);
    expect(runGrade(['class', '--gradebook', 'x.csv'], { cwd: root }).status).toBe(2);
  });
});
