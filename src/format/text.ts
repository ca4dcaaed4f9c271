import type { Finding } from '../types.js';

export function location(finding: Finding): string {
  return finding.line === undefined ? '' : `${finding.line}:${finding.column ?? 1}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
