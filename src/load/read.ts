import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import formatBytes from 'bytes';
import type { Finding } from '../types.js';

export interface ReadLimits {
  maxFileBytes: number;
}

export const defaultReadLimits: ReadLimits = { maxFileBytes: 5 * 1024 * 1024 };

export type ReadResult = { ok: true; text: string } | { ok: false; finding: Finding };

function unreadable(file: string, message: string, hint: string, line = 1, column = 1): ReadResult {
  return {
    ok: false,
    finding: { ruleId: 'file-unreadable', severity: 'error', message, file, line, column, endLine: line, endColumn: column + 1, hint },
  };
}

const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Finds the first byte where strict UTF-8 decoding fails (binary search over streamed prefixes). */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    try {
      strictUtf8().decode(bytes.subarray(0, middle + 1), { stream: true });
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  // A streamed decode only fails on the byte after a broken lead byte: step back to the sequence start.
  for (let k = low; k > 0 && k > low - 4; k--) {
    const byte = bytes[k - 1]!;
    if (byte >= 0xc0) return k - 1;
    if (byte < 0x80) break;
  }
  return low;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // A lone CR ends a line too, as kubectl, editors and the portability reading (src/yaml/portability.ts) count it.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

/** Turns raw bytes into text, or into one file-unreadable finding that says why not. */
export function decodeSource(file: string, bytes: Uint8Array, limits: ReadLimits = defaultReadLimits): ReadResult {
  // One byte over the limit is what a capped read (readStreamAtMost, readSourceSync) stops at: the true size is unknown.
  if (bytes.length > limits.maxFileBytes) return tooLarge(file, bytes.length === limits.maxFileBytes + 1 ? undefined : bytes.length, limits);
  const sniff = bytes.subarray(0, 8000);
  if (sniff.includes(0)) {
    return unreadable(file, 'This file is binary, not YAML text; it was not read.', 'Only text manifests (.yaml, .yml, .json) can be checked.');
  }
  // Checked in simdutf, several times faster than a strict TextDecoder, and the same text (a BOM stays).
  // Most manifests are ASCII, which latin1 copies byte for byte where UTF-8 decoding looks at each.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(bytes)) return { ok: true, text: buffer.toString('latin1') };
  if (isUtf8(bytes)) return { ok: true, text: buffer.toString('utf8') };
  const offset = firstInvalidByte(bytes);
  const { line, column } = positionOfByte(bytes, offset);
  return unreadable(
    file,
    `This file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); it was not read.`,
    'Save the file as UTF-8 in your editor.',
    line,
    column,
  );
}

function tooLarge(file: string, size: number | undefined, limits: ReadLimits): ReadResult {
  const mb = (n: number) => formatBytes(n, { unitSeparator: ' ' });
  return unreadable(
    file,
    size === undefined
      ? `This file is over the ${mb(limits.maxFileBytes)} limit; it was not read.`
      : `This file is ${mb(size)}, over the ${mb(limits.maxFileBytes)} limit; it was not read.`,
    'Split it into smaller files, or raise the limit with --max-file-size.',
  );
}

/**
 * Reads at most `limit` bytes. `sizeHint` is the stat size (which may be stale, or 0 for files such
 * as procfs ones): it sizes the buffer, and once that many bytes are read the read stops, without
 * a second read() that would return 0; a file that grew since is read as it was at the stat.
 */
function readFdAtMost(fd: number, limit: number, sizeHint: number): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(limit, sizeHint)));
  let length = 0;
  while (length < limit) {
    if (sizeHint > 0 && length === sizeHint) break;
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

/**
 * Synchronous on purpose: with fs/promises, four thread-pool round trips per file left the CPU idle a third of a big run.
 * Only a regular file is read (opened non-blocking, so a FIFO cannot hang the open), and never more than the limit:
 * the stat size ends the read (a file that grew since is read as it was), and a size of 0 or one that is wrong never lets it pass the limit.
 */
export function readSourceSync(file: string, absolutePath: string, limits: ReadLimits = defaultReadLimits): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile())
      return unreadable(
        file,
        'This is not a regular file (a pipe, device or socket); it was not read.',
        'Name manifest files or folders; to check text from a pipe, give - and pipe it to stdin.',
      );
    if (info.size > limits.maxFileBytes) return tooLarge(file, info.size, limits);
    return decodeSource(file, readFdAtMost(fd, limits.maxFileBytes + 1, info.size), limits);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return unreadable(file, `This file could not be read (${code}).`, 'Check that the file exists and that you may read it.');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a stream (stdin) up to `limit` bytes, then stops reading and closes it: a pipe without end cannot fill memory. */
export async function readStreamAtMost(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  // Leaving the loop early ends the iteration, which destroys the stream: the writer sees a closed pipe.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    length += bytes.length;
    if (length >= limit) break;
  }
  return Buffer.concat(chunks, length).subarray(0, limit);
}
