import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runGrade } from '../support/cli.js';
import { formatStylish } from '../../src/format/stylish.js';
import type { Report } from '../../src/report.js';

/**
 * Grading as a careful instructor grades, tried as a new user would: answer sets written from the
 * exercise text (fixtures/grading/<case>/), each graded by the built CLI. A case's exercise folders
 * replace those of the correct answers (fixtures/answers) unless it starts from nothing.
 */

const answers = path.join(repoRoot, 'fixtures', 'answers');
const cases = path.join(repoRoot, 'fixtures', 'grading');
const sharedDay2 = path.join(repoRoot, '..', 'shared', 'workshop', 'day2');

type Score = number | 'not attempted';

interface Case {
  name: string;
  /** The answer set: fixtures/grading/<fixture> over the correct answers, or alone. */
  fixture?: string;
  base: 'answers' | 'none';
  /** Exercise folders of the base left out. */
  without?: string[];
  /** Expected score per exercise. */
  scores: Record<string, Score>;
  score: number;
  extraCredit: number;
  /** exercise/check ids that fail. */
  failed: string[];
  /** Where the finding that explains the first failed check is (file:line:column) and its rule. */
  at?: { where: string; ruleId: string; message: RegExp };
  /** Error findings (anywhere): their count. */
  errors: number;
  /** A warning expected at file:line:column. */
  warning?: { where: string; message: RegExp };
  exit: number;
}

const full = { ex1: 9, ex2: 5, ex3: 12, ex4: 11, ex5: 12, ex6: 6 };

const table: Case[] = [
  { name: 'the correct answers', base: 'answers', scores: full, score: 49, extraCredit: 6, failed: [], errors: 0, exit: 0 },
  {
    name: 'the correct answers without the optional ex6',
    base: 'answers',
    without: ['ex6'],
    scores: { ...full, ex6: 'not attempted' },
    score: 49,
    extraCredit: 0,
    failed: [],
    errors: 0,
    exit: 0,
  },
  { name: 'Secret written with stringData', fixture: 'string-data', base: 'answers', scores: full, score: 49, extraCredit: 6, failed: [], errors: 0, exit: 0 },
  {
    name: 'stringData with a wrong value, beside data',
    fixture: 'string-data-wrong',
    base: 'answers',
    scores: { ...full, ex5: 10 },
    score: 47,
    extraCredit: 6,
    failed: ['ex5/secret-data'],
    at: { where: 'ex5/pretty-secret-config.yaml:9:13', ruleId: 'rubric', message: /^data\.password does not decode to the value the exercise gives\.$/ },
    errors: 1,
    exit: 1,
  },
  {
    name: 'fully qualified images, a .json answer',
    fixture: 'image-qualified',
    base: 'answers',
    scores: full,
    score: 49,
    extraCredit: 6,
    failed: [],
    errors: 0,
    exit: 0,
  },
  {
    name: 'an image from another namespace',
    fixture: 'image-wrong',
    base: 'answers',
    scores: { ...full, ex2: 4 },
    score: 48,
    extraCredit: 6,
    failed: ['ex2/image'],
    at: { where: 'ex2/traceroute.yaml:11:18', ruleId: 'rubric', message: /is "myorg\/alpine:3\.8", but the exercise asks for the image "alpine:3\.8"/ },
    errors: 1,
    exit: 1,
  },
  {
    name: 'CronJob in default, Secret in another namespace',
    fixture: 'namespace-apart',
    base: 'answers',
    scores: { ...full, ex5: 10 },
    score: 47,
    extraCredit: 6,
    failed: ['ex5/secret-volume'],
    at: {
      where: 'ex5/login-heartbeat.yaml:23:29',
      ruleId: 'config-ref',
      message: /^Secret pretty-secret-config is in namespace workshop-day2-solutions; this pod runs in default and cannot use it\.$/,
    },
    errors: 1,
    exit: 1,
  },
  {
    name: 'only the Secret names a namespace',
    fixture: 'namespace-one-sided',
    base: 'answers',
    scores: full,
    score: 49,
    extraCredit: 6,
    failed: [],
    errors: 0,
    warning: { where: 'ex5/login-heartbeat.yaml:22:29', message: /only if the pod is applied in workshop-day2-solutions too/ },
    exit: 0,
  },
  {
    name: 'the starting file kept beside the changed copy in v2/',
    fixture: 'kept-old-copy',
    base: 'answers',
    scores: full,
    score: 49,
    extraCredit: 6,
    failed: [],
    errors: 0,
    warning: { where: 'ex1/data.yaml:5:9', message: /^This copy of StatefulSet data-pipeline is replaced by the later copy in ex1\/v2\/data\.yaml:5 / },
    exit: 0,
  },
  {
    name: 'the old copy applied last (zz-original.yaml after v2/)',
    fixture: 'old-copy-applied-last',
    base: 'answers',
    scores: { ...full, ex1: 7 },
    score: 47,
    extraCredit: 6,
    failed: ['ex1/db-image'],
    at: { where: 'ex1/zz-original.yaml:24:18', ruleId: 'rubric', message: /is "postgres:9\.4", but the exercise asks for the image "postgres:9\.4-alpine"/ },
    errors: 1,
    warning: { where: 'ex1/v2/data.yaml:5:9', message: /replaced by the later copy in ex1\/zz-original\.yaml:5/ },
    exit: 1,
  },
  {
    name: 'a second Job copy that changes the immutable pod template',
    fixture: 'immutable-copy',
    base: 'answers',
    scores: { ...full, ex2: 4 },
    score: 48,
    extraCredit: 6,
    failed: ['ex2/image'],
    at: { where: 'ex2/a-job.yaml:11:18', ruleId: 'rubric', message: /is "alpine:3\.9", but the exercise asks for the image "alpine:3\.8"/ },
    errors: 2,
    exit: 1,
  },
  {
    name: 'ex6 at 4/6 beside correct ex1-ex5',
    fixture: 'extra-credit',
    base: 'answers',
    scores: { ...full, ex6: 4 },
    score: 49,
    extraCredit: 4,
    failed: ['ex6/image', 'ex6/restart-policy'],
    errors: 2,
    exit: 0,
  },
  {
    name: 'ex6 with an invalid restartPolicy',
    fixture: 'extra-credit-broken',
    base: 'answers',
    scores: { ...full, ex6: 5 },
    score: 49,
    extraCredit: 5,
    failed: ['ex6/restart-policy'],
    errors: 1,
    exit: 0,
  },
  {
    name: 'a volume naming a ConfigMap that is not there',
    fixture: 'missing-configmap',
    base: 'answers',
    scores: { ...full, ex4: 8 },
    score: 46,
    extraCredit: 6,
    failed: ['ex4/configmap', 'ex4/configmap-data'],
    at: { where: 'ex4/volume-mount-explorer.yaml:19:19', ruleId: 'rubric', message: /^ex4: no ConfigMap named not-secret-config in the answers\.$/ },
    errors: 1,
    exit: 1,
  },
  {
    name: 'a CronJob file that does not parse',
    fixture: 'broken-yaml',
    base: 'answers',
    scores: { ...full, ex5: 4 },
    score: 41,
    extraCredit: 6,
    failed: ['ex5/cronjob', 'ex5/schedule', 'ex5/nesting', 'ex5/image', 'ex5/command', 'ex5/secret-volume', 'ex5/restart-policy'],
    at: { where: 'ex5/cron.yaml:15:1', ruleId: 'rubric', message: /^ex5: ex5\/cron\.yaml could not be read; fix its syntax first/ },
    errors: 2,
    exit: 1,
  },
  {
    name: 'configMapKeyRef written beside valueFrom',
    fixture: 'keyref-beside-env',
    base: 'answers',
    scores: { ...full, ex3: 11 },
    score: 48,
    extraCredit: 6,
    failed: ['ex3/ping-env'],
    at: { where: 'ex3/ping-google.yaml:20:15', ruleId: 'env-value-from', message: /^configMapKeyRef is written beside valueFrom in the env var TTW/ },
    errors: 1,
    exit: 1,
  },
  {
    name: 'a partial submission: ex2 only',
    fixture: 'partial',
    base: 'none',
    scores: { ex1: 'not attempted', ex2: 5, ex3: 'not attempted', ex4: 'not attempted', ex5: 'not attempted', ex6: 'not attempted' },
    score: 5,
    extraCredit: 0,
    failed: [],
    errors: 0,
    exit: 1,
  },
];

interface JsonReport {
  findings: { ruleId: string; severity: string; message: string; file?: string; line?: number; column?: number; exercise?: string; check?: string }[];
  exercises: { id: string; score: number; attempted?: boolean; checks: { id: string; passed: boolean }[] }[];
  score: number;
  maxScore: number;
  extraCredit: number;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function answerSet(testCase: Case): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-case-'));
  made.push(dir);
  const own = testCase.fixture ? path.join(cases, testCase.fixture) : undefined;
  if (testCase.base === 'answers') {
    const replaced = new Set([...(own ? readdirSync(own) : []), ...(testCase.without ?? [])]);
    for (const folder of readdirSync(answers)) if (!replaced.has(folder)) cpSync(path.join(answers, folder), path.join(dir, folder), { recursive: true });
  }
  if (own) cpSync(own, dir, { recursive: true });
  return dir;
}

function grade(dir: string): { report: JsonReport; status: number | null; stylish: string } {
  const json = runGrade([dir, '--format', 'json']);
  // The default output, from the same report (the JSON report is the Report, field for field).
  const stylish = formatStylish(JSON.parse(json.stdout) as Report, { color: false });
  return { report: JSON.parse(json.stdout) as JsonReport, status: json.status, stylish };
}

const where = (finding: JsonReport['findings'][number]) => `${finding.file}:${finding.line}:${finding.column}`;

describe('grading answer sets written from the exercise text', () => {
  it.each(table)('$name', (testCase) => {
    const { report, status, stylish } = grade(answerSet(testCase));
    const scores = Object.fromEntries(report.exercises.map((exercise) => [exercise.id, exercise.attempted === false ? 'not attempted' : exercise.score]));
    expect(scores).toEqual(testCase.scores);
    expect(report.score).toBe(testCase.score);
    expect(report.maxScore).toBe(49);
    expect(report.extraCredit).toBe(testCase.extraCredit);
    const failed = report.exercises.flatMap((exercise) =>
      exercise.attempted === false ? [] : exercise.checks.filter((check) => !check.passed).map((check) => `${exercise.id}/${check.id}`),
    );
    expect(failed).toEqual(testCase.failed);
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors).toHaveLength(testCase.errors);
    // Every finding has a place.
    expect(report.findings.filter((finding) => finding.file === undefined || finding.line === undefined)).toEqual([]);
    if (testCase.at) {
      const [exercise, check] = testCase.failed[0]!.split('/');
      const explaining = report.findings.filter((finding) => finding.exercise === exercise && finding.check === check && finding.severity === 'error');
      expect(explaining.map((finding) => ({ where: where(finding), ruleId: finding.ruleId }))).toEqual([
        { where: testCase.at.where, ruleId: testCase.at.ruleId },
      ]);
      expect(explaining[0]!.message).toMatch(testCase.at.message);
    }
    if (testCase.warning) {
      const warning = report.findings.find((finding) => finding.severity === 'warning' && where(finding) === testCase.warning!.where);
      expect(warning?.message).toMatch(testCase.warning.message);
    }
    // Not attempted: one line, no findings.
    for (const [id, score] of Object.entries(testCase.scores)) {
      if (score !== 'not attempted') continue;
      expect(report.findings.filter((finding) => finding.exercise === id)).toEqual([]);
      expect(stylish.split('\n').filter((line) => line.startsWith(`${id} `))).toEqual([
        expect.stringMatching(/\(optional, not attempted\)$|\d+\/\d+ {2}\(not attempted\)$/),
      ]);
    }
    // A passed noErrors check claims acceptance only when no error is on the exercise's resources.
    const lines = stylish.split('\n');
    for (const exercise of report.exercises) {
      if (!report.findings.some((finding) => finding.exercise === exercise.id && finding.severity === 'error')) continue;
      const start = lines.findIndex((line) => line.startsWith(`${exercise.id} `));
      const end = lines.findIndex((line, i) => i > start && line === '');
      expect(lines.slice(start, end).filter((line) => line.includes('✔ The API server accepts'))).toEqual([]);
    }
    expect(status).toBe(testCase.exit);
  });
});

/** The instructor's published tree (../shared/workshop/day2), as published and as a student might keep it. */
describe.skipIf(!existsSync(sharedDay2))("the instructor's published day-2 tree", () => {
  it('gets full marks as published', () => {
    const { report, status } = grade(sharedDay2);
    expect(report.exercises.map((exercise) => [exercise.id, exercise.attempted === false ? 'not attempted' : exercise.score])).toEqual([
      ['ex1', 9],
      ['ex2', 5],
      ['ex3', 12],
      ['ex4', 11],
      ['ex5', 12],
      ['ex6', 'not attempted'],
    ]);
    expect(report.score).toBe(49);
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(status).toBe(0);
  });

  it('gets full marks kept flat (exN/*.yaml, the ex1 starting file beside v2/), with a warning on the shadowed copy', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-flat-'));
    made.push(dir);
    for (const exercise of readdirSync(sharedDay2).filter((name) => /^ex\d$/.test(name))) {
      const solution = path.join(sharedDay2, exercise, 'solution');
      if (!existsSync(solution) || !statSync(solution).isDirectory()) continue;
      mkdirSync(path.join(dir, exercise), { recursive: true });
      cpSync(solution, path.join(dir, exercise), { recursive: true });
    }
    const { report, status } = grade(dir);
    expect(report.score).toBe(49);
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const shadowed = report.findings.find(
      (finding) => finding.file === 'ex1/data.yaml' && finding.message.startsWith('This copy of StatefulSet data-pipeline is replaced'),
    );
    expect(shadowed && where(shadowed)).toBe('ex1/data.yaml:40:9');
    expect(status).toBe(0);
  });
});
