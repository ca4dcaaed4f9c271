import type { RuleMeta } from './rule.js';

/** The Markdown page for a rule, generated from its metadata (docs/rules/<id>.md). */
export function renderRuleDoc(meta: RuleMeta): string {
  const lines = [
    `# ${meta.id}`,
    '',
    `${meta.description}`,
    '',
    `- Default severity: **${meta.severity}**`,
    `- Applies to: ${meta.kinds ? meta.kinds.join(', ') : 'every kind'}`,
    '',
    '## Why',
    '',
    meta.docs.rationale,
    '',
    '## Incorrect',
    '',
    '```yaml',
    meta.docs.incorrect.trimEnd(),
    '```',
    '',
    '## Correct',
    '',
    '```yaml',
    meta.docs.correct.trimEnd(),
    '```',
    '',
  ];
  const messages = Object.entries(meta.messages);
  if (messages.length > 0) {
    lines.push('## Messages', '');
    for (const [id, text] of messages) {
      const hint = meta.hints?.[id];
      lines.push(`- \`${id}\`: ${text}${hint ? `  \n  Fix: ${hint}` : ''}`);
    }
    // Hints a check picks by case, for a message whose wording stays the same.
    for (const [id, hint] of Object.entries(meta.hints ?? {})) {
      if (!(id in meta.messages)) lines.push(`- Fix \`${id}\`: ${hint}`);
    }
    lines.push('');
  }
  if (meta.options) {
    lines.push('## Options', '', '```json', JSON.stringify(meta.options, null, 2), '```', '');
  }
  return lines.join('\n');
}
