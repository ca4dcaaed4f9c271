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
    [{ messageId: 'said', data: { who: 'Ann', what: 'hi' } }, { messageId: 'said', message: 'Ann said hi.', hint: 'Ask Ann again.' }],
    [{ messageId: 'said', variant: 'loud', data: { who: 'Ann', what: 'hi' } }, { messageId: 'said', message: 'Ann shouted hi!' }],
    [{ messageId: 'said', variant: 'loud', hint: '', data: { who: 'Ann', what: 'hi' } }, { messageId: 'said', message: 'Ann shouted hi!', hint: 'Ask Ann again.' }],
    [{ messageId: 'said', hint: 'quiet', data: { who: 'Ann', what: 'hi' } }, { messageId: 'said', message: 'Ann said hi.', hint: 'Listen to Ann.' }],
    [{ messageId: 'said', hint: null, data: { who: 'Ann', what: 'hi' } }, { messageId: 'said', message: 'Ann said hi.' }],
    [{ messageId: 'said', data: { who: 'Ann' } }, { messageId: 'said', message: 'Ann said {{what}}.', hint: 'Ask Ann again.' }],
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
