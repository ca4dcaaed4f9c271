/**
 * `grade --watch`: one check now, then one after every burst of saves, until Ctrl-C (exit 0).
 * Node's recursive fs.watch (inotify per folder on Linux) wakes it; the pipeline's file cache
 * (FileOutcomeCache) re-parses only the files whose size, times or inode changed.
 */
import { watch, lstatSync, realpathSync, statSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { printable } from '../format/log-safety.js';
import { configFileNames } from '../pipeline/config.js';
import type { Io } from './io.js';

export interface WatchOptions {
  /** The checked paths, as given (relative to io.cwd). */
  inputs: readonly string[];
  /** Files outside the inputs whose change also means a new check (the config file, the rubric). */
  alsoFiles: readonly string[];
  /** Extensions searched in folders, without the dot. */
  extensions: readonly string[];
  /** One check and its report; a UsageError after the first run is printed and the watch goes on. */
  run: () => Promise<unknown>;
  io: Io;
  /** Quiet time after the last event before checking (editors write a file in several steps). */
  debounceMs?: number;
  /** Resolves when the watch should end (default: SIGINT or SIGTERM). */
  stop?: Promise<void>;
}

const skippedFolders = new Set(['node_modules', '.git']);

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Whether a changed path can change the report: a manifest, a config file, or a folder (or something gone that may have been one). */
export function relevantChange(absolute: string, realRoot: string, extensions: readonly string[]): boolean {
  if (absolute.split(path.sep).some((segment) => skippedFolders.has(segment))) return false;
  let link;
  try {
    link = lstatSync(absolute);
  } catch {
    link = undefined;
  }
  // A link out of the root is never checked (discovery reports it), so what happens behind it is no change.
  if (link?.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(absolute);
    } catch {
      return true;
    }
    if (!isInside(realRoot, target)) return false;
  }
  const base = path.basename(absolute);
  if (configFileNames.includes(base)) return true;
  const ext = path.extname(base).slice(1).toLowerCase();
  if (ext !== '' && extensions.includes(ext)) return true;
  if (!link) return ext === '';
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

export async function runWatch(options: WatchOptions): Promise<number> {
  const { io } = options;
  const stop = options.stop ?? interrupted();
  const debounceMs = options.debounceMs ?? 100;
  const watchers: FSWatcher[] = [];
  let failure: Error | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const say = (text: string) => io.stderr(`grade --watch: ${printable(text)}\n`);
  const check = async (): Promise<void> => {
    try {
      await options.run();
    } catch (error) {
      if (error instanceof UsageError) io.stderr(`grade: ${error.message.split('\n').map(printable).join('\n')}\n`);
      else io.stderr(`grade: internal error: ${printable((error as Error).message)}\n`);
    }
    if (!stopped) say('waiting for changes (Ctrl-C stops)');
  };
  const trigger = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = check().finally(() => {
      running = undefined;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(trigger, debounceMs);
  };

  // The first run's usage errors (no such folder, a broken config file) end the watch with exit 2.
  await options.run();
  say('waiting for changes (Ctrl-C stops)');

  const watchFolder = (folder: string, recursive: boolean, only?: ReadonlySet<string>) => {
    let realRoot: string;
    try {
      realRoot = realpathSync(folder);
    } catch {
      realRoot = folder;
    }
    const watcher = watch(folder, { recursive }, (_event, name) => {
      if (name === null) return schedule();
      const relative = name.toString();
      if (only && !only.has(path.basename(relative))) return;
      if (relevantChange(path.join(folder, relative), realRoot, options.extensions)) schedule();
    });
    watcher.on('error', (error) => {
      failure = error;
      stopNow();
    });
    watchers.push(watcher);
  };

  // Single files are watched through their folder: editors save by writing a new file and renaming it.
  const singles = new Map<string, Set<string>>();
  const addSingle = (file: string) => {
    const folder = path.dirname(file);
    singles.set(folder, (singles.get(folder) ?? new Set()).add(path.basename(file)));
  };
  const folders = new Set<string>();
  for (const input of options.inputs) {
    const absolute = path.resolve(io.cwd, input);
    let isFolder = false;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      isFolder = false;
    }
    if (isFolder) folders.add(absolute);
    else addSingle(absolute);
  }
  for (const file of options.alsoFiles) {
    const absolute = path.resolve(io.cwd, file);
    if (![...folders].some((folder) => isInside(folder, absolute))) addSingle(absolute);
  }

  let endWatch: () => void = () => {};
  const ended = new Promise<void>((resolve) => (endWatch = resolve));
  const stopNow = () => {
    stopped = true;
    endWatch();
  };
  try {
    for (const folder of folders) watchFolder(folder, true);
    for (const [folder, names] of singles) watchFolder(folder, false, names);
  } catch (error) {
    for (const watcher of watchers) watcher.close();
    throw new UsageError(`cannot watch ${(error as NodeJS.ErrnoException).path ?? ''}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  void stop.then(stopNow);
  await ended;
  if (timer) clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await running;
  if (failure) {
    io.stderr(`grade: the watch stopped: ${printable(failure.message)}\n`);
    return 2;
  }
  return 0;
}
