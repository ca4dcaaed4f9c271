// The floor for whole-corpus lint: one process that reads every file and parses it with the same
// yaml package, keeping positions (parseAllDocuments with a LineCounter) and building plain values
// (toJS), and does nothing else: the least any linter built on yaml must do.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { LineCounter, parseAllDocuments } from 'yaml';

const files = fg.sync('**/*.{yaml,yml}', { cwd: process.argv[2], absolute: true, caseSensitiveMatch: false });
let documents = 0;
for (const file of files) {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(readFileSync(file, 'utf8'), { lineCounter });
  for (const document of Array.isArray(parsed) ? parsed : [parsed]) {
    documents++;
    try {
      document.toJS({ maxAliasCount: 100 });
    } catch {
      // a document yaml cannot turn into values (an alias bomb, a bad alias) costs what it cost
    }
  }
}
process.stdout.write(`${files.length} files, ${documents} documents\n`);
