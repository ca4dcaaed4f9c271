import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Ajv, ValidateFunction } from 'ajv';
import { loadValidatedYaml, schemaProblems, type AjvWording, type Problem, type ValidatedYaml } from '../schema/validated-yaml.js';
import type { Finding, PlainObject, PlainValue, Severity } from '../types.js';
import type { RuleSettings } from '../lint/run-rules.js';
import type { RuleMeta } from '../lint/rule.js';
import { isObject } from '../k8s/pod-spec.js';
import { suggestName } from '../k8s/did-you-mean.js';
import { packageRoot } from '../paths.js';
import { UsageError } from '../errors.js';
import { bundledKubeVersions, isBundledKubeVersion, newestKubeVersion } from '../schema/versions.js';

/** Names searched for in the checked folder and every folder above it, in this order. */
export const configFileNames = ['.kubegrade.yaml', '.kubegrade.yml'];

export interface LoadedConfig {
  /** Absolute path of the file the settings came from. */
  file: string;
  ruleSettings: RuleSettings;
  ignorePatterns: string[];
  kubernetesVersion?: string;
  format?: string;
}

/** A configuration file's settings, or its problems at their lines (then no settings). */
export interface ConfigParse {
  config?: LoadedConfig;
  problems: Finding[];
}

export interface ConfigContext {
  rules: readonly RuleMeta[];
  formatNames: readonly string[];
  /** Shown in error messages as the file's name (relative to the working directory). */
  displayPath?: string;
}

/** The nearest configuration file in `startDir` or above it. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let configAjv: Ajv | undefined;
let configValidator: ValidateFunction | undefined;

/** ajv is loaded only when there is a configuration file to check: a plain run stays fast. */
async function loadAjv(): Promise<Ajv> {
  if (!configAjv) {
    const { Ajv } = await import('ajv');
    configAjv = new Ajv({ allErrors: true, strict: true });
  }
  return configAjv;
}

function validatorFor(ajv: Ajv): ValidateFunction {
  configValidator ??= ajv.compile(JSON.parse(readFileSync(path.join(packageRoot(), 'schemas', 'config.schema.json'), 'utf8')) as object);
  return configValidator;
}

const settingNames = ['rules', 'ignorePatterns', 'kubernetesVersion', 'format'];
const severityWords = 'off, on, info, warning or error';

/** What ajv errors mean, in words a course participant can act on (placed by describeAjvError). */
const configWording: AjvWording = {
  if: () => undefined,
  additionalProperties: ({ where, basePath, last, name }) => {
    const full = [...basePath, ...where];
    if (full.length === 0) {
      const guess = suggestName(name, settingNames);
      return `unknown setting "${name}"${guess ? `; did you mean "${guess}"?` : `; the settings are ${settingNames.join(', ')}`}`;
    }
    if (full[0] === 'rules' && full.length === 2) return `unknown field "${name}" in the setting of rule ${String(full[1] ?? last)}; use severity and options`;
    return `unknown field "${name}"`;
  },
  enum: ({ where, basePath }) => {
    const full = [...basePath, ...where];
    return `${full[0] === 'rules' ? `the severity of ${String(full[1])}` : String(full[full.length - 1])} must be ${severityWords}`;
  },
  type: ({ where, basePath, error }) => {
    const full = [...basePath, ...where];
    const last = full[full.length - 1];
    const expected = String(error.params.type);
    if (last === 'kubernetesVersion') return 'kubernetesVersion must be a quoted string such as "1.30" (unquoted, YAML reads 1.30 as the number 1.3)';
    return `${String(last ?? 'the configuration')} must be ${expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`}`;
  },
  pattern: ({ where, basePath, error }) => {
    const last = [...basePath, ...where].pop();
    if (last === 'kubernetesVersion') return 'kubernetesVersion must look like "1.30"';
    return `${String(last)} ${error.message ?? 'is not valid'}`;
  },
  minLength: ({ where, basePath }) => `${String([...basePath, ...where].pop())} must not be empty`,
  required: ({ name }) => `${name} is required here`,
  default: ({ where, basePath, error }) => {
    const full = [...basePath, ...where];
    return `${full.length > 0 ? `${full.join('.')} ` : ''}${error.message ?? 'is not valid'}`;
  },
};

const optionValidators = new Map<string, ValidateFunction>();

function optionValidator(ajv: Ajv, meta: RuleMeta): ValidateFunction {
  let validate = optionValidators.get(meta.id);
  if (!validate) {
    validate = ajv.compile(meta.options as object);
    optionValidators.set(meta.id, validate);
  }
  return validate;
}

function toSeverity(value: PlainValue | undefined, fallback: Severity): Severity | 'off' | undefined {
  if (value === undefined) return undefined;
  if (value === false || value === 'off') return 'off';
  if (value === true || value === 'on') return fallback;
  return value as Severity;
}

/** Checks what the schema cannot: rule ids exist, options fit the rule, the format exists. */
function checkMeaning(ajv: Ajv, config: PlainObject, context: ConfigContext): Problem[] {
  const problems: Problem[] = [];
  const rules = isObject(config.rules) ? config.rules : {};
  const known = new Map(context.rules.map((meta) => [meta.id, meta]));
  for (const [id, setting] of Object.entries(rules)) {
    const meta = known.get(id);
    if (!meta) {
      const guess = suggestName(id, known.keys());
      problems.push({
        path: ['rules', id],
        target: 'key',
        message: `"${id}" is not a kubegrade rule${guess ? `; did you mean "${guess}"?` : '; `grade rules` lists them'}`,
      });
      continue;
    }
    if (!isObject(setting) || setting.options === undefined) continue;
    if (!meta.options) {
      problems.push({ path: ['rules', id, 'options'], target: 'key', message: `rule ${id} takes no options` });
      continue;
    }
    problems.push(...schemaProblems(optionValidator(ajv, meta), setting.options, configWording, ['rules', id, 'options']));
  }
  if (typeof config.kubernetesVersion === 'string' && /^\d+\.\d+$/.test(config.kubernetesVersion) && !isBundledKubeVersion(config.kubernetesVersion)) {
    problems.push({
      path: ['kubernetesVersion'],
      target: 'value',
      message: `Kubernetes ${config.kubernetesVersion} is not bundled; bundled: ${bundledKubeVersions.join(', ')} (for a newer cluster use ${newestKubeVersion}, the newest)`,
    });
  }
  if (typeof config.format === 'string' && !context.formatNames.includes(config.format)) {
    problems.push({ path: ['format'], target: 'value', message: `unknown format "${config.format}"; choose one of: ${context.formatNames.join(', ')}` });
  }
  return problems;
}

function toLoaded(file: string, config: PlainObject, context: ConfigContext): LoadedConfig {
  const severity: Record<string, Severity | 'off'> = {};
  const options: Record<string, Record<string, unknown>> = {};
  const metas = new Map(context.rules.map((meta) => [meta.id, meta]));
  for (const [id, setting] of Object.entries(isObject(config.rules) ? config.rules : {})) {
    const fallback = metas.get(id)?.severity ?? 'warning';
    const level = isObject(setting) ? toSeverity(setting.severity, fallback) : toSeverity(setting, fallback);
    if (level) severity[id] = level;
    if (isObject(setting) && isObject(setting.options)) options[id] = setting.options;
  }
  return {
    file,
    ruleSettings: { severity, options },
    ignorePatterns: Array.isArray(config.ignorePatterns) ? config.ignorePatterns.map(String) : [],
    ...(typeof config.kubernetesVersion === 'string' ? { kubernetesVersion: config.kubernetesVersion } : {}),
    ...(typeof config.format === 'string' ? { format: config.format } : {}),
  };
}

/** Every problem of configuration text, located; the value when there is none. */
export function checkConfigText(text: string, displayPath: string, ajv: Ajv, context: ConfigContext): ValidatedYaml {
  return loadValidatedYaml(text, {
    file: displayPath,
    ruleId: 'config',
    severalDocuments: 'a configuration file holds one YAML document; remove the "---" and what follows, or merge it into the first',
    check(found) {
      const value = found ?? {};
      return [...schemaProblems(validatorFor(ajv), value, configWording), ...(isObject(value) ? checkMeaning(ajv, value, context) : [])];
    },
  });
}

/** Parses and validates configuration text; every problem is a finding at its line and column. */
export async function parseConfig(file: string, text: string, context: ConfigContext): Promise<ConfigParse> {
  const checked = checkConfigText(text, context.displayPath ?? file, await loadAjv(), context);
  if (checked.problems.length > 0) return { problems: checked.problems };
  return { config: toLoaded(file, isObject(checked.value) ? checked.value : {}, context), problems: [] };
}

/** Reads and checks a configuration file; a file that cannot be read is a usage error. */
export async function loadConfig(file: string, context: ConfigContext): Promise<ConfigParse> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read configuration file ${context.displayPath ?? file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseConfig(file, text, context);
}
