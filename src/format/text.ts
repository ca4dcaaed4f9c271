import type { Finding } from '../types.js';
import { withoutLegacyCommands } from './log-safety.js';

/** Control characters from the answers (ESC, CR, bidi overrides, ...) must not drive the terminal, reorder the text or form a CI command. */
export function printable(text: string): string {
  return withoutLegacyCommands(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, '\\n'));
}

export function location(finding: Finding): string {
  return finding.line === undefined ? '' : `${finding.line}:${finding.column ?? 1}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
