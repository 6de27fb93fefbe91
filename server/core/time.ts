/**
 * Durations and calendar dates, shared by rules, hover, inlay hints, rendering
 * and the calendar export (LANGUAGE.md, "Date arithmetic").
 */
import { daysInMonth, type DateValue, type DurationUnit, type DurationValue, type Value } from '../../grammar/index.js';

/** Nominal length of each unit in minutes (a month is 30.44 days, a business day 8 working hours). */
export const UNIT_MINUTES: Record<DurationUnit, number> = {
  second: 1 / 60,
  minute: 1,
  hour: 60,
  business_hour: 60,
  day: 1440,
  business_day: 480,
  week: 10080,
  month: 43833.6,
  year: 525960,
};

/** Length of each measurement period in minutes (undefined for `once`). */
export const PERIOD_MINUTES: Record<string, number | undefined> = {
  hourly: 60,
  daily: 1440,
  weekly: 10080,
  monthly: 43833.6,
  quarterly: 131500.8,
  yearly: 525960,
  once: undefined,
};

export const PERIOD_LABEL: Record<string, string> = {
  hourly: 'an hour',
  daily: 'a day',
  weekly: 'a week',
  monthly: 'a 30.44-day month',
  quarterly: 'a 91.31-day quarter',
  yearly: 'a 365.25-day year',
};

export function isDuration(v: Value | undefined): v is DurationValue {
  return v?.kind === 'duration';
}

/**
 * Nominal minutes of a duration value: a display figure only (a business day
 * counts 8 hours, a month 30.44 days). Never compare durations with it: use
 * `calendarSpanMinutes`, which knows that business time stops at weekends.
 */
export function durationMinutes(v: Pick<DurationValue, 'amount' | 'unit'>): number {
  return v.amount * UNIT_MINUTES[v.unit];
}

// ---------------------------------------------------------------------------
// The calendar model for business time (LANGUAGE.md, "Durations").
//
// A duration is converted to calendar (elapsed) time only here, as the
// shortest and the longest calendar span it can take over every starting
// instant in the week (and, for months and years, every starting date):
//
// - minute, hour, day, week: exact (60 s, 60 min, 24 h, 7 days).
// - business_day: whole working days, Monday to Friday (each counted 00:00–24:00);
//   the clock stops on Saturdays and Sundays. 1 business day spans 1–3 calendar
//   days (Friday start: Monday), 5 span 5–7, 100 span 138–140.
// - business_hour: hours within business hours, Monday to Friday 9:00–17:00;
//   the clock stops overnight and at weekends. 8 business hours span 8 h (Monday
//   9:00–17:00) to 3 days (Friday 17:00 to Monday 17:00).
// - month: calendar months, day of month kept and clamped (see `addMonths`):
//   1 month spans 28–31 days; n months the shortest and longest run of n months.
// - year: 12 calendar months: 365–366 days.
//
// Public holidays are not modelled. Rules compare worst cases: "A is shorter
// than B" holds only when A's longest span is below B's shortest.
// ---------------------------------------------------------------------------

/** Shortest and longest calendar span of a duration, in minutes. */
export interface CalendarSpan {
  min: number;
  max: number;
}

const DAY = 1440;
const WEEK = 7 * DAY;

/** The working intervals of one week, [start, end) in minutes from Monday 00:00. */
type WeekIntervals = readonly (readonly [number, number])[];
const BUSINESS_DAYS: WeekIntervals = [0, 1, 2, 3, 4].map((d) => [d * DAY, (d + 1) * DAY] as const);
const BUSINESS_HOURS: WeekIntervals = [0, 1, 2, 3, 4].map((d) => [d * DAY + 9 * 60, d * DAY + 17 * 60] as const);

/** Working minutes in [0, t) for any t ≥ 0, the week repeating. */
function workedBefore(week: WeekIntervals, perWeek: number, t: number): number {
  const k = Math.floor(t / WEEK);
  const r = t - k * WEEK;
  let c = k * perWeek;
  for (const [s, e] of week) c += Math.min(Math.max(r - s, 0), e - s);
  return c;
}

/** The first instant at which `x` working minutes (x > 0) have been counted since Monday 00:00 of week 0. */
function instantOfWork(week: WeekIntervals, perWeek: number, x: number): number {
  let k = Math.floor(x / perWeek);
  let rem = x - k * perWeek;
  if (rem === 0) {
    k -= 1;
    rem = perWeek;
  }
  for (const [s, e] of week) {
    if (rem <= e - s) return k * WEEK + s + rem;
    rem -= e - s;
  }
  return (k + 1) * WEEK; // not reached
}

/**
 * Shortest and longest calendar span of `work` working minutes over every
 * starting instant of the week. The span is piecewise linear in the start
 * (flat while the clock runs, falling while it waits), so it is enough to look
 * at the interval boundaries, the starts whose end falls on a boundary, and
 * the midpoints between them.
 */
function workSpan(week: WeekIntervals, work: number): CalendarSpan {
  if (work <= 0) return { min: 0, max: 0 };
  const perWeek = week.reduce((n, [s, e]) => n + e - s, 0);
  const starts = new Set<number>();
  for (const [s, e] of week) {
    starts.add(s);
    starts.add(e % WEEK);
    // The start whose end falls exactly on this boundary (the span jumps just after it).
    for (const b of [s, e]) {
      const before = (((workedBefore(week, perWeek, b) - work) % perWeek) + perWeek) % perWeek;
      starts.add(before === 0 ? week[0]![0] : instantOfWork(week, perWeek, before));
    }
  }
  const sorted = [...starts].sort((a, b) => a - b);
  const probes = [...sorted];
  sorted.forEach((t, i) => probes.push((t + (sorted[i + 1] ?? sorted[0]! + WEEK)) / 2));
  let min = Infinity;
  let max = -Infinity;
  for (const t of probes) {
    const end = instantOfWork(week, perWeek, workedBefore(week, perWeek, t) + work);
    const span = end - t;
    if (span < min) min = span;
    if (span > max) max = span;
  }
  return { min, max };
}

/**
 * The day number of a real date (days since 1970-01-01 in the proleptic
 * Gregorian calendar, as `Date` counts them), by arithmetic alone (H. Hinnant's
 * `days_from_civil`).
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * Shortest and longest number of days in `n` whole calendar months, over every
 * starting date of a 400-year cycle (the day of month kept and clamped, as
 * `addMonths` does). From the first of a month the span is the days between
 * the two firsts; a later start day is the same span, less the days its
 * clamping at the end loses, so the longest span starts on the 1st and the
 * shortest on the month's last day. One step per starting month, by
 * arithmetic: this runs on first use, before the code is optimised.
 */
function monthSpanDays(n: number): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let y = 2000; y < 2400; y++) {
    for (let m = 1; m <= 12; m++) {
      const total = y * 12 + (m - 1) + n;
      const endYear = Math.floor(total / 12);
      const endMonth = (total % 12) + 1;
      const days = dayNumber(endYear, endMonth, 1) - dayNumber(y, m, 1);
      const shortest = days - Math.max(0, daysInMonth(y, m) - daysInMonth(endYear, endMonth));
      if (shortest < min) min = shortest;
      if (days > max) max = days;
    }
  }
  return { min, max };
}

const spanCache = new Map<string, CalendarSpan>();

/**
 * The calendar model: the shortest and longest calendar time, in minutes, that
 * a duration can take, over every starting instant (see the comment above).
 */
export function calendarSpanMinutes(d: Pick<DurationValue, 'amount' | 'unit'>): CalendarSpan {
  const n = d.amount;
  switch (d.unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day':
    case 'week': {
      const m = n * UNIT_MINUTES[d.unit];
      return { min: m, max: m };
    }
    default:
      break;
  }
  if (!(n > 0) || !Number.isFinite(n)) return { min: 0, max: 0 };
  const key = `${n} ${d.unit}`;
  const cached = spanCache.get(key);
  if (cached) return cached;
  let span: CalendarSpan;
  switch (d.unit) {
    case 'business_day':
      span = workSpan(BUSINESS_DAYS, n * DAY);
      break;
    case 'business_hour':
      span = workSpan(BUSINESS_HOURS, n * 60);
      break;
    case 'month':
    case 'year': {
      const months = d.unit === 'year' ? n * 12 : n;
      if (months > 1200) {
        // Past a century the exact walk over the calendar loses nothing: the
        // Gregorian average month (30.436875 days) is within four days of any span.
        const mean = months * 30.436875;
        span = { min: Math.max(0, mean - 4) * DAY, max: (mean + 4) * DAY };
      } else if (Number.isInteger(months)) {
        const days = monthSpanDays(months);
        span = { min: days.min * DAY, max: days.max * DAY };
      } else {
        // A fraction of a month: bounded by months of 28 and 31 days.
        span = { min: months * 28 * DAY, max: months * 31 * DAY };
      }
      break;
    }
    default:
      span = { min: 0, max: 0 };
  }
  if (spanCache.size > 1000) spanCache.clear();
  spanCache.set(key, span);
  return span;
}

/** The longest calendar time a duration can take, in minutes (the worst case for a deadline). */
export function longestMinutes(d: Pick<DurationValue, 'amount' | 'unit'>): number {
  return calendarSpanMinutes(d).max;
}

/** The shortest calendar time a duration can take, in minutes. */
export function shortestMinutes(d: Pick<DurationValue, 'amount' | 'unit'>): number {
  return calendarSpanMinutes(d).min;
}

/** A span in words: "3 days" when fixed; "1–3 calendar days" or "8 h to 3 days on the calendar" when it depends on the calendar. */
export function formatSpan(span: CalendarSpan): string {
  if (span.min === span.max) return formatMinutes(span.min);
  if (span.min % DAY === 0 && span.max % DAY === 0) return `${span.min / DAY}–${span.max / DAY} calendar days`;
  return `${formatMinutes(span.min)} to ${formatMinutes(span.max)} on the calendar`;
}

/** "43 min 50 s", "8 h 45 min 36 s", "3 days 15 h 39 min" — a human reading of a number of minutes. */
export function formatMinutes(minutes: number): string {
  let s = Math.round(minutes * 60);
  if (s === 0) return '0 s';
  const days = Math.floor(s / 86400);
  s -= days * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (s && !days) parts.push(`${s} s`);
  return parts.join(' ');
}

/** Allowed downtime, in minutes, for an uptime percentage over a period. */
export function allowedDowntime(percent: number, period: string): number | undefined {
  const window = PERIOD_MINUTES[period];
  if (window === undefined) return undefined;
  return (window * (100 - percent)) / 100;
}

/** A calendar date (no time, no zone). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function fromDateValue(v: DateValue | undefined): CalendarDate | undefined {
  return v && v.valid ? { year: v.year, month: v.month, day: v.day } : undefined;
}

export function formatDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Adds months, keeping the day of month and clamping it to the month's last day. */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/**
 * Milliseconds since 1970 at the start of a date (UTC). Not `Date.UTC`, which
 * reads years 0–99 as 1900–1999 (`0050-01-01` would be 1950): the full year
 * is set explicitly.
 */
export function utcTime(d: CalendarDate): number {
  const x = new Date(0);
  x.setUTCFullYear(d.year, d.month - 1, d.day);
  return x.getTime();
}

/** The day of the week of a date, 0 for Sunday to 6 for Saturday. */
export function weekday(d: CalendarDate): number {
  return new Date(utcTime(d)).getUTCDay();
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  const x = new Date(utcTime(d) + days * 86400000);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

/** Whole days from a to b. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((utcTime(b) - utcTime(a)) / 86400000);
}

/**
 * Adds a duration to a date. Months and years move the calendar (clamped);
 * business days skip Saturdays and Sundays; hours and minutes round up to days.
 */
export function addDuration(d: CalendarDate, dur: { amount: number; unit: DurationUnit }): CalendarDate {
  switch (dur.unit) {
    case 'year':
      return addMonths(d, Math.round(dur.amount * 12));
    case 'month':
      return addMonths(d, Math.round(dur.amount));
    case 'week':
      return addDays(d, Math.round(dur.amount * 7));
    case 'day':
      return addDays(d, Math.round(dur.amount));
    case 'business_day': {
      let left = Math.round(dur.amount);
      let x = d;
      const step = left >= 0 ? 1 : -1;
      while (left !== 0) {
        x = addDays(x, step);
        const wd = weekday(x);
        if (wd !== 0 && wd !== 6) left -= step;
      }
      return x;
    }
    default:
      return addDays(d, Math.ceil((dur.amount * UNIT_MINUTES[dur.unit]) / 1440));
  }
}

/** The last day of a term of `dur` starting on `start`: the day before start + dur. */
export function termEnd(start: CalendarDate, dur: { amount: number; unit: DurationUnit }): CalendarDate {
  return addDays(addDuration(start, dur), -1);
}

/** The last day to give a notice of `notice` before (the end of) `lastDay`. */
export function noticeDeadline(lastDay: CalendarDate, notice: { amount: number; unit: DurationUnit }): CalendarDate {
  return addDuration(lastDay, { amount: -notice.amount, unit: notice.unit });
}

/** Business hours and days in plain words, for hover. */
export function explainDuration(v: DurationValue): string {
  const n = v.amount;
  const plural = n === 1 ? '' : 's';
  switch (v.unit) {
    case 'business_hour':
      return `${n} business hour${plural}: hours counted only during business hours (Monday to Friday, 9:00–17:00 in the client's time zone unless the contract says otherwise), so the clock stops overnight and at weekends: ${formatSpan(calendarSpanMinutes(v))}, depending on when it starts.`;
    case 'business_day':
      return `${n} business day${plural}: working days only (Monday to Friday; public holidays are not counted by the linter), so ${n} business day${plural} ${n === 1 ? 'lasts' : 'last'} ${formatSpan(calendarSpanMinutes(v))}, depending on the weekends in between.`;
    default:
      return `${n} ${v.unit.replace('_', ' ')}${plural} (${formatMinutes(durationMinutes(v))} of elapsed time).`;
  }
}
