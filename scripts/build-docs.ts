/** Regenerates docs/rules/<id>.md from rule metadata. Run: npm run docs */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { allRuleMeta } from '../src/pipeline/rule-set.js';
import { renderRuleDoc } from '../src/lint/docs.js';

const dir = path.join(import.meta.dirname, '..', 'docs', 'rules');
await mkdir(dir, { recursive: true });
for (const meta of allRuleMeta()) {
  await writeFile(path.join(dir, `${meta.id}.md`), renderRuleDoc(meta));
}
console.log(`wrote ${allRuleMeta().length} pages to docs/rules/`);
