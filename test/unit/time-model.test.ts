import { describe, expect, it } from 'vitest';
import { calendarSpanMinutes, formatSpan } from '../../server/core/time.js';
import type { DurationUnit } from '../../grammar/index.js';

const H = 60;
const D = 1440;
const span = (amount: number, unit: DurationUnit) => calendarSpanMinutes({ amount, unit });

describe('calendar model for business time', () => {
  it('exact units have one calendar length', () => {
    expect(span(15, 'minute')).toEqual({ min: 15, max: 15 });
    expect(span(12, 'hour')).toEqual({ min: 12 * H, max: 12 * H });
    expect(span(3, 'day')).toEqual({ min: 3 * D, max: 3 * D });
    expect(span(2, 'week')).toEqual({ min: 14 * D, max: 14 * D });
  });

  it('1 business_day spans 1 to 3 calendar days (Friday start ends on Monday)', () => {
    expect(span(1, 'business_day')).toEqual({ min: 1 * D, max: 3 * D });
  });

  it('5 business_days span 5 to 7 calendar days', () => {
    expect(span(5, 'business_day')).toEqual({ min: 5 * D, max: 7 * D });
  });

  it('2 and 6 business_days cross a weekend at worst', () => {
    expect(span(2, 'business_day')).toEqual({ min: 2 * D, max: 4 * D });
    expect(span(6, 'business_day')).toEqual({ min: 8 * D, max: 10 * D });
  });

  it('100 business_days span 138 to 140 calendar days, not 33', () => {
    expect(span(100, 'business_day')).toEqual({ min: 138 * D, max: 140 * D });
  });

  it('8 business_hours span 8 hours (Monday 9:00–17:00) to 3 days (Friday 17:00 to Monday 17:00)', () => {
    expect(span(8, 'business_hour')).toEqual({ min: 8 * H, max: 3 * D });
  });

  it('business hours stop overnight', () => {
    expect(span(1, 'business_hour')).toEqual({ min: 1 * H, max: 64 * H + 1 * H });
    expect(span(9, 'business_hour')).toEqual({ min: 25 * H, max: 3 * D + 17 * H }); // Friday 17:00 to Tuesday 10:00
  });

  it('1 month spans 28 to 31 days, 3 months 89 to 92', () => {
    expect(span(1, 'month')).toEqual({ min: 28 * D, max: 31 * D });
    expect(span(3, 'month')).toEqual({ min: 89 * D, max: 92 * D });
  });

  it('1 year (and 12 months) spans 365 to 366 days', () => {
    expect(span(1, 'year')).toEqual({ min: 365 * D, max: 366 * D });
    expect(span(12, 'month')).toEqual({ min: 365 * D, max: 366 * D });
  });

  it('stays finite and ordered for absurd durations (a typo of many digits)', () => {
    for (const [n, unit] of [[999_999_999, 'month'], [99_999_999, 'year'], [99_999_999_999, 'business_day'], [1e12, 'business_hour']] as const) {
      const s = span(n, unit);
      expect(Number.isFinite(s.min) && Number.isFinite(s.max), `${n} ${unit}`).toBe(true);
      expect(s.min).toBeGreaterThan(0);
      expect(s.min).toBeLessThanOrEqual(s.max);
    }
    // 1,201 months (just past the exact walk) within four days of 1,201 Gregorian average months.
    const long = span(1201, 'month');
    expect(long.max - long.min).toBe(8 * D);
    expect(Math.abs((long.min + long.max) / 2 - 1201 * 30.436875 * D)).toBeLessThan(1);
  });

  it('formats a span as a range', () => {
    expect(formatSpan(span(1, 'business_day'))).toBe('1–3 calendar days');
    expect(formatSpan(span(100, 'business_day'))).toBe('138–140 calendar days');
    expect(formatSpan(span(8, 'business_hour'))).toBe('8 h to 3 days on the calendar');
    expect(formatSpan(span(2, 'hour'))).toBe('2 h');
  });
});
