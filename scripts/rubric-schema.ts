/** Writes the assertion part of schemas/rubric.schema.json and the README's assertion table from src/grade/assertions/. Run by npm run docs. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withAssertionDefinition, withAssertionTable } from '../src/grade/assertions/generated.js';

const root = path.join(import.meta.dirname, '..');
const schemaFile = path.join(root, 'schemas', 'rubric.schema.json');
const readmeFile = path.join(root, 'README.md');
await writeFile(schemaFile, withAssertionDefinition(await readFile(schemaFile, 'utf8')));
await writeFile(readmeFile, withAssertionTable(await readFile(readmeFile, 'utf8')));
console.log('wrote the assertion part of schemas/rubric.schema.json and the README assertion table');
