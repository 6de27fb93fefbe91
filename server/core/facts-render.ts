/**
 * Computed facts the document, the obligations list and the calendar share
 * about version-2 statements: the measurement period a credit is a share of,
 * what a credit or credit cap is worth in money, a milestone's payment and the
 * dates of claims, extensions and milestones. Fee arithmetic goes through
 * facts.ts, dates through time.ts.
 */
import { fieldValue, fieldWord, type ContractNode, type DurationValue, type Meaning, type SlaNode, type Value } from '../../grammar/index.js';
import { capInMoney, capInMonths, daysAsPercentOfPeriod, formatMoney, monthlyFee, oneOffFees, PER_YEAR, periodFee, serviceDays, slaPeriod, type CapAmount, type MonthlyAmount } from './facts.js';

export { capInMoney, capInMonths, daysAsPercentOfPeriod, monthlyFee, oneOffFees, PER_YEAR, periodFee, slaPeriod };
import { PER_PERIOD, valuePhrase } from './render/phrases.js';
import { addDays, addDuration, addMonths, compareDates, isDuration, PERIOD_LABEL, type CalendarDate } from './time.js';


/** "month" for `monthly`. */
export const PERIOD_NOUN: Readonly<Record<string, string>> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' };


/** The contract's recurring fees, as a reader sees them: "the fee of 120,000 USD per year". */
export function recurringFeesPhrase(c: ContractNode): string | undefined {
  const fee = monthlyFee(c);
  if (!fee) return undefined;
  const parts: string[] = [];
  for (const p of c.payments) {
    for (const f of p.fees) {
      if (f.amount?.kind !== 'money' || f.amount.currency !== fee.currency || f.period?.kind !== 'word' || PER_YEAR[f.period.text] === undefined) continue;
      parts.push(`${valuePhrase(f.amount)} ${PER_PERIOD[f.period.text] ?? ''}`.trim());
    }
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? `the fee of ${parts[0]}` : `the recurring fees (${parts.join(' and ')})`;
}

/** The single recurring fee's period word, when the contract has exactly one recurring fee in money. */
function singleFeePeriod(c: ContractNode): string | undefined {
  const periods: string[] = [];
  for (const p of c.payments) for (const f of p.fees) if (f.amount?.kind === 'money' && f.period?.kind === 'word' && PER_YEAR[f.period.text] !== undefined) periods.push(f.period.text);
  return periods.length === 1 ? periods[0] : undefined;
}

/**
 * The money a share of one period's fee comes to, as a note: "At the fee of
 * 120,000 USD per year, the fee for a 30.44-day month is 10,000.00 USD, so
 * this credit is 1,000.00 USD." Undefined when no recurring fee is known.
 */
export function shareOfPeriodNote(c: ContractNode, period: string, percent: number, what: string): string | undefined {
  const fee = periodFee(c, period);
  const basis = recurringFeesPhrase(c);
  if (!fee || !basis) return undefined;
  const amount = formatMoney({ amount: (fee.amount * percent) / 100, currency: fee.currency });
  if (singleFeePeriod(c) === period) return `At ${basis}, ${what} is ${amount}.`;
  return `At ${basis}, the fee for one ${PERIOD_NOUN[period] ?? 'period'} is ${formatMoney(fee)}, so ${what} is ${amount}.`;
}

/** Days of service as a share of a period's fee and in money: "3 days of service are 3.29% of the fee for a 91.31-day quarter; …". */
export function daysOfServiceNote(c: ContractNode, v: DurationValue, period: string, formatPercent: (n: number) => string): string | undefined {
  const share = daysAsPercentOfPeriod(v, period);
  if (share === undefined) return undefined;
  const head = `${valuePhrase(v)} of service ${v.amount === 1 && v.unit === 'day' ? 'is' : 'are'} ${formatPercent(share)} of the fee for ${PERIOD_LABEL[period] ?? 'a period'}`;
  const fee = monthlyFee(c);
  const basis = recurringFeesPhrase(c);
  const days = serviceDays(v);
  if (!fee || !basis || days === undefined) return `${head}.`;
  const money = formatMoney({ amount: (fee.amount * 12 * days) / 365.25, currency: fee.currency });
  return `${head}; at ${basis}, that is ${money}.`;
}

/** The fees for one hour of service, from the monthly fee. */
export function hourlyFee(c: ContractNode): MonthlyAmount | undefined {
  const fee = monthlyFee(c);
  return fee ? { amount: (fee.amount * 12) / PER_YEAR.hourly!, currency: fee.currency } : undefined;
}


/** The `due` duration of the contract's payment terms, when written as a duration. */
export function paymentDue(c: ContractNode): DurationValue | 'on_receipt' | undefined {
  for (const p of c.payments) {
    for (const d of p.dues) {
      if (d.onReceipt) return 'on_receipt';
      if (isDuration(d.value)) return d.value;
    }
  }
  return undefined;
}

/** What a milestone statement says, with its computed dates. */
export interface MilestoneFacts {
  name?: string;
  label?: string;
  due?: CalendarDate;
  dueValue?: Value;
  pays?: Value;
  acceptance?: Value;
  /** The last day of the acceptance period if the milestone is delivered on its due date. */
  acceptanceEnd?: CalendarDate;
  /** The share of the one-off fees in money, when they are known. */
  payment?: MonthlyAmount;
  /** The day the milestone's invoice is payable: its due date plus `payment.due`. */
  paymentDue?: CalendarDate;
}

/** Reads a `milestone` meaning and computes its dates (through time.ts) and payment (through the one-off fees). */
export function milestoneFacts(c: ContractNode, m: Meaning): MilestoneFacts {
  const out: MilestoneFacts = {};
  const name = fieldWord(m.fields, 'name');
  if (name) out.name = name;
  const label = fieldValue(m.fields, 'label');
  if (label?.kind === 'string' || label?.kind === 'textblock') out.label = label.value;
  const due = fieldValue(m.fields, 'due');
  if (due) out.dueValue = due;
  if (due?.kind === 'date' && due.valid) out.due = { year: due.year, month: due.month, day: due.day };
  const pays = fieldValue(m.fields, 'pays');
  if (pays) out.pays = pays;
  const acceptance = fieldValue(m.fields, 'acceptance');
  if (acceptance) out.acceptance = acceptance;
  if (out.due && isDuration(acceptance)) out.acceptanceEnd = addDuration(out.due, acceptance);
  const once = oneOffFees(c);
  if (once && pays?.kind === 'percent') out.payment = { amount: (once.amount * pays.value) / 100, currency: once.currency };
  const payDue = paymentDue(c);
  if (out.due && payDue) out.paymentDue = payDue === 'on_receipt' ? out.due : addDuration(out.due, payDue);
  return out;
}

/** One measurement month of the term and the last day to claim its credits. */
export interface ClaimWindow {
  /** 1 for the first month of the term. */
  index: number;
  start: CalendarDate;
  end: CalendarDate;
  deadline: CalendarDate;
}

/**
 * The claim deadlines of `claim within D after month_end`: months are
 * anchored on the effective date (month k runs from effective + (k−1) months
 * through the day before effective + k months, as report periods do), and
 * each deadline is D after the month's last day (business days skip
 * weekends). Months that end after `until` are left out; at most `max`.
 */
export function claimWindows(effective: CalendarDate, within: DurationValue, until: CalendarDate | undefined, max: number): ClaimWindow[] {
  const out: ClaimWindow[] = [];
  for (let k = 1; k <= max; k++) {
    const start = addMonths(effective, k - 1);
    const end = addDays(addMonths(effective, k), -1);
    if (until && compareDates(end, until) > 0) break;
    out.push({ index: k, start, end, deadline: addDuration(end, within) });
  }
  return out;
}
