import { describe, expect, it } from 'vitest';
import { checkCronJobSchedule, goDurationSeconds, parseSchedule, sameSchedule } from '../../src/k8s/cron.js';

/** What robfig/cron's ParseStandard (Kubernetes' schedule validation) does with these, from its parser's rules. */
describe('checkCronJobSchedule: the schedules Kubernetes accepts', () => {
  it.each([
    '* * * * *',
    '+5 * * * *',
    '5/15 * * * *',
    '*/61 * * * *',
    '1,,2 * * * *',
    '*-5 * * * *',
    '? * * * ?',
    '0 0 * * sun',
    '0 0 1 jan-DEC *',
    '@hourly',
    '@every 1h30m',
    '@every 500ms',
    '@every -5m',
    '@every 0',
    '0 0 30 2 MON',
    '0 0 29 2 *',
  ])('%j', (schedule) => {
    expect(checkCronJobSchedule(schedule)).toEqual([]);
  });

  it.each([
    ['1-2-3 * * * *', 'invalidField'],
    ['1/2/3 * * * *', 'invalidField'],
    ['/5 * * * *', 'invalidField'],
    ['0 0 * * 7', 'sunday7'],
    ['0 0 31 4,6 *', 'neverRuns'],
    ['0 0 30 2 */1', 'neverRuns'],
    ['@every', 'unknownMacro'],
    ['@every 1d', 'everyDuration'],
    ['@hourly ', 'macroSuggestion'],
    ['0 0 * * * *', 'seconds'],
    ['TZ=UTC @daily', 'timeZone'],
  ])('%j is refused: %s', (schedule, messageId) => {
    expect(checkCronJobSchedule(schedule).map((problem) => problem.messageId)).toEqual([messageId]);
  });
});

describe('parseSchedule and sameSchedule', () => {
  it('reads @every as robfig does: whole seconds, at least one', () => {
    expect(parseSchedule('@every 90.5s')).toEqual({ type: 'every', seconds: 90 });
    expect(parseSchedule('@every 500ms')).toEqual({ type: 'every', seconds: 1 });
  });

  it('compares by the times a schedule fires', () => {
    expect(sameSchedule(parseSchedule('@weekly')!, parseSchedule('0 0 * * SUN')!)).toBe(true);
    expect(sameSchedule(parseSchedule('0 0 1 * *')!, parseSchedule('0 0 1 * 1')!)).toBe(false);
    expect(parseSchedule('0 0 30 2 *')).toBeUndefined();
  });

  it('reads Go durations', () => {
    expect(goDurationSeconds('1h30m')).toBe(5400);
    expect(goDurationSeconds('1.5m')).toBe(90);
    expect(goDurationSeconds('5')).toBeUndefined();
    expect(goDurationSeconds('')).toBeUndefined();
  });
});
