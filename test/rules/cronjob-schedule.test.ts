import rule from '../../rules/cronjob-schedule.js';
import { testRule } from '../support/rule-tester.js';

/** A complete CronJob; the schedule value starts at line 6, column 13. */
const cronJob = (schedule: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: login-heartbeat
spec:
  schedule: ${schedule}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: heartbeat
              image: alpine:3.8
`;

/** The error every case expects: on the whole schedule value. */
const at = (messageId: string, schedule: string, message?: string) => ({
  messageId,
  line: 6,
  column: 13,
  endLine: 6,
  endColumn: 13 + schedule.length,
  ...(message ? { message } : {}),
});

const invalid = (name: string, schedule: string, messageId: string, message?: string) => ({
  name,
  code: cronJob(schedule),
  errors: [at(messageId, schedule, message)],
});

// Whole manifests are in fixtures/rules/cronjob-schedule/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    cronJob('"* * * * *"'),
    { name: 'every minute written with a step', code: cronJob('"*/1 * * * *"') },
    { name: 'the workshop solution (batch/v1beta1)', code: cronJob('"* * * * *"').replace('batch/v1', 'batch/v1beta1') },
    { name: 'names, ranges, lists and steps', code: cronJob('"0 9-17/2 * JAN,jul MON-FRI"') },
    { name: 'question marks', code: cronJob('"? * * * ?"') },
    { name: 'Sunday as 0 and SUN', code: cronJob('"0 0 * * 0,SUN"') },
    { name: 'a step wider than the range is accepted', code: cronJob('"*/61 * * * *"') },
    { name: 'N/step', code: cronJob('"5/15 * * * *"') },
    { name: 'robfig skips empty list items', code: cronJob('"1,,2 * * * *"') },
    { name: 'overlapping list items (cron-parser calls them duplicates, robfig merges them)', code: cronJob('"0,5,0-10 * * * 1-5,MON"') },
    { name: 'robfig ignores what follows "*-"', code: cronJob('"*-5 * * * *"') },
    { name: 'day 30 in February with a day of week runs on that weekday', code: cronJob('"0 0 30 2 MON"') },
    { name: 'a leap day', code: cronJob('"0 0 29 2 *"') },
    { name: 'macros', code: cronJob('"@hourly"') },
    { name: '@midnight', code: cronJob('"@midnight"') },
    { name: '@every with a Go duration', code: cronJob('"@every 1h30m"') },
    { name: 'single quotes', code: cronJob("'0 3 * * *'") },
  ],
  invalid: [
    invalid('a seconds field', '"0 * * * * *"', 'seconds', 'no seconds field; drop the first field'),
    invalid('four fields', '"* * * *"', 'fieldCount', 'this one has 4'),
    invalid('Quartz with seconds and year', '"0 0 12 * * ? 2024"', 'fieldCount', 'this one has 7'),
    invalid('minute 60', '"60 * * * *"', 'outOfRange', '60 is out of range for the minute field, which takes 0-59'),
    invalid('hour 24', '"0 24 * * *"', 'outOfRange', 'hour field'),
    invalid('month 13', '"0 0 1 13 *"', 'outOfRange', '13 is out of range for the month field'),
    invalid('day of month 0', '"0 0 0 * *"', 'outOfRange', 'day-of-month field, which takes 1-31'),
    invalid('day of week 7 (cron-parser accepts it, Kubernetes does not)', '"0 0 * * 7"', 'sunday7'),
    invalid('a range ending on 7', '"0 0 * * 5-7"', 'sunday7'),
    invalid('L', '"0 0 L * *"', 'unsupported', 'L ("last") in the day-of-month field'),
    invalid('#', '"0 0 * * 1#2"', 'unsupported', '# ("nth weekday of the month")'),
    invalid('W', '"0 0 15W * *"', 'unsupported', 'W ("nearest weekday")'),
    invalid('H', '"H * * * *"', 'unsupported', 'H ("hashed value") in the minute field'),
    invalid('a zero step', '"*/0 * * * *"', 'zeroStep'),
    invalid('a backwards range', '"0 22-2 * * *"', 'backwards', 'range 22-2 in the hour field'),
    invalid('a full month name', '"0 0 1 JULY *"', 'invalidField', 'The month field "JULY"'),
    invalid('a name in the minute field', '"MON * * * *"', 'invalidField', 'minute field'),
    invalid('day 30 of February never comes', '"0 0 30 2 *"', 'neverRuns', 'Day 30 of the month never comes in month(s) 2'),
    invalid('a capitalised macro', '"@Daily"', 'macroSuggestion', 'write "@daily" instead'),
    invalid("cron-parser's @weekdays", '"@weekdays"', 'macroSuggestion', 'write "0 0 * * 1-5" instead'),
    invalid('@reboot', '"@reboot"', 'unknownMacro'),
    invalid('@every with words', '"@every 5 minutes"', 'everyDuration', '"5 minutes" is not one'),
    invalid('an empty schedule', '""', 'empty'),
    invalid('a number', '5', 'notString', 'is a number'),
    invalid('a TZ prefix', '"TZ=Europe/Paris 0 3 * * *"', 'timeZone', 'spec.timeZone'),
    {
      name: 'a CRON_TZ prefix and a bad minute: both reported',
      code: cronJob('"CRON_TZ=UTC 61 * * * *"'),
      errors: [at('outOfRange', '"CRON_TZ=UTC 61 * * * *"', '61 is out of range'), at('timeZone', '"CRON_TZ=UTC 61 * * * *"')],
    },
  ],
});
