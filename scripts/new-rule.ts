/** Scaffolds a rule: rules/<id>.ts, test/rules/<id>.test.ts, a registry entry and its docs page. Run: npm run new-rule my-rule-id */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
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

await writeFile(
  ruleFile,
  `import { defineRule } from '../src/lint/rule.js';

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

console.log(
  `created rules/${id}.ts and test/rules/${id}.test.ts (the next build registers it in the generated rules/index.ts); fill them in, then run npm run docs`,
);
