import { printable } from './log-safety.js';

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The first `length` UTF-16 units, without splitting a surrogate pair. */
export function truncate(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * Text from the answers as inline Markdown: shown literally, on one line. Control characters and line
 * breaks become visible escapes, HTML is entity-escaped, and the punctuation that opens inline Markdown
 * (emphasis, code, links, images, table cells, math, mentions, issue references) is backslash-escaped.
 */
export function markdownText(text: string, maxLength = 2000): string {
  const shown = text.length > maxLength ? `${truncate(text, maxLength)}…` : text;
  return withoutAutolinks(
    printable(shown)
      .replace(/[\\`*_[\]#!|~$@]/g, (char) => `\\${char}`)
      .replace(/[&<>]/g, (char) => htmlEntities[char]!),
  );
}

/** Invisible, and not a domain character: a URL, www. name or e-mail address with it inside is no longer one. */
export const autolinkBreak = '\u200b';

/**
 * GitHub turns bare "http(s)://...", "www...." and "name@domain" into live links, at parse time and again on
 * the rendered text (so a backslash or an entity would not stop it). A zero-width space after "://"'s colon,
 * after "www" and after "@" leaves no scheme, www. name or e-mail domain for it to find.
 */
function withoutAutolinks(text: string): string {
  return text
    .replace(/:(?=\/\/)/g, `:${autolinkBreak}`)
    .replace(/www(?=\.)/gi, (www) => `${www}${autolinkBreak}`)
    .replace(/@/g, `@${autolinkBreak}`);
}

/** One Markdown table row; every cell is already escaped. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
