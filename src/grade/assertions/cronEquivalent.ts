import { where, show, type NodeTest } from './support.js';
import { sameSchedule, parseSchedule, type Schedule } from '../cron.js';
import { mustRedact } from '../../k8s/redact.js';
import { defineAssertion } from './types.js';

function cronTest(expected: string, wanted: Schedule): NodeTest {
  return ({ path, value }, resource, context) => {
    const schedule = typeof value === 'string' ? parseSchedule(value) : undefined;
    if (schedule && sameSchedule(schedule, wanted)) return undefined;
    if (mustRedact(resource, path, context)) return { path, target: 'value', message: `${where(path)} is not the schedule the exercise asks for.` };
    if (typeof value !== 'string') return { path, target: 'value', message: `${where(path)} must be a quoted string such as ${show(expected)}.` };
    if (!schedule)
      return {
        path,
        target: 'value',
        message: `${where(path)} ${show(value)} is not a schedule the CronJob controller accepts (five fields: minute hour day-of-month month day-of-week).`,
      };
    return { path, target: 'value', message: `${where(path)} ${show(value)} does not fire at the same times as ${show(expected)}.` };
  };
}

export default defineAssertion({
  name: 'cronEquivalent',
  doc: { usage: '`cronEquivalent: "* * * * *"`', passes: 'is a schedule firing at the same times (`*/1 * * * *` passes)' },
  schema: { description: 'A schedule that fires at the same times as this one.', type: 'string', minLength: 1 },
  compile(value, { at, problems }) {
    const schedule = typeof value === 'string' ? parseSchedule(value) : undefined;
    if (typeof value === 'string' && !schedule)
      problems.push({
        path: at,
        target: 'value',
        message: `"${value}" is not a schedule the CronJob controller accepts (five fields, or @hourly, @daily, ...)`,
      });
    return schedule ? { name: 'cronEquivalent', expected: String(value), schedule } : undefined;
  },
  test: (fn) => cronTest(fn.expected, fn.schedule),
});
