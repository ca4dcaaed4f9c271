/** The checks and the lint-mode config search that every entry point (CLI, Action) makes before running the pipeline. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { formatters, formatNames } from '../format/index.js';
import { suggestName } from '../k8s/did-you-mean.js';
import { bundledKubeVersions, isBundledKubeVersion, newestKubeVersion } from '../schema/versions.js';
import { findConfigFile, loadConfig, type LoadedConfig } from './config.js';
import { formatProblems } from '../schema/validated-yaml.js';
import { allRuleMeta } from './rule-set.js';

export function checkFormatName(format: string): void {
  if (formatters[format]) return;
  const guess = suggestName(format, formatNames);
  throw new UsageError(`unknown format "${format}"${guess ? `; did you mean ${guess}?` : ''} (formats: ${formatNames.join(', ')})`);
}

export function checkKubeVersion(version: string): void {
  if (isBundledKubeVersion(version)) return;
  // An unquoted 1.30 in YAML or a shell variable arrives as 1.3.
  const guess = bundledKubeVersions.find((bundled) => bundled === `${version}0`) ?? suggestName(version, bundledKubeVersions);
  throw new UsageError(
    `Kubernetes ${version} is not bundled${guess ? ` (did you mean ${guess}?)` : ''}; bundled: ${bundledKubeVersions.join(', ')} (for a newer cluster use ${newestKubeVersion}, the newest, and --schema-location DIR for kinds it lacks)`,
  );
}

/** The folder a config file is searched upward from: the deepest folder holding every input. */
export function configSearchStart(inputs: readonly string[], cwd: string): string {
  const folders = inputs
    .filter((input) => input !== '-')
    .map((input) => {
      const absolute = path.resolve(cwd, input);
      return existsSync(absolute) && statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
    });
  if (folders.length === 0) return cwd;
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (folder !== common && !folder.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) common = path.dirname(common);
  }
  return common;
}

/** A config file named by the user (`file`), else in lint mode the nearest .kubegrade.yaml above the inputs; grade mode never searches. */
export async function resolveConfig(options: { file?: string; lint: boolean; inputs: readonly string[]; cwd: string }): Promise<LoadedConfig | undefined> {
  const context = { rules: allRuleMeta(), formatNames };
  const load = async (file: string, displayPath: string) => {
    const loaded = await loadConfig(file, { ...context, displayPath });
    // A configuration that cannot be used stops the run like a bad flag (exit 2), listing where each problem is.
    if (!loaded.config) throw new UsageError(`invalid configuration file ${displayPath}:\n${formatProblems(loaded.problems, { indent: '  ', hints: false })}`);
    return loaded.config;
  };
  if (options.file) return load(path.resolve(options.cwd, options.file), options.file);
  if (!options.lint) return undefined;
  const found = findConfigFile(configSearchStart(options.inputs, options.cwd));
  return found ? load(found, path.relative(options.cwd, found) || found) : undefined;
}
