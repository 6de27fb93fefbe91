/**
 * Computed facts of version-2 statements, shared by rules, hover, render,
 * obligations and calendar so that they never disagree: the contract's
 * recurring fee per month, a liability cap in money, a credit or credit cap as
 * a share of the measurement period's fee. Plain functions over the typed AST
 * (statement meanings from the schema forms); durations go through the one
 * calendar model in time.ts.
 */
import {
  fieldValue,
  type BlockNode,
  type ContractNode,
  type DurationValue,
  type Meaning,
  type MoneyValue,
  type SlaNode,
  type Value,
} from '../../grammar/index.js';
import { PERIOD_MINUTES, UNIT_MINUTES } from './time.js';

/** Minutes in an average month (30.44 days), for durations of service. */
export const MONTH_MINUTES = PERIOD_MINUTES.monthly!;

/**
 * How many of each period make a year of 365.25 days. Fees are converted
 * between periods through the year, so that a month's fee is exactly a
 * twelfth of a year's: 120,000 USD a year is 10,000.00 USD a month.
 */
export const PER_YEAR: Readonly<Record<string, number>> = { hourly: 8766, daily: 365.25, weekly: 365.25 / 7, monthly: 12, quarterly: 4, yearly: 1 };

/** The meanings of every statement with `keyword` in the given blocks, in source order. */
export function statementsOf(blocks: readonly BlockNode[], keyword: string): Meaning[] {
  const out: Meaning[] = [];
  for (const b of blocks) for (const m of b.items) if (m.keyword === keyword) out.push(m);
  return out;
}

/** A money amount per month. */
export interface MonthlyAmount {
  amount: number;
  currency: string;
}

/**
 * The contract's recurring fees per month, in the currency of the first
 * recurring fee (fees in another currency are left out, not converted), or
 * undefined when no recurring fee is stated in money. One-off fees (`once`)
 * are not part of it.
 */
export function monthlyFee(c: ContractNode): MonthlyAmount | undefined {
  let currency: string | undefined;
  let amount = 0;
  for (const p of c.payments) {
    for (const f of p.fees) {
      if (f.amount?.kind !== 'money' || f.period?.kind !== 'word') continue;
      const perYear = PER_YEAR[f.period.text];
      if (perYear === undefined) continue;
      currency ??= f.amount.currency;
      if (f.amount.currency !== currency) continue;
      amount += (f.amount.amount * perYear) / 12;
    }
  }
  return currency === undefined ? undefined : { amount, currency };
}

/** The contract's one-off fees (`fee … once`), in the currency of the first one; undefined when none is stated in money. */
export function oneOffFees(c: ContractNode): MonthlyAmount | undefined {
  let currency: string | undefined;
  let amount = 0;
  for (const p of c.payments) {
    for (const f of p.fees) {
      if (f.amount?.kind !== 'money' || f.period?.kind !== 'word' || f.period.text !== 'once') continue;
      currency ??= f.amount.currency;
      if (f.amount.currency === currency) amount += f.amount.amount;
    }
  }
  return currency === undefined ? undefined : { amount, currency };
}

/**
 * The measurement period of an SLA's credits: the recurring period of its
 * first `uptime` (`monthly`, `quarterly`, …), or undefined when it has none
 * (credits are then a share of one month's fee, as in version 1).
 */
export function slaPeriod(sla: SlaNode): string | undefined {
  for (const u of sla.uptimes) if (u.period?.kind === 'word' && u.period.text !== 'once' && PER_YEAR[u.period.text] !== undefined) return u.period.text;
  return undefined;
}

/** The fee of one measurement period (`monthly`, `quarterly`, …), from the monthly fee. */
export function periodFee(c: ContractNode, period: string | undefined): MonthlyAmount | undefined {
  const fee = monthlyFee(c);
  const perYear = PER_YEAR[period ?? 'monthly'];
  return fee && perYear !== undefined ? { amount: (fee.amount * 12) / perYear, currency: fee.currency } : undefined;
}

/**
 * The length of a duration in days of service (calendar days; a month is
 * 30.44 days), or undefined. Business days and hours have no fixed length in
 * calendar time (time.ts), so they are not converted.
 */
export function serviceDays(v: Value | undefined): number | undefined {
  if (v?.kind !== 'duration' || v.unit === 'business_day' || v.unit === 'business_hour') return undefined;
  return (v.amount * UNIT_MINUTES[v.unit]) / 1440;
}

/**
 * A credit or credit cap written in days of service as a share (percent) of
 * the measurement period's fee: 7 days of a 30.44-day month ≈ 23%.
 */
export function daysAsPercentOfPeriod(v: DurationValue, period: string | undefined): number | undefined {
  const days = serviceDays(v);
  const perYear = PER_YEAR[period ?? 'monthly'];
  if (days === undefined || perYear === undefined) return undefined;
  return (days * perYear * 100) / 365.25;
}

/** A liability cap: months of fees, money, or unlimited. */
export type CapAmount = { kind: 'months'; months: number; value: DurationValue } | { kind: 'money'; value: MoneyValue } | { kind: 'unlimited' };

/** Reads the amount of a `cap` or `super_cap` meaning. */
export function capAmount(m: Meaning): CapAmount | undefined {
  const v = fieldValue(m.fields, 'amount');
  if (v?.kind === 'word' && v.text === 'unlimited') return { kind: 'unlimited' };
  if (v?.kind === 'money') return { kind: 'money', value: v };
  if (v?.kind === 'duration' && (v.unit === 'month' || v.unit === 'year' || v.unit === 'week' || v.unit === 'day')) {
    return { kind: 'months', months: (v.amount * UNIT_MINUTES[v.unit]) / MONTH_MINUTES, value: v };
  }
  return undefined;
}

/**
 * A cap in months of fees, when it can be known: a duration of fees directly,
 * money through the contract's monthly fee (same currency only).
 */
export function capInMonths(c: ContractNode, cap: CapAmount): number | undefined {
  if (cap.kind === 'months') return cap.months;
  if (cap.kind === 'unlimited') return Infinity;
  const fee = monthlyFee(c);
  if (!fee || fee.amount <= 0 || fee.currency !== cap.value.currency) return undefined;
  return cap.value.amount / fee.amount;
}

/** A cap in money, when it can be known: money directly, months of fees through the monthly fee. */
export function capInMoney(c: ContractNode, cap: CapAmount): MonthlyAmount | undefined {
  if (cap.kind === 'money') return { amount: cap.value.amount, currency: cap.value.currency };
  if (cap.kind === 'unlimited') return undefined;
  const fee = monthlyFee(c);
  return fee ? { amount: fee.amount * cap.months, currency: fee.currency } : undefined;
}

/** "150,000.00 USD". */
export function formatMoney(m: MonthlyAmount): string {
  return `${m.amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${m.currency}`;
}
