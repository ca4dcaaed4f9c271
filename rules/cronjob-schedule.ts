import { CronExpressionParser } from 'cron-parser';
import { defineRule, type ReportData } from '../src/lint/rule.js';

/** The five fields of Kubernetes' parser (robfig/cron ParseStandard), with the bounds it enforces. */
const cronFields = [
  { name: 'minute', min: 0, max: 59, names: [] },
  { name: 'hour', min: 0, max: 23, names: [] },
  { name: 'day-of-month', min: 1, max: 31, names: [] },
  { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { name: 'day-of-week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
] as const;

const macros = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

/** cron-parser's extra macros, which Kubernetes does not know, and what to write instead. */
const macroReplacements: Record<string, string> = {
  '@minutely': '* * * * *',
  '@weekdays': '0 0 * * 1-5',
  '@weekends': '0 0 * * 0,6',
};

/** A Go time.ParseDuration string, which is what @every takes. */
const goDuration = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

/** Quartz and cron-parser extensions that robfig/cron (and so Kubernetes) rejects. */
const extensions: Record<string, string> = {
  L: 'L ("last")',
  W: 'W ("nearest weekday")',
  '#': '# ("nth weekday of the month")',
  H: 'H ("hashed value")',
};

interface FieldProblem {
  messageId: string;
  data: ReportData;
}

function extensionIn(token: string): string | undefined {
  if (token.includes('#')) return '#';
  if (/^H(?:\(|$)/i.test(token)) return 'H';
  if (/^(?:\d+|L)W$/i.test(token)) return 'W';
  if (/^\d*L$/i.test(token)) return 'L';
  return undefined;
}

function parses(expression: string): Error | undefined {
  try {
    CronExpressionParser.parse(expression);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** Kubernetes' own restrictions on one list item, which cron-parser is more permissive about. */
function kubernetesProblem(item: string, index: number): FieldProblem | undefined {
  const field = cronFields[index]!;
  const names: readonly string[] = field.names;
  const [range = '', step] = item.split('/');
  for (const token of [...range.split('-'), ...(step === undefined ? [] : [step])]) {
    if (token === '' || token === '*' || token === '?' || /^\d+$/.test(token) || names.includes(token.toLowerCase())) continue;
    const extension = extensionIn(token);
    if (extension) return { messageId: 'unsupported', data: { symbol: extensions[extension]!, field: field.name } };
  }
  if (step !== undefined && /^\d+$/.test(step) && Number(step) === 0) return { messageId: 'zeroStep', data: { field: field.name, item } };
  const bounds = range.split('-');
  // "*" and "?" stand for the whole range.
  if (bounds[0] === '*' || bounds[0] === '?') return undefined;
  const numbers = bounds.map((token) => (/^\d+$/.test(token) ? Number(token) : names.indexOf(token.toLowerCase()) + (index === 3 ? 1 : 0)));
  for (const [i, value] of numbers.entries()) {
    if (!/^\d+$/.test(bounds[i]!)) continue;
    if (index === 4 && value === 7) return { messageId: 'sunday7', data: {} };
    if (value < field.min || value > field.max) return { messageId: 'outOfRange', data: { value, field: field.name, min: field.min, max: field.max } };
  }
  if (numbers.length === 2 && numbers.every((value) => value >= 0) && numbers[0]! > numbers[1]!) return { messageId: 'backwards', data: { item: range, field: field.name } };
  return undefined;
}

/**
 * Checks one field as robfig/cron reads it: a comma-separated list whose empty items are skipped,
 * each item checked on its own (robfig merges overlapping items; cron-parser would call them duplicates).
 */
function checkField(text: string, index: number): FieldProblem | undefined {
  for (const item of text.split(',').filter((part) => part !== '')) {
    const problem = kubernetesProblem(item, index);
    if (problem) return problem;
    // robfig ignores anything after "*-"; the rest of the syntax is cron-parser's to judge, one field at a time.
    const alone = cronFields.map((_, i) => (i === index ? item.replace(/^([*?])-[^/]*/, '$1') : '*'));
    if (parses(alone.join(' '))) return { messageId: 'invalidField', data: { field: cronFields[index]!.name, value: text } };
  }
  return undefined;
}

function checkExpression(fields: string[]): FieldProblem | undefined {
  for (const [index, text] of fields.entries()) {
    const problem = checkField(text, index);
    if (problem) return problem;
  }
  // Every field is fine on its own; a day that no listed month has (30 2 *) never comes. With a day-of-week too, either matches.
  const dayOfWeek = fields[4];
  if ((dayOfWeek === '*' || dayOfWeek === '?') && /day of month/i.test(parses(fields.join(' '))?.message ?? '')) {
    return { messageId: 'neverRuns', data: { day: fields[2]!, month: fields[3]! } };
  }
  return undefined;
}

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
    let text = schedule;
    // The API server refuses any "TZ" in the schedule; the rest is still worth checking.
    if (text.includes('TZ')) {
      report({ path, messageId: 'timeZone' });
      const prefix = /^(?:CRON_)?TZ=\S*\s*/.exec(text);
      if (!prefix) return;
      text = text.slice(prefix[0].length);
    }
    if (text.trim() === '') {
      report({ path, messageId: 'empty' });
      return;
    }
    if (text.startsWith('@')) {
      if (macros.has(text)) return;
      if (text.startsWith('@every ')) {
        const duration = text.slice('@every '.length);
        if (!goDuration.test(duration)) report({ path, messageId: 'everyDuration', data: { duration } });
        return;
      }
      const lower = text.trim().toLowerCase();
      const suggestion = macros.has(lower) ? lower : macroReplacements[lower];
      if (suggestion) report({ path, messageId: 'macroSuggestion', data: { macro: text, suggestion } });
      else report({ path, messageId: 'unknownMacro', data: { macro: text } });
      return;
    }
    const fields = text.trim().split(/\s+/);
    if (fields.length === 6) {
      report({ path, messageId: 'seconds', data: { suggestion: fields.slice(1).join(' ') } });
      return;
    }
    if (fields.length !== 5) {
      report({ path, messageId: 'fieldCount', data: { count: fields.length } });
      return;
    }
    const problem = checkExpression(fields);
    if (problem) report({ path, messageId: problem.messageId, data: problem.data });
  },
});
