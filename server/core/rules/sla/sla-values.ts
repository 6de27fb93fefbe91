/**
 * Shared readings of SLA values for the rules of the "sla" family: which values
 * are measurable, how long a duration is, and where a priority's
 * `respond`/`resolve` words stand.
 */
import type { Meaning, PercentValue, PriorityNode, SlaNode, Span, UptimeNode, Value } from '../../../../grammar/index.js';
import { isPeriod } from '../../../../grammar/index.js';
import type { Policy, ResolvedConfig } from '../../config.js';
import { daysAsPercentOfPeriod, serviceDays } from '../../facts.js';
import { slaPeriod } from '../../facts.js';
import { calendarSpanMinutes, type CalendarSpan } from '../../time.js';

/** True for a percentage a reader can take as a share (0–100); invalid ones are `invalid-percent`'s. */
export function isValidPercent(v: Value | undefined): v is Extract<Value, { kind: 'percent' }> {
  return v?.kind === 'percent' && v.value >= 0 && v.value <= 100;
}

/**
 * The calendar span of a duration value (shortest and longest calendar
 * minutes, through the calendar model in time.ts), or undefined for anything else.
 */
export function spanOf(v: Value | undefined): CalendarSpan | undefined {
  return v?.kind === 'duration' ? calendarSpanMinutes(v) : undefined;
}

/** The `within` word after a priority's `respond`/`resolve`, or that word itself. */
export function slotAnchor(p: PriorityNode, word: 'respond' | 'resolve'): Span {
  const args = p.stmt.args;
  const i = args.findIndex((v) => v.kind === 'word' && v.text === word);
  if (i < 0) return p.stmt.head.span;
  const next = args[i + 1];
  return next?.kind === 'word' && next.text === 'within' ? { start: args[i]!.span.start, end: next.span.end } : args[i]!.span;
}

/** True for a recurring measurement window (`monthly`, …; `once` is not one). */
export function isWindow(v: Value | undefined): boolean {
  return isPeriod(v) && v.text !== 'once';
}

/** True when an SLA states at least one target (uptime, priority or other target). */
export function hasTargets(sla: SlaNode): boolean {
  return sla.uptimes.length + sla.priorities.length + sla.targets.length > 0;
}

/** A value as the reader wrote it, in backticks (long prose shortened), for messages. */
export function shown(v: Value): string {
  const text = v.text.replace(/\s+/g, ' ');
  return `\`${text.length > 40 ? text.slice(0, 37) + '…' : text}\``;
}

/** "SLA `availability`", or "This SLA" ("this SLA" mid-sentence) for an SLA without a name, for messages. */
export function slaLabel(sla: SlaNode, midSentence = false): string {
  return sla.name ? `SLA \`${sla.name.text}\`` : midSentence ? 'this SLA' : 'This SLA';
}

/** The meanings of an SLA's statements with `keyword`, in source order. */
export function slaItems(sla: SlaNode, keyword: string): Meaning[] {
  return sla.items.filter((m) => m.keyword === keyword);
}

/**
 * The SLA's measurement period (the recurring period of its first uptime),
 * which a credit or cap in days is a share of; monthly when none is written.
 */
export function measurementPeriod(sla: SlaNode): string {
  return slaPeriod(sla) ?? 'monthly';
}

/** The uptimes of an SLA that a credit can be tied to: valid percentages below the credible ceiling. */
export function promisedUptimes(sla: SlaNode, maxUptimePercent: number): (UptimeNode & { value: PercentValue })[] {
  return sla.uptimes.filter((u): u is UptimeNode & { value: PercentValue } => isValidPercent(u.value) && u.value.value < maxUptimePercent);
}

/** A percentage as written in examples: at most two decimals, no trailing zeros. */
export function pct(n: number): string {
  return `${Math.round(n * 100) / 100}%`;
}

/**
 * How a message names a policy position: the user's own key when the
 * configuration sets it ("your policy minClaimWindowDays (45 days)"), the
 * default position otherwise ("the default minimum of 30 days").
 */
export function policyPosition(config: ResolvedConfig, key: keyof Policy, shownValue: string, what: string): string {
  return config.policySet.includes(key) ? `your policy \`${key}\` (${shownValue})` : `the default ${what} of ${shownValue} (\`policy.${key}\`)`;
}

/** The unit a credit or credit cap is written in: a share of the fee, days of service, or a multiple of the downtime fees. */
export type CreditUnit = 'percent' | 'days' | 'multiple';

/** A credit or cap amount read in its own unit. */
export interface CreditAmount {
  unit: CreditUnit;
  /** Percent, days of service, or the multiple. */
  value: number;
  /** The value as written. */
  written: Value;
}

/**
 * Reads a credit or cap amount: a valid percentage, a duration of service in
 * calendar time (`3 days`, `1 week`; business time is not a length of
 * service), or a multiple (`10x`). Anything else is undefined (other rules
 * say what is wrong with it).
 */
export function creditAmount(v: Value | undefined): CreditAmount | undefined {
  if (isValidPercent(v)) return { unit: 'percent', value: v.value, written: v };
  if (v?.kind === 'multiple' && v.value > 0) return { unit: 'multiple', value: v.value, written: v };
  if (v?.kind === 'duration' && v.unit !== 'business_day' && v.unit !== 'business_hour') {
    const days = serviceDays(v);
    if (days !== undefined) return { unit: 'days', value: days, written: v };
  }
  return undefined;
}

/**
 * A credit cap as a share (percent) of the measurement period's fee: a
 * percentage as written, days of service through the period's length (7 days
 * of a 30.44-day month ≈ 23%), a multiple as that many times the fee (`1x` is
 * 100%).
 */
export function capAsPercent(cap: CreditAmount, period: string): number | undefined {
  if (cap.unit === 'percent') return cap.value;
  if (cap.unit === 'multiple') return cap.value * 100;
  return cap.written.kind === 'duration' ? daysAsPercentOfPeriod(cap.written, period) : undefined;
}
