/**
 * Durations and calendar dates, shared by rules, hover, inlay hints, rendering
 * and the calendar export (LANGUAGE.md, "Date arithmetic").
 */
import { daysInMonth, type DateValue, type DurationUnit, type DurationValue, type Value } from '../../grammar/index.js';

/** Nominal length of each unit in minutes (a month is 30.44 days, a business day 8 working hours). */
export const UNIT_MINUTES: Record<DurationUnit, number> = {
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

/** Nominal minutes of a duration value. */
export function durationMinutes(v: DurationValue): number {
  return v.amount * UNIT_MINUTES[v.unit];
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

export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = Date.UTC(d.year, d.month - 1, d.day) + days * 86400000;
  const x = new Date(t);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

/** Whole days from a to b. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
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
        const wd = new Date(Date.UTC(x.year, x.month - 1, x.day)).getUTCDay();
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
      return `${n} business hour${plural}: hours counted only during business hours (Monday to Friday, 9:00–17:00 in the client's time zone unless the contract says otherwise), so the clock stops overnight and at weekends.`;
    case 'business_day':
      return `${n} business day${plural}: working days only (Monday to Friday, public holidays excluded); ${n} business day${plural} can span up to ${Math.ceil(n / 5) * 7 + 2} calendar days over weekends.`;
    default:
      return `${n} ${v.unit.replace('_', ' ')}${plural} (${formatMinutes(durationMinutes(v))} of elapsed time).`;
  }
}
