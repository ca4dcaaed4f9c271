import { UsageError } from '../errors.js';

const units: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** "5MB", "512kb", "1048576" -> bytes (binary units, as file managers show them). */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const factor = match ? units[match[2]!.toLowerCase()] : undefined;
  if (!match || factor === undefined) throw new UsageError(`invalid size "${text}"; use a number of bytes or e.g. 5MB, 512KB`);
  return Math.round(Number(match[1]) * factor);
}
