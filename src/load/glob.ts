import fg, { type Entry, type Options } from 'fast-glob';
import fs, { type Dirent } from 'node:fs';
import path from 'node:path';

/** A folder the walk could not list, and why (EACCES, ELOOP, ...). */
export interface UnlistedFolder {
  absolutePath: string;
  code: string;
}

export interface GlobResult {
  /** Paths relative to cwd, '/' separators, exactly as on disk. */
  entries: Entry[];
  unlisted: UnlistedFolder[];
}

/*
 * fast-glob cannot be given some real paths, and escapePath does not help: its walker splits the root on
 * '\' (legal in POSIX names, so a root "a\b" is read as "a/b"), and its matcher's '.' stops at line
 * breaks (a folder named "\nstudent" never matches '*'). So the paths it sees are encoded: those characters
 * become a private-use marker and a digit, which the file system adapter below decodes before every call.
 */
const marker = '\ue000';
const encodedCharacters = path.sep === '/' ? [marker, '\\', '\n', '\r', '\u2028', '\u2029'] : [marker, '\n', '\r', '\u2028', '\u2029'];
const encodePattern = new RegExp(`[${encodedCharacters.map((char) => (char === '\\' ? '\\\\' : char)).join('')}]`, 'g');

function encode(text: string): string {
  return text.replace(encodePattern, (char) => `${marker}${encodedCharacters.indexOf(char)}`);
}

function decode(text: string): string {
  return text.includes(marker) ? text.replace(/\ue000(\d)/g, (_, index: string) => encodedCharacters[Number(index)]!) : text;
}

function withEncodedName(dirent: Dirent): Dirent {
  const name = encode(dirent.name);
  return name === dirent.name ? dirent : (Object.create(dirent, { name: { value: name, enumerable: true } }) as Dirent);
}

type Callback<T> = (error: NodeJS.ErrnoException | null, value: T) => void;

function encodingFs(unlisted: UnlistedFolder[]): NonNullable<Options['fs']> {
  /** A folder that cannot be listed is reported by the caller; the walk goes on (ENOENT: it vanished, as fast-glob treats it). */
  const listed = <T>(folder: string, list: () => T[]): T[] => {
    try {
      return list();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw error;
      unlisted.push({ absolutePath: folder, code: code ?? 'error' });
      return [];
    }
  };
  return {
    lstat: ((file: string, callback: Callback<fs.Stats>) => fs.lstat(decode(file), callback)) as typeof fs.lstat,
    stat: ((file: string, callback: Callback<fs.Stats>) => fs.stat(decode(file), callback)) as typeof fs.stat,
    lstatSync: ((file: string) => fs.lstatSync(decode(file))) as typeof fs.lstatSync,
    statSync: ((file: string) => fs.statSync(decode(file))) as typeof fs.statSync,
    readdir: ((folder: string, options: { withFileTypes: true } | Callback<string[]>, callback?: Callback<Dirent[]>) => {
      const real = decode(folder);
      if (typeof options === 'function') {
        fs.readdir(real, (error, names) => options(error, names?.map(encode)));
        return;
      }
      fs.readdir(real, { withFileTypes: true }, (error, dirents) => {
        if (error && error.code !== 'ENOENT') {
          unlisted.push({ absolutePath: real, code: error.code ?? 'error' });
          callback!(null, []);
          return;
        }
        callback!(error, error ? [] : dirents.map(withEncodedName));
      });
    }) as typeof fs.readdir,
    readdirSync: ((folder: string, options?: { withFileTypes?: boolean }) => {
      const real = decode(folder);
      return options?.withFileTypes
        ? listed(real, () => fs.readdirSync(real, { withFileTypes: true })).map(withEncodedName)
        : listed(real, () => fs.readdirSync(real)).map(encode);
    }) as typeof fs.readdirSync,
  };
}

/**
 * fast-glob over any real folder: names with '\' or line breaks are found, and a folder that cannot be
 * listed is returned in `unlisted` instead of stopping the whole walk. Always objectMode; cwd is required.
 * The walk is synchronous: on a warm disk cache it takes half the CPU time of the asynchronous one and
 * leaves no walker behind (the asynchronous one stayed reachable after it ended, 7 MB for 24k files).
 */
export async function globEntries(pattern: string, options: Omit<Options, 'fs' | 'objectMode' | 'cwd'> & { cwd: string }): Promise<GlobResult> {
  const unlisted: UnlistedFolder[] = [];
  const found = fg.sync(pattern, { ...options, cwd: encode(options.cwd), objectMode: true, fs: encodingFs(unlisted) });
  for (const entry of found) {
    entry.name = decode(entry.name);
    entry.path = decode(entry.path);
  }
  return { entries: found, unlisted: unlisted.sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0)) };
}
