/** The pipeline, in-process, as `grade --format json` runs it, for property tests on hostile input. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { CheckResult } from '../../src/pipeline/check.js';
import { gradeFolder as runGradeFolder, lintFolder, loadBuiltinRubric } from '../../src/pipeline/run.js';
import { formatJson } from '../../src/format/json.js';
import type { Rubric } from '../../src/grade/index.js';
import type { Report } from '../../src/report.js';
import type { Finding } from '../../src/types.js';
import type { FuzzedProperty } from './properties.js';

export const repoRoot = path.join(import.meta.dirname, '..', '..');
export const answersDir = path.join(repoRoot, 'fixtures', 'answers');

/** How many cases a property runs: a few hundred in `npm test`, 100k with `npm run fuzz`. */
export function fuzzRuns(inTest: number): number {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : inTest;
}

/** A seed to replay (FUZZ_SEED), else a fresh one, printed so any log lets a failure be replayed. */
function seedFor(): number {
  const fromEnv = Number(process.env.FUZZ_SEED);
  return process.env.FUZZ_SEED && Number.isInteger(fromEnv) ? fromEnv : (Math.random() * 0x7fffffff) | 0;
}

/**
 * Runs a property with the run's budget: FUZZ_PROPERTY_SECONDS (set by `npm run fuzz` from FUZZ_SECONDS)
 * runs cases until the time is up, else FUZZ_RUNS or `inTest` cases. FUZZ_SEED and FUZZ_PATH replay a failure.
 * The seed is printed before the first case, the case count after the last; a failure's message names the seed and path.
 */
export async function fuzz<Ts extends [unknown, ...unknown[]]>(name: FuzzedProperty, property: fc.IAsyncProperty<Ts>, inTest: number): Promise<void> {
  const seed = seedFor();
  const seconds = Number(process.env.FUZZ_PROPERTY_SECONDS);
  const timed = Number.isFinite(seconds) && seconds > 0 && !process.env.FUZZ_PATH;
  const parameters: fc.Parameters<Ts> = {
    seed,
    numRuns: timed ? 1_000_000_000 : fuzzRuns(inTest),
    ...(timed ? { interruptAfterTimeLimit: seconds * 1000 } : {}),
    ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
  };
  console.log(`fuzz "${name}": seed ${seed}${timed ? `, ${seconds} s` : `, ${parameters.numRuns} cases`}`);
  const details = await fc.check(property, parameters);
  if (details.failed) {
    const replay = `replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} npm run fuzz -- -t '${name}'`;
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${await fc.asyncDefaultReportMessage(details)}\n${cause}\n${replay}`);
  }
  console.log(`fuzz "${name}": ${details.numRuns} cases passed${details.interrupted ? ' (time budget reached)' : ''}`);
}

/** The fixture answer set: relative path -> bytes. */
export function answerFiles(dir = answersDir): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) files.set(path.relative(dir, full).split(path.sep).join('/'), new Uint8Array(readFileSync(full)));
    }
  };
  walk(dir);
  return files;
}

const reportSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'report.schema.json'), 'utf8'));
const validateReport = new Ajv({ allErrors: true }).compile(reportSchema);

let rubric: Rubric | undefined;
async function dayTwoRubric(): Promise<Rubric> {
  rubric ??= await loadBuiltinRubric();
  return rubric;
}

export interface PipelineRun {
  report: Report;
  json: string;
  result: CheckResult;
}

/** One file from memory, as `grade --lint -` reads stdin. */
export async function lintBytes(filename: string, bytes: Uint8Array): Promise<PipelineRun> {
  const { report, check: result } = await lintFolder({ inputs: ['-'], stdin: { bytes, filename }, jobs: 1, toolVersion: '0.0.0' });
  return { report, json: formatJson(report, { color: false }), result };
}

/** A folder graded against the day-2 rubric, as `grade DIR --format json` does. */
export async function gradeFolder(dir: string): Promise<PipelineRun> {
  const day2 = await dayTwoRubric();
  const { report, check: result } = await runGradeFolder({ inputs: [dir], jobs: 1, toolVersion: '0.0.0', rubric: day2 });
  return { report, json: formatJson(report, { color: false }), result };
}

/** A scratch copy of an answer set whose files a case may replace, one at a time. */
export class ScratchAnswers {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-fuzz-'));

  constructor(readonly files: Map<string, Uint8Array>) {
    for (const [name, bytes] of files) {
      const target = path.join(this.dir, name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }

  /** Runs `body` with `name` holding `bytes` instead of its answer. */
  async with<T>(name: string, bytes: Uint8Array, body: () => Promise<T>): Promise<T> {
    const target = path.join(this.dir, name);
    writeFileSync(target, bytes);
    try {
      return await body();
    } finally {
      writeFileSync(target, this.files.get(name)!);
    }
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The lines a finding's position may refer to: the text as the parser saw it (BOM removed, invalid
 * bytes replaced), where a lone CR ends a line as it does for kubectl and editors (src/yaml/portability.ts).
 */
export function linesOf(bytes: Uint8Array): string[] {
  return new TextDecoder('utf-8').decode(bytes).split(/\n|\r(?!\n)/);
}

/** The invariants of every run: a valid version-1 report, and every position inside its file. */
export function expectSoundReport(run: PipelineRun, texts: ReadonlyMap<string, Uint8Array>): void {
  const parsed = JSON.parse(run.json);
  expect(validateReport(parsed), JSON.stringify(validateReport.errors)).toBe(true);
  for (const finding of run.report.findings) expectInside(finding, texts);
}

function expectInside(finding: Finding, texts: ReadonlyMap<string, Uint8Array>): void {
  if (finding.file === undefined) return;
  const bytes = texts.get(finding.file);
  if (!bytes) return;
  const lines = linesOf(bytes);
  const where = `${finding.ruleId} at ${finding.file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;
  const { line, column, endLine, endColumn } = finding as Required<Finding>;
  expect(line, where).toBeGreaterThanOrEqual(1);
  expect(line, where).toBeLessThanOrEqual(lines.length);
  expect(column, where).toBeGreaterThanOrEqual(1);
  expect(column, where).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
  expect(endLine, where).toBeGreaterThanOrEqual(line);
  expect(endLine, where).toBeLessThanOrEqual(lines.length);
  if (endLine === line) expect(endColumn, where).toBeGreaterThan(column);
  // An exclusive end may sit one past the line break of its line.
  expect(endColumn, where).toBeLessThanOrEqual(lines[endLine - 1]!.length + 2);
}
