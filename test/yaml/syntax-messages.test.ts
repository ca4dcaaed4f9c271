import { describe, expect, it } from 'vitest';
import type { ErrorCode } from 'yaml';
import { parseYamlStream } from '../../src/yaml/parse.js';
import { codeMessages } from '../../src/yaml/syntax-messages.js';

interface Case {
  name: string;
  text: string;
  /** Text from the input that must never be printed (values; key names may be). */
  values: string[];
  expected: { ruleId: string; messageId: string; severity: 'error' | 'warning'; line: number; column: number };
  message: string;
  hint: string;
}

/** One case per beginner mistake and per yaml error code that can be triggered: exactly one finding each. */
const cases: Case[] = [
  {
    name: 'an unquoted cron schedule (beginner: * starts an alias)',
    text: 'apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: */1 * * * *\n',
    values: ['*/1'],
    expected: { ruleId: 'yaml-syntax', messageId: 'aliasStar', severity: 'error', line: 4, column: 17 },
    message: 'The value of "schedule" starts with "*", which YAML reads as an alias (a reference to an anchor defined with "&"), not as text.',
    hint: 'Put the whole value in quotes so YAML reads it as text; a cron schedule, for example, is written "*/5 * * * *" with the quotes.',
  },
  {
    name: 'an unquoted glob meant as text (an alias with no anchor)',
    text: 'pattern: *.log\n',
    values: ['.log'],
    expected: { ruleId: 'yaml-syntax', messageId: 'undefinedAlias', severity: 'error', line: 1, column: 10 },
    message:
      'The value of "pattern" starts with "*", which YAML reads as an alias (a reference to an anchor defined with "&"), and no such anchor is defined above it.',
    hint: 'If the "*" is part of the text, put the whole value in quotes.',
  },
  {
    name: 'a list item without "- " (a key)',
    text: 'containers:\n  - name: web\n    image: nginx\n  name: sidecar\n',
    values: ['sidecar', 'web', 'nginx'],
    expected: { ruleId: 'yaml-syntax', messageId: 'missingDash', severity: 'error', line: 4, column: 1 },
    message: 'The line of "name" sits in the list under "containers" but does not start with "- ", so it is neither a list item nor a key of one.',
    hint: 'Start a new list item with "- " at the same column as the other items; if the line belongs to the item above, indent it to line up with that item\'s keys.',
  },
  {
    name: 'a list item without "- " (a plain value)',
    text: 'args:\n  - first\n  second\n',
    values: ['first', 'second'],
    expected: { ruleId: 'yaml-syntax', messageId: 'missingDash', severity: 'error', line: 3, column: 1 },
    message: 'This line sits in the list under "args" but does not start with "- ", so it is neither a list item nor a key of one.',
    hint: 'Start a new list item with "- " at the same column as the other items; if the line belongs to the item above, indent it to line up with that item\'s keys.',
  },
  {
    name: 'a list item one space to the right',
    text: 'env:\n  - name: A\n    value: x\n   - name: B\n',
    values: ['value: x'],
    expected: { ruleId: 'yaml-syntax', messageId: 'listIndent', severity: 'error', line: 4, column: 4 },
    message: 'This item of the list under "env" does not line up with the items above it.',
    hint: 'Start every "- " of the same list at the same column.',
  },
  {
    name: 'a list item one space to the left',
    text: 'ports:\n  - containerPort: 80\n - containerPort: 81\n',
    values: ['80', '81'],
    expected: { ruleId: 'yaml-syntax', messageId: 'listIndent', severity: 'error', line: 3, column: 1 },
    message: 'This item of the list under "ports" does not line up with the items above it.',
    hint: 'Start every "- " of the same list at the same column.',
  },
  {
    name: 'a "-" without a space',
    text: 'containers:\n  - name: a\n  -name: b\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'dashNoSpace', severity: 'error', line: 3, column: 1 },
    message: 'The "-" before "name" needs a space after it to start a list item.',
    hint: 'Write "- " (a dash and a space) before the key, at the same column as the other items.',
  },
  {
    name: 'a missing space after ":"',
    text: 'metadata:\n  name:web\n  labels:\n    app: x\n',
    values: ['web'],
    expected: { ruleId: 'yaml-syntax', messageId: 'noSpaceAfterColon', severity: 'error', line: 2, column: 3 },
    message: '"name" has no space after its colon, so YAML reads the key and its value as one piece of text instead of a key and a value.',
    hint: 'Write a space after the colon (name: value).',
  },
  {
    name: 'a tab as indentation',
    text: 'metadata:\n\tname: web\n',
    values: ['web'],
    expected: { ruleId: 'yaml-syntax', messageId: 'tab', severity: 'error', line: 2, column: 1 },
    message: 'The line of "name" is indented with a tab, but YAML allows only spaces for indentation.',
    hint: 'Replace the tab with spaces, and set your editor to insert spaces when you press Tab.',
  },
  {
    name: 'a key less indented than its siblings',
    text: 'metadata:\n  name: web\n labels: x\n',
    values: ['web'],
    expected: { ruleId: 'yaml-syntax', messageId: 'keyIndent', severity: 'error', line: 3, column: 1 },
    message: '"labels" does not line up with the keys above it, so YAML cannot tell which mapping it belongs to.',
    hint: 'Indent "labels" with exactly as many spaces as the keys it belongs with.',
  },
  {
    name: 'a key more indented under a key with a value',
    text: 'metadata:\n  name: web\n    labels: x\n',
    values: ['web'],
    expected: { ruleId: 'yaml-syntax', messageId: 'overIndented', severity: 'error', line: 2, column: 9 },
    message: 'The line below "name" is indented further, but "name" already has a value on its own line, so YAML reads the next line as part of that value.',
    hint: 'Line the next key up with "name"; or, if the lines below belong inside "name", remove the value after its colon.',
  },
  {
    name: 'a ": " inside an unquoted value',
    text: 'command: echo a: b\n',
    values: ['echo'],
    expected: { ruleId: 'yaml-syntax', messageId: 'colonInValue', severity: 'error', line: 1, column: 10 },
    message: 'The value of "command" contains ": " (a colon and a space), which YAML reads as the start of another key.',
    hint: 'Put the whole value in quotes.',
  },
  {
    name: 'text after a block scalar header (a Secret)',
    text: 'stringData:\n  password: | s3cr3tV4lue\n',
    values: ['s3cr3tV4lue'],
    expected: { ruleId: 'yaml-syntax', messageId: 'blockHeaderText', severity: 'error', line: 2, column: 15 },
    message: 'The value of "password" starts with "|", which announces a block of text on the lines below, so nothing else may follow it on the same line.',
    hint: 'Put the text on the next line, indented further than "password"; or, if "|" is part of the value, put the whole value in quotes.',
  },
  {
    name: 'text right after a block scalar header',
    text: 'config: |tx7 hr9\n',
    values: ['tx7', 'hr9'],
    expected: { ruleId: 'yaml-syntax', messageId: 'blockHeaderText', severity: 'error', line: 1, column: 10 },
    message: 'The value of "config" starts with "|", which announces a block of text on the lines below, so nothing else may follow it on the same line.',
    hint: 'Put the text on the next line, indented further than "config"; or, if "|" is part of the value, put the whole value in quotes.',
  },
  {
    name: 'a Windows path in double quotes (a Secret)',
    text: 'stringData:\n  password: "C:\\users\\me"\n',
    values: ['C:', 'users', '\\me'],
    expected: { ruleId: 'yaml-syntax', messageId: 'BAD_DQ_ESCAPE', severity: 'error', line: 2, column: 16 },
    message:
      'The value of "password" is in double quotes, where a backslash starts an escape sequence (such as \\n), and this backslash does not start a valid one.',
    hint: 'Use single quotes instead (a backslash is plain text inside them), or write each backslash twice.',
  },
  {
    name: 'a value starting with @',
    text: 'email: @admin\n',
    values: ['admin'],
    expected: { ruleId: 'yaml-syntax', messageId: 'reservedStart', severity: 'error', line: 1, column: 8 },
    message: 'The value of "email" starts with "@", which YAML reserves: a value without quotes cannot start with it.',
    hint: 'Put the whole value in quotes.',
  },
  {
    name: 'a value starting with a backtick',
    text: 'cmd: `ls`\n',
    values: ['ls'],
    expected: { ruleId: 'yaml-syntax', messageId: 'reservedStart', severity: 'error', line: 1, column: 6 },
    message: 'The value of "cmd" starts with a backtick ("`"), which YAML reserves: a value without quotes cannot start with it.',
    hint: 'Put the whole value in quotes.',
  },
  {
    name: 'a value starting with %',
    text: 'ratio: %50\n',
    values: ['50'],
    expected: { ruleId: 'yaml-syntax', messageId: 'reservedStart', severity: 'error', line: 1, column: 8 },
    message: 'The value of "ratio" starts with "%", which YAML reserves: a value without quotes cannot start with it.',
    hint: 'Put the whole value in quotes.',
  },
  {
    name: 'an unknown tag (a value starting with !)',
    text: 'password: !hunter2\n',
    values: ['hunter2'],
    expected: { ruleId: 'yaml-syntax', messageId: 'unknownTag', severity: 'warning', line: 1, column: 11 },
    message: 'The value of "password" starts with "!", which YAML reads as a type tag rather than as part of the value, and this tag is not one it knows.',
    hint: 'Put the whole value in quotes if the "!" is part of the text.',
  },
  {
    name: 'an unclosed double quote',
    text: 'title: "hello\n',
    values: ['hello'],
    expected: { ruleId: 'yaml-syntax', messageId: 'unclosedQuote', severity: 'error', line: 1, column: 13 },
    message: 'The value of "title" opens a double quote that is never closed.',
    hint: 'Add the closing quote at the end of the value.',
  },
  {
    name: 'an unclosed single quote',
    text: "title: 'hello\n",
    values: ['hello'],
    expected: { ruleId: 'yaml-syntax', messageId: 'unclosedQuote', severity: 'error', line: 1, column: 13 },
    message: 'The value of "title" opens a single quote that is never closed.',
    hint: 'Add the closing quote at the end of the value.',
  },
  {
    name: 'an unclosed bracket',
    text: 'metadata: {name: web\n',
    values: ['web'],
    expected: { ruleId: 'yaml-syntax', messageId: 'unclosedBracket', severity: 'error', line: 1, column: 20 },
    message: 'The "{" after "metadata" is never closed with "}".',
    hint: 'Close it with "}" after the last item; or drop the brackets and write one item per line.',
  },
  {
    name: 'text after a closing quote',
    text: 'msg: "abc" def\n',
    values: ['abc', 'def'],
    expected: { ruleId: 'yaml-syntax', messageId: 'textAfterQuote', severity: 'error', line: 1, column: 12 },
    message: 'The value of "msg" has more text after its closing quote.',
    hint: 'Put the whole value inside the quotes.',
  },
  {
    name: 'a "#" touching a quoted value',
    text: 'b: "x"#c\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'commentSpace', severity: 'error', line: 1, column: 7 },
    message: 'A "#" in the line of "b" touches the text before it; a comment needs a space before its "#".',
    hint: 'Add a space before the "#", or put it inside quotes if it is part of the value.',
  },
  {
    name: 'an extra comma in brackets',
    text: 'a: [1,,2]\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'flowComma', severity: 'error', line: 1, column: 7 },
    message: 'The brackets after "a" hold an extra comma (an empty item).',
    hint: 'Remove the extra comma.',
  },
  {
    name: 'a block list inside brackets',
    text: 'a: {b: 1 c: 2}\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'BLOCK_IN_FLOW', severity: 'error', line: 1, column: 8 },
    message:
      'Inside brackets ("[ ]" or "{ }") after "a", items are separated by commas; "- " items and "key: value" lines without commas cannot be used there.',
    hint: 'Write the items as [a, b] or {name: a, other: b}, or drop the brackets and put one item per line.',
  },
  {
    name: 'a key after a top-level list',
    text: '- a\nb: c\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'listThenKey', severity: 'error', line: 2, column: 1 },
    message: 'The line of "b" is a key at the top level, but the document above it is a list, and a document cannot be both.',
    hint: 'Indent the key under a list item, or start a new document with a "---" line before it.',
  },
  {
    name: 'two resources without ---',
    text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\napiVersion: v1\nkind: Secret\nmetadata:\n  name: b\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'missingDocumentStart', severity: 'error', line: 5, column: 1 },
    message: '"apiVersion" appears a second time at the top level: this looks like two resources in one document, with no "---" line between them.',
    hint: 'Put a line with only "---" before the second resource, so that each resource is its own document.',
  },
  {
    name: 'a duplicate key',
    text: 'data:\n  mode: fast\n  mode: slow\n',
    values: ['fast', 'slow'],
    expected: { ruleId: 'yaml-duplicate-key', messageId: 'duplicate', severity: 'error', line: 3, column: 3 },
    message: '"mode" appears more than once in the same mapping; kubectl rejects the file, and the other checks use the last one.',
    hint: 'Keep only one "mode": remove the other, or merge what is under both into one.',
  },
  {
    name: '!!binary that is not base64',
    text: 'data:\n  f: !!binary "%%%"\n',
    values: ['%%%'],
    expected: { ruleId: 'yaml-syntax', messageId: 'binaryNotBase64', severity: 'error', line: 2, column: 6 },
    message: 'The value of "f" is tagged !!binary but is not valid base64, so kubectl cannot decode it.',
    hint: 'Encode the content with base64 (for example base64 -w0 FILE), or remove the !!binary tag.',
  },
  {
    name: 'two anchors',
    text: 'a: &x &y 1\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'MULTIPLE_ANCHORS', severity: 'error', line: 1, column: 7 },
    message: 'The value of "a" has two anchors ("&"); a value can have at most one.',
    hint: 'Remove one of them, or put the value in quotes if "&" is part of the text.',
  },
  {
    name: 'two tags',
    text: 'a: !!str !!int 1\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'MULTIPLE_TAGS', severity: 'error', line: 1, column: 10 },
    message: 'The value of "a" has two tags ("!"); a value can have at most one.',
    hint: 'Remove one of them, or put the value in quotes if "!" is part of the text.',
  },
  {
    name: 'an alias with a tag',
    text: 'a: &x 1\nb: !!str *x\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'ALIAS_PROPS', severity: 'error', line: 2, column: 10 },
    message: 'An alias ("*" and a name) cannot carry its own anchor ("&") or tag ("!"), as the value of "b" does.',
    hint: 'Remove the "&" or "!" in front of the "*"; or, if the "*" is part of the text, put the whole value in quotes.',
  },
  {
    name: 'an empty anchor',
    text: 'a: & 1\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'BAD_ALIAS', severity: 'error', line: 1, column: 4 },
    message: 'An anchor ("&") or alias ("*") in the value of "a" has no name or ends with ":".',
    hint: 'If "&" or "*" is meant as text, put the whole value in quotes; anchors are written &name and used as *name.',
  },
  {
    name: 'an anchor ending in ":"',
    text: 'a: &x: 1\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'BAD_ALIAS', severity: 'warning', line: 1, column: 6 },
    message: 'An anchor ("&") or alias ("*") in the value of "a" has no name or ends with ":".',
    hint: 'If "&" or "*" is meant as text, put the whole value in quotes; anchors are written &name and used as *name.',
  },
  {
    name: 'an unknown directive',
    text: '%FOO bar\n---\na: 1\n',
    values: ['bar'],
    expected: { ruleId: 'yaml-syntax', messageId: 'BAD_DIRECTIVE', severity: 'warning', line: 1, column: 1 },
    message: 'This line starts with "%", which YAML reads as a directive, and it is not one YAML knows.',
    hint: 'Kubernetes manifests need no directives: remove the line, or quote the value if "%" is part of it.',
  },
  {
    name: 'a directive without ---',
    text: '%YAML 1.2\na: 1\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'directivesEnd', severity: 'error', line: 2, column: 1 },
    message: 'The "%" line above makes YAML expect a "---" line before the content, and there is none.',
    hint: 'Remove the "%" line (Kubernetes manifests need none), or add a line with only "---" after it.',
  },
  {
    name: 'a !!set on a list',
    text: 'a: !!set [1]\n',
    values: [],
    expected: { ruleId: 'yaml-syntax', messageId: 'BAD_COLLECTION_TYPE', severity: 'warning', line: 1, column: 4 },
    message: 'A tag on the value of "a" is meant for another kind of value (a list where there is a mapping, or the other way round).',
    hint: 'Remove the tag: Kubernetes manifests need none.',
  },
  {
    name: 'a !!int on text',
    text: 'a: !!int abc\n',
    values: ['abc'],
    expected: { ruleId: 'yaml-syntax', messageId: 'TAG_RESOLVE_FAILED', severity: 'warning', line: 1, column: 4 },
    message: 'The value of "a" has a tag (starting with "!") that YAML cannot apply.',
    hint: 'Remove the tag; or, if the "!" is part of the text, put the whole value in quotes.',
  },
];

describe('YAML parser findings in our own words', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { findings } = parseYamlStream(c.text);
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding).toMatchObject(c.expected);
      expect(finding!.message).toBe(c.message);
      expect(finding!.hint).toBe(c.hint);
      for (const value of c.values) expect(`${finding!.message} ${finding!.hint}`).not.toContain(value);
    });
  }

  it('never quotes a Secret value, whatever the typo', () => {
    const texts = [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: | hunter2\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: "C:\\users\\hunter2"\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: *hunter2\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: @hunter2\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: !hunter2\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password:hunter2\n  user: x\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: "hunter2" x\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: a: hunter2\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: !!binary hunter2\n',
    ];
    for (const text of texts) {
      const { findings } = parseYamlStream(text);
      expect(findings.length, text).toBeGreaterThan(0);
      for (const finding of findings) expect(JSON.stringify(finding), text).not.toContain('hunter2');
    }
  });

  it('has a message and a hint for every error code, with no unknown placeholder', () => {
    const codes: ErrorCode[] = [
      'ALIAS_PROPS',
      'BAD_ALIAS',
      'BAD_DIRECTIVE',
      'BAD_DQ_ESCAPE',
      'BAD_INDENT',
      'BAD_PROP_ORDER',
      'BAD_SCALAR_START',
      'BLOCK_AS_IMPLICIT_KEY',
      'BLOCK_IN_FLOW',
      'DUPLICATE_KEY',
      'IMPOSSIBLE',
      'KEY_OVER_1024_CHARS',
      'MISSING_CHAR',
      'MULTILINE_IMPLICIT_KEY',
      'MULTIPLE_ANCHORS',
      'MULTIPLE_DOCS',
      'MULTIPLE_TAGS',
      'NON_STRING_KEY',
      'RESOURCE_EXHAUSTION',
      'TAB_AS_INDENT',
      'TAG_RESOLVE_FAILED',
      'UNEXPECTED_TOKEN',
      'BAD_COLLECTION_TYPE',
    ];
    expect(Object.keys(codeMessages).sort()).toEqual([...codes].sort());
    for (const entry of Object.values(codeMessages)) {
      for (const text of [entry.message, entry.hint])
        expect(text.match(/\{\{(\w+)\}\}/g) ?? []).toEqual(
          text.match(/\{\{(?:key|Key|keyColon|value|Value|line|Line|parent|list|char|quote|open|close)\}\}/g) ?? [],
        );
    }
  });

  it('reports a key longer than 1024 characters at the key, without printing it', () => {
    const { findings } = parseYamlStream(`${'k'.repeat(1100)}: 1\n`);
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.message])).toEqual([
      ['KEY_OVER_1024_CHARS', 1, 1, 'A key here is longer than 1024 characters, the most YAML allows.'],
    ]);
  });

  it('names the key whose quote is left open, not the key where yaml notices it', () => {
    const { findings } = parseYamlStream('a: 1\npassword: "s3cr3t\nendpoint: x\n');
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.message])).toEqual([
      ['unclosedQuote', 3, 11, 'The value of "password" opens a double quote that is never closed.'],
    ]);
  });

  it('reports an unquoted cron schedule once, though yaml reports it four times', () => {
    expect(parseYamlStream('schedule: */5 * * * *\n').findings).toHaveLength(1);
  });
});

describe('duplicate keys', () => {
  it('keeps the document readable with the last value, and names the key', () => {
    const stream = parseYamlStream('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  mode: fast\n  mode: slow\n');
    expect(stream.documents[0]!.broken).toBe(false);
    expect(stream.documents[0]!.value).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { mode: 'slow' } });
    expect(stream.findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toEqual([['yaml-duplicate-key', 7, 3, 7]]);
  });

  it('reports each repeat at its own position, in every mapping', () => {
    const stream = parseYamlStream('a: 1\nb:\n  c: 1\n  c: 2\n  c: 3\na: 2\n');
    expect(stream.findings.map((f) => [f.ruleId, f.line, f.column]).sort((x, y) => Number(x[1]) - Number(y[1]))).toEqual([
      ['yaml-duplicate-key', 4, 3],
      ['yaml-duplicate-key', 5, 3],
      ['yaml-duplicate-key', 6, 1],
    ]);
    expect(stream.documents[0]!.value).toEqual({ a: 2, b: { c: 3 } });
  });

  it('treats two resources in one document as unreadable, once, at the second resource', () => {
    const stream = parseYamlStream(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: "1"\napiVersion: v1\nkind: Secret\nmetadata:\n  name: b\n',
    );
    expect(stream.documents[0]!.broken).toBe(true);
    expect(stream.findings.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['yaml-syntax', 'missingDocumentStart', 7, 1]]);
  });
});

describe('!!binary', () => {
  it('is a string, as kubectl decodes it, never a map', () => {
    const stream = parseYamlStream('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  greeting: !!binary aGVsbG8=\n');
    expect(stream.findings).toEqual([]);
    expect(stream.documents[0]!.value).toMatchObject({ data: { greeting: 'hello' } });
  });
});
