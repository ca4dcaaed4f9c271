import { parseSchedule } from '../cron.js';
import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'cronEquivalent',
  doc: { usage: "`cronEquivalent: \"* * * * *\"`", passes: "is a schedule firing at the same times (`*/1 * * * *` passes)" },
  schema: {"description": "A schedule that fires at the same times as this one.", "type": "string", "minLength": 1},
  compile(value, { at, problems }) {
    const schedule = typeof value === 'string' ? parseSchedule(value) : undefined;
    if (typeof value === 'string' && !schedule) problems.push({ path: at, target: 'value', message: `"${value}" is not a schedule the CronJob controller accepts (five fields, or @hourly, @daily, ...)` });
    return schedule ? { name: 'cronEquivalent', expected: String(value), schedule } : undefined;
  },
});
