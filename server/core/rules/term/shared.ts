/**
 * What the term and termination rules share: the fix that adds a statement to
 * the termination terms, the client's ways out, and the comparison of a
 * renewal's notice with its period.
 */
import type { ContractNode, DurationValue, ParseResult, TermNode } from '../../../../grammar/index.js';
import { calendarSpanMinutes } from '../../time.js';
import type { Fix } from '../../types.js';
import { insertInBlockFix } from '../util.js';

/** A fix that adds a statement (snippet syntax) at the end of the contract's first `termination` block; a term the parties choose, so never preferred. */
export function addToTermination(parse: ParseResult, c: ContractNode, title: string, snippet: string): Fix[] {
  const first = c.terminations[0];
  const fix = first && insertInBlockFix(parse, first.stmt, title, snippet);
  return fix ? [fix] : [];
}

/** An automatic renewal with a notice and a period, both durations. */
export type TimedRenewal = NonNullable<TermNode['renewal']> & { period: DurationValue; notice: DurationValue };

/** The contract's automatic renewals whose period and notice are durations (bare numbers are `missing-unit`'s). */
export function timedAutomaticRenewals(c: ContractNode): TimedRenewal[] {
  const out: TimedRenewal[] = [];
  for (const t of c.terms) {
    const r = t.renewal;
    if (r?.mode?.text === 'automatic' && r.period?.kind === 'duration' && r.notice?.kind === 'duration') out.push(r as TimedRenewal);
  }
  return out;
}

/**
 * True when the notice of non-renewal can be longer than the renewal period
 * itself (`renewal-notice-too-long`). Both go through the calendar model and the
 * worst case counts: the notice's longest calendar span against the period's
 * shortest. The same unit on both sides (and months against years) is the same
 * calendar, so those are compared as amounts.
 */
export function noticeExceedsPeriod(r: TimedRenewal): boolean {
  const months = (d: { amount: number; unit: string }) => (d.unit === 'year' ? d.amount * 12 : d.unit === 'month' ? d.amount : undefined);
  const same = r.period.unit === r.notice.unit;
  const pm = same ? r.period.amount : months(r.period);
  const nm = same ? r.notice.amount : months(r.notice);
  if (pm !== undefined && nm !== undefined) return nm > pm;
  return calendarSpanMinutes(r.notice).max > calendarSpanMinutes(r.period).min;
}

/** True when the client (alone or as `either`) may end the agreement on notice without proving a breach. */
export function clientCanLeaveOnNotice(c: ContractNode): boolean {
  return c.terminations.some((t) => t.forConvenience.some((f) => f.who?.text === 'client' || f.who?.text === 'either'));
}
