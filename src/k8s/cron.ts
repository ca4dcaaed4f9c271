/**
 * CronJob schedules as Kubernetes reads them: batch/v1 validation (validateScheduleFormat) calls
 * robfig/cron's ParseStandard and refuses any "TZ" in the schedule, and the CronJob controller fires
 * on what that parser produced. This is a port of that parser's grammar, so both the lint rule
 * (rules/cronjob-schedule.ts) and the grader's cronEquivalent (src/grade) accept exactly what the
 * API server accepts: five fields or a descriptor (@hourly ... @every <Go duration>).
 */

/** A reason a schedule is refused, as a rule message id with its template data. */
export interface CronProblem {
  messageId:
    | 'empty'
    | 'timeZone'
    | 'seconds'
    | 'fieldCount'
    | 'macroSuggestion'
    | 'unknownMacro'
    | 'everyDuration'
    | 'unsupported'
    | 'outOfRange'
    | 'sunday7'
    | 'zeroStep'
    | 'backwards'
    | 'invalidField'
    | 'neverRuns';
  data: Readonly<Record<string, string | number>>;
}

/** A schedule in a canonical form: two schedules that fire at the same times compare equal. */
export type Schedule = { type: 'cron'; minutes: string; hours: string; months: string; days: string } | { type: 'every'; seconds: number };

interface FieldBounds {
  name: string;
  min: number;
  max: number;
  names: readonly string[];
  /** The number of names[0]. */
  firstName: number;
}

/** robfig/cron's bounds for the five standard fields (day of week is 0-6: 7 is refused). */
export const cronFields: readonly FieldBounds[] = [
  { name: 'minute', min: 0, max: 59, names: [], firstName: 0 },
  { name: 'hour', min: 0, max: 23, names: [], firstName: 0 },
  { name: 'day-of-month', min: 1, max: 31, names: [], firstName: 0 },
  { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], firstName: 1 },
  { name: 'day-of-week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], firstName: 0 },
];

/** The descriptors robfig/cron knows (exact, lower-case), as five fields. */
export const cronMacros: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** Macros of other cron tools, which Kubernetes does not know, and what to write instead. */
const macroReplacements: Readonly<Record<string, string>> = {
  '@minutely': '* * * * *',
  '@weekdays': '0 0 * * 1-5',
  '@weekends': '0 0 * * 0,6',
};

/** Quartz and Jenkins extensions that robfig/cron refuses. */
const extensions: Readonly<Record<string, string>> = {
  L: 'L ("last")',
  W: 'W ("nearest weekday")',
  '#': '# ("nth weekday of the month")',
  H: 'H ("hashed value")',
};

function extensionIn(token: string): string | undefined {
  if (token.includes('#')) return '#';
  if (/^H(?:\(|$)/i.test(token)) return 'H';
  if (/^(?:\d+|L)W$/i.test(token)) return 'W';
  if (/^\d*L$/i.test(token)) return 'L';
  return undefined;
}

const goUnits: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, µs: 1e-6, μs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** Go's time.ParseDuration, in seconds; undefined where Go returns an error. */
export function goDurationSeconds(text: string): number | undefined {
  const match = /^([-+]?)(.*)$/s.exec(text)!;
  const body = match[2]!;
  if (body === '0') return 0;
  if (body === '' || !/^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.test(body)) return undefined;
  let total = 0;
  for (const part of body.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(part[1]) * goUnits[part[2]!]!;
  return match[1] === '-' ? -total : total;
}

/** strconv.Atoi of a non-negative number (a "-" has already split the range). */
function atoi(token: string): number | undefined {
  return /^\+?\d+$/.test(token) ? Number(token) : undefined;
}

interface ParsedField {
  values: Set<number>;
  /** robfig's star bit: "*" or "?" with a step of 1 at most, which leaves the other day field free. */
  star: boolean;
}

/** One field as robfig's getField reads it: comma-separated items, empty ones skipped. */
function parseField(text: string, index: number): ParsedField | CronProblem {
  const field = cronFields[index]!;
  const invalid: CronProblem = { messageId: 'invalidField', data: { field: field.name, value: text } };
  const values = new Set<number>();
  let star = false;
  for (const item of text.split(',').filter((part) => part !== '')) {
    const rangeAndStep = item.split('/');
    const lowAndHigh = rangeAndStep[0]!.split('-');
    for (const token of [...lowAndHigh, ...rangeAndStep.slice(1)]) {
      const extension = extensionIn(token);
      if (extension) return { messageId: 'unsupported', data: { symbol: extensions[extension]!, field: field.name } };
    }
    const value = (token: string): number | undefined => {
      const named = field.names.indexOf(token.toLowerCase());
      return named >= 0 ? named + field.firstName : atoi(token);
    };
    let start: number;
    let end: number;
    let itemStar = false;
    // robfig reads "*" or "?" as the whole range and ignores what follows a "*-".
    if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
      [start, end, itemStar] = [field.min, field.max, true];
    } else {
      if (lowAndHigh.length > 2) return invalid;
      const low = value(lowAndHigh[0]!);
      const high = lowAndHigh.length === 2 ? value(lowAndHigh[1]!) : low;
      if (low === undefined || high === undefined) return invalid;
      [start, end] = [low, high];
    }
    let step = 1;
    if (rangeAndStep.length > 2) return invalid;
    if (rangeAndStep.length === 2) {
      const parsed = atoi(rangeAndStep[1]!);
      if (parsed === undefined) return invalid;
      step = parsed;
      // "N/step" means "N-max/step".
      if (lowAndHigh.length === 1) end = field.max;
      if (step > 1) itemStar = false;
    }
    if (step === 0) return { messageId: 'zeroStep', data: { field: field.name, item } };
    for (const [position, bound] of [start, end].entries()) {
      const token = position === 0 ? lowAndHigh[0]! : (lowAndHigh[1] ?? lowAndHigh[0]!);
      if (index === 4 && bound === 7 && /^\+?\d+$/.test(token)) return { messageId: 'sunday7', data: {} };
      if (bound < field.min || bound > field.max) return { messageId: 'outOfRange', data: { value: bound, field: field.name, min: field.min, max: field.max } };
    }
    if (start > end) return { messageId: 'backwards', data: { item: rangeAndStep[0]!, field: field.name } };
    for (let n = start; n <= end; n += step) values.add(n);
    star ||= itemStar;
  }
  return { values, star };
}

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const sorted = (values: Set<number>): string => [...values].sort((a, b) => a - b).join(',');

/** Five fields into a Schedule, or the first problem robfig would report (plus "never fires"). */
function parseFields(fields: readonly string[]): Schedule | CronProblem {
  const parsed: ParsedField[] = [];
  for (const [index, text] of fields.entries()) {
    const field = parseField(text, index);
    if ('messageId' in field) return field;
    parsed.push(field);
  }
  const [minute, hour, dom, month, dow] = parsed as [ParsedField, ParsedField, ParsedField, ParsedField, ParsedField];
  // robfig: a day matches both day fields when either is a star, else either of them.
  const both = dom.star || dow.star;
  let days = '';
  for (let d = 1; d <= 31; d++) {
    for (let w = 0; w < 7; w++) days += (both ? dom.values.has(d) && dow.values.has(w) : dom.values.has(d) || dow.values.has(w)) ? '1' : '0';
  }
  // robfig searches five years ahead (a leap day included) and gives up: such a CronJob never runs.
  if (both && ![...month.values].some((m) => [...dom.values].some((d) => d <= daysInMonth[m - 1]!))) {
    return { messageId: 'neverRuns', data: { day: fields[2]!, month: fields[3]! } };
  }
  return { type: 'cron', minutes: sorted(minute.values), hours: sorted(hour.values), months: sorted(month.values), days };
}

/** A schedule without "TZ" as ParseStandard reads it: a Schedule, or why it is refused. */
function parseStandard(text: string): Schedule | CronProblem {
  if (text.trim() === '') return { messageId: 'empty', data: {} };
  if (text.startsWith('@')) {
    const macro = cronMacros[text];
    if (macro) return parseFields(macro.split(' '));
    if (text.startsWith('@every ')) {
      const duration = text.slice('@every '.length);
      const seconds = goDurationSeconds(duration);
      if (seconds === undefined) return { messageId: 'everyDuration', data: { duration } };
      // robfig's Every: whole seconds, at least one.
      return { type: 'every', seconds: Math.max(1, Math.floor(seconds)) };
    }
    const lower = text.trim().toLowerCase();
    const suggestion = cronMacros[lower] ? lower : macroReplacements[lower];
    return suggestion ? { messageId: 'macroSuggestion', data: { macro: text, suggestion } } : { messageId: 'unknownMacro', data: { macro: text } };
  }
  const fields = text.trim().split(/\s+/);
  if (fields.length === 6) return { messageId: 'seconds', data: { suggestion: fields.slice(1).join(' ') } };
  if (fields.length !== 5) return { messageId: 'fieldCount', data: { count: fields.length } };
  return parseFields(fields);
}

/**
 * What the API server says about a new CronJob's schedule: nothing when it is accepted. A TZ= or
 * CRON_TZ= prefix is refused (spec.timeZone replaces it) and the rest is still checked.
 */
export function checkCronJobSchedule(schedule: string): CronProblem[] {
  let text = schedule;
  const problems: CronProblem[] = [];
  if (text.includes('TZ')) {
    problems.push({ messageId: 'timeZone', data: {} });
    const prefix = /^(?:CRON_)?TZ=\S*\s*/.exec(text);
    if (!prefix) return problems;
    text = text.slice(prefix[0].length);
  }
  const parsed = parseStandard(text);
  if ('messageId' in parsed) problems.unshift(parsed);
  return problems;
}

/** A schedule the CronJob controller accepts, in canonical form; undefined when it is refused. */
export function parseSchedule(text: string): Schedule | undefined {
  const parsed = parseStandard(text.trim());
  return 'messageId' in parsed ? undefined : parsed;
}

let everyMinute: Schedule | undefined;

function asCron(schedule: Schedule): Schedule {
  // "@every 1m" runs once a minute, which is what "* * * * *" means to a student.
  return schedule.type === 'every' && schedule.seconds === 60 ? (everyMinute ??= parseSchedule('* * * * *')!) : schedule;
}

/** Whether two schedules fire at the same times. */
export function sameSchedule(a: Schedule, b: Schedule): boolean {
  const left = asCron(a);
  const right = asCron(b);
  if (left.type === 'every' || right.type === 'every') return left.type === 'every' && right.type === 'every' && left.seconds === right.seconds;
  return left.minutes === right.minutes && left.hours === right.hours && left.months === right.months && left.days === right.days;
}
