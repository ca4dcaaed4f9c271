import type { FormatContext } from '../format/types.js';
import { rootInRepository } from '../load/repository.js';
import { ruleDocsBaseUrl } from '../paths.js';
import type { Report } from '../report.js';
import { allRuleMeta } from './rule-set.js';

/** What the pure formatters need to know about the world: the rules' metadata, the repository around the root, the docs site. */
export function formatContext(report: Report, cwd: string, color: boolean): FormatContext {
  const repositoryRootPath = rootInRepository(report.root, cwd);
  return { color, rules: allRuleMeta(), ...(repositoryRootPath !== undefined ? { repositoryRootPath } : {}), ruleDocsBaseUrl };
}
