import { CronExpressionParser } from 'cron-parser';

/**
 * Cron schedules compared by when they fire, as the CronJob controller (robfig/cron, standard
 * five fields) reads them: "* * * * *", "*\/1 * * * *" and "0-59 * * * *" are the same schedule.
 */

/** The macros Kubernetes accepts, as five fields. */
const macros: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

export type Schedule =
  | { type: 'cron'; minutes: string; hours: string; months: string; days: string }
  | { type: 'every'; seconds: number };

const units: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1, ms: 0.001 };

/** Go duration text ("1m", "90s", "1h30m") in seconds, or undefined. */
function goDurationSeconds(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(h|ms|m|s))+$/.test(text)) return undefined;
  let total = 0;
  for (const part of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)) total += Number(part[1]) * units[part[2]!]!;
  return total;
}

function expand(values: readonly (number | string)[], normalize: (n: number) => number = (n) => n): number[] {
  return [...new Set(values.filter((v): v is number => typeof v === 'number').map(normalize))].sort((a, b) => a - b);
}

/** robfig/cron's "star bit": a day field written * or ? (step 1 at most) does not restrict the other day field. */
function isStar(field: string): boolean {
  const [range, step] = field.split('/');
  return (range === '*' || range === '?') && (step === undefined || Number(step) <= 1);
}

/** A schedule in a canonical form two schedules can be compared in; undefined when it is not valid. */
export function parseSchedule(text: string): Schedule | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('@every ')) {
    const seconds = goDurationSeconds(trimmed.slice('@every '.length).trim());
    return seconds !== undefined && seconds >= 1 ? { type: 'every', seconds } : undefined;
  }
  const expression = macros[trimmed] ?? trimmed;
  const fields = expression.split(/\s+/);
  if (fields.length !== 5) return undefined;
  let parsed;
  try {
    parsed = CronExpressionParser.parse(expression, { strict: false }).fields;
  } catch {
    return undefined;
  }
  const domSet = expand(parsed.dayOfMonth.values);
  const dowSet = expand(parsed.dayOfWeek.values, (d) => d % 7);
  const domStar = isStar(fields[2]!);
  const dowStar = isStar(fields[4]!);
  // The day a job fires depends on both day fields: tabulate it over every (day of month, weekday).
  let days = '';
  for (let dom = 1; dom <= 31; dom++) {
    for (let dow = 0; dow < 7; dow++) {
      const fires = domStar || dowStar ? domSet.includes(dom) && dowSet.includes(dow) : domSet.includes(dom) || dowSet.includes(dow);
      days += fires ? '1' : '0';
    }
  }
  return {
    type: 'cron',
    minutes: expand(parsed.minute.values).join(','),
    hours: expand(parsed.hour.values).join(','),
    months: expand(parsed.month.values).join(','),
    days,
  };
}

// Parsed on first use: cron-parser's date library costs ~10 ms to wake, on every run that imports this.
let everyMinute: Schedule | undefined;

function asCron(schedule: Schedule): Schedule {
  // "@every 1m" runs once a minute, which is what "* * * * *" means to a student.
  return schedule.type === 'every' && schedule.seconds === 60 ? (everyMinute ??= parseSchedule('* * * * *')!) : schedule;
}

export function sameSchedule(a: Schedule, b: Schedule): boolean {
  const left = asCron(a);
  const right = asCron(b);
  if (left.type === 'every' || right.type === 'every') return left.type === 'every' && right.type === 'every' && left.seconds === right.seconds;
  return left.minutes === right.minutes && left.hours === right.hours && left.months === right.months && left.days === right.days;
}
