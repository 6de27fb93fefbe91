/**
 * The calendar model's span of whole months (server/core/time.ts) is computed
 * by arithmetic, one step per starting month; it must equal the span found by
 * walking every starting date of the 400-year cycle with `addMonths` and
 * `daysBetween` (through `Date`), the definition it replaces.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, calendarSpanMinutes, daysBetween } from '../../server/core/time.js';
import { daysInMonth } from '../../grammar/index.js';

function bruteForce(n: number): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let y = 2000; y < 2400; y++) {
    for (let m = 1; m <= 12; m++) {
      for (let day = 1; day <= daysInMonth(y, m); day++) {
        const start = { year: y, month: m, day };
        const days = daysBetween(start, addMonths(start, n));
        min = Math.min(min, days);
        max = Math.max(max, days);
      }
    }
  }
  return { min, max };
}

describe('calendar span of whole months', () => {
  it('equals the walk over every starting date of the 400-year cycle', () => {
    const DAY = 24 * 60;
    for (const n of [1, 2, 3, 5, 6, 11, 12, 13, 24, 25, 36, 48, 59, 60, 97, 120, 400, 1200]) {
      const expected = bruteForce(n);
      expect(calendarSpanMinutes({ amount: n, unit: 'month' }), `${n} months`).toEqual({ min: expected.min * DAY, max: expected.max * DAY });
    }
  });
});
