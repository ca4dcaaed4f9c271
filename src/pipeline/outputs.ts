import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';

/** One report to write: a format and where it goes (stdout when file is undefined). */
export interface OutputTarget {
  format: string;
  file?: string;
}

/** Writes a report file (whole, or piece by piece as it is serialised); a folder or a place that cannot be written is the caller's mistake, named. */
export async function writeReportFile(file: string, displayPath: string, text: string | Iterable<string>): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOTDIR' || code === 'EEXIST'
            ? 'a file stands where a folder is needed'
            : (code ?? (error as Error).message);
    throw new UsageError(`cannot write ${displayPath}: ${why}`);
  }
}
