// The fast YAML path (src/yaml/fast/) against yaml on a corpus, warm, in one process (run `npm run build` first):
//   node bench/fast-parse.mjs [DIR]   (default ../shared/corpus/real, else fixtures)
// scanner: the fast path alone on the files it accepts, beside parseAllDocuments + LineCounter + toJS on the same files;
// parseYamlStream: the whole corpus through parseYamlStream with the fast path (falling back where it must) and without.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { LineCounter, parseAllDocuments } from 'yaml';
import { fastParseYamlStream, fastPath } from '../build/src/yaml/fast/index.js';
import { defaultParseLimits, parseYamlStream } from '../build/src/yaml/parse.js';

const root = path.join(import.meta.dirname, '..');
const shared = path.join(root, '..', 'shared', 'corpus', 'real');
const dir = process.argv[2] ?? (existsSync(shared) ? shared : path.join(root, 'fixtures'));
const files = fg.sync('**/*.{yaml,yml}', { cwd: dir, absolute: true, caseSensitiveMatch: false });
const texts = files.map((file) => readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const accepted = texts.filter((text) => fastParseYamlStream(text, defaultParseLimits) !== undefined);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

function time(run) {
  run();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function yamlFloor(list) {
  for (const text of list) {
    const lineCounter = new LineCounter();
    for (const document of parseAllDocuments(text, { lineCounter })) {
      try {
        document.toJS({ maxAliasCount: 100 });
      } catch {
        // a file yaml rejects costs the same either way
      }
    }
  }
}

const scanner = time(() => {
  for (const text of accepted) fastParseYamlStream(text, defaultParseLimits);
});
const floor = time(() => yamlFloor(accepted));
const withFast = time(() => {
  for (const text of texts) parseYamlStream(text);
});
fastPath.enabled = false;
const withoutFast = time(() => {
  for (const text of texts) parseYamlStream(text);
});
fastPath.enabled = true;
const bytes = (list) => list.reduce((sum, text) => sum + text.length, 0);
const result = {
  corpus: path.relative(root, dir) || dir,
  files: texts.length,
  acceptedFiles: accepted.length,
  acceptedShareOfFiles: Number((accepted.length / texts.length).toFixed(3)),
  acceptedShareOfBytes: Number((bytes(accepted) / bytes(texts)).toFixed(3)),
  scannerMs: Math.round(scanner),
  yamlParseAllDocumentsToJsMs: Math.round(floor),
  scannerRatio: Number((scanner / floor).toFixed(3)),
  parseYamlStreamFastMs: Math.round(withFast),
  parseYamlStreamYamlOnlyMs: Math.round(withoutFast),
  parseYamlStreamRatio: Number((withFast / withoutFast).toFixed(3)),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
