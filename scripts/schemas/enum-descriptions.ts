/**
 * Reads the allowed values out of a field description ("One of Always, OnFailure, Never.",
 * "Must be UDP, TCP, or SCTP.", "Valid values are: - \"Allow\" (default): ...; - \"Forbid\": ...").
 * Only lists it can parse whole are taken: every item must be a bare word, or the answer is none.
 */

/** Phrases that introduce the list of allowed values. */
const intro = /\b(?:one of the following values|one of|must be|can be|supports|(?:valid|allowed|possible|supported) (?:values|options|operators|effects) are|options are)\b(:?)/gi;

const word = /^[A-Za-z][A-Za-z0-9]*$/;

/** Words that name a state, not a value ("must be None or unspecified" is a condition on another field). */
const notValues = new Set(['unspecified', 'unset', 'set', 'empty', 'omitted', 'specified', 'nil', 'null']);

/** "A, B, or C" / "'A', 'B' or 'C'" / `"A" (default) or "B"` (asides in parentheses dropped) / `["Ingress"], ["Egress"], or ["Ingress", "Egress"]` -> words, or undefined. */
function inlineList(sentence: string): string[] | undefined {
  // "..., each mapping to a matching field in the object" ends the list.
  const text = sentence.replace(/,\s*(?:each|which)\b.*$/, '').replace(/\s*\([^()]*\)/g, '').replace(/[[\]]/g, '');
  const items = text
    .split(/,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+/)
    .map((item) => item.trim().replace(/^["'`]|["'`]$/g, ''))
    .filter((item) => item !== '');
  if (items.length < 2 || !items.every((item) => word.test(item) && !notValues.has(item))) return undefined;
  return [...new Set(items)];
}

/** `- "Allow" (default): ...; - "Forbid": ...` or `* Exact: ... * Prefix: ...` after an intro ending in a colon. */
function bulletList(text: string): string[] | undefined {
  const items = [...text.matchAll(/(?:^|\s)[-*]\s+["'`]?([A-Za-z][A-Za-z0-9]*)["'`]?(?:\s*\([^)]*\))?:/g)].map((match) => match[1]!);
  if (items.length >= 2) return [...new Set(items)];
  // "Valid options are: Localhost - a profile ... RuntimeDefault - the runtime's ... Unconfined - no profile ..."
  const dashed = [...text.matchAll(/(?:^\s*|\.\s+|:\s+)([A-Z][A-Za-z0-9]*) - /g)].map((match) => match[1]!);
  return dashed.length >= 2 ? [...new Set(dashed)] : undefined;
}

/** The end of the sentence that starts at `from`: a period followed by a space or the end. */
function sentenceFrom(text: string, from: number): string {
  const rest = text.slice(from);
  const end = /\.(?=\s|$)/.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

/**
 * Every list of allowed values the description states with confidence (some state it twice,
 * "Supports \"ClientIP\" and \"None\". ... Must be ClientIP or None."); [] when none.
 */
export function enumValuesInDescription(description: string | undefined): string[][] {
  if (!description) return [];
  const text = description.replace(/\s+/g, ' ');
  const found: string[][] = [];
  for (const match of text.matchAll(intro)) {
    const after = match.index + match[0].length;
    const values = match[1] === ':' ? bulletList(text.slice(after)) : inlineList(sentenceFrom(text, after));
    if (values) found.push(values);
  }
  return found;
}
