import type { ErrorCode } from 'yaml';
import type { Finding } from '../types.js';
import { clampOffset, offsetsToRange } from './positions.js';
import { SourceLines, type SourceLine } from './source-lines.js';

/**
 * Every YAML parser finding in our own words. yaml's messages quote the source (a Secret's value
 * with a typo would be printed), so they are only read to tell situations apart, never shown.
 * Placeholders: {{key}} the key on the line (or the one it is nested in), {{value}} "the value of
 * <key>" or "a list item under <key>", {{line}} "the line of <key>", {{parent}} the key the line is
 * nested in, {{char}} the special character (from a fixed set), {{close}} the missing bracket.
 */
export interface SyntaxMessage {
  message: string;
  hint: string;
}

/** One entry per error code yaml 2.x can emit: the fallback when no beginner situation below fits. */
export const codeMessages: Record<ErrorCode, SyntaxMessage> = {
  ALIAS_PROPS: {
    message: 'An alias ("*" and a name) cannot carry its own anchor ("&") or tag ("!"), as {{value}} does.',
    hint: 'Remove the "&" or "!" in front of the "*"; or, if the "*" is part of the text, put the whole value in quotes.',
  },
  BAD_ALIAS: {
    message: 'An anchor ("&") or alias ("*") in {{value}} has no name or ends with ":".',
    hint: 'If "&" or "*" is meant as text, put the whole value in quotes; anchors are written &name and used as *name.',
  },
  BAD_DIRECTIVE: {
    message: 'This line starts with "%", which YAML reads as a directive, and it is not one YAML knows.',
    hint: 'Kubernetes manifests need no directives: remove the line, or quote the value if "%" is part of it.',
  },
  BAD_DQ_ESCAPE: {
    message: '{{Value}} is in double quotes, where a backslash starts an escape sequence (such as \\n), and this backslash does not start a valid one.',
    hint: 'Use single quotes instead (a backslash is plain text inside them), or write each backslash twice.',
  },
  BAD_INDENT: {
    message: '{{Line}} is not indented the way YAML expects here; YAML reads nesting from indentation.',
    hint: 'Indent it with exactly as many spaces as the lines it belongs with, or more if it belongs inside the key above.',
  },
  BAD_PROP_ORDER: {
    message: 'An anchor ("&") or tag ("!") in {{line}} comes before a "-" or "?"; it must come after it.',
    hint: 'Move the "&" or "!" after the "- ", or quote the value if they are part of the text.',
  },
  BAD_SCALAR_START: {
    message: '{{Value}} starts with {{char}}, which YAML reserves: a value without quotes cannot start with it.',
    hint: 'Put the whole value in quotes.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'YAML reads {{line}} as a key, but what it finds there is a list or a mapping, which cannot be a key.',
    hint: 'Check the indentation of this line and the one above, and that every "- " and ": " is where you meant it.',
  },
  BLOCK_IN_FLOW: {
    message:
      'Inside brackets ("[ ]" or "{ }") after {{key}}, items are separated by commas; "- " items and "key: value" lines without commas cannot be used there.',
    hint: 'Write the items as [a, b] or {name: a, other: b}, or drop the brackets and put one item per line.',
  },
  DUPLICATE_KEY: {
    message: '{{Key}} appears more than once in the same mapping.',
    hint: 'Keep one of them: kubectl rejects a mapping with the same key twice.',
  },
  IMPOSSIBLE: {
    message: 'The YAML parser could not make sense of {{line}}.',
    hint: 'Check this line for a stray character or a wrong indentation.',
  },
  KEY_OVER_1024_CHARS: {
    message: 'A key here is longer than 1024 characters, the most YAML allows.',
    hint: 'Check for a missing line break or a missing ": " before this point.',
  },
  MISSING_CHAR: {
    message: 'Something is missing in {{line}}: a closing quote or bracket, a comma, a space, or a ":".',
    hint: 'Check that every quote and bracket is closed and that every key is followed by ": ".',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: 'YAML reads {{line}} and what follows as one key spread over several lines, but a key must fit on one line.',
    hint: 'Check for a missing ": " after a key, a missing "- " before a list item, or a wrong indentation.',
  },
  MULTIPLE_ANCHORS: {
    message: '{{Value}} has two anchors ("&"); a value can have at most one.',
    hint: 'Remove one of them, or put the value in quotes if "&" is part of the text.',
  },
  MULTIPLE_DOCS: {
    message: 'This text holds several YAML documents where one was expected.',
    hint: 'Check the "---" lines: each separates two documents.',
  },
  MULTIPLE_TAGS: {
    message: '{{Value}} has two tags ("!"); a value can have at most one.',
    hint: 'Remove one of them, or put the value in quotes if "!" is part of the text.',
  },
  NON_STRING_KEY: {
    message: 'A key here is not plain text.',
    hint: 'Write keys as plain words.',
  },
  RESOURCE_EXHAUSTION: {
    message: 'This document nests too deeply or expands too much for the parser; it is not checked further.',
    hint: 'No Kubernetes manifest nests hundreds of levels deep: check the indentation of the lines above.',
  },
  TAB_AS_INDENT: {
    message: '{{Line}} is indented with a tab, but YAML allows only spaces for indentation.',
    hint: 'Replace the tab with spaces, and set your editor to insert spaces when you press Tab.',
  },
  TAG_RESOLVE_FAILED: {
    message: '{{Value}} has a tag (starting with "!") that YAML cannot apply.',
    hint: 'Remove the tag; or, if the "!" is part of the text, put the whole value in quotes.',
  },
  UNEXPECTED_TOKEN: {
    message: 'YAML cannot read {{line}} from this point on.',
    hint: 'Look for a character that needs quotes at the start of a value (* & ! | > @ ` %), a ": " or " #" inside a value, a missing space after ":" or "-", or a wrong indentation.',
  },
  BAD_COLLECTION_TYPE: {
    message: 'A tag on {{value}} is meant for another kind of value (a list where there is a mapping, or the other way round).',
    hint: 'Remove the tag: Kubernetes manifests need none.',
  },
};

/** The common beginner mistakes, recognised from the source line; each says what happened in the student's terms. */
export const situationMessages = {
  tab: codeMessages.TAB_AS_INDENT,
  blockHeaderText: {
    message: '{{Value}} starts with {{char}}, which announces a block of text on the lines below, so nothing else may follow it on the same line.',
    hint: 'Put the text on the next line, indented further than {{key}}; or, if {{char}} is part of the value, put the whole value in quotes.',
  },
  aliasStar: {
    message: '{{Value}} starts with "*", which YAML reads as an alias (a reference to an anchor defined with "&"), not as text.',
    hint: 'Put the whole value in quotes so YAML reads it as text; a cron schedule, for example, is written "*/5 * * * *" with the quotes.',
  },
  reservedStart: codeMessages.BAD_SCALAR_START,
  unknownTag: {
    message: '{{Value}} starts with "!", which YAML reads as a type tag rather than as part of the value, and this tag is not one it knows.',
    hint: 'Put the whole value in quotes if the "!" is part of the text.',
  },
  binaryNotBase64: {
    message: '{{Value}} is tagged !!binary but is not valid base64, so kubectl cannot decode it.',
    hint: 'Encode the content with base64 (for example base64 -w0 FILE), or remove the !!binary tag.',
  },
  colonInValue: {
    message: '{{Value}} contains ": " (a colon and a space), which YAML reads as the start of another key.',
    hint: 'Put the whole value in quotes.',
  },
  noSpaceAfterColon: {
    message: '{{Key}} has no space after its colon, so YAML reads the key and its value as one piece of text instead of a key and a value.',
    hint: 'Write a space after the colon ({{keyColon}} value).',
  },
  missingDash: {
    message: '{{Line}} sits in {{list}} but does not start with "- ", so it is neither a list item nor a key of one.',
    hint: 'Start a new list item with "- " at the same column as the other items; if the line belongs to the item above, indent it to line up with that item\'s keys.',
  },
  dashNoSpace: {
    message: 'The "-" before {{key}} needs a space after it to start a list item.',
    hint: 'Write "- " (a dash and a space) before the key, at the same column as the other items.',
  },
  listIndent: {
    message: 'This item of {{list}} does not line up with the items above it.',
    hint: 'Start every "- " of the same list at the same column.',
  },
  keyIndent: {
    message: '{{Key}} does not line up with the keys above it, so YAML cannot tell which mapping it belongs to.',
    hint: 'Indent {{key}} with exactly as many spaces as the keys it belongs with.',
  },
  overIndented: {
    message: 'The line below {{key}} is indented further, but {{key}} already has a value on its own line, so YAML reads the next line as part of that value.',
    hint: 'Line the next key up with {{key}}; or, if the lines below belong inside {{key}}, remove the value after its colon.',
  },
  unclosedQuote: {
    message: '{{Value}} opens a {{quote}} that is never closed.',
    hint: 'Add the closing quote at the end of the value.',
  },
  unclosedBracket: {
    message: 'The {{open}} after {{key}} is never closed with {{close}}.',
    hint: 'Close it with {{close}} after the last item; or drop the brackets and write one item per line.',
  },
  textAfterQuote: {
    message: '{{Value}} has more text after its closing quote.',
    hint: 'Put the whole value inside the quotes.',
  },
  commentSpace: {
    message: 'A "#" in {{line}} touches the text before it; a comment needs a space before its "#".',
    hint: 'Add a space before the "#", or put it inside quotes if it is part of the value.',
  },
  flowComma: {
    message: 'The brackets after {{key}} hold an extra comma (an empty item).',
    hint: 'Remove the extra comma.',
  },
  flowMissingComma: {
    message: 'Two items inside the brackets after {{key}} are not separated by a comma.',
    hint: 'Separate the items with ", " (a comma and a space), and write "key: value" with a space after the colon.',
  },
  listThenKey: {
    message: '{{Line}} is a key at the top level, but the document above it is a list, and a document cannot be both.',
    hint: 'Indent the key under a list item, or start a new document with a "---" line before it.',
  },
  directivesEnd: {
    message: 'The "%" line above makes YAML expect a "---" line before the content, and there is none.',
    hint: 'Remove the "%" line (Kubernetes manifests need none), or add a line with only "---" after it.',
  },
  undefinedAlias: {
    message: '{{Value}} starts with "*", which YAML reads as an alias (a reference to an anchor defined with "&"), and no such anchor is defined above it.',
    hint: 'If the "*" is part of the text, put the whole value in quotes.',
  },
} satisfies Record<string, SyntaxMessage>;

export type Situation = keyof typeof situationMessages;

/** The parser error as this module needs it; also built by hand for problems yaml finds only later (undefined aliases). */
export interface ParserProblem {
  code: ErrorCode;
  /** yaml's own message: read to tell situations apart, never shown. */
  message: string;
  pos: [number, number];
  severity: 'error' | 'warning';
}

interface Classified {
  problem: ParserProblem;
  situation: Situation | undefined;
  line: SourceLine;
  /** The character or quote the message names, from a fixed set. */
  char?: string;
}

/** What a line's value starts with, after "key: " or "- ". */
function valueStart(line: SourceLine): string {
  const from = line.key ? line.key.afterColon : line.contentColumn;
  return line.text.slice(from, from + 64).trimStart();
}

const quoteNames: Record<string, string> = { '"': 'double quote', "'": 'single quote' };
const brackets: Record<string, string> = { ']': '[', '}': '{' };

function classify(problem: ParserProblem, lines: SourceLines, line: SourceLine): Classified {
  const { code, message } = problem;
  const value = valueStart(line);
  const at = (situation: Situation | undefined, char?: string): Classified => ({ problem, situation, line, char });
  if (code === 'TAB_AS_INDENT' || line.tabIndent) return at('tab');
  if (message === 'undefined alias') return at('undefinedAlias');
  if (/^[|>]/.test(value) && (code === 'UNEXPECTED_TOKEN' || code === 'MISSING_CHAR')) return at('blockHeaderText', `"${value[0]}"`);
  if (value.startsWith('*') && (code === 'UNEXPECTED_TOKEN' || code === 'BAD_ALIAS')) return at('aliasStar');
  if (code === 'BAD_SCALAR_START') {
    const char = value[0] === '`' ? 'a backtick ("`")' : value[0] === '%' ? '"%"' : '"@"';
    return at('reservedStart', char);
  }
  if (code === 'TAG_RESOLVE_FAILED') {
    if (message.startsWith('binary:')) return at('binaryNotBase64');
    if (value.startsWith('!') && !value.startsWith('!!')) return at('unknownTag');
    return at(undefined);
  }
  if (code === 'BAD_DQ_ESCAPE') return at(undefined);
  const missingQuote = /^Missing closing (["'])quote/.exec(message);
  if (missingQuote) return at('unclosedQuote', quoteNames[missingQuote[1]!]);
  const unclosed = /end with an? ([\]}])$/.exec(message);
  if (unclosed) return at('unclosedBracket', unclosed[1]);
  if (message.startsWith('Comments must be separated')) return at('commentSpace');
  if (message.startsWith('Missing directives-end')) return at('directivesEnd');
  if (/^Unexpected , in flow/.test(message) || message.startsWith('Unexpected empty item')) return at('flowComma');
  if (/^Missing (?:,|space after :)/.test(message)) return at('flowMissingComma');
  if (line.key?.name.startsWith('-')) return at('dashNoSpace');
  const colonNoSpace = !line.key && /^[^\s#'"{}[\],&*!|>%@`-][^:\s]*:[^\s/]/.test(line.text.slice(line.contentColumn));
  if (colonNoSpace && (code === 'MULTILINE_IMPLICIT_KEY' || code === 'MISSING_CHAR' || code === 'BAD_INDENT')) return at('noSpaceAfterColon');
  if (line.key && /:(?:[ \t]|$)/.test(line.text.slice(line.key.afterColon).replace(/#.*$/, '')) && code === 'BLOCK_AS_IMPLICIT_KEY') return at('colonInValue');
  if (line.key && /["']/.test(value[0] ?? '') && /at node end$/.test(message)) return at('textAfterQuote');
  const previous = lines.previous(line.index);
  if (line.listItem && previous) {
    // A "- " item left or right of the list it continues.
    const sibling = previous.listItem ? previous : undefined;
    if (sibling && sibling.indent !== line.indent && Math.abs(sibling.indent - line.indent) <= 2) return at('listIndent');
    if (code === 'BAD_INDENT' && /sequence items/.test(message)) return at('listIndent');
  }
  if (
    !line.listItem &&
    previous &&
    /^[^\]},#]/.test(line.text.slice(line.indent)) &&
    (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || code === 'UNEXPECTED_TOKEN')
  ) {
    // Same column as a "- " item above: the student left out the "- ".
    const listAbove = previous.listItem && previous.indent === line.indent ? previous : lines.previous(previous.index);
    const inList = previous.listItem
      ? previous.indent === line.indent
      : listAbove?.listItem === true && listAbove.indent === line.indent && previous.indent > line.indent;
    if (inList) return line.indent === 0 && line.key && code === 'UNEXPECTED_TOKEN' ? at('listThenKey') : at('missingDash');
  }
  if ((code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') && line.key && value !== '') {
    const next = lines.next(line.index);
    if (next && next.indent > line.key.column) return at('overIndented');
  }
  if (code === 'BAD_INDENT' && line.key && /mapping items/.test(message)) return at('keyIndent');
  return at(undefined);
}

/** Which situation wins when several errors share a line: the most specific cause first. */
const priority: (Situation | undefined)[] = [
  'tab',
  'undefinedAlias',
  'blockHeaderText',
  'aliasStar',
  'reservedStart',
  'binaryNotBase64',
  'unknownTag',
  'unclosedQuote',
  'unclosedBracket',
  'textAfterQuote',
  'noSpaceAfterColon',
  'colonInValue',
  'dashNoSpace',
  'listIndent',
  'missingDash',
  'listThenKey',
  'overIndented',
  'keyIndent',
  'commentSpace',
  'flowComma',
  'flowMissingComma',
  'directivesEnd',
  undefined,
];

function quoted(name: string): string {
  return JSON.stringify(name);
}

function fill(template: string, classified: Classified, lines: SourceLines): string {
  const { line } = classified;
  // "name:value" has no key to the parser, but the student meant the text before the colon as one.
  const squashed = classified.situation === 'noSpaceAfterColon' ? /^[^:\s]+(?=:)/.exec(line.text.slice(line.contentColumn))?.[0] : undefined;
  const own = squashed ?? (line.key && !line.key.name.startsWith('-') ? line.key.name : line.key?.name.slice(1));
  const parent = lines.parentKey(line.index, line.key && !line.listItem ? line.key.column : line.indent)?.name;
  // yaml finds an unclosed bracket or quote where the file ends; the key is where it was opened.
  const quoteChar = classified.situation === 'unclosedQuote' ? (classified.char === 'single quote' ? "'" : '"') : undefined;
  const opener =
    classified.char && brackets[classified.char]
      ? lines.lineWith(brackets[classified.char]!, line.index)
      : quoteChar
        ? lines.lineWhere((l) => valueStart(l).startsWith(quoteChar), line.index)
        : undefined;
  const key = opener ? (opener.key?.name ?? lines.parentKey(opener.index, opener.indent)?.name) : (own ?? parent);
  const listParent = lines.listParent(line.index, line.indent)?.name;
  const openerValue = opener && quoteChar ? (opener.key ? `the value of ${quoted(opener.key.name)}` : 'this value') : undefined;
  const listItem = line.listItem && !line.key;
  const value = own !== undefined ? `the value of ${quoted(own)}` : listItem && parent !== undefined ? `a list item under ${quoted(parent)}` : 'this value';
  const lineName = own !== undefined ? `the line of ${quoted(own)}` : 'this line';
  const close = classified.char && brackets[classified.char] ? classified.char : undefined;
  const replacements: Record<string, string> = {
    key: key !== undefined ? quoted(key) : 'this key',
    Key: key !== undefined ? quoted(key) : 'This key',
    keyColon: own !== undefined ? `${own}:` : 'key:',
    value: openerValue ?? value,
    Value: (openerValue ?? value)[0]!.toUpperCase() + (openerValue ?? value).slice(1),
    line: lineName,
    Line: lineName[0]!.toUpperCase() + lineName.slice(1),
    parent: parent !== undefined ? quoted(parent) : 'the key above',
    list: listParent !== undefined ? `the list under ${quoted(listParent)}` : 'a list',
    char: classified.char ?? '',
    quote: classified.char ?? 'quote',
    open: close ? `"${brackets[close]}"` : '',
    close: close ? `"${close}"` : '',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => replacements[name] ?? '');
}

/** The line a problem is about: one pointing at a line break is about the line that follows. */
function lineOf(lines: SourceLines, text: string, offset: number): number {
  const index = lines.indexOf(offset);
  if ((text[offset] === '\n' || text[offset] === '\r') && index + 1 < lines.count) {
    for (let i = index + 1; i < lines.count; i++) if (!SourceLines.blank(lines.line(i))) return i;
  }
  return index;
}

/**
 * Turns parser problems into findings: one per line and cause (yaml often reports one mistake
 * several times), worded from the table above, at yaml's own position.
 */
export function syntaxFindings(problems: readonly ParserProblem[], lines: SourceLines, lineStarts: readonly number[]): Finding[] {
  const text = lines.text;
  const byLine = new Map<number, Classified[]>();
  for (const problem of problems) {
    const offset = clampOffset(text, problem.pos[0]);
    const index = lineOf(lines, text, offset);
    const classified = classify(problem, lines, lines.line(index));
    const group = byLine.get(index);
    if (group) group.push(classified);
    else byLine.set(index, [classified]);
  }
  const findings: Finding[] = [];
  for (const group of byLine.values()) {
    const best = [...group].sort((a, b) => priority.indexOf(a.situation) - priority.indexOf(b.situation))[0]!;
    const { problem } = best;
    const entry = best.situation ? situationMessages[best.situation] : codeMessages[problem.code];
    const start = clampOffset(text, problem.pos[0]);
    const end = Math.max(start + 1, Math.min(problem.pos[1], clampOffset(text, problem.pos[1]) + 1));
    // An error anywhere in a document makes it unreadable; a warning alone does not.
    const severity = group.some((c) => c.problem.severity === 'error') ? 'error' : 'warning';
    findings.push({
      ruleId: 'yaml-syntax',
      severity,
      message: fill(entry.message, best, lines),
      messageId: best.situation ?? problem.code,
      ...offsetsToRange(lineStarts, start, end),
      hint: fill(entry.hint, best, lines),
    });
  }
  return findings;
}
