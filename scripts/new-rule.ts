/** Scaffolds a rule: rules/<id>.ts, test/rules/<id>.test.ts, a registry entry and its docs page. Run: npm run new-rule my-rule-id */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const id = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
  console.error('usage: npm run new-rule <kebab-case-id>');
  process.exit(2);
}
const root = path.join(import.meta.dirname, '..');
const ruleFile = path.join(root, 'rules', `${id}.ts`);
if (existsSync(ruleFile)) {
  console.error(`rules/${id}.ts already exists`);
  process.exit(2);
}
const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

await writeFile(
  ruleFile,
  `import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: '${id}',
    description: 'One line: what this rule checks.',
    severity: 'error',
    kinds: ['Job'],
    messages: {
      problem: 'What is wrong, naming {{field}}.',
    },
    hints: {
      problem: 'How to fix it.',
    },
    docs: {
      rationale: 'Why this matters, for a beginner.',
      incorrect: 'apiVersion: batch/v1\\nkind: Job\\nmetadata:\\n  name: example\\n',
      correct: 'apiVersion: batch/v1\\nkind: Job\\nmetadata:\\n  name: example\\n',
    },
  },
  check({ value, report }) {
    void value;
    void report;
  },
});
`,
);

await writeFile(
  path.join(root, 'test', 'rules', `${id}.test.ts`),
  `import rule from '../../rules/${id}.js';
import { testRule } from '../support/rule-tester.js';

testRule(rule, {
  valid: [],
  invalid: [],
});
`,
);

const indexFile = path.join(root, 'rules', 'index.ts');
const index = await readFile(indexFile, 'utf8');
const imports = index.match(/^import .*$/gm) ?? [];
const entries = [...index.matchAll(/^ {2}(\w+),$/gm)].map((m) => m[1]!);
const ruleImports = [...imports.filter((line) => line.includes("from './")), `import ${camel} from './${id}.js';`].sort((a, b) => (a.split("'")[1]! < b.split("'")[1]! ? -1 : 1));
const ruleEntries = [...entries, camel].sort((a, b) => (a < b ? -1 : 1));
const header = imports.filter((line) => !line.includes("from './"));
await writeFile(
  indexFile,
  `${[...header, ...ruleImports].join('\n')}

/** Every rule, in id order. \`npm run new-rule ID\` adds an entry here. */
export const rules: readonly Rule[] = [
${ruleEntries.map((name) => `  ${name},`).join('\n')}
];
`,
);
console.log(`created rules/${id}.ts and test/rules/${id}.test.ts, registered in rules/index.ts; fill them in, then run npm run docs`);
