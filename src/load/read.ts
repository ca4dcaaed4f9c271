import { readFileSync, statSync } from 'node:fs';
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
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

/** Turns raw bytes into text, or into one file-unreadable finding that says why not. */
export function decodeSource(file: string, bytes: Uint8Array, limits: ReadLimits = defaultReadLimits): ReadResult {
  if (bytes.length > limits.maxFileBytes) return tooLarge(file, bytes.length, limits);
  const sniff = bytes.subarray(0, 8000);
  if (sniff.includes(0)) {
    return unreadable(file, 'This file is binary, not YAML text; it was not read.', 'Only text manifests (.yaml, .yml, .json) can be checked.');
  }
  try {
    return { ok: true, text: strictUtf8().decode(bytes) };
  } catch {
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
}

function tooLarge(file: string, size: number, limits: ReadLimits): ReadResult {
  const mb = (n: number) => formatBytes(n, { unitSeparator: ' ' });
  return unreadable(
    file,
    `This file is ${mb(size)}, over the ${mb(limits.maxFileBytes)} limit; it was not read.`,
    'Split it into smaller files, or raise the limit with --max-file-size.',
  );
}

/** Synchronous on purpose: with fs/promises, four thread-pool round trips per file left the CPU idle a third of a big run. */
export function readSourceSync(file: string, absolutePath: string, limits: ReadLimits = defaultReadLimits): ReadResult {
  try {
    const info = statSync(absolutePath);
    if (info.size > limits.maxFileBytes) return tooLarge(file, info.size, limits);
    return decodeSource(file, readFileSync(absolutePath), limits);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return unreadable(file, `This file could not be read (${code}).`, 'Check that the file exists and that you may read it.');
  }
}
