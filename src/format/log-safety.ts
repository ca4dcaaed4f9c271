/**
 * CI runners read commands from what a step prints: GitHub's runner treats a line that starts with "::"
 * (after leading spaces) as a workflow command, and the legacy "##[command]" form anywhere in a line.
 * Text from the answers (file names, keys, values) must never form either.
 */

/** Breaks "##[" up as "#\u0023[", spelled out like printable()'s other escapes, for plain-text output. */
export function withoutLegacyCommands(text: string): string {
  return text.replace(/##\[/g, '#\\u0023[');
}

/** A path printed at the start of a line gets "./" in front when it would start with spaces or ':'. */
export function safeLineStart(text: string): string {
  return /^[\s:]/.test(text) ? `./${text}` : text;
}

/** JSON whose strings cannot carry "##[" into a log: '#' is written as \u0023 there; the parsed value is unchanged. */
export function toSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/##\[/g, '#\\u0023[');
}
