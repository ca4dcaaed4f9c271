import { UsageError } from '../errors.js';
import type { OutputTarget } from '../pipeline/outputs.js';

export type FailOn = { when: 'errors' } | { when: 'never' } | { when: 'score-below'; points: number; percent: boolean };

export interface ActionInputs {
  path: string;
  rubric?: string;
  kubeVersion?: string;
  lint: boolean;
  /** Extra reports written beside the JSON one, e.g. SARIF for code scanning. */
  extraOutputs: OutputTarget[];
  failOn: FailOn;
}

/** The runner passes input `kube-version` as env INPUT_KUBE-VERSION: upper-cased, spaces to '_', hyphens kept. */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The YAML 1.2 core booleans, as actions/toolkit's getBooleanInput accepts them. */
function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false, not "${value}"`);
}

/** "sarif:results.sarif, junit:junit.xml" (commas or new lines between entries). */
export function parseExtraOutputs(value: string): OutputTarget[] {
  const targets: OutputTarget[] = [];
  for (const entry of value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    const colon = entry.indexOf(':');
    const format = colon > 0 ? entry.slice(0, colon).trim() : '';
    const file = colon > 0 ? entry.slice(colon + 1).trim() : '';
    if (!format || !file) throw new UsageError(`input format: "${entry}" must be FORMAT:FILE, e.g. sarif:results.sarif`);
    targets.push({ format, file });
  }
  return targets;
}

/** "errors" (default), "never", or "score-below:N" where N is points or a percentage ("80%"). */
export function parseFailOn(value: string): FailOn {
  if (value === '' || value === 'errors') return { when: 'errors' };
  if (value === 'never') return { when: 'never' };
  const match = /^score-below:\s*(\d+(?:\.\d+)?)(%?)$/.exec(value);
  if (match) return { when: 'score-below', points: Number(match[1]), percent: match[2] === '%' };
  throw new UsageError(`input fail-on must be errors, never or score-below:N (points, or N% of the maximum), not "${value}"`);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const rubric = getInput(env, 'rubric');
  const kubeVersion = getInput(env, 'kube-version');
  const inputs: ActionInputs = {
    path: getInput(env, 'path') || '.',
    ...(rubric ? { rubric } : {}),
    ...(kubeVersion ? { kubeVersion } : {}),
    lint: booleanInput(env, 'lint', false),
    extraOutputs: parseExtraOutputs(getInput(env, 'format')),
    failOn: parseFailOn(getInput(env, 'fail-on')),
  };
  if (inputs.lint && inputs.failOn.when === 'score-below')
    throw new UsageError('input fail-on: score-below needs grading, but lint is true (there is no score)');
  return inputs;
}
