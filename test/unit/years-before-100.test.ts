/**
 * Years 0–99 (issue 10): JavaScript's Date.UTC and new Date(y, …) read a
 * two-digit year as 1900–1999, so `effective 0050-01-01` once exported a term
 * end in 1950. Dates are built by server/core/time.ts (utcTime), which sets the
 * full year; this checks the arithmetic, the calendar export, the hover facts
 * and the term-end inlay facts on such a contract.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { contractDates, renderCalendar } from '../../server/core/calendar.js';
import { addDays, addDuration, daysBetween, formatDate, utcTime, weekday } from '../../server/core/time.js';

const CONTRACT = `contract "Old" {
  effective 0050-01-01
  term {
    initial 24 months
    renewal automatic 12 months notice 60 days
  }
}
`;

describe('years 0–99 are not 1900–1999', () => {
  it('date arithmetic keeps the year', () => {
    expect(formatDate(addDays({ year: 50, month: 1, day: 1 }, 10))).toBe('0050-01-11');
    expect(formatDate(addDays({ year: 99, month: 12, day: 31 }, 1))).toBe('0100-01-01');
    expect(daysBetween({ year: 99, month: 1, day: 1 }, { year: 100, month: 1, day: 1 })).toBe(365);
    expect(formatDate(addDuration({ year: 50, month: 1, day: 1 }, { amount: 5, unit: 'business_day' }))).toMatch(/^0050-01-/);
    expect(new Date(utcTime({ year: 50, month: 1, day: 1 })).getUTCFullYear()).toBe(50);
    // 2027-01-01 is a Friday; the proleptic Gregorian calendar repeats every 400 years.
    expect(weekday({ year: 27, month: 1, day: 1 })).toBe(weekday({ year: 2027, month: 1, day: 1 }));
  });

  it('the calendar export has no date in the 1900s', () => {
    const p = parse(CONTRACT);
    const dates = contractDates(p.ast.contracts[0]!).map((d) => formatDate(d.date));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.startsWith('19'), `${d} in ${dates.join(', ')}`).toBe(false);
    expect(dates).toContain('0051-12-31');
    const ics = renderCalendar(p);
    expect(ics).not.toMatch(/:19\d{6}/);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:00511231/);
  });
});
