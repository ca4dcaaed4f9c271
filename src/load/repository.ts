import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository's top level: the nearest folder at or above `cwd` holding `.git` (a folder, or the file a
 * worktree or submodule has), else `cwd`. Read from the file system only: nothing in the answers is run.
 */
export function findRepositoryRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}

/**
 * Where the graded root (`root`, as the report names it, relative to `cwd` or absolute) sits inside the
 * repository, '/'-separated ('.' at the top); undefined when it lies outside the repository.
 */
export function rootInRepository(root: string, cwd: string): string | undefined {
  const top = findRepositoryRoot(cwd);
  const relative = path.relative(top, path.resolve(cwd, root));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}
