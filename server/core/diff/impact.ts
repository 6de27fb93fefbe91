/**
 * The numbers a change moves, computed through the shared facts (facts.ts,
 * time.ts, calendar.ts, regulations.ts) so that the diff never disagrees with
 * hover, render or the rules: allowed downtime per period, the last day to
 * give notice of non-renewal, the liability cap in money, a credit or credit
 * cap in money and as a share of the period's fee, the breach-notice
 * deadline against the strictest regulation named, the payment window.
 */
import { fieldValue, type ContractNode, type Meaning, type SlaNode, type Value } from '../../../grammar/index.js';
import { initialTermEnd } from '../calendar.js';
import { capAmount, capInMoney, daysAsPercentOfPeriod, formatMoney, monthlyFee, periodFee, slaPeriod } from '../facts.js';
import { breachDeadlines, deadlineMinutes, worstCaseMinutes } from '../regulations.js';
import { allowedDowntime, calendarSpanMinutes, formatDate, formatMinutes, formatSpan, fromDateValue, isDuration, noticeDeadline, PERIOD_LABEL } from '../time.js';
import type { Item } from './compare.js';
import type { Impact } from './types.js';

/** The SLA a statement stands in. */
function slaOf(item: Item): SlaNode | undefined {
  return item.contract.slas.find((s) => s.stmt.block?.statements.includes(item.view.stmt));
}

function percentOf(v: Value | undefined): number | undefined {
  return v?.kind === 'percent' ? v.value : undefined;
}

/** One figure of one side, or undefined. */
type Figure = (item: Item) => string | undefined;

function pair(label: string, before: Item | undefined, after: Item | undefined, figure: Figure): Impact | undefined {
  const b = before ? figure(before) : undefined;
  const a = after ? figure(after) : undefined;
  if (b === undefined && a === undefined) return undefined;
  if (b === a) return undefined;
  return { label, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) };
}

/** The allowed downtime of an `uptime` line, in its period. */
function downtime(item: Item): { minutes: number; period: string } | undefined {
  const pct = percentOf(fieldValue(item.view.fields, 'value'));
  const period = fieldValue(item.view.fields, 'period');
  if (pct === undefined || period?.kind !== 'word') return undefined;
  const minutes = allowedDowntime(pct, period.text);
  return minutes === undefined ? undefined : { minutes, period: period.text };
}

/** The last day to give notice of non-renewal of the initial term, from the contract's effective date, initial term and renewal. */
export function nonRenewalDeadline(c: ContractNode): string | undefined {
  const effective = fromDateValue(c.effective?.date);
  for (const term of c.terms) {
    const r = term.renewal;
    if (r?.mode?.text !== 'automatic' || !isDuration(r.notice)) continue;
    const end = initialTermEnd(effective, term);
    if (end) return formatDate(noticeDeadline(end, r.notice));
  }
  return undefined;
}

/** A cap (`cap`, `super_cap`) in money through the contract's fees. */
function capMoney(item: Item): string | undefined {
  const cap = capAmount({ stmt: item.view.stmt, keyword: item.view.keyword, fields: item.view.fields } satisfies Meaning);
  if (!cap) return undefined;
  if (cap.kind === 'unlimited') return 'unlimited';
  const money = capInMoney(item.contract, cap);
  return money ? formatMoney(money) : undefined;
}

/** A credit or credit cap as a share of the SLA's period fee and in money. */
function creditFigure(slot: string): Figure {
  return (item) => {
    const v = fieldValue(item.view.fields, slot);
    const sla = slaOf(item);
    if (!v || !sla) return undefined;
    const period = slaPeriod(sla);
    const fee = periodFee(item.contract, period);
    let share: number | undefined;
    let prefix = '';
    if (v.kind === 'percent') share = v.value;
    else if (v.kind === 'duration') {
      share = daysAsPercentOfPeriod(v, period);
      if (share !== undefined) prefix = `${share.toLocaleString('en-US', { maximumFractionDigits: 1 })}% of the fee, `;
    }
    if (share === undefined) return undefined;
    if (!fee) return prefix ? prefix.replace(/, $/, '') : undefined;
    return `${prefix}${formatMoney({ amount: (fee.amount * share) / 100, currency: fee.currency })}`;
  };
}

/** The label of a credit figure: per which period. */
function perPeriod(item: Item | undefined): string {
  const sla = item && slaOf(item);
  const period = sla ? slaPeriod(sla) : undefined;
  return PERIOD_LABEL[period ?? 'monthly'] ?? 'a month';
}

/** The numbers of one change, or undefined when it moves none. */
export function impactOf(before: Item | undefined, after: Item | undefined): Impact[] | undefined {
  const item = after ?? before!;
  const id = `${item.view.block}.${item.view.keyword}`;
  const out: (Impact | undefined)[] = [];
  switch (id) {
    case 'sla.uptime': {
      const b = before && downtime(before);
      const a = after && downtime(after);
      const same = !b || !a || b.period === a.period;
      const period = (a ?? b)?.period;
      const label = same && period ? `allowed downtime in ${PERIOD_LABEL[period]}` : 'allowed downtime';
      const show = (d: { minutes: number; period: string } | undefined) => (d ? (same ? formatMinutes(d.minutes) : `${formatMinutes(d.minutes)} in ${PERIOD_LABEL[d.period]}`) : undefined);
      if (show(b) !== show(a)) out.push({ label, ...(b ? { before: show(b) } : {}), ...(a ? { after: show(a) } : {}) });
      break;
    }
    case 'term.renewal':
    case 'term.initial':
    case 'contract.effective':
      out.push(pair('last day to give notice of non-renewal', before, after, (i) => nonRenewalDeadline(i.contract)));
      break;
    case 'liability.cap':
      out.push(pair('liability cap in money', before, after, capMoney));
      break;
    case 'liability.super_cap':
      out.push(pair('super cap in money', before, after, capMoney));
      break;
    case 'payment.fee':
      out.push(pair('fees per month', before, after, (i) => {
        const f = monthlyFee(i.contract);
        return f ? formatMoney(f) : undefined;
      }));
      break;
    case 'sla.credit':
      out.push(pair(`credit for ${perPeriod(item)}`, before, after, creditFigure('amount')));
      break;
    case 'sla.credit_cap':
      out.push(pair(`most credited for ${perPeriod(item)}`, before, after, creditFigure('value')));
      break;
    case 'termination.for_convenience':
      out.push(pair('termination fee in money', before, after, (i) => {
        const at = i.view.values.findIndex((v) => v.kind === 'word' && v.text === 'fee');
        const fee = at < 0 ? undefined : i.view.values[at + 1];
        if (!fee) return undefined;
        return capMoney({ ...i, view: { ...i.view, fields: { amount: fee } } });
      }));
      break;
    case 'payment.due':
      out.push(pair('time to pay an invoice', before, after, (i) => {
        if (i.view.values.some((v) => v.kind === 'word' && v.text === 'on_receipt')) return 'on receipt';
        const v = fieldValue(i.view.fields, 'value');
        return isDuration(v) ? formatSpan(calendarSpanMinutes(v)) : undefined;
      }));
      break;
    case 'data_protection.breach_notice': {
      const regs = (i: Item) => breachDeadlines(i.contract.dataProtections.flatMap((d) => d.comply.flatMap((c) => c.regulations.map((r) => r.text))));
      const strictest = regs(item)[0] ?? (before ? regs(before)[0] : undefined);
      if (!strictest) break;
      const limit = deadlineMinutes(strictest.breachNotice);
      out.push(pair(`against ${strictest.id}'s ${strictest.breachNotice.label}`, before, after, (i) => {
        const v = fieldValue(i.view.fields, 'within');
        if (!isDuration(v)) return undefined;
        const spare = limit - worstCaseMinutes(v);
        return spare >= 0 ? `${formatMinutes(spare)} to spare` : `${formatMinutes(-spare)} late`;
      }));
      break;
    }
  }
  const impacts = out.filter((i): i is Impact => i !== undefined);
  return impacts.length ? impacts : undefined;
}
