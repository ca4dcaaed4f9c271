/**
 * A tiny XML writer for the one fixed shape JUnit needs. Why not a library: the candidate already installed
 * (fast-xml-parser's XMLBuilder, a dev dependency) writes NUL and ESC through as they are and leaves raw
 * newlines in attributes (parsers turn them into spaces), so this escaping would be needed around it anyway.
 */

import { printable } from './log-safety.js';

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) plus C1 controls. */
const unsafeChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const spelledOut = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

const textEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '\n': '&#10;' };
const attributeEntities: Readonly<Record<string, string>> = { ...textEntities, '"': '&quot;', "'": '&apos;', '\t': '&#9;' };

/**
 * Character data: the answers' text through printable() (controls, bidi, line feeds and "##[" spelled out),
 * then markup characters escaped (so "]]>" cannot end anything) and what XML forbids beyond that spelled out.
 */
export function xmlText(text: string): string {
  return printable(text)
    .replace(unsafeChars, spelledOut)
    .replace(/[&<>\r\n]/g, (char) => textEntities[char]!);
}

/** An attribute value in double quotes; newlines and tabs survive attribute-value normalisation as references. */
export function xmlAttribute(text: string): string {
  return printable(text)
    .replace(unsafeChars, spelledOut)
    .replace(/[&<>\r"'\n\t]/g, (char) => attributeEntities[char]!);
}

export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;

export interface XmlElement {
  name: string;
  attributes?: XmlAttributes;
  children?: readonly XmlElement[];
  /** Character content; lines are written on lines of their own. */
  text?: string | readonly string[];
}

function openTag(element: XmlElement): string {
  const attributes = Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
  return `<${element.name}${attributes}`;
}

/** Serialises an element tree, two spaces per level; text-only elements stay on one line. */
export function renderXml(element: XmlElement, depth = 0): string {
  const indent = '  '.repeat(depth);
  const children = element.children ?? [];
  if (element.text !== undefined) {
    const lines = typeof element.text === 'string' ? [element.text] : element.text;
    return `${indent}${openTag(element)}>${lines.map(xmlText).join('\n')}</${element.name}>`;
  }
  if (children.length === 0) return `${indent}${openTag(element)}/>`;
  return [`${indent}${openTag(element)}>`, ...children.map((child) => renderXml(child, depth + 1)), `${indent}</${element.name}>`].join('\n');
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}\n`;
}
