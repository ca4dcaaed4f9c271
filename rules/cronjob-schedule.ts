import { defineRule } from '../src/lint/rule.js';
import { checkCronJobSchedule } from '../src/k8s/cron.js';

export default defineRule({
  meta: {
    id: 'cronjob-schedule',
    description: 'A CronJob schedule is a 5-field cron expression or a macro (@hourly, @daily, @every 5m, ...) that Kubernetes accepts.',
    severity: 'error',
    kinds: ['CronJob'],
    messages: {
      notString: 'The schedule is a {{type}}, but Kubernetes expects a cron expression in a string.',
      empty: 'The schedule is empty.',
      timeZone: 'Kubernetes rejects TZ= and CRON_TZ= in the schedule of a new CronJob; the time zone has its own field, spec.timeZone.',
      seconds: 'This schedule has 6 fields, but Kubernetes schedules have no seconds field; drop the first field: "{{suggestion}}".',
      fieldCount: 'A Kubernetes schedule has exactly 5 fields (minute hour day-of-month month day-of-week); this one has {{count}}.',
      macroSuggestion: '"{{macro}}" is not a schedule macro Kubernetes accepts; write "{{suggestion}}" instead.',
      unknownMacro: '"{{macro}}" is not a schedule macro Kubernetes accepts.',
      everyDuration: '@every needs a duration such as 90s, 5m or 1h30m; "{{duration}}" is not one.',
      unsupported: '{{symbol}} in the {{field}} field is an extension of other cron implementations; Kubernetes does not accept it.',
      outOfRange: '{{value}} is out of range for the {{field}} field, which takes {{min}}-{{max}}.',
      sunday7: 'Kubernetes numbers the days of the week 0-6, so 7 is out of range (Sunday is 0).',
      zeroStep: 'The step in "{{item}}" ({{field}} field) is 0, which never advances; Kubernetes rejects it.',
      backwards: 'The range {{item}} in the {{field}} field runs backwards; Kubernetes does not wrap ranges around.',
      invalidField: 'The {{field}} field "{{value}}" is not valid cron syntax.',
      neverRuns: 'Day {{day}} of the month never comes in month(s) {{month}}, so this CronJob would never run.',
    },
    hints: {
      notString: 'Write the schedule in quotes, e.g. schedule: "*/5 * * * *".',
      empty: 'Write a schedule such as "* * * * *" (every minute) or "@hourly".',
      timeZone: 'Remove the TZ=/CRON_TZ= part and set the zone in spec.timeZone (Kubernetes 1.27+), e.g. timeZone: "Etc/UTC".',
      seconds: 'The five fields are minute, hour, day of month, month and day of week.',
      fieldCount: 'Write five fields separated by spaces, e.g. "*/5 * * * *" for every five minutes.',
      macroSuggestion: 'Kubernetes knows @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly and @every <duration>, all lower-case.',
      unknownMacro: 'Use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>, or a 5-field expression.',
      everyDuration: 'Write the duration as a number and a unit (s, m or h), without spaces: @every 5m.',
      unsupported: 'Use only numbers, names (JAN-DEC, SUN-SAT), *, ?, ranges (1-5), lists (1,15) and steps (*/10).',
      outOfRange: 'The fields are minute 0-59, hour 0-23, day of month 1-31, month 1-12, day of week 0-6.',
      sunday7: 'Write 0 or SUN for Sunday.',
      zeroStep: 'Use a step of 1 or more, e.g. */5.',
      backwards: 'Write the smaller value first, or use a list (e.g. 22,23,0,1) for a range that crosses the end.',
      invalidField: 'A field takes numbers, names (JAN-DEC, SUN-SAT), *, ?, ranges (1-5), lists (1,15) and steps (*/10).',
      neverRuns: 'Pick a day that exists in that month, or add months where it does.',
    },
    docs: {
      rationale:
        'Kubernetes parses the schedule with the robfig/cron standard parser: exactly five fields (minute, hour, day of month, month, day of week) or a macro such as @hourly or @every 5m. Schedules copied from other tools often have a seconds field, Quartz extensions such as L or #, or a time zone prefix, and the API server rejects them. An every-minute job is simply "* * * * *".',
      incorrect:
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "0 * * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: heartbeat\n              image: alpine:3.8\n',
      correct:
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: login-heartbeat\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: heartbeat\n              image: alpine:3.8\n',
    },
  },
  check({ value, report }) {
    const spec = value.spec;
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return;
    const schedule = spec.schedule;
    if (schedule === undefined) return;
    const path = ['spec', 'schedule'];
    if (typeof schedule !== 'string') {
      report({ path, messageId: 'notString', data: { type: Array.isArray(schedule) ? 'list' : typeof schedule === 'object' ? 'map' : typeof schedule } });
      return;
    }
    for (const problem of checkCronJobSchedule(schedule)) report({ path, messageId: problem.messageId, data: problem.data });
  },
});
