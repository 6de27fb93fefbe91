/**
 * Computed facts that hover shows for version-2 statements, beside those of
 * facts.ts: what a measurement window covers in hours a week, the contract's
 * one-off fees, the last day to claim a credit, a fee after years of capped
 * increases. Plain functions over values and the typed AST, no LSP; durations
 * and dates go through the one calendar model in time.ts.
 */
import type { ContractNode, DurationValue, Value } from '../../grammar/index.js';
import type { MonthlyAmount } from './facts.js';
import { addDuration, calendarSpanMinutes, type CalendarDate } from './time.js';

/** Hours in a week. */
export const WEEK_HOURS = 168;

/** What a measurement window covers. */
export interface WindowCoverage {
  /** Hours of the week inside the window. */
  hoursPerWeek: number;
  /** The window in words: "Monday to Friday, 9:00–17:00". */
  label: string;
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_LABEL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function dayIndex(word: string): number {
  const w = word.toLowerCase();
  return DAY_NAMES.findIndex((d) => w.length >= 2 && d.startsWith(w.slice(0, 3)));
}

function clock(h: number, m: number): string {
  return `${h}:${String(m).padStart(2, '0')}`;
}

/**
 * Reads a described window such as "Mon–Sat 06:00–22:00 CET" or "Monday to
 * Friday 8:00-18:00": a range of days and a range of hours. Undefined when
 * either cannot be read.
 */
export function parseWindowText(text: string): WindowCoverage | undefined {
  const days = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:[–—-]|to|through|until)\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.exec(text);
  const hours = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:h\s*)?(?:[–—-]|to|until)\s*(\d{1,2})(?:[:.](\d{2}))?\b/.exec(text.slice(days ? days.index + days[0].length : 0));
  if (!days || !hours) return undefined;
  const from = dayIndex(days[1]!);
  const to = dayIndex(days[2]!);
  if (from < 0 || to < 0) return undefined;
  const dayCount = ((to - from + 7) % 7) + 1;
  const h1 = Number(hours[1]);
  const m1 = Number(hours[2] ?? 0);
  const h2 = Number(hours[3]);
  const m2 = Number(hours[4] ?? 0);
  if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59) return undefined;
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  // An end at or before the start runs past midnight ("22:00–06:00").
  const perDay = (end > start ? end - start : 24 * 60 - start + end) / 60;
  return { hoursPerWeek: dayCount * perDay, label: `${DAY_LABEL[from]} to ${DAY_LABEL[to]}, ${clock(h1, m1)}–${clock(h2, m2)}` };
}

/**
 * What a `window` (or `hours`) value covers: `24x7` all 168 hours, `business`
 * Monday to Friday 9:00–17:00 (40 hours), a description when it can be read.
 */
export function windowCoverage(v: Value | undefined): WindowCoverage | undefined {
  if (!v) return undefined;
  if (v.kind === 'coverage') {
    const m = /^(\d+)x(\d+)$/.exec(v.text);
    if (!m) return undefined;
    const h = Math.min(24, Number(m[1]));
    const d = Math.min(7, Number(m[2]));
    return { hoursPerWeek: h * d, label: v.text === '24x7' ? 'around the clock' : `${h} hours a day, ${d} days a week` };
  }
  if (v.kind === 'word' && v.text === 'business') return { hoursPerWeek: 40, label: 'Monday to Friday, 9:00–17:00' };
  if (v.kind === 'string') return parseWindowText(v.value);
  return undefined;
}


/**
 * The last day to claim a credit for an outage in January of `year` when the
 * claim window runs from the end of the month: January 31 plus the window.
 */
export function januaryClaimDeadline(year: number, within: DurationValue): CalendarDate {
  return addDuration({ year, month: 1, day: 31 }, within);
}

/** The fee after `years` years of increases at `capPercent` each `period` (compounded), as a multiple of today's fee. */
export function compoundedFactor(capPercent: number, period: string | undefined, years: number): number | undefined {
  const perYear: Record<string, number> = { monthly: 12, quarterly: 4, yearly: 1 };
  const n = period === undefined ? 1 : perYear[period];
  if (n === undefined) return undefined;
  return Math.pow(1 + capPercent / 100, n * years);
}

/** The shortest calendar length of a duration in whole days (business days count as the fewest calendar days they can span). */
export function shortestDays(v: DurationValue): number {
  return Math.round(calendarSpanMinutes(v).min / 1440);
}
