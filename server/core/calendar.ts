/**
 * The dates a contract creates, and their export as an RFC 5545 iCalendar:
 * effective date, end of the initial term, the last day to give notice of
 * non-renewal, the renewal boundaries of the next three years, the report
 * and review dates of `reporting`, the monthly deadlines to claim service
 * credits, the last day to exercise each extension option, and each
 * milestone's due date, acceptance deadline and payment date. All events are
 * all-day (VALUE=DATE) events. Each event's UID is made of the contract's id,
 * the event's kind and its key (which renewal, which month, which milestone),
 * never its date, so that a changed date gives the same UID; with the time the
 * contract was last revised, DTSTAMP, LAST-MODIFIED and SEQUENCE (minutes since
 * 2000) follow it, so that a calendar re-importing the export updates its
 * events instead of adding copies. Notice deadlines carry reminders (VALARM).
 * Without a revision time the output is deterministic (DTSTAMP from the
 * effective date, SEQUENCE 0).
 */
import { fieldValue, fieldWord, type ContractNode, type DurationValue, type ParseResult, type Span, type Statement, type TermNode } from '../../grammar/index.js';
import { formatMoney } from './facts.js';
import { plainText } from './plain-text.js';
import { claimWindows, milestoneFacts, paymentDue, type ClaimWindow } from './facts-render.js';
import { milestoneName } from './render/clauses.js';
import { capitalize, joinAnd, longDate, quoted, valuePhrase, whoPhrase, wordPhrase } from './render/phrases.js';
import {
  addDays,
  addMonths,
  compareDates,
  formatDate,
  fromDateValue,
  isDuration,
  noticeDeadline,
  termEnd,
  type CalendarDate,
} from './time.js';

/** How many years of renewal boundaries after the initial term the calendar lists. */
export const RENEWAL_HORIZON_YEARS = 3;

/** How many months of claim deadlines the calendar lists when the contract has no initial term to bound them. */
export const CLAIM_MONTHS_WITHOUT_TERM = 12;

/** The kinds of dated events a contract creates. */
export type ContractDateKind =
  | 'effective'
  | 'term-end'
  | 'non-renewal-notice'
  | 'extension-notice'
  | 'renewal'
  | 'milestone-due'
  | 'acceptance-deadline'
  | 'milestone-payment'
  | 'claim-deadline'
  | 'report'
  | 'review';

/** One dated event of a contract. */
export interface ContractDate {
  kind: ContractDateKind;
  date: CalendarDate;
  /** A short title, without the contract's name. */
  summary: string;
  /** What the date means, in a sentence or two. */
  detail: string;
  /** The keyword of the statement that creates it. */
  keyword: string;
  /** The block the statement stands in (`term`, `reporting`, `sla`, `milestones`, or `contract` for `effective`). */
  block: string;
  /** The name of that block, for an `sla` (`availability`). */
  blockName?: string;
  /** The source line of that statement. */
  span: Span;
  /**
   * What tells this event apart from the others of its kind in the contract,
   * never its date (`renewal-2` for the notice before renewal term 2, `2` for that term, `month-5`, `go-live`, `1-quarter-3`); empty
   * for the kinds a contract has once. With the contract's id and the kind,
   * it makes the event's UID.
   */
  key: string;
  /** For a repeating event written as one RFC 5545 RRULE (daily and weekly periods): the rule and its last date. */
  repeat?: { freq: 'DAILY' | 'WEEKLY'; until: CalendarDate };
}

/** The last day of the initial term, from `initial N months` counted from the effective date, or `initial ends DATE`. */
export function initialTermEnd(effective: CalendarDate | undefined, term: TermNode): CalendarDate | undefined {
  const initial = term.initial;
  if (!initial) return undefined;
  if (initial.ends) return fromDateValue(initial.ends);
  if (effective && isDuration(initial.duration)) return termEnd(effective, initial.duration);
  return undefined;
}

/** One renewal term of an automatically renewing agreement. */
export interface RenewalTerm {
  /** 1 for the first renewal after the initial term. */
  index: number;
  start: CalendarDate;
  end: CalendarDate;
  /** The last day to give notice of non-renewal so that this renewal term does not begin. */
  noticeDeadline?: CalendarDate;
}

/**
 * The renewal terms that begin within `years` years after the initial term.
 * Each renewal term is a term in the sense of LANGUAGE.md: it starts the day
 * after the previous term ends and runs through the day before the same day of
 * month N months later (clamped to the month's end), so the dates are chained.
 */
export function renewalTerms(initialEnd: CalendarDate, term: TermNode, years = RENEWAL_HORIZON_YEARS): RenewalTerm[] {
  const r = term.renewal;
  if (r?.mode?.text !== 'automatic' || !isDuration(r.period) || r.period.amount <= 0) return [];
  const first = addDays(initialEnd, 1);
  const horizon = addMonths(first, years * 12);
  const out: RenewalTerm[] = [];
  let start = first;
  // A guard against absurd inputs (e.g. `renewal automatic 1 minute`) keeps the list bounded.
  while (compareDates(start, horizon) < 0 && out.length < 400) {
    const end = termEnd(start, r.period);
    const prevEnd = addDays(start, -1);
    const t: RenewalTerm = { index: out.length + 1, start, end };
    if (isDuration(r.notice)) t.noticeDeadline = noticeDeadline(prevEnd, r.notice);
    out.push(t);
    if (compareDates(end, start) < 0) break;
    start = addDays(end, 1);
  }
  return out;
}

const MONTHS_PER_PERIOD: Record<string, number | undefined> = { monthly: 1, quarterly: 3, yearly: 12 };
const PERIOD_NOUN: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' };

function blockOf(contract: ContractNode, stmt: Statement): { block: string; blockName?: string } {
  for (const sla of contract.slas) if (sla.stmt.block?.statements.includes(stmt)) return sla.name ? { block: 'sla', blockName: sla.name.text } : { block: 'sla' };
  for (const [block, nodes] of [
    ['term', contract.terms],
    ['reporting', contract.reportings],
    ['milestones', contract.milestones],
  ] as const) {
    for (const n of nodes) if (n.stmt.block?.statements.includes(stmt)) return { block };
  }
  return { block: 'contract' };
}

/** Every dated event of a contract, sorted by date (then kind and source position). */
export function contractDates(contract: ContractNode, years = RENEWAL_HORIZON_YEARS): ContractDate[] {
  const out: ContractDate[] = [];
  const add = (d: Omit<ContractDate, 'block' | 'span'> & { stmt: Statement }) => {
    const { stmt, ...rest } = d;
    out.push({ ...rest, ...blockOf(contract, stmt), span: stmt.lineSpan });
  };
  const effective = fromDateValue(contract.effective?.date);
  if (effective && contract.effective) {
    add({ kind: 'effective', key: '', date: effective, summary: 'Agreement takes effect', detail: `The agreement takes effect on ${longDate(effective)}; its terms and notice deadlines are counted from this date.`, keyword: 'effective', stmt: contract.effective.stmt });
  }
  const term = contract.terms[0];
  const initialEnd = term ? initialTermEnd(effective, term) : undefined;
  if (term && initialEnd && term.initial) {
    const how = term.initial.ends ? 'as written in the contract' : `${valuePhrase(term.initial.duration)} from the effective date`;
    const mode = term.renewal?.mode?.text;
    const after =
      mode === 'automatic' ? 'Unless notice of non-renewal is given in time, the agreement then renews automatically.' : mode === 'manual' ? 'It renews only if both parties agree.' : mode === 'none' ? 'It does not renew.' : '';
    add({ kind: 'term-end', key: '', date: initialEnd, summary: 'Last day of the initial term', detail: `The initial term (${how}) ends on ${longDate(initialEnd)}. ${after}`.trim(), keyword: 'initial', stmt: term.initial.stmt });
  }
  const renewal = term?.renewal;
  if (term && initialEnd && renewal) {
    const terms = renewalTerms(initialEnd, term, years);
    if (terms.length === 0 && renewal.mode?.text === 'automatic' && isDuration(renewal.notice)) {
      // The renewal period is unreadable, but the first notice deadline is still known.
      const deadline = noticeDeadline(initialEnd, renewal.notice);
      add({ kind: 'non-renewal-notice', key: 'renewal-1', date: deadline, summary: 'Last day to give notice of non-renewal', detail: `Notice of non-renewal must be given at least ${valuePhrase(renewal.notice)} before the initial term ends on ${longDate(initialEnd)}.`, keyword: 'renewal', stmt: renewal.stmt });
    }
    for (const t of terms) {
      const which = t.index === 1 ? 'the initial term' : `renewal term ${t.index - 1}`;
      const prevEnd = addDays(t.start, -1);
      if (t.noticeDeadline) {
        add({
          kind: 'non-renewal-notice',
          key: `renewal-${t.index}`,
          date: t.noticeDeadline,
          summary: `Last day to give notice of non-renewal (end of ${which})`,
          detail: `To stop the agreement renewing on ${longDate(t.start)}, notice of non-renewal must be given by ${longDate(t.noticeDeadline)}: at least ${valuePhrase(renewal.notice)} before ${which} ends on ${longDate(prevEnd)}.`,
          keyword: 'renewal',
          stmt: renewal.stmt,
        });
      }
      add({
        kind: 'renewal',
        key: `${t.index}`,
        date: t.start,
        summary: `Renewal term ${t.index} begins`,
        detail: `Unless notice of non-renewal was given in time, the agreement renews automatically for ${valuePhrase(renewal.period)}: renewal term ${t.index} runs from ${longDate(t.start)} through ${longDate(t.end)}.`,
        keyword: 'renewal',
        stmt: renewal.stmt,
      });
    }
  }
  if (initialEnd) {
    let option = 0;
    for (const t of contract.terms) {
      for (const m of t.items) {
        if (m.keyword !== 'extension') continue;
        option++;
        const notice = fieldValue(m.fields, 'notice');
        if (!isDuration(notice)) continue;
        const who = fieldWord(m.fields, 'who');
        const by = capitalize(whoPhrase(who));
        const duration = valuePhrase(fieldValue(m.fields, 'duration'));
        const deadline = noticeDeadline(initialEnd, notice);
        add({
          kind: 'extension-notice',
          key: `option-${option}`,
          date: deadline,
          summary: `Last day to give notice of extension by ${duration} (${who === 'client' ? "the Client's" : who === 'provider' ? "the Provider's" : who === 'either' ? "either party's" : 'an'} option)`,
          detail: `${by} may extend the agreement by ${duration}. To extend the initial term, which ends on ${longDate(initialEnd)}, notice must be given by ${longDate(deadline)}: at least ${valuePhrase(notice)} before the term ends.`,
          keyword: 'extension',
          stmt: m.stmt,
        });
      }
    }
  }
  let milestoneCount = 0;
  for (const ms of contract.milestones) {
    for (const m of ms.items) {
      if (m.keyword !== 'milestone') continue;
      milestoneCount++;
      const f = milestoneFacts(contract, m);
      if (!f.due) continue;
      // A milestone is known by its name; one without a name by its place among the milestones.
      const key = f.name ? slug(f.name) : `milestone-${milestoneCount}`;
      const name = milestoneName(m);
      const plainName = f.label ?? (f.name ? wordPhrase(f.name) : 'milestone');
      const pays = f.pays ? ` It pays ${valuePhrase(f.pays)} of the one-off fees${f.payment ? ` (${formatMoney(f.payment)})` : ''}.` : '';
      add({ kind: 'milestone-due', key, date: f.due, summary: `Milestone due: ${plainName}`, detail: `The milestone ${name} is due on ${longDate(f.due)}.${pays}`, keyword: 'milestone', stmt: m.stmt });
      if (f.acceptanceEnd && f.acceptance) {
        add({
          kind: 'acceptance-deadline',
          key,
          date: f.acceptanceEnd,
          summary: `Acceptance period ends: ${plainName}`,
          detail: `The Client has ${valuePhrase(f.acceptance)} to accept the milestone ${name}. If it is delivered on its due date, ${longDate(f.due)}, the acceptance period ends on ${longDate(f.acceptanceEnd)}; a later delivery moves this date.`,
          keyword: 'milestone',
          stmt: m.stmt,
        });
      }
      if (f.paymentDue && f.pays) {
        const due = paymentDue(contract);
        const after = due === 'on_receipt' ? 'on receipt of the invoice' : due ? `${valuePhrase(due)} after the invoice` : '';
        add({
          kind: 'milestone-payment',
          key,
          date: f.paymentDue,
          summary: `Milestone payment due: ${plainName}`,
          detail: `${capitalize(valuePhrase(f.pays))} of the one-off fees${f.payment ? ` (${formatMoney(f.payment)})` : ''} for the milestone ${name} is invoiced on its due date, ${longDate(f.due)}, and payable by ${longDate(f.paymentDue)}${after ? ` (${after})` : ''}.`,
          keyword: 'milestone',
          stmt: m.stmt,
        });
      }
    }
  }
  if (effective) {
    // Claim deadlines: one per month of the initial term (or of the first months when no term end is known).
    // SLAs with the same deadline for the same month share one event, which names them all.
    // The key is the month of the term; when SLAs claim within different windows, the second window's
    // events of a month are told apart by the window's place in the contract (month-3-window-2).
    const claims = new Map<string, { w: ClaimWindow; within: DurationValue; slas: string[]; stmt: Statement; key: string }>();
    const windows: string[] = [];
    for (const sla of contract.slas) {
      for (const m of sla.items) {
        const within = fieldValue(m.fields, 'within');
        if (m.keyword !== 'claim' || !isDuration(within) || fieldWord(m.fields, 'from') !== 'month_end') continue;
        for (const w of claimWindows(effective, within, initialEnd, initialEnd ? 1000 : CLAIM_MONTHS_WITHOUT_TERM)) {
          const key = `${formatDate(w.end)} ${formatDate(w.deadline)}`;
          let entry = claims.get(key);
          if (!entry) {
            const windowKey = `${within.amount} ${within.unit}`;
            if (!windows.includes(windowKey)) windows.push(windowKey);
            const n = windows.indexOf(windowKey) + 1;
            entry = { w, within, slas: [], stmt: m.stmt, key: n === 1 ? `month-${w.index}` : `month-${w.index}-window-${n}` };
          }
          if (sla.name && !entry.slas.includes(sla.name.text)) entry.slas.push(sla.name.text);
          claims.set(key, entry);
        }
      }
    }
    for (const { w, within, slas, stmt, key } of claims.values()) {
      const names = slas.map(wordPhrase);
      add({
        kind: 'claim-deadline',
        key,
        date: w.deadline,
        summary: `Last day to claim service credits${names.length ? ` (${joinAnd(names)})` : ''} for the month ending ${longDate(w.end)}`,
        detail: `Service credits${names.length ? ` under the ${joinAnd(names)} ${names.length === 1 ? 'SLA' : 'SLAs'}` : ''} must be claimed within ${valuePhrase(within)} after the end of the month. For the month from ${longDate(w.start)} through ${longDate(w.end)}, the last day to claim is ${longDate(w.deadline)}.`,
        keyword: 'claim',
        stmt,
      });
    }
  }
  if (effective && initialEnd) {
    let reports = 0;
    let reviews = 0;
    for (const rep of contract.reportings) {
      for (const r of rep.reports) periodic(add, 'report', ++reports, r.stmt, r.period, effective, initialEnd, r.label ? `Report due: ${r.label.value}` : 'Report due', r.label ? `The provider reports on ${quoted(r.label.value)}` : 'The provider reports');
      for (const r of rep.reviews) periodic(add, 'review', ++reviews, r.stmt, r.period, effective, initialEnd, 'Service review meeting', 'The parties hold a service review meeting');
    }
  }
  const order: ContractDateKind[] = ['effective', 'term-end', 'non-renewal-notice', 'extension-notice', 'renewal', 'milestone-due', 'acceptance-deadline', 'milestone-payment', 'claim-deadline', 'report', 'review'];
  out.sort((a, b) => compareDates(a.date, b.date) || order.indexOf(a.kind) - order.indexOf(b.kind) || a.span.start - b.span.start);
  return out;
}

/**
 * Report and review dates over the initial term. Monthly, quarterly and yearly
 * periods are counted from the effective date (period k runs from effective +
 * (k−1)·N months through the day before effective + k·N months, so the day of
 * month never drifts) and the event falls on the day after each period that
 * ends within the initial term. Daily and weekly periods become one event
 * with an RRULE; hourly and one-off reports have no calendar date.
 */
function periodic(
  add: (d: Omit<ContractDate, 'block' | 'span'> & { stmt: Statement }) => void,
  kind: 'report' | 'review',
  ordinal: number,
  stmt: Statement,
  period: Statement['args'][number] | undefined,
  effective: CalendarDate,
  initialEnd: CalendarDate,
  summary: string,
  sentence: string,
): void {
  if (period?.kind !== 'word') return;
  const months = MONTHS_PER_PERIOD[period.text];
  const noun = PERIOD_NOUN[period.text];
  if (months !== undefined && noun) {
    for (let k = 1; k < 1000; k++) {
      const periodEnd = addDays(addMonths(effective, k * months), -1);
      if (compareDates(periodEnd, initialEnd) > 0) break;
      const periodStart = addMonths(effective, (k - 1) * months);
      const date = addDays(periodEnd, 1);
      add({ kind, key: `${ordinal}-${noun}-${k}`, date, summary, detail: `${sentence} ${wordPhrase(period.text)}; this one covers the ${noun} from ${longDate(periodStart)} through ${longDate(periodEnd)}.`, keyword: stmt.keyword ?? kind, stmt });
    }
  } else if ((period.text === 'daily' || period.text === 'weekly') && noun) {
    const first = addDays(effective, period.text === 'daily' ? 1 : 7);
    if (compareDates(first, addDays(initialEnd, 1)) > 0) return;
    add({
      kind,
      key: `${ordinal}`,
      date: first,
      summary,
      detail: `${sentence} ${period.text}, after each ${noun} of the initial term, through ${longDate(addDays(initialEnd, 1))}.`,
      keyword: stmt.keyword ?? kind,
      stmt,
      repeat: { freq: period.text === 'daily' ? 'DAILY' : 'WEEKLY', until: addDays(initialEnd, 1) },
    });
  }
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other control characters are dropped. */
export function escapeIcsText(s: string): string {
  return s
    .replace(/\r\n|\r/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character; continuation lines start with one space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function icsDate(d: CalendarDate): string {
  return formatDate(d).replace(/-/g, '');
}

/** A UID-safe slug: letters, digits and hyphens. */
function slug(s: string): string {
  const x = s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return x || 'contract';
}

/** Options of {@link renderCalendar}. */
export interface CalendarOptions {
  /** The file name shown in each event's description ("line 77 of msa.contract"). */
  fileName?: string;
  /** Years of renewal boundaries after the initial term (default 3). */
  renewalYears?: number;
  /**
   * When the contract was last revised (the file's modification time, or the
   * time of an export from an editor). It becomes DTSTAMP and LAST-MODIFIED,
   * and SEQUENCE counts the minutes from 2000-01-01 to it, so a later export of
   * a changed contract supersedes the events imported before. Without it,
   * DTSTAMP comes from the effective date and SEQUENCE is 0.
   */
  revised?: Date;
  /** Days before a notice deadline at which the calendar reminds (default 30 and 7; an empty list for none). */
  reminderDays?: readonly number[];
}

/** The reminders before each notice deadline, in days, when the options name none. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [30, 7];

/** The kinds of events that are a last day to give notice, and so carry reminders. */
export const REMINDED_KINDS: readonly ContractDateKind[] = ['non-renewal-notice', 'extension-notice'];

const SEQUENCE_EPOCH = Date.UTC(2000, 0, 1);

/** SEQUENCE for a revision time: whole minutes since 2000-01-01 UTC, within RFC 5545's INTEGER (0 before 2000). */
export function sequenceOf(revised: Date | undefined): number {
  if (!revised || Number.isNaN(revised.getTime())) return 0;
  return Math.min(2147483647, Math.max(0, Math.floor((revised.getTime() - SEQUENCE_EPOCH) / 60000)));
}

/** A UTC DATE-TIME (RFC 5545 §3.3.5, form 2): 20270101T093000Z. */
function icsDateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** The event's UID: the contract's id, the event's kind and its key (never its date), unique within the file. */
function eventUid(base: string, ev: ContractDate, used: Set<string>): string {
  const stem = `${base}-${ev.kind}${ev.key ? `-${ev.key}` : ''}`;
  let uid = stem;
  for (let n = 2; used.has(uid); n++) uid = `${stem}-${n}`;
  used.add(uid);
  return `${uid}@clausewise`;
}

/** The fixed DTSTAMP used when a contract has no valid effective date. */
export const FALLBACK_DTSTAMP = '20000101T000000Z';

/** Writes the iCalendar (RFC 5545) of every contract in a parsed file: CRLF line endings, folded lines, escaped text. */
export function renderCalendar(parsed: ParseResult, options: CalendarOptions = {}): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Clausewise//Contract calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const titles = parsed.ast.contracts.map((c) => c.title?.value ?? 'Contract');
  lines.push(`X-WR-CALNAME:${escapeIcsText(titles.length ? titles.join(' / ') : 'Contract dates')}`);
  const used = new Set<string>();
  for (const contract of parsed.ast.contracts) {
    const title = contract.title?.value ?? 'Contract';
    const idValue = contract.id?.value;
    const idText = idValue && (idValue.kind === 'string' || idValue.kind === 'textblock') ? idValue.value : idValue?.text;
    const base = slug(idText ?? title);
    const effective = fromDateValue(contract.effective?.date);
    const revised = options.revised && !Number.isNaN(options.revised.getTime()) ? options.revised : undefined;
    const stamp = revised ? icsDateTime(revised) : effective ? `${icsDate(effective)}T000000Z` : FALLBACK_DTSTAMP;
    const sequence = sequenceOf(revised);
    const reminderDays = [...new Set((options.reminderDays ?? DEFAULT_REMINDER_DAYS).filter((d) => Number.isInteger(d) && d > 0))].sort((a, b) => b - a);
    for (const ev of contractDates(contract, options.renewalYears)) {
      const uid = eventUid(base, ev, used);
      const line = parsed.lines.line(ev.span.start) + 1;
      const source = parsed.text.slice(ev.span.start, ev.span.end).replace(/\s+/g, ' ');
      const where = `${options.fileName ? ` of ${options.fileName}` : ''}`;
      const clause = ev.block === 'contract' ? 'the contract header' : ev.block === 'sla' ? `the SLA${ev.blockName ? ` \`${ev.blockName}\`` : ''}` : `the ${wordPhrase(ev.block)} clause`;
      const description = `${ev.detail}\n\nCreated by the \`${ev.keyword}\` statement in ${clause}, line ${line}${where}: ${source}`;
      lines.push('BEGIN:VEVENT');
      lines.push(`UID:${uid}`);
      lines.push(`DTSTAMP:${stamp}`);
      if (revised) lines.push(`LAST-MODIFIED:${stamp}`);
      lines.push(`SEQUENCE:${sequence}`);
      lines.push(`DTSTART;VALUE=DATE:${icsDate(ev.date)}`);
      lines.push(`DTEND;VALUE=DATE:${icsDate(addDays(ev.date, 1))}`);
      if (ev.repeat) lines.push(`RRULE:FREQ=${ev.repeat.freq};UNTIL=${icsDate(ev.repeat.until)}`);
      // Calendars show plain text: code is quoted, not in Markdown backticks.
      lines.push(`SUMMARY:${escapeIcsText(plainText(`${title}: ${ev.summary}`))}`);
      lines.push(`DESCRIPTION:${escapeIcsText(plainText(description))}`);
      lines.push(`CATEGORIES:${escapeIcsText(ev.kind)}`);
      lines.push('TRANSP:TRANSPARENT');
      if (REMINDED_KINDS.includes(ev.kind)) {
        for (const days of reminderDays) {
          lines.push('BEGIN:VALARM');
          lines.push('ACTION:DISPLAY');
          lines.push(`TRIGGER;RELATED=START:-P${days}D`);
          lines.push(`DESCRIPTION:${escapeIcsText(plainText(`${days} ${days === 1 ? 'day' : 'days'} left: ${title}: ${ev.summary}`))}`);
          lines.push('END:VALARM');
        }
      }
      lines.push('END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
