/**
 * The GitHub Action: runs the pipeline as `grade` does, then speaks the runner's language: the log
 * folded in a group, annotations on stdout, the job summary, step outputs, and an exit status chosen
 * by the fail-on input.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { formatters } from '../format/index.js';
import { formatGithubSummary } from '../format/github-summary.js';
import { encodeClassroomResult } from '../format/classroom.js';
import { printable } from '../format/log-safety.js';
import type { Report } from '../report.js';
import { configFileNames } from '../pipeline/config.js';
import { checkFormatName, checkKubeVersion, resolveConfig } from '../pipeline/entry-checks.js';
import { formatContext } from '../pipeline/format-context.js';
import { writeReportFile } from '../pipeline/outputs.js';
import { gradeFolder, lintFolder, loadBuiltinRubric, loadRubricOrThrow, type PipelineRun } from '../pipeline/run.js';
import { newestKubeVersion } from '../schema/versions.js';
import { readInputs, type ActionInputs, type FailOn } from './inputs.js';
import { fileToolkit, type Toolkit } from './toolkit.js';
import { workflowCommand } from '../format/github.js';
import { plural } from '../format/text.js';

export const reportFileName = 'kubegrade-report.json';
/** The same file size cap as the CLI's default --max-file-size 5MB. */
const maxFileBytes = 5 * 1024 ** 2;
const extensions = ['yaml', 'yml'];

/** A path the user gave, relative to the workspace when it lies inside it (annotations need repository paths). */
function workspaceRelative(input: string, workspace: string): string {
  const relative = path.relative(workspace, path.resolve(workspace, input));
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? input : relative.split(path.sep).join('/');
}

/**
 * `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}/`, where the summary links each finding;
 * undefined (plain text) unless all three are set and look as the runner sets them.
 */
export function blobUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server)) return undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  return `${server}/${repository}/blob/${sha}/`;
}

/** Why the step fails, or undefined when it passes. */
export function failureReason(failOn: FailOn, report: Report): string | undefined {
  if (failOn.when === 'never') return undefined;
  if (failOn.when === 'errors') {
    const errors = report.summary.errors;
    return errors > 0 ? `${plural(errors, 'error')} (fail-on: errors)` : undefined;
  }
  const score = report.score ?? 0;
  const maxScore = report.maxScore ?? 0;
  const threshold = failOn.percent ? (maxScore * failOn.points) / 100 : failOn.points;
  const spec = `${failOn.points}${failOn.percent ? '%' : ''}`;
  return score < threshold ? `score ${score}/${maxScore} is below ${spec} (fail-on: score-below:${spec})` : undefined;
}

/** Lint (with the nearest .kubegrade.yaml, as `grade --lint` finds it) or grade the input path; a usage problem throws UsageError. */
async function runPipeline(inputs: ActionInputs, workspace: string): Promise<PipelineRun> {
  const named = [workspaceRelative(inputs.path, workspace)];
  const rubric = inputs.lint
    ? undefined
    : inputs.rubric
      ? await loadRubricOrThrow(path.resolve(workspace, inputs.rubric), inputs.rubric)
      : await loadBuiltinRubric();
  const config = await resolveConfig({ lint: inputs.lint, inputs: named, cwd: workspace });
  for (const target of inputs.extraOutputs) checkFormatName(target.format);
  const files = inputs.extraOutputs.map((target) => path.resolve(workspace, target.file!));
  const twice = inputs.extraOutputs.find((target, index) => files.indexOf(files[index]!) !== index);
  if (twice) throw new UsageError(`two formats write to ${twice.file}; give each its own output file`);
  const kubeVersion = inputs.kubeVersion ?? config?.kubernetesVersion ?? newestKubeVersion;
  checkKubeVersion(kubeVersion);
  const options = {
    inputs: named,
    cwd: workspace,
    // The workflows that run this action live in .github/, and they are not Kubernetes manifests.
    ignorePatterns: [...configFileNames, '.github/', ...(inputs.lint ? (config?.ignorePatterns ?? []) : [])],
    extensions,
    readLimits: { maxFileBytes },
    kubeVersion,
  };
  const run = rubric ? await gradeFolder({ ...options, rubric }) : await lintFolder({ ...options, ruleSettings: config?.ruleSettings });
  if (run.check.missing.length > 0) throw new UsageError(`no such file or folder: ${run.check.missing.join(', ')}`);
  if (run.check.empty.length > 0) throw new UsageError(`no manifests (${extensions.map((ext) => `*.${ext}`).join(', ')}) in ${run.check.empty.join(', ')}`);
  return run;
}

/** The report file and the extra formats, written where the inputs say (relative to the workspace). */
async function writeReports(report: Report, inputs: ActionInputs, workspace: string, reportPath: string): Promise<void> {
  const context = formatContext(report, workspace, false);
  await writeReportFile(reportPath, reportPath, formatters.json!(report, context));
  for (const target of inputs.extraOutputs)
    await writeReportFile(path.resolve(workspace, target.file!), target.file!, formatters[target.format]!(report, context));
}

const usageError = (message: string) => `${workflowCommand('error', [['title', 'kubegrade']], message.split('\n').map(printable).join('\n'))}\n`;

/** Runs the Action; dist/index.js passes core's toolkit, in-process tests the file toolkit over `print`. */
export async function runAction(env: NodeJS.ProcessEnv, print: (text: string) => void, toolkit: Toolkit = fileToolkit(env, print)): Promise<number> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  let inputs: ActionInputs;
  let report: Report;
  const reportPath = path.join(env.RUNNER_TEMP || workspace, reportFileName);
  try {
    inputs = readInputs(env);
    report = (await runPipeline(inputs, workspace)).report;
    await writeReports(report, inputs, workspace, reportPath);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    toolkit.print(usageError(error.message));
    return 2;
  }

  // Every finding in the log, folded when it is longer than its one summary line: the annotations and the summary carry what a reader looks at first.
  const log = formatters.stylish!(report, formatContext(report, workspace, true));
  const title = `kubegrade: ${report.exercises ? `${report.score ?? 0}/${report.maxScore ?? 0} points, ` : ''}${plural(report.findings.length, 'finding')}`;
  const fold = log.trimEnd().includes('\n');
  if (fold) toolkit.startGroup(title);
  toolkit.print(log);
  if (fold) toolkit.endGroup();
  toolkit.print(formatters.github!(report, formatContext(report, workspace, false)));
  await toolkit.appendSummary(formatGithubSummary(report, { blobUrl: blobUrl(env) }));
  if (report.score !== undefined) await toolkit.setOutput('score', String(report.score));
  if (report.maxScore !== undefined) await toolkit.setOutput('max-score', String(report.maxScore));
  await toolkit.setOutput('result', encodeClassroomResult(report));
  await toolkit.setOutput('report', reportPath);
  const reason = failureReason(inputs.failOn, report);
  if (!reason) return 0;
  toolkit.print(`kubegrade: failing this step: ${reason}\n`);
  return 1;
}
