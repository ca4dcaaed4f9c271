// Where yaml spends its time on a corpus, warm, in one process: lexing, building the CST, composing
// Documents, and toJS; plus what a leaner use of it costs (the CST alone, no Document).
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { Composer, LineCounter, Lexer, Parser } from 'yaml';

const files = fg.sync('**/*.{yaml,yml}', { cwd: process.argv[2], absolute: true, caseSensitiveMatch: false });
const texts = files.map((file) => readFileSync(file, 'utf8'));
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
function time(run) {
  run();
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return Math.round(median(samples));
}
const stages = {
  lex: time(() => {
    for (const text of texts) for (const _ of new Lexer().lex(text));
  }),
  cst: time(() => {
    for (const text of texts) {
      const lineCounter = new LineCounter();
      for (const _ of new Parser(lineCounter.addNewLine).parse(text));
    }
  }),
  compose: time(() => {
    for (const text of texts) Array.from(new Composer({}).compose(new Parser().parse(text), true, text.length));
  }),
  composeToJs: time(() => {
    for (const text of texts)
      for (const document of new Composer({}).compose(new Parser().parse(text), true, text.length)) {
        try {
          document.toJS({ maxAliasCount: 100 });
        } catch {
          /* only the time counts */
        }
      }
  }),
};
process.stdout.write(`${JSON.stringify(stages)}\n`);
