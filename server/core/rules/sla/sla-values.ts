/**
 * Shared readings of SLA values for the rules of the "sla" family: which values
 * are measurable, how long a duration is, and where a priority's
 * `respond`/`resolve` words stand.
 */
import type { PriorityNode, SlaNode, Span, Value } from '../../../../grammar/index.js';
import { isPeriod } from '../../../../grammar/index.js';
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
