import { describe, expect, it } from 'vitest';
import { translate } from '../src/messages.js';
import { apiVersionMeta, schemaMeta } from '../src/schema/messages.js';

const meta = {
  id: 'demo',
  messages: { said: '{{who}} said {{what}}.', 'said/loud': '{{who}} shouted {{what}}!' },
  hints: { said: 'Ask {{who}} again.', 'said/quiet': 'Listen to {{who}}.' },
};

describe('translate: the one messageId + data translator', () => {
  it.each([
    [
      { messageId: 'said', data: { who: 'Ann', what: 'hi' } },
      { messageId: 'said', message: 'Ann said hi.', hint: 'Ask Ann again.' },
    ],
    [
      { messageId: 'said', variant: 'loud', data: { who: 'Ann', what: 'hi' } },
      { messageId: 'said', message: 'Ann shouted hi!' },
    ],
    [
      { messageId: 'said', variant: 'loud', hint: '', data: { who: 'Ann', what: 'hi' } },
      { messageId: 'said', message: 'Ann shouted hi!', hint: 'Ask Ann again.' },
    ],
    [
      { messageId: 'said', hint: 'quiet', data: { who: 'Ann', what: 'hi' } },
      { messageId: 'said', message: 'Ann said hi.', hint: 'Listen to Ann.' },
    ],
    [
      { messageId: 'said', hint: null, data: { who: 'Ann', what: 'hi' } },
      { messageId: 'said', message: 'Ann said hi.' },
    ],
    [
      { messageId: 'said', data: { who: 'Ann' } },
      { messageId: 'said', message: 'Ann said {{what}}.', hint: 'Ask Ann again.' },
    ],
  ])('%j', (report, expected) => {
    expect(translate(meta, report)).toEqual(expected);
  });

  it('refuses a message id the metadata does not have (a bug in the check)', () => {
    expect(() => translate(meta, { messageId: 'whispered' })).toThrow('rule demo reported unknown messageId "whispered"');
    expect(() => translate(meta, { messageId: 'said', variant: 'sung' })).toThrow('unknown messageId "said/sung"');
    expect(() => translate(meta, { messageId: 'said', hint: 'sung' })).toThrow('unknown hint "said/sung"');
  });

  it('the schema checks document every hint next to a message of the same id', () => {
    for (const checkMeta of [schemaMeta, apiVersionMeta]) {
      for (const id of Object.keys(checkMeta.hints)) expect(Object.keys(checkMeta.messages), id).toContain(id.split('/')[0]);
    }
  });
});

describe('the documented schema and api-version templates are the printed messages', () => {
  /** The template keys (`id` or `id/variant`) whose text, placeholders filled by anything, is the message. */
  function templatesMatching(meta: { messages: Readonly<Record<string, string>> }, messageId: string, message: string): string[] {
    return Object.entries(meta.messages)
      .filter(([key]) => key === messageId || key.startsWith(`${messageId}/`))
      .filter(([, template]) =>
        new RegExp(
          `^${template
            .split(/\{\{\s*\w+\s*\}\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
          's',
        ).test(message),
      )
      .map(([key]) => key);
  }

  it.each([
    [
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  backoffLimit: "3"\n  template:\n    spec:\n      restartpolicy: Never\n      containers:\n        - name: c\n          image: alpine:3.8\n',
    ],
    ['apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 80\n      protocol: tcp\n  bogus: 1\n'],
    ['apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n'],
    ['apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: web\n'],
    ['apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n'],
    ['apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: "not base64!"\n'],
    ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - image: alpine\n'],
  ])('%s', async (manifest) => {
    const { validateYaml } = await import('./schema/support.js');
    const findings = validateYaml(manifest);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const meta = finding.ruleId === 'schema' ? schemaMeta : apiVersionMeta;
      expect(templatesMatching(meta, finding.messageId!, finding.message), `${finding.messageId}: ${finding.message}`).not.toEqual([]);
    }
  });
});
