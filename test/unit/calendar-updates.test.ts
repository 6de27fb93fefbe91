/**
 * The calendar export imported again after the contract changed: every event
 * keeps its UID when its date moves (the UID is the contract's id, the event's
 * kind and its key, never its date), SEQUENCE and DTSTAMP follow the revision
 * time so that the newer export supersedes the older, and notice deadlines
 * carry reminders (VALARM). Everything is read back with ical.js.
 */
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { contractDates, DEFAULT_REMINDER_DAYS, renderCalendar, sequenceOf, type CalendarOptions } from '../../server/core/calendar.js';
import { buildCli, makeTree, type BuiltCli } from './cli-harness.js';

const MSA = fs.readFileSync(path.join(__dirname, '../../examples/managed-services.contract'), 'utf8');
const SAAS = fs.readFileSync(path.join(__dirname, '../fixtures/render/saas-v2.contract'), 'utf8');

interface Imported {
  uid: string;
  category: string;
  start: string;
  sequence: number;
  dtstamp: string;
  lastModified?: string;
  alarms: { action: string; trigger: string; description: string }[];
}

function imported(text: string, options: CalendarOptions = {}): Imported[] {
  const cal = new ICAL.Component(ICAL.parse(renderCalendar(parse(text), { fileName: 'test.contract', ...options })));
  return cal.getAllSubcomponents('vevent').map((ve) => {
    const lastModified = ve.getFirstPropertyValue('last-modified');
    return {
      uid: String(ve.getFirstPropertyValue('uid')),
      category: String(ve.getFirstPropertyValue('categories')),
      start: String(ve.getFirstPropertyValue('dtstart')),
      sequence: Number(ve.getFirstPropertyValue('sequence')),
      dtstamp: String(ve.getFirstPropertyValue('dtstamp')),
      ...(lastModified ? { lastModified: String(lastModified) } : {}),
      alarms: ve.getAllSubcomponents('valarm').map((a) => ({
        action: String(a.getFirstPropertyValue('action')),
        trigger: String(a.getFirstPropertyValue('trigger')),
        description: String(a.getFirstPropertyValue('description')),
      })),
    };
  });
}

/** What a calendar holds after importing the exports in turn: one event per UID, the highest SEQUENCE winning. */
function reimport(...exports: Imported[][]): Map<string, Imported> {
  const calendar = new Map<string, Imported>();
  for (const list of exports) {
    for (const ev of list) {
      const had = calendar.get(ev.uid);
      if (!had || ev.sequence > had.sequence || (ev.sequence === had.sequence && ev.dtstamp > had.dtstamp)) calendar.set(ev.uid, ev);
    }
  }
  return calendar;
}

const uidsByKind = (list: Imported[]) => list.map((e) => `${e.category} ${e.uid}`);

describe('UIDs that stay the same when a date changes', () => {
  it('names no date: the contract id, the kind and its key', () => {
    const list = imported(MSA);
    for (const e of list) expect(e.uid, e.uid).not.toMatch(/\d{8}/);
    expect(list.map((e) => e.uid)).toEqual(
      expect.arrayContaining([
        'msa-2027-014-effective@clausewise',
        'msa-2027-014-term-end@clausewise',
        'msa-2027-014-non-renewal-notice-renewal-1@clausewise',
        'msa-2027-014-renewal-1@clausewise',
        'msa-2027-014-renewal-3@clausewise',
        'msa-2027-014-report-1-month-1@clausewise',
        'msa-2027-014-review-1-quarter-1@clausewise',
        'msa-2027-014-claim-deadline-month-1@clausewise',
      ]),
    );
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
  });

  it('keeps every UID when the effective date moves, while every date moves with it', () => {
    const before = imported(MSA);
    const after = imported(MSA.replace('effective 2027-01-01', 'effective 2027-02-15'));
    expect(uidsByKind(after).sort()).toEqual(uidsByKind(before).sort());
    const startOf = new Map(before.map((e) => [e.uid, e.start]));
    for (const e of after) expect(e.start, e.uid).not.toBe(startOf.get(e.uid));
  });

  it('keeps the notice deadline UID when the notice period changes', () => {
    const before = imported(MSA).filter((e) => e.category === 'non-renewal-notice');
    const after = imported(MSA.replace('renewal automatic 12 months notice 60 days', 'renewal automatic 12 months notice 90 days')).filter((e) => e.category === 'non-renewal-notice');
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]!.start).toBe('2028-10-02');
    expect(before[0]!.start).toBe('2028-11-01');
  });

  it("keys milestone events on the milestone's name, and extension deadlines on the option's place", () => {
    const before = imported(SAAS);
    const after = imported(SAAS.replace('due 2027-03-31', 'due 2027-04-30'));
    const onboarding = (l: Imported[]) => l.filter((e) => e.uid.includes('onboarding'));
    expect(onboarding(before).map((e) => e.uid)).toEqual([
      'sub-2027-031-milestone-due-onboarding@clausewise',
      'sub-2027-031-acceptance-deadline-onboarding@clausewise',
      'sub-2027-031-milestone-payment-onboarding@clausewise',
    ]);
    expect(onboarding(after).map((e) => e.uid)).toEqual(onboarding(before).map((e) => e.uid));
    expect(onboarding(after)[0]!.start).toBe('2027-04-30');
    expect(before.filter((e) => e.category === 'extension-notice').map((e) => e.uid)).toEqual([
      'sub-2027-031-extension-notice-option-1@clausewise',
      'sub-2027-031-extension-notice-option-2@clausewise',
    ]);
    expect(new Set(after.map((e) => e.uid))).toEqual(new Set(before.map((e) => e.uid)));
  });

  it('gives each contract data entry a key, and the kinds a contract has once an empty one', () => {
    for (const d of contractDates(parse(SAAS).ast.contracts[0]!)) {
      if (d.kind === 'effective' || d.kind === 'term-end') expect(d.key).toBe('');
      else expect(d.key, d.kind).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('tells apart claim deadlines of SLAs with different claim windows in the same month', () => {
    const two = MSA.replace(/claim within 60 days after month_end/, 'claim within 30 days after month_end');
    const list = imported(two).filter((e) => e.category === 'claim-deadline');
    expect(list.map((e) => e.uid)).toEqual(expect.arrayContaining(['msa-2027-014-claim-deadline-month-1@clausewise', 'msa-2027-014-claim-deadline-month-1-window-2@clausewise']));
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
  });
});

describe('SEQUENCE and DTSTAMP, so that a re-import updates', () => {
  it('without a revision time: SEQUENCE 0 and the deterministic stamp, no LAST-MODIFIED', () => {
    for (const e of imported(MSA)) {
      expect(e.sequence).toBe(0);
      expect(e.dtstamp).toBe('2027-01-01T00:00:00Z');
      expect(e.lastModified).toBeUndefined();
    }
  });

  it('with a revision time: DTSTAMP and LAST-MODIFIED are that time, SEQUENCE the minutes since 2000', () => {
    const revised = new Date('2027-03-04T05:06:07.890Z');
    for (const e of imported(MSA, { revised })) {
      expect(e.dtstamp).toBe('2027-03-04T05:06:07Z');
      expect(e.lastModified).toBe('2027-03-04T05:06:07Z');
      expect(e.sequence).toBe(sequenceOf(revised));
    }
    expect(sequenceOf(revised)).toBe(Math.floor((revised.getTime() - Date.UTC(2000, 0, 1)) / 60000));
    expect(sequenceOf(new Date('1999-01-01T00:00:00Z'))).toBe(0);
    expect(sequenceOf(new Date(Number.NaN))).toBe(0);
    expect(sequenceOf(new Date('9999-12-31T00:00:00Z'))).toBe(2147483647);
  });

  it('an export of the changed contract, revised later, replaces every event of the first one: no duplicates, the new dates', () => {
    const first = imported(MSA, { revised: new Date('2027-01-10T09:00:00Z') });
    const changed = MSA.replace('effective 2027-01-01', 'effective 2027-02-01');
    const second = imported(changed, { revised: new Date('2027-01-12T16:30:00Z') });
    const calendar = reimport(first, second);
    expect(calendar.size).toBe(first.length);
    const byUid = (l: Imported[]) => [...l].sort((a, b) => a.uid.localeCompare(b.uid));
    expect(byUid([...calendar.values()])).toEqual(byUid(second));
    // Importing the older file afterwards changes nothing.
    expect(byUid([...reimport(second, first).values()])).toEqual(byUid(second));
  });

  it('an unchanged contract exported twice with the same revision time gives the same file', () => {
    const revised = new Date('2027-01-10T09:00:00Z');
    expect(renderCalendar(parse(MSA), { revised })).toBe(renderCalendar(parse(MSA), { revised }));
  });
});

describe('reminders before notice deadlines', () => {
  it('gives each notice deadline a display alarm 30 and 7 days before, and no other event an alarm', () => {
    const list = imported(SAAS.replace('renewal manual 12 months', 'renewal automatic 12 months notice 60 days'));
    const reminded = list.filter((e) => e.alarms.length > 0);
    expect(new Set(reminded.map((e) => e.category))).toEqual(new Set(['non-renewal-notice', 'extension-notice']));
    for (const e of list.filter((x) => x.category === 'non-renewal-notice' || x.category === 'extension-notice')) {
      expect(e.alarms.map((a) => a.trigger)).toEqual(['-P30D', '-P7D']);
      for (const a of e.alarms) expect(a.action).toBe('DISPLAY');
      expect(e.alarms[0]!.description).toMatch(/^30 days left: Cloud Platform Subscription: Last day to give notice/);
    }
    expect(DEFAULT_REMINDER_DAYS).toEqual([30, 7]);
  });

  it('takes other reminder days, largest first, or none', () => {
    const days = (options: CalendarOptions) => imported(MSA, options).find((e) => e.category === 'non-renewal-notice')!.alarms.map((a) => a.trigger);
    expect(days({ reminderDays: [1, 14, 14] })).toEqual(['-P14D', '-P1D']);
    expect(days({ reminderDays: [] })).toEqual([]);
    expect(days({ reminderDays: [0, -3, 2.5] })).toEqual([]);
  });

  it('writes the alarm inside its event, with the trigger related to the start', () => {
    const ics = renderCalendar(parse(MSA));
    expect(ics).toMatch(/TRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=START:-P30D\r\nDESCRIPTION:30 days left: /);
    expect(ics.split('BEGIN:VALARM').length - 1).toBe(ics.split('END:VALARM').length - 1);
  });
});

describe('clausewise calendar: the file is revised when it was last modified', () => {
  let cli: BuiltCli;
  let dir: string;
  beforeAll(async () => {
    cli = await buildCli();
    dir = makeTree({ 'msa.contract': MSA });
  }, 60_000);
  afterAll(() => {
    cli?.cleanup();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stamps the events with the modification time, and a later change exports a higher SEQUENCE under the same UIDs', () => {
    const file = path.join(dir, 'msa.contract');
    fs.utimesSync(file, new Date('2027-01-10T09:00:00Z'), new Date('2027-01-10T09:00:00Z'));
    const first = cli.run(['calendar', 'msa.contract'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('\r\nDTSTAMP:20270110T090000Z\r\nLAST-MODIFIED:20270110T090000Z\r\nSEQUENCE:14214780\r\n');
    fs.writeFileSync(file, MSA.replace('notice 60 days', 'notice 90 days'));
    fs.utimesSync(file, new Date('2027-01-11T09:00:00Z'), new Date('2027-01-11T09:00:00Z'));
    const second = cli.run(['calendar', 'msa.contract'], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('\r\nSEQUENCE:14216220\r\n');
    const uids = (ics: string) => ics.split('\r\n').filter((l) => l.startsWith('UID:')).sort();
    expect(uids(second.stdout)).toEqual(uids(first.stdout));
    expect(second.stdout).toContain('TRIGGER;RELATED=START:-P30D');
  });
});
