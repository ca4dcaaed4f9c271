import ignore from 'ignore';
import type { Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../types.js';
import { compareStrings } from '../values.js';
import { globEntries } from './glob.js';
import type { Entry } from 'fast-glob';
import { fallbackRange } from '../findings.js';

export interface DiscoverOptions {
  /** gitignore-style patterns, matched against paths relative to the root. */
  ignorePatterns?: string[];
  /** Extensions searched for in directories, without the dot. */
  extensions?: string[];
  cwd?: string;
  /**
   * Which files in searched folders that are not read get an info naming them: 'all' (grade mode:
   * the answers are the student's, a job.txt may be an answer), 'manifests' (lint mode: those whose
   * first bytes look like a Kubernetes manifest), 'none' (the default).
   */
  nameSkipped?: 'all' | 'manifests' | 'none';
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

function notReadFinding(displayPath: string, message: string, hint: string): Finding {
  return { ruleId: 'file-unreadable', severity: 'error', message, file: displayPath, ...fallbackRange, hint };
}

function listExtensions(extensions: readonly string[]): string {
  const dotted = extensions.map((ext) => `.${ext}`);
  return dotted.length <= 1 ? (dotted[0] ?? '') : `${dotted.slice(0, -1).join(', ')} or ${dotted[dotted.length - 1]}`;
}

/** A file the walk passed over because of its name: said once, as an info at its first line. */
export function skippedFinding(displayPath: string, extensions: readonly string[]): Finding {
  const graded = extensions.includes('json');
  const json = displayPath.toLowerCase().endsWith('.json');
  return {
    ruleId: 'file-unreadable',
    messageId: 'skipped',
    severity: 'info',
    message: `Not read: only files ending in ${listExtensions(extensions)} are checked${graded ? ', as kubectl apply -f reads a folder' : ''}.`,
    file: displayPath,
    ...fallbackRange,
    hint: json && !graded ? 'Add --ext json to check .json manifests too.' : 'If it holds a manifest, rename it to end in .yaml; kubectl skips it as well.',
  };
}

/** Bytes read to tell whether a skipped file looks like a manifest. */
const sniffBytes = 4096;

/** Whether a file's start has both apiVersion and kind keys (YAML or JSON), the way manifests begin. */
async function looksLikeManifest(absolutePath: string): Promise<boolean> {
  const handle = await open(absolutePath, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const buffer = Buffer.alloc(sniffBytes);
    const { bytesRead } = await handle.read(buffer, 0, sniffBytes, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const yaml = /^[ \t-]*apiVersion\s*:/m.test(text) && /^[ \t-]*kind\s*:/m.test(text);
    return yaml || (/"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text));
  } finally {
    await handle.close();
  }
}

/** Names that may hold a manifest in lint mode: .json, .txt, or a .yaml/.yml name with more after it (job.yaml.bak). */
function mayHoldManifest(name: string): boolean {
  return /\.(json|txt)$/i.test(name) || /\.ya?ml\./i.test(name);
}

function outsideRootFinding(displayPath: string): Finding {
  return notReadFinding(
    displayPath,
    'This file is a symbolic link that leads outside the graded folder; it was not read.',
    'Put the manifest itself in the folder instead of a link to a file elsewhere.',
  );
}

function unlistedFinding(displayPath: string, code: string): Finding {
  return notReadFinding(
    displayPath,
    `This folder could not be listed (${code}); the files in it were not checked.`,
    'Check that the folder exists and that you may read it.',
  );
}

/** What a path that is not a regular file is, in words ('' for a regular file or a folder). */
export function specialFileKind(info: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return '';
}

export function notRegularFinding(displayPath: string, kind: string): Finding {
  return notReadFinding(
    displayPath,
    `This is ${kind}, not a regular file; it was not read.`,
    'Name manifest files or folders; to check text from a pipe, give - and pipe it to stdin.',
  );
}

/** What the pattern *.{ext,...} matched, case-insensitively, where fast-glob matched it (test/load/discover.test.ts); suffixes in lower case. */
function hasExtension(name: string, suffixes: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return suffixes.some((suffix) => lower.endsWith(suffix));
}

/** A path with a file or folder name that starts with a dot: one fast-glob leaves out without its dot option. */
function inDotPath(relative: string): boolean {
  return relative.startsWith('.') || relative.includes('/.');
}

/** Only a path that does not exist is missing; any other failure to look at it (EACCES, ELOOP) is a finding. */
const missingCodes = new Set(['ENOENT', 'ENOTDIR']);

/**
 * Expands command-line paths into the files to grade. One directory: it is the root. Otherwise the
 * root is the working directory. Symbolic links are never followed out of the root.
 */
export async function discoverFiles(inputs: string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd();
  const extensions = options.extensions ?? ['yaml', 'yml'];
  const suffixes = extensions.map((ext) => `.${ext.toLowerCase()}`);
  const patterns = options.ignorePatterns ?? [];
  const filter = patterns.length > 0 ? ignore().add(patterns) : undefined;
  const findings: Finding[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const seen = new Map<string, Candidate>();
  const nameSkipped = options.nameSkipped ?? 'none';
  const named = new Set<string>();
  /** Searched folders, all the walk listed and what it took from each: the rest of their files were skipped. */
  const skippedIn: { absolute: string; listed: readonly Entry[]; entries: Set<string> }[] = [];

  const statuses = await Promise.all(
    inputs.map(async (input) => {
      const absolute = path.resolve(cwd, input);
      let failure: string | undefined;
      const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
        failure = error.code ?? 'error';
        return null;
      });
      return { input, absolute, info, failure };
    }),
  );
  const single = statuses.length === 1 && statuses[0]?.info?.isDirectory();
  const root = single ? statuses[0]!.absolute : cwd;
  const realRoot = await realpath(root).catch(() => root);

  const relativeToRoot = (absolute: string) => {
    const relative = toPosix(path.relative(root, absolute));
    return relative === '' ? toPosix(path.basename(absolute)) : relative;
  };
  const ignored = (displayPath: string) => filter !== undefined && !displayPath.startsWith('..') && filter.ignores(displayPath);
  /** An entry's display path: fast-glob's relative path already is one when its folder is the root. */
  const entryDisplayPath = (folder: string, entryPath: string, relative: string) => (folder === root ? relative : relativeToRoot(entryPath));

  for (const { input, absolute, info, failure } of statuses) {
    const link = await lstat(absolute).catch(() => null);
    if (!info && !link) {
      if (failure === undefined || missingCodes.has(failure)) missing.push(input);
      else
        findings.push(
          notReadFinding(
            relativeToRoot(absolute),
            `This path could not be read (${failure}); it was not checked.`,
            'Check that it exists and that you may read it.',
          ),
        );
      continue;
    }
    if (info?.isDirectory()) {
      // One walk lists the folder: the manifests are taken by name, and the rest may be named as skipped below.
      const { entries: listed, unlisted } = await globEntries('**/*', {
        cwd: absolute,
        dot: true,
        onlyFiles: false,
        followSymbolicLinks: false,
        ignore: alwaysIgnored,
      });
      const entries = listed.filter((entry) => hasExtension(entry.name, suffixes));
      for (const folder of unlisted) {
        const displayPath = relativeToRoot(folder.absolutePath);
        if (!ignored(displayPath)) findings.push(unlistedFinding(displayPath, folder.code));
      }
      if (entries.length === 0) empty.push(input);
      if (nameSkipped !== 'none') skippedIn.push({ absolute, listed, entries: new Set(entries.map((entry) => entry.path)) });
      for (const entry of entries) {
        const entryPath = path.join(absolute, entry.path);
        const displayPath = entryDisplayPath(absolute, entryPath, entry.path);
        if (ignored(displayPath) || seen.has(entryPath)) continue;
        if (entry.dirent.isSymbolicLink()) {
          const target = await realpath(entryPath).catch(() => null);
          if (!target || !isInside(realRoot, target)) {
            findings.push(outsideRootFinding(displayPath));
            continue;
          }
          const targetInfo = await stat(target).catch(() => null);
          const kind = targetInfo ? specialFileKind(targetInfo) : '';
          if (kind !== '') findings.push(notRegularFinding(displayPath, kind));
          if (!targetInfo?.isFile()) continue;
        } else if (!entry.dirent.isFile()) {
          // A folder named x.yaml is walked into, not read; a pipe or device named x.yaml is reported.
          const kind = specialFileKind(entry.dirent);
          if (kind !== '') findings.push(notRegularFinding(displayPath, kind));
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
      // A FIFO would block the read forever and a device never ends (/dev/zero): neither is a manifest.
      const kind = info ? specialFileKind(info) : '';
      if (kind !== '') {
        findings.push(notRegularFinding(displayPath, kind));
        continue;
      }
      seen.set(absolute, { absolutePath: absolute, displayPath });
    }
  }
  for (const { absolute, listed, entries } of skippedIn) {
    for (const entry of listed) {
      // Dot files and folders (.gitignore, .github/) are never manifests kubectl would apply from a folder listing.
      if (!entry.dirent.isFile() || entries.has(entry.path) || inDotPath(entry.path)) continue;
      const entryPath = path.join(absolute, entry.path);
      const displayPath = entryDisplayPath(absolute, entryPath, entry.path);
      if (ignored(displayPath) || seen.has(entryPath) || named.has(displayPath)) continue;
      if (nameSkipped === 'manifests' && !(mayHoldManifest(entry.name) && (await looksLikeManifest(entryPath)))) continue;
      named.add(displayPath);
      findings.push(skippedFinding(displayPath, extensions));
    }
  }
  const candidates = [...seen.values()].sort((a, b) => compareStrings(a.displayPath, b.displayPath));
  return { root, candidates, findings, missing, empty };
}
