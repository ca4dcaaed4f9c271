/**
 * The GitHub Action: runs the same CLI as `grade`, then speaks the runner's language: annotations
 * on stdout, the job summary, step outputs, and an exit status chosen by the fail-on input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../cli/main.js';
import { UsageError } from '../errors.js';
import { formatters } from '../format/index.js';
import { formatGithubSummary } from '../format/github-summary.js';
import { encodeClassroomResult } from '../format/classroom.js';
import type { Report } from '../report.js';
import { readInputs, type ActionInputs, type FailOn } from './inputs.js';
import { appendOutputs, appendSummary } from './workflow-files.js';
import { workflowCommand } from '../format/github.js';
import { plural } from '../format/text.js';

export const reportFileName = 'kubegrade-report.json';

/** A path the user gave, relative to the workspace when it lies inside it (annotations need repository paths). */
function workspaceRelative(input: string, workspace: string): string {
  const relative = path.relative(workspace, path.resolve(workspace, input));
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? input : relative.split(path.sep).join('/');
}

function cliArguments(inputs: ActionInputs, workspace: string, reportPath: string): string[] {
  return [
    workspaceRelative(inputs.path, workspace),
    '--format', 'stylish',
    '--format', 'json', '--output-file', reportPath,
    ...inputs.extraOutputs.flatMap((target) => ['--format', target.format, '--output-file', target.file!]),
    ...(inputs.lint ? ['--lint'] : []),
    ...(inputs.rubric ? ['--rubric', inputs.rubric] : []),
    ...(inputs.kubeVersion ? ['--kube-version', inputs.kubeVersion] : []),
    // The workflows that run this action live there, and they are not Kubernetes manifests.
    '--ignore-pattern', '.github/',
    '--color',
  ];
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

export async function runAction(env: NodeJS.ProcessEnv, print: (text: string) => void): Promise<number> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    print(`${workflowCommand('error', [['title', 'kubegrade']], error.message)}\n`);
    return 2;
  }
  const reportPath = path.join(env.RUNNER_TEMP || workspace, reportFileName);
  const problems: string[] = [];
  const exitCode = await main(cliArguments(inputs, workspace, reportPath), {
    stdout: print,
    stderr: (text) => problems.push(text),
    readStdin: async () => new Uint8Array(),
    env,
    cwd: workspace,
    isTTY: false,
  });
  const messages = problems.join('').trimEnd();
  if (exitCode === 2) {
    // The CLI's "Usage: grade [PATH...]" reminder means nothing in a workflow; the problem itself does.
    const problem = messages.split('\n').filter((line) => !line.startsWith('Usage: ')).join('\n').replace(/^grade: /, '');
    print(`${workflowCommand('error', [['title', 'kubegrade']], problem || 'kubegrade could not run')}\n`);
    return 2;
  }
  if (messages) print(`${messages}\n`);

  const report = JSON.parse(await readFile(reportPath, 'utf8')) as Report;
  print(formatters.github!(report, { color: false }));
  await appendSummary(env.GITHUB_STEP_SUMMARY, formatGithubSummary(report));
  await appendOutputs(env.GITHUB_OUTPUT, {
    ...(report.score !== undefined ? { score: String(report.score) } : {}),
    ...(report.maxScore !== undefined ? { 'max-score': String(report.maxScore) } : {}),
    result: encodeClassroomResult(report),
    report: reportPath,
  });
  const reason = failureReason(inputs.failOn, report);
  if (!reason) return 0;
  print(`kubegrade: failing this step: ${reason}\n`);
  return 1;
}
