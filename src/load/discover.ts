import fg from 'fast-glob';
import ignore from 'ignore';
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../types.js';

export interface DiscoverOptions {
  /** gitignore-style patterns, matched against paths relative to the root. */
  ignorePatterns?: string[];
  /** Extensions searched for in directories, without the dot. */
  extensions?: string[];
  cwd?: string;
}

export interface Candidate {
  /** Absolute path to read. */
  absolutePath: string;
  /** Path shown in findings: relative to the root, '/' separators. */
  displayPath: string;
}

export interface Discovery {
  /** Absolute root that display paths are relative to. */
  root: string;
  candidates: Candidate[];
  findings: Finding[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Folders given on the command line that hold no file with the searched extensions. */
  empty: string[];
}

const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function outsideRootFinding(displayPath: string): Finding {
  return {
    ruleId: 'file-unreadable',
    severity: 'error',
    message: 'This file is a symbolic link that leads outside the graded folder; it was not read.',
    file: displayPath,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    hint: 'Put the manifest itself in the folder instead of a link to a file elsewhere.',
  };
}

/**
 * Expands command-line paths into the files to grade. One directory: it is the root. Otherwise the
 * root is the working directory. Symbolic links are never followed out of the root.
 */
export async function discoverFiles(inputs: string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd();
  const extensions = options.extensions ?? ['yaml', 'yml'];
  const filter = ignore().add(options.ignorePatterns ?? []);
  const findings: Finding[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const seen = new Map<string, Candidate>();

  const statuses = await Promise.all(
    inputs.map(async (input) => ({ input, absolute: path.resolve(cwd, input), info: await stat(path.resolve(cwd, input)).catch(() => null) })),
  );
  const single = statuses.length === 1 && statuses[0]?.info?.isDirectory();
  const root = single ? statuses[0]!.absolute : cwd;
  const realRoot = await realpath(root).catch(() => root);

  const relativeToRoot = (absolute: string) => {
    const relative = toPosix(path.relative(root, absolute));
    return relative === '' ? toPosix(path.basename(absolute)) : relative;
  };
  const ignored = (displayPath: string) => !displayPath.startsWith('..') && filter.ignores(displayPath);

  for (const { input, absolute, info } of statuses) {
    const link = await lstat(absolute).catch(() => null);
    if (!info && !link) {
      missing.push(input);
      continue;
    }
    if (info?.isDirectory()) {
      const entries = await fg(`**/*.{${extensions.join(',')}}`, {
        cwd: absolute,
        dot: true,
        onlyFiles: false,
        followSymbolicLinks: false,
        objectMode: true,
        ignore: alwaysIgnored,
        caseSensitiveMatch: false,
      });
      if (entries.length === 0) empty.push(input);
      for (const entry of entries) {
        const entryPath = path.join(absolute, entry.path);
        const displayPath = relativeToRoot(entryPath);
        if (ignored(displayPath) || seen.has(entryPath)) continue;
        if (entry.dirent.isSymbolicLink()) {
          const target = await realpath(entryPath).catch(() => null);
          if (!target || !isInside(realRoot, target)) {
            findings.push(outsideRootFinding(displayPath));
            continue;
          }
          const targetInfo = await stat(target).catch(() => null);
          if (!targetInfo?.isFile()) continue;
        } else if (!entry.dirent.isFile()) {
          continue;
        }
        seen.set(entryPath, { absolutePath: entryPath, displayPath });
      }
    } else {
      const displayPath = relativeToRoot(absolute);
      if (seen.has(absolute)) continue;
      if (link?.isSymbolicLink()) {
        const target = await realpath(absolute).catch(() => null);
        if (!target || !isInside(realRoot, target)) {
          findings.push(outsideRootFinding(displayPath));
          continue;
        }
      }
      seen.set(absolute, { absolutePath: absolute, displayPath });
    }
  }
  const candidates = [...seen.values()].sort((a, b) => compareStrings(a.displayPath, b.displayPath));
  return { root, candidates, findings, missing, empty };
}

/** Code-unit order, independent of locale, so output is the same everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
