/**
 * The one filter for text that came from the input (file and folder names, keys, values, messages).
 * CI runners read commands from what a step prints: GitHub's runner treats a line that starts with "::"
 * (after leading spaces) as a workflow command, and the legacy "##[command]" form anywhere in a line.
 * Terminals obey ESC, BEL and C1 controls; bidi controls reorder what a reader sees. Text from the
 * answers must never do any of these, in any format or progress line.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, LS/PS, and every bidi control (LRM, RLM, ALM, LRE..RLO, LRI..PDI). */
export const unsafeCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const spelledOut = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Breaks "##[" up as "#\u0023[", spelled out like printable()'s other escapes, for plain-text output. */
export function withoutLegacyCommands(text: string): string {
  return text.replace(/##\[/g, '#\\u0023[');
}

/** Text from the input on one output line: unsafe characters and line feeds spelled out as \uXXXX and \n, no CI commands. */
export function printable(text: string): string {
  return withoutLegacyCommands(text.replace(unsafeCharacters, spelledOut).replace(/\n/g, '\\n'));
}

/** A path printed at the start of a line gets "./" in front when it would start with spaces or ':'. */
export function safeLineStart(text: string): string {
  return /^[\s:]/.test(text) ? `./${text}` : text;
}

/**
 * JSON whose bytes carry none of the unsafe characters and cannot carry "##[" into a log: they are written
 * as \uXXXX escapes there (JSON.stringify leaves C1, LS/PS and bidi controls raw); the parsed value is unchanged.
 */
export function toSafeJson(value: unknown, indent = 2): string {
  return safeJsonText(JSON.stringify(value, null, indent));
}

/** toSafeJson's escapes on JSON text already written (whole values: an escape never spans two pieces). */
export function safeJsonText(json: string): string {
  return json.replace(unsafeCharacters, spelledOut).replace(/##\[/g, '#\\u0023[');
}
