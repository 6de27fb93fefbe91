/**
 * The iCalendar export, parsed back with a real RFC 5545 parser (ical.js) and
 * compared with the dates LANGUAGE.md's date arithmetic gives: month ends,
 * leap years, chained renewal terms, anchored report and review periods, plus
 * the format itself (CRLF, 75-octet folding, TEXT escaping, stable UIDs).
 */
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { contractDates, escapeIcsText, FALLBACK_DTSTAMP, foldIcsLine, renderCalendar } from '../../server/core/calendar.js';

const EXAMPLES = path.join(__dirname, '../../examples');

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  category: string;
  start: string;
  end: string;
  dtstamp: string;
  startIsDate: boolean;
  rrule?: string;
}

/** Parses a calendar with ical.js and returns its events in file order. */
function events(ics: string): ParsedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((ve) => {
    const ev = new ICAL.Event(ve);
    const rrule = ve.getFirstPropertyValue('rrule');
    const out: ParsedEvent = {
      uid: ev.uid,
      summary: ev.summary,
      description: ev.description,
      category: String(ve.getFirstPropertyValue('categories')),
      start: ev.startDate.toString(),
      end: ev.endDate.toString(),
      dtstamp: String(ve.getFirstPropertyValue('dtstamp')),
      startIsDate: ev.startDate.isDate,
    };
    if (rrule) out.rrule = String(rrule);
    return out;
  });
}

const calendarOf = (text: string) => renderCalendar(parse(text), { fileName: 'test.contract' });
const datesOf = (list: ParsedEvent[], category: string) => list.filter((e) => e.category === category).map((e) => e.start);

/** A small contract with the given effective date, term block and reporting block. */
function contract(effective: string | undefined, term: string, reporting = ''): string {
  return [
    'contract "Test Agreement" {',
    '  id "T-1"',
    effective ? `  effective ${effective}` : '',
    '  term {',
    ...term.split('\n').map((l) => `    ${l}`),
    '  }',
    reporting ? `  reporting {\n    ${reporting}\n  }` : '',
    '}',
    '',
  ].join('\n');
}

describe('calendar of the clean example', () => {
  const ics = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');
  const list = events(calendarOf(ics));

  it('has the effective date, the end of the initial term and the last day for notice of non-renewal', () => {
    expect(datesOf(list, 'effective')).toEqual(['2027-01-01']);
    expect(datesOf(list, 'term-end')).toEqual(['2028-12-31']);
    // 60 days before 2028-12-31 (LANGUAGE.md's own example), then before each renewal term ends.
    expect(datesOf(list, 'non-renewal-notice')).toEqual(['2028-11-01', '2029-11-01', '2030-11-01']);
  });

  it('lists each renewal boundary of the three years after the initial term', () => {
    expect(datesOf(list, 'renewal')).toEqual(['2029-01-01', '2030-01-01', '2031-01-01']);
  });

  it('lists the monthly reports and quarterly reviews of the initial term, the day after each period ends', () => {
    const reports = datesOf(list, 'report');
    expect(reports).toHaveLength(24);
    expect(reports[0]).toBe('2027-02-01');
    expect(reports[1]).toBe('2027-03-01');
    expect(reports[23]).toBe('2029-01-01');
    expect(datesOf(list, 'review')).toEqual(['2027-04-01', '2027-07-01', '2027-10-01', '2028-01-01', '2028-04-01', '2028-07-01', '2028-10-01', '2029-01-01']);
  });

  it('makes every event an all-day event with a deterministic stamp and a unique, stable UID', () => {
    for (const e of list) {
      expect(e.startIsDate).toBe(true);
      expect(e.dtstamp).toBe('2027-01-01T00:00:00Z');
    }
    const uids = list.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('msa-2027-014-term-end@clausewise');
    expect(calendarOf(ics)).toBe(calendarOf(ics));
  });

  it('says in each event which statement created it, and on which line', () => {
    const notice = list.find((e) => e.category === 'non-renewal-notice')!;
    expect(notice.summary).toBe('Managed IT Services Agreement: Last day to give notice of non-renewal (end of the initial term)');
    expect(notice.description).toContain("Created by the 'renewal' statement in the term clause, line 109 of test.contract: renewal automatic 12 months notice 60 days");
    const review = list.find((e) => e.category === 'review')!;
    expect(review.description).toContain('the reporting clause, line 120');
    expect(review.description).toContain('covers the quarter from 1 January 2027 through 31 March 2027');
  });

  it('writes summaries and descriptions (of events and reminders) as plain text: code quoted, never in Markdown backticks', () => {
    const text = calendarOf(ics);
    const sla = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');
    expect(sla).toContain('sla ');
    for (const e of list) {
      expect(e.summary, e.uid).not.toContain('`');
      expect(e.description, e.uid).not.toContain('`');
    }
    expect(text).not.toContain('`');
    // An SLA's name is quoted as code would be.
    const slaEvent = list.find((e) => /the SLA '/.test(e.description));
    if (slaEvent) expect(slaEvent.description).toMatch(/the SLA '[a-z_]+'/);
  });
});

describe('date arithmetic at month ends and in leap years', () => {
  it('renews from 2027-01-31 by one month: 2027-01-31, 2027-02-28, then 2027-03-28 (each term chained to the last)', () => {
    const list = events(calendarOf(contract('2026-12-31', 'initial 1 month\nrenewal automatic 1 month notice 10 days')));
    expect(datesOf(list, 'term-end')).toEqual(['2027-01-30']);
    expect(datesOf(list, 'renewal').slice(0, 3)).toEqual(['2027-01-31', '2027-02-28', '2027-03-28']);
    expect(datesOf(list, 'non-renewal-notice').slice(0, 2)).toEqual(['2027-01-20', '2027-02-17']);
    // Chained terms stay on the 28th, so 37 renewals begin before 2030-01-31, three years after the first.
    const renewals = datesOf(list, 'renewal');
    expect(renewals).toHaveLength(37);
    expect(renewals[renewals.length - 1]).toBe('2030-01-28');
  });

  it('ends a one-month term from 2027-01-31 on 2027-02-27, as LANGUAGE.md says', () => {
    const list = events(calendarOf(contract('2027-01-31', 'initial 1 month\nrenewal automatic 1 month notice 7 days')));
    expect(datesOf(list, 'term-end')).toEqual(['2027-02-27']);
    expect(datesOf(list, 'non-renewal-notice')[0]).toBe('2027-02-20');
    expect(datesOf(list, 'renewal').slice(0, 2)).toEqual(['2027-02-28', '2027-03-28']);
  });

  it('counts 12 months from 2028-02-29 to 2029-02-28, so the initial term ends on 2029-02-27', () => {
    const list = events(calendarOf(contract('2028-02-29', 'initial 12 months\nrenewal automatic 12 months notice 30 days')));
    expect(datesOf(list, 'effective')).toEqual(['2028-02-29']);
    expect(datesOf(list, 'term-end')).toEqual(['2029-02-27']);
    expect(datesOf(list, 'non-renewal-notice')).toEqual(['2029-01-28', '2030-01-28', '2031-01-28']);
    expect(datesOf(list, 'renewal')).toEqual(['2029-02-28', '2030-02-28', '2031-02-28']);
  });

  it('counts a notice period back across 29 February', () => {
    const list = events(calendarOf(contract('2027-04-01', 'initial 12 months\nrenewal automatic 12 months notice 60 days')));
    expect(datesOf(list, 'term-end')).toEqual(['2028-03-31']);
    expect(datesOf(list, 'non-renewal-notice')[0]).toBe('2028-01-31');
  });

  it('anchors quarterly reviews on the effective date, so a review falls on 2028-02-29 and the day of month does not drift', () => {
    const list = events(calendarOf(contract('2027-11-30', 'initial 12 months\nrenewal none', 'review quarterly')));
    expect(datesOf(list, 'review')).toEqual(['2028-02-29', '2028-05-30', '2028-08-30', '2028-11-30']);
    expect(datesOf(list, 'renewal')).toEqual([]);
    expect(datesOf(list, 'non-renewal-notice')).toEqual([]);
  });

  it('uses `initial ends` as written, without an effective date, with the fixed stamp', () => {
    const ics = calendarOf(contract(undefined, 'initial ends 2028-12-31\nrenewal manual'));
    const list = events(ics);
    expect(list.map((e) => [e.category, e.start])).toEqual([['term-end', '2028-12-31']]);
    expect(ics).toContain(`DTSTAMP:${FALLBACK_DTSTAMP}`);
  });

  it('writes daily and weekly reports as one event with an RRULE that ical.js expands over the initial term', () => {
    const list = events(calendarOf(contract('2027-01-01', 'initial 1 month\nrenewal none', 'report weekly "Backup status"')));
    const weekly = list.filter((e) => e.category === 'report');
    expect(weekly).toHaveLength(1);
    expect(weekly[0]!.rrule).toContain('FREQ=WEEKLY');
    const ve = new ICAL.Component(ICAL.parse(calendarOf(contract('2027-01-01', 'initial 1 month\nrenewal none', 'report weekly "Backup status"'))))
      .getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('categories') === 'report')!;
    const it = new ICAL.Event(ve).iterator();
    const dates: string[] = [];
    for (let next = it.next(); next && dates.length < 10; next = it.next()) dates.push(next.toString());
    expect(dates).toEqual(['2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29']);
  });

  it('agrees with contractDates, the data an editor command uses', () => {
    const text = contract('2027-01-01', 'initial 24 months\nrenewal automatic 12 months notice 60 days');
    const fromData = contractDates(parse(text).ast.contracts[0]!).map((d) => `${d.kind} ${d.date.year}-${String(d.date.month).padStart(2, '0')}-${String(d.date.day).padStart(2, '0')}`);
    const fromIcs = events(calendarOf(text)).map((e) => `${e.category} ${e.start}`);
    expect(fromIcs).toEqual(fromData);
  });
});

describe('RFC 5545 format', () => {
  const tricky = 'contract "Acme, Inc; \\\\ \\"Ω\\" services \\n second line" {\n  id "X;1"\n  effective 2027-01-01\n  term {\n    initial 12 months\n  }\n}\n';

  it('ends every line with CRLF and folds lines at 75 octets without splitting a UTF-8 character', () => {
    const long = contract('2027-01-01', 'initial 12 months', `report monthly "${'Überprüfung der Verfügbarkeit — 可用性报告 '.repeat(6)}"`);
    const ics = calendarOf(long);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(bytes.toString('utf8')).not.toContain('\ufffd');
    }
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    const report = events(ics).find((e) => e.category === 'report')!;
    expect(report.summary).toBe(`Test Agreement: Report due: ${'Überprüfung der Verfügbarkeit — 可用性报告 '.repeat(6)}`);
  });

  it('escapes commas, semicolons, backslashes and line breaks in TEXT, and they round-trip through ical.js', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const list = events(calendarOf(tricky));
    expect(list[0]!.summary).toBe('Acme, Inc; \\ "Ω" services \n second line: Agreement takes effect');
    expect(list[0]!.uid).toBe('x-1-effective@clausewise');
  });

  it('folds a line of exactly 75 octets not at all, and one of 76 once', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('writes an empty but valid calendar for a file without dates', () => {
    const list = events(calendarOf('contract "No dates" {\n}\n'));
    expect(list).toEqual([]);
  });
});

describe('dates created by version-2 statements', () => {
  const saas = fs.readFileSync(path.join(__dirname, '../fixtures/render/saas-v2.contract'), 'utf8');
  const list = events(calendarOf(saas));

  it('lists the claim deadline of every month of the initial term, months anchored on the effective date', () => {
    // `claim within 2 months after month_end`: adding months keeps the day of month and clamps it.
    const claims = datesOf(list, 'claim-deadline');
    expect(claims).toHaveLength(36);
    expect(claims.slice(0, 4)).toEqual(['2027-03-31', '2027-04-28', '2027-05-31', '2027-06-30']);
    expect(claims[claims.length - 1]).toBe('2030-02-28');
    const first = list.find((e) => e.category === 'claim-deadline')!;
    expect(first.summary).toBe('Cloud Platform Subscription: Last day to claim service credits (availability) for the month ending 31 January 2027');
    expect(first.description).toContain('For the month from 1 January 2027 through 31 January 2027, the last day to claim is 31 March 2027.');
    expect(first.description).toContain("Created by the 'claim' statement in the SLA 'availability', line ");
    // `claim within 30 days after incident` and `claim automatic` have no date of their own.
    expect(list.filter((e) => e.category === 'claim-deadline' && e.description.includes('backups'))).toEqual([]);
  });

  it('counts a claim window in business days on the calendar, skipping weekends', () => {
    const text = contract('2027-01-01', 'initial 3 months\nrenewal none').replace('  term {', '  sla a for x {\n    claim within 10 business_days after month_end\n  }\n  term {');
    // 31 January 2027 is a Sunday: ten business days later is Friday 12 February.
    expect(datesOf(events(calendarOf(text)), 'claim-deadline')).toEqual(['2027-02-12', '2027-03-12', '2027-04-14']);
  });

  it('lists the first 12 months of claim deadlines when the agreement runs until terminated', () => {
    const text = contract('2027-01-01', 'until_terminated').replace('  term {', '  sla a for x {\n    claim within 30 days after month_end\n  }\n  term {');
    const claims = datesOf(events(calendarOf(text)), 'claim-deadline');
    expect(claims).toHaveLength(12);
    expect(claims[0]).toBe('2027-03-02');
  });

  it('gives the last day to exercise each extension option, before the initial term ends', () => {
    expect(datesOf(list, 'extension-notice')).toEqual(['2029-10-02', '2029-11-01']);
    const ext = list.filter((e) => e.category === 'extension-notice');
    expect(ext.map((e) => e.summary)).toEqual([
      "Cloud Platform Subscription: Last day to give notice of extension by 12 months (the Client's option)",
      "Cloud Platform Subscription: Last day to give notice of extension by 6 months (either party's option)",
    ]);
    expect(ext[0]!.description).toContain('To extend the initial term, which ends on 31 December 2029, notice must be given by 2 October 2029: at least 90 days before the term ends.');
    expect(ext[0]!.description).toContain("Created by the 'extension' statement in the term clause");
  });

  it('has no extension deadline without an initial term to count back from', () => {
    expect(datesOf(events(calendarOf(contract('2027-01-01', 'until_terminated\nextension client 12 months notice 90 days'))), 'extension-notice')).toEqual([]);
  });

  it("lists each milestone's due date, the end of its acceptance period in business days, and its payment date", () => {
    expect(datesOf(list, 'milestone-due')).toEqual(['2027-03-31', '2027-05-14']);
    // Wednesday 31 March 2027 + 10 business days = Wednesday 14 April; 14 May + 5 days = 19 May.
    expect(datesOf(list, 'acceptance-deadline')).toEqual(['2027-04-14', '2027-05-19']);
    // Invoiced on the due date and payable 30 days later (`due 30 days after invoice`).
    expect(datesOf(list, 'milestone-payment')).toEqual(['2027-04-30', '2027-06-13']);
    const pay = list.find((e) => e.category === 'milestone-payment')!;
    expect(pay.summary).toBe('Cloud Platform Subscription: Milestone payment due: Tenant configured and data migrated');
    expect(pay.description).toContain('60% of the one-off fees (24,000.00 USD) for the milestone “Tenant configured and data migrated” is invoiced on its due date, 31 March 2027, and payable by 30 April 2027 (30 days after the invoice).');
    expect(pay.description).toContain("Created by the 'milestone' statement in the milestones clause");
  });

  it('gives SLAs with the same claim deadline one event per month, naming them all', () => {
    const managed = events(calendarOf(fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8')));
    const claims = managed.filter((e) => e.category === 'claim-deadline');
    expect(claims).toHaveLength(24);
    expect(claims[0]!.start).toBe('2027-04-01');
    expect(claims[0]!.summary).toBe('Managed IT Services Agreement: Last day to claim service credits (availability and incidents) for the month ending 31 January 2027');
    expect(claims[0]!.description).toContain('Service credits under the availability and incidents SLAs must be claimed within 60 days after the end of the month.');
  });

  it('keeps UIDs unique and agrees with contractDates', () => {
    const uids = list.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('sub-2027-031-extension-notice-option-1@clausewise');
    const fromData = contractDates(parse(saas).ast.contracts[0]!).map((d) => `${d.kind} ${d.date.year}-${String(d.date.month).padStart(2, '0')}-${String(d.date.day).padStart(2, '0')}`);
    expect(list.map((e) => `${e.category} ${e.start}`)).toEqual(fromData);
  });
});
