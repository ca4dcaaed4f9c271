import { describe, expect, it } from 'vitest';
import { compactRange, compactString, hashRange, StringTable } from '../../src/yaml/compact-strings.js';

describe('StringTable finds a string by content, from a string or from a range of a text', () => {
  const cases: [string, string, number, number][] = [
    ['the empty string', 'a: ""', 4, 4],
    ['one character', 'a: b', 3, 4],
    ['a name', 'name: nginx', 6, 11],
    ['a long value', 'image: registry.example.com/team/app:1.2.3', 7, 42],
    ['astral characters', 'k: 😀x', 3, 6],
  ];
  it.each(cases)('%s', (_name, text, start, end) => {
    const table = new StringTable();
    const value = text.slice(start, end);
    expect(hashRange(text, start, end)).toBe(hashRange(value, 0, value.length));
    const id = table.idOfRange(text, start, end);
    expect(table.strings[id]).toBe(value);
    expect(table.idOf(value)).toBe(id);
    expect(table.idOfRange(text, start, end)).toBe(id);
    expect(table.size).toBe(1);
  });

  it('keeps ids through growth, and refuses new strings once full', () => {
    const table = new StringTable(3000);
    const ids = Array.from({ length: 3000 }, (_, i) => table.idOf(`key-${i}`));
    expect(ids).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(table.idOf('key-2999')).toBe(2999);
    expect(table.idOf('key-3000')).toBe(-1);
    expect(table.idOfRange('x: key-17', 3, 9)).toBe(17);
  });
});

describe('compactString and compactRange', () => {
  it('give the same shared string for the same content', () => {
    const text = 'a: IfNotPresent\nb: IfNotPresent\n';
    const first = compactRange(text, 3, 15);
    expect(first).toBe('IfNotPresent');
    expect(compactRange(text, 19, 31)).toBe(first);
    expect(compactString('IfNotPresent')).toBe(first);
  });

  it('keep long values whole', () => {
    const long = 'x'.repeat(100);
    expect(compactRange(`a: ${long}`, 3, 103)).toBe(long);
    expect(compactString(long)).toBe(long);
  });
});
