import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The installed package's folder (holds schemas/, rubrics/, docs/), from the source tree, build/ or a bundle. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'kubegrade') break;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the kubegrade package folder');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where kubegrade is published (action.yml's `uses: kubegrade/kubegrade@v1`): SARIF's informationUri and the base of every rule's docs link. */
export const repositoryUrl = 'https://github.com/kubegrade/kubegrade';

/** The base URL of the rule docs (docs/rules/<id>.md) in the published repository. */
export const ruleDocsBaseUrl = `${repositoryUrl}/blob/main/docs/rules/`;
