/**
 * The computed facts that hover shows: allowed downtime for an uptime, the
 * dates a term ends and notice is due, what a regulation demands, what an
 * amount of money is, which weekday a date falls on, what business hours mean;
 * for version-2 statements, read from their meaning (schema forms) through
 * server/core/facts.ts and facts-hover.ts: a liability cap in money, what a
 * measurement window covers, what a credit is worth for the measurement
 * period, the last day to claim it, maintenance added to the allowed downtime,
 * the fee after capped increases, an extension's notice date, the earliest
 * suspension, a milestone's payment; and what a closed word means.
 * Plain functions from syntax and AST nodes to sentences in Markdown; they are
 * deterministic (nothing depends on today's date).
 */
import {
  fieldValue,
  fieldValues,
  fieldWord,
  type BlockNode,
  type ContractNode,
  type DateValue,
  type DurationValue,
  type Meaning,
  type MoneyValue,
  type ParseResult,
  type PaymentNode,
  type SlaNode,
  type Statement,
  type Value,
} from '../../grammar/index.js';
import type { ResolvedConfig } from '../core/config.js';
import { isCurrency } from '../core/currencies.js';
import { PERIOD_NOUN } from '../core/facts-render.js';
import { capAmount, capInMoney, capInMonths, daysAsPercentOfPeriod, formatMoney, MONTH_MINUTES, monthlyFee, oneOffFees, periodFee, slaPeriod as sharedSlaPeriod } from '../core/facts.js';
import { compoundedFactor, januaryClaimDeadline, shortestDays, WEEK_HOURS, windowCoverage } from '../core/facts-hover.js';
import { findLexiconMatches } from '../core/lexicon.js';
import { breachDeadlines, regulation, describeRegulation } from '../core/regulations.js';
import { capitalize, EACH_PERIOD, joinAnd, longDate as dateInWords, PER_PERIOD } from '../core/render/phrases.js';
import { snippetToText } from '../core/rules/util.js';
import {
  addDays,
  addDuration,
  allowedDowntime,
  durationMinutes,
  explainDuration,
  formatDate,
  formatMinutes,
  fromDateValue,
  noticeDeadline,
  PERIOD_LABEL,
  PERIOD_MINUTES,
  termEnd,
  weekday,
  type CalendarDate,
} from '../core/time.js';
import { WORD_DOC, wordDoc } from './completion-words.js';

/**
 * A fact that states a problem one check also reports (an unknown service, a
 * vague phrase, an amount without a currency). VS Code shows the diagnostic's
 * message in the same hover, so the hover leaves such a fact out when that
 * check's diagnostic is under the cursor, and keeps it otherwise (the check
 * may be turned off, or the cursor may be elsewhere on the statement).
 */
export interface ProblemFact {
  text: string;
  /** The code of the check whose diagnostic says the same. */
  restates: string;
  /** Only when that diagnostic's message names this (a regulation, for a check that names the one it breaks). */
  about?: string;
}
/** A sentence for the hover: plain meaning, or a problem a check also reports. */
export type Fact = string | ProblemFact;

function problem(restates: string, text: string, about?: string): ProblemFact {
  return about === undefined ? { text, restates } : { text, restates, about };
}

/** The text of a fact. */
export function factText(f: Fact): string {
  return typeof f === 'string' ? f : f.text;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday, 1 January 2027". */
export function longDate(d: CalendarDate): string {
  const wd = weekday(d);
  return `${WEEKDAYS[wd]}, ${dateInWords(d)}`;
}

/** "2028-12-31 (Sunday, 31 December 2028)". */
function dated(d: CalendarDate): string {
  return `**${formatDate(d)}** (${longDate(d)})`;
}

const PERIODS_PER_YEAR: Record<string, number> = { hourly: 8766, daily: 365.25, weekly: 52.18, monthly: 12, quarterly: 4, yearly: 1 };

let currencyNames: Intl.DisplayNames | undefined;
/** The English name of an ISO 4217 currency ("US Dollar"), or undefined when the code is not one. */
export function currencyName(code: string): string | undefined {
  if (!isCurrency(code)) return undefined;
  try {
    currencyNames ??= new Intl.DisplayNames(['en'], { type: 'currency' });
    const name = currencyNames.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

function decimals(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1]!.length : 0;
}

/** "12,500.00 USD (US Dollar)". */
export function describeMoney(v: MoneyValue): string {
  const places = decimals(v.text.split(' ')[0] ?? '');
  const amount = v.amount.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: Math.max(places, 2) });
  const name = currencyName(v.currency);
  return name
    ? `${amount} ${v.currency} (${name})`
    : `${amount} ${v.currency} — but \`${v.currency}\` is not an ISO 4217 currency code, so the amount is ambiguous. Use a code such as USD, EUR or GBP.`;
}

/** A sentence about an amount: a problem `unknown-currency` also reports when its currency is not ISO 4217. */
function moneyFact(v: MoneyValue, text: string): Fact {
  return currencyName(v.currency) ? text : problem('unknown-currency', text);
}

function money(amount: number, like: MoneyValue): string {
  const places = Math.max(2, decimals(like.text.split(' ')[0] ?? ''));
  return `${amount.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places })} ${like.currency}`;
}

function words(stmt: Statement): Value[] {
  return stmt.args.filter((v) => v.kind !== 'comma');
}
function isWord(v: Value | undefined, w: string): boolean {
  return v?.kind === 'word' && v.text === w;
}
/** The value after the word `w` in a statement. */
function after(stmt: Statement, w: string): Value | undefined {
  const vals = words(stmt);
  const i = vals.findIndex((v) => isWord(v, w));
  return i >= 0 ? vals[i + 1] : undefined;
}
function dur(v: Value | undefined): DurationValue | undefined {
  return v?.kind === 'duration' ? v : undefined;
}
function durText(v: DurationValue): string {
  return v.text.replace(/_/g, ' ');
}

/** Facts about a value wherever it stands: dates, durations, money, percentages. */
export function valueFacts(parsed: ParseResult, v: Value, offset: number): Fact[] {
  switch (v.kind) {
    case 'date': {
      const d = fromDateValue(v as DateValue);
      return d ? [`${formatDate(d)} is a ${longDate(d)}.`] : [problem('invalid-date', `${v.text} is not a real calendar date: check the month and the day.`)];
    }
    case 'duration':
      if (v.unit === 'month' || v.unit === 'year') {
        return [`${v.text.replace(/_/g, ' ')}: counted on the calendar, keeping the day of the month (clamped to the month's last day), not as a fixed number of days.`];
      }
      return [explainDuration(v)];
    case 'money':
      return [moneyFact(v, `Amount: ${describeMoney(v)}.`)];
    case 'string':
    case 'textblock': {
      const m = findLexiconMatches(parsed.text.slice(v.content.start, v.content.end), v.content.start).find((x) => x.span.start <= offset && offset <= x.span.end);
      if (!m) return [];
      const instead = snippetToText(m.entry.replacement);
      return [problem(m.entry.code, `**“${m.text}”** is ${m.entry.code === 'vague-term' ? 'vague' : 'risky'}: ${m.entry.why} Write something measurable instead, such as “${instead}”.`)];
    }
    default:
      return [];
  }
}

function uptimeFacts(stmt: Statement): string[] {
  const vals = words(stmt);
  const pct = vals.find((v) => v.kind === 'percent');
  const period = vals.find((v) => v.kind === 'word' && PERIOD_LABEL[v.text] !== undefined);
  if (!pct || pct.kind !== 'percent') return [];
  if (pct.value >= 100) return ['100% allows no downtime at all — not even a restart or an upgrade outside the maintenance windows — so it cannot be met in practice.'];
  if (!period) return [`No measurement window: add a period such as \`monthly\`; without one, ${pct.text} can be averaged over any time span and the allowed downtime cannot be computed.`];
  const allowed = allowedDowntime(pct.value, period.text)!;
  const out = [`At most **${formatMinutes(allowed)}** of downtime in ${PERIOD_LABEL[period.text]}.`];
  const context = ['daily', 'weekly', 'monthly', 'yearly']
    .filter((p) => p !== period.text)
    .map((p) => `${formatMinutes(allowedDowntime(pct.value, p)!)} ${PER_PERIOD[p]!.replace('per ', 'a ')}`);
  out.push(`For comparison, ${pct.text} equals ${context.join(', ')}.`);
  return out;
}

function priorityFacts(stmt: Statement): string[] {
  const vals = words(stmt);
  const level = vals[0]?.kind === 'word' ? vals[0].text : undefined;
  const respondIdx = vals.findIndex((v) => isWord(v, 'respond'));
  const resolveIdx = vals.findIndex((v) => isWord(v, 'resolve'));
  const respond = respondIdx >= 0 && isWord(vals[respondIdx + 1], 'within') ? vals[respondIdx + 2] : undefined;
  const resolve = resolveIdx >= 0 && isWord(vals[resolveIdx + 1], 'within') ? vals[resolveIdx + 2] : undefined;
  const who = level ? `${level[0]!.toUpperCase()}${level.slice(1)}-priority incidents` : 'Incidents of this priority';
  const parts: string[] = [];
  const describe = (v: Value | undefined) => (v?.kind === 'duration' ? `within **${durText(v)}**` : v ? `within ${v.text}, which is not a measurable duration` : undefined);
  const r1 = describe(respond);
  const r2 = describe(resolve);
  if (r1) parts.push(`respond ${r1}`);
  if (r2) parts.push(`resolve them ${r2}`);
  const out: string[] = [];
  if (parts.length) out.push(`${who}: the provider must ${parts.join(' and ')}.`);
  if (!r2 && r1) out.push('No resolution time is promised: add `resolve within DURATION` so that the incident must also be fixed in time.');
  for (const v of [respond, resolve]) {
    const d = dur(v);
    if (d && (d.unit === 'business_hour' || d.unit === 'business_day')) out.push(explainDuration(d));
  }
  return out;
}

function creditFacts(stmt: Statement, sla: Statement | undefined): string[] {
  const vals = words(stmt);
  const amount = vals[0];
  if (amount?.kind !== 'percent') return [];
  const below = after(stmt, 'below');
  if (isWord(vals[1], 'when') && below) {
    // Put the threshold in minutes of downtime, using the window of the SLA's uptime line.
    const uptime = sla?.block?.statements.find((s) => s.keyword === 'uptime');
    const period = uptime ? words(uptime).find((v) => v.kind === 'word' && PERIOD_LABEL[v.text] !== undefined) : undefined;
    const downtime = below.kind === 'percent' && period ? allowedDowntime(below.value, period.text) : undefined;
    const extra = downtime !== undefined && below.kind === 'percent' && below.value < 100 ? ` (more than ${formatMinutes(downtime)} of downtime in ${PERIOD_LABEL[period!.text]})` : '';
    return [`A service credit of ${amount.text} of the monthly fee when the measured level falls below ${below.text}${extra}.`];
  }
  if (isWord(vals[1], 'per') && isWord(vals[2], 'breach')) return [`A service credit of ${amount.text} of the monthly fee for each missed target.`];
  return [`A service credit of ${amount.text} of the monthly fee, but the trigger is missing: add \`when below PERCENT\` or \`per breach\`.`];
}

function amountFacts(stmt: Statement, config: ResolvedConfig): Fact[] {
  const vals = words(stmt);
  const m = vals.find((v): v is MoneyValue => v.kind === 'money');
  const pct = vals.find((v) => v.kind === 'percent');
  const period = vals.find((v) => v.kind === 'word' && PER_PERIOD[v.text] !== undefined);
  const out: Fact[] = [];
  if (m) {
    const unit = stmt.keyword === 'rate' ? after(stmt, 'per') : undefined;
    out.push(moneyFact(m, `${describeMoney(m)}${unit?.kind === 'word' ? ` per ${unit.text.replace(/_/g, ' ')}` : ''}${period ? ` ${PER_PERIOD[period.text]}` : ''}${stmt.keyword === 'minimum' ? ', whatever the client uses' : ''}.`));
    const perYear = period ? PERIODS_PER_YEAR[period.text] : undefined;
    if (perYear && perYear !== 1 && stmt.keyword === 'fee') out.push(`That is ${money(m.amount * perYear, m)} a year.`);
  } else if (vals.some((v) => v.kind === 'number') && stmt.keyword !== 'late_fee' && stmt.keyword !== 'price_increase') {
    const bare = vals.find((v) => v.kind === 'number')!;
    out.push(
      problem(
        'payment-no-currency',
        `${bare.text} has no currency, so the amount is ambiguous: write \`${bare.text} ${config.defaultCurrency}\` (${currencyName(config.defaultCurrency) ?? config.defaultCurrency}, the configured default) or another ISO 4217 code.`,
      ),
    );
  } else if (pct && period && stmt.keyword === 'late_fee' && pct.kind === 'percent') {
    const perYear = PERIODS_PER_YEAR[period.text];
    out.push(`${pct.text} of the overdue amount ${PER_PERIOD[period.text]}${perYear && perYear !== 1 ? ` (about ${Math.round(pct.value * perYear * 100) / 100}% a year, not compounded)` : ''}.`);
  } else if (pct && period && stmt.keyword === 'price_increase') {
    out.push(`The fee may rise by at most ${pct.text} ${PER_PERIOD[period.text]}.`);
  }
  return out;
}

function contractOf(parsed: ParseResult, top: Statement | undefined): ContractNode | undefined {
  return top ? parsed.ast.contracts.find((c) => c.stmt === top) : undefined;
}

/** The initial term's last day, computed from `effective` (undefined when either is missing). */
function initialEnd(c: ContractNode): { start?: CalendarDate; end?: CalendarDate; reason?: Fact } {
  const start = fromDateValue(c.effective?.date);
  const term = c.terms[0];
  const ends = term?.initial?.ends;
  if (ends) {
    const d = fromDateValue(ends);
    return d ? { start, end: d } : { start, reason: problem('invalid-date', `${ends.text} is not a real calendar date.`) };
  }
  const d = dur(term?.initial?.duration);
  if (!d) return { start, reason: 'The initial term has no duration: write e.g. `initial 24 months`.' };
  if (!start) return { reason: 'Add `effective YYYY-MM-DD` to the contract to see the dates the term ends and notice is due.' };
  return { start, end: termEnd(start, d) };
}

function termFacts(parsed: ParseResult, top: Statement | undefined): Fact[] {
  const c = contractOf(parsed, top);
  if (!c) return [];
  const { start, end, reason } = initialEnd(c);
  if (!end) return reason ? [reason] : [];
  const out: Fact[] = [];
  out.push(start ? `The initial term runs from ${formatDate(start)} through ${dated(end)}.` : `The initial term ends on ${dated(end)}.`);
  const renewal = c.terms[0]?.renewal;
  const mode = renewal?.mode?.text;
  if (mode === 'automatic') {
    const period = dur(renewal!.period);
    const notice = dur(renewal!.notice);
    const renewedTo = period ? termEnd(addDays(end, 1), period) : undefined;
    if (notice) {
      const by = noticeDeadline(end, notice);
      out.push(
        `To stop the automatic renewal, notice of non-renewal must be given by ${dated(by)} (${durText(notice)} before the term ends)${renewedTo ? `; otherwise the agreement renews for ${durText(period!)}, through ${formatDate(renewedTo)}` : ''}.`,
      );
    } else {
      out.push(`The agreement renews automatically${renewedTo ? ` through ${formatDate(renewedTo)}` : ''}, and no notice period says how to stop it: add \`notice DURATION\`.`);
    }
  } else if (mode === 'manual') {
    const period = dur(renewal!.period);
    out.push(`After ${formatDate(end)} the agreement continues only if both parties agree to renew it${period ? `, for ${durText(period)}` : ''}.`);
  } else if (mode === 'none') {
    out.push(`The agreement ends on ${formatDate(end)} and does not renew.`);
  }
  return out;
}

/** The services an SLA covers, with their descriptions from `scope`; a hovered service name shows only that one. */
function slaFacts(parsed: ParseResult, stmt: Statement, value: Value | undefined, top: Statement | undefined): Fact[] {
  const vals = words(stmt);
  const forIdx = vals.findIndex((v) => isWord(v, 'for'));
  if (forIdx < 0) return [];
  const refs: Value[] = vals.slice(forIdx + 1).filter((v) => v.kind === 'word');
  const shown = value && refs.includes(value) ? [value] : refs;
  const c = contractOf(parsed, top);
  return shown.map((r): Fact => {
    const svc = c?.scopes.flatMap((s) => s.services).find((x) => x.name?.text === r.text);
    if (!svc) return problem('sla-unknown-service', `\`${r.text}\` is not a service defined in \`scope\`.`);
    const hours = svc.hours?.value?.text;
    return `Covers \`${r.text}\`: ${svc.description?.value ?? 'a service without a description'}${hours ? ` (hours ${hours})` : ''}.`;
  });
}

function partyFacts(stmt: Statement): string[] {
  const vals = words(stmt);
  const role = vals[0]?.kind === 'word' ? vals[0].text : undefined;
  const name = vals[1]?.kind === 'word' ? vals[1].text : undefined;
  const legal = vals[2]?.kind === 'string' ? vals[2].value : undefined;
  if (role !== 'provider' && role !== 'client') return [];
  const what = role === 'provider' ? 'delivers the services' : 'receives and pays for the services';
  return [`${legal ?? 'This party'}${name ? ` (\`${name}\`)` : ''} is the ${role}: it ${what}.`];
}

function whoWords(who: string | undefined): string {
  if (who === 'either') return 'Either party';
  if (who === 'client' || who === 'provider') return `The ${who}`;
  return 'A party';
}

function terminationFacts(stmt: Statement): string[] {
  const vals = words(stmt);
  const who = vals[0]?.kind === 'word' ? vals[0].text : undefined;
  if (stmt.keyword === 'for_convenience') {
    const notice = after(stmt, 'notice');
    const fee = after(stmt, 'fee');
    const feeText = fee?.kind === 'duration' ? `${durText(fee)} of fees` : fee?.kind === 'money' ? describeMoney(fee) : fee?.text;
    return [`${whoWords(who)} may end the agreement without giving a reason${notice ? `, on ${notice.text.replace(/_/g, ' ')} notice` : ''}${feeText ? `, against a termination fee of ${feeText}` : ''}.`];
  }
  if (stmt.keyword === 'for_cause') {
    const cure = after(stmt, 'cure');
    return [`${whoWords(who)} may end the agreement for a material breach that is not cured${cure ? ` within ${cure.text.replace(/_/g, ' ')} of notice of the breach` : ''}.`];
  }
  if (stmt.keyword === 'transition') {
    const d = vals[0];
    const pricing = vals[1]?.kind === 'word' ? vals[1].text : undefined;
    const how = pricing === 'included' ? ', included in the fees' : pricing === 'at_rates' ? ', charged at the contract’s rates' : '';
    return d ? [`After the agreement ends, the provider helps hand over to a new provider for ${d.text.replace(/_/g, ' ')}${how}.`] : [];
  }
  return [];
}

function dataProtectionFacts(stmt: Statement, value: Value | undefined, block: Statement | undefined): Fact[] {
  if (stmt.keyword === 'comply') {
    const regs = value?.kind === 'word' && value !== stmt.head ? [value] : words(stmt).filter((v) => v.kind === 'word');
    return regs.map((r): Fact => {
      const reg = regulation(r.text);
      return reg ? `**${reg.id}** — ${describeRegulation(reg)}` : problem('invalid-value', `\`${r.text}\` is not a regulation Clausewise knows; known ones are GDPR, HIPAA, CCPA, PCI_DSS, SOC2 and ISO27001.`);
    });
  }
  if (stmt.keyword === 'breach_notice' && words(stmt)[0]?.text === 'security_incident') {
    return ['Any security incident is notified, whether or not personal data is affected. The regulators’ deadlines apply to personal-data breaches: an untyped `breach_notice` line covers those.'];
  }
  if (stmt.keyword === 'breach_notice' && block?.block) {
    const comply = block.block.statements.filter((s) => s.keyword === 'comply').flatMap((s) => words(s).map((v) => v.text));
    return breachDeadlines(comply).map((r) =>
      problem(
        'dp-breach-notice-too-slow',
        `${r.id} requires notice within ${r.breachNotice.label} to ${r.breachNotice.notify} (${r.breachNotice.source}); the provider's notice must leave the client time to meet it.`,
        `${r.id} requires notice`,
      ),
    );
  }
  return [];
}

function serviceFacts(stmt: Statement): string[] {
  if (stmt.keyword !== 'hours') return [];
  const v = words(stmt)[0];
  if (v?.kind === 'coverage' && v.text === '24x7') return ['Available around the clock: 24 hours a day, 7 days a week, holidays included.'];
  if (isWord(v, 'business')) return ["Available during business hours only: Monday to Friday, 9:00–17:00 in the client's time zone, public holidays excluded, unless the contract says otherwise."];
  return [];
}

function reportingFacts(stmt: Statement): string[] {
  const vals = words(stmt);
  const period = vals.find((v) => v.kind === 'word' && PER_PERIOD[v.text] !== undefined);
  const label = vals.find((v) => v.kind === 'string');
  const every = period ? EACH_PERIOD[period.text] : undefined;
  if (stmt.keyword === 'report' && every) return [`The provider sends a report ${every}${label?.kind === 'string' ? `: ${label.value}` : ''}.`];
  if (stmt.keyword === 'review' && every) return [`The parties meet to review the service ${every}.`];
  return [];
}

/**
 * Facts about a whole statement, from its keyword and values. `blocks` are the
 * enclosing statements, outermost (the contract) first.
 */
export function statementFacts(parsed: ParseResult, stmt: Statement, value: Value | undefined, blocks: readonly Statement[], config: ResolvedConfig): Fact[] {
  const parent = blocks[blocks.length - 1];
  const meaning = [...wordFacts(stmt, value)];
  return [...meaning, ...factsOf(parsed, stmt, value, blocks, config, parent)];
}

function factsOf(parsed: ParseResult, stmt: Statement, value: Value | undefined, blocks: readonly Statement[], config: ResolvedConfig, parent: Statement | undefined): Fact[] {
  if (parent?.keyword === 'liability' || parent?.keyword === 'changes' || parent?.keyword === 'milestones') return v2Facts(parsed, stmt, blocks) ?? [];
  switch (stmt.keyword) {
    case 'uptime':
      return uptimeFacts(stmt);
    case 'priority':
      return priorityFacts(stmt);
    case 'credit':
      return v2CreditFacts(contextOf(parsed, stmt, blocks), stmt);
    case 'sla':
      return slaFacts(parsed, stmt, value, blocks[0]);
    case 'party':
      return partyFacts(stmt);
    case 'credit_cap':
      return creditCapFacts(contextOf(parsed, stmt, blocks), stmt);
    case 'fee':
      return parent?.keyword === 'payment' ? amountFacts(stmt, config) : [];
    case 'rate':
    case 'late_fee':
    case 'expenses':
    case 'minimum':
      return amountFacts(stmt, config);
    case 'price_increase': {
      const ctx = contextOf(parsed, stmt, blocks);
      return ctx.m ? indexFacts(ctx, stmt) : amountFacts(stmt, config);
    }
    case 'return_data':
      return dataProtectionV2Facts(contextOf(parsed, stmt, blocks), stmt);
    case 'term':
    case 'initial':
    case 'renewal':
      return termFacts(parsed, blocks[0]);
    case 'effective': {
      const c = contractOf(parsed, blocks[0]);
      const { end } = c ? initialEnd(c) : {};
      return end ? [`With the term in this contract, the initial term ends on ${dated(end)}.`] : [];
    }
    case 'for_convenience':
    case 'for_cause':
    case 'transition':
      return terminationFacts(stmt);
    case 'comply':
    case 'breach_notice':
      return dataProtectionFacts(stmt, value, parent);
    case 'hours':
      return serviceFacts(stmt);
    case 'report':
    case 'review':
      return reportingFacts(stmt);
    default:
      return v2Facts(parsed, stmt, blocks) ?? [];
  }
}

// ---------------------------------------------------------------------------
// Version 2: facts read from the statement's meaning (its values by slot, from
// the schema forms) and the contract's typed AST, through server/core/facts.ts.
// ---------------------------------------------------------------------------

/** Where a statement stands: its contract, its block's node and its own meaning. */
interface Context {
  c?: ContractNode;
  block?: BlockNode;
  m?: Meaning;
}

function blockNodes(c: ContractNode): BlockNode[] {
  return [...c.scopes, ...c.slas, ...c.payments, ...c.dataProtections, ...c.terms, ...c.terminations, ...c.reportings, ...c.liabilities, ...c.changes, ...c.milestones];
}

function contextOf(parsed: ParseResult, stmt: Statement, blocks: readonly Statement[]): Context {
  const c = contractOf(parsed, blocks[0]);
  const parent = blocks[blocks.length - 1];
  const block = c && parent ? blockNodes(c).find((b) => b.stmt === parent) : undefined;
  return { c, block, m: block?.items.find((i) => i.stmt === stmt) };
}


/** The measurement period of the SLA a statement stands in (see facts.ts). */
function slaPeriod(block: BlockNode | undefined): string | undefined {
  return block && 'uptimes' in block ? sharedSlaPeriod(block as SlaNode) : undefined;
}

/** "the monthly fee" / "the quarterly fee". */
function feeOf(period: string | undefined): string {
  return `the ${period ?? 'monthly'} fee`;
}

/** The recurring fee as the contract states it: "12,500.00 USD a month" (one fee), or the monthly total of several. */
function feeBasis(c: ContractNode): string | undefined {
  const monthly = monthlyFee(c);
  if (!monthly) return undefined;
  const recurring = c.payments.flatMap((p) => p.fees).filter((f) => f.amount?.kind === 'money' && f.period?.kind === 'word' && PERIOD_NOUN[f.period.text] !== undefined);
  const only = recurring.length === 1 ? recurring[0]! : undefined;
  if (only?.amount?.kind === 'money' && only.period?.kind === 'word') return `${formatMoney({ amount: only.amount.amount, currency: only.amount.currency })} a ${PERIOD_NOUN[only.period.text]}`;
  return `${formatMoney(monthly)} a month`;
}

/** "= 1,250.00 USD at 12,500.00 USD a month", or '' when the fee is unknown. */
function inMoney(c: ContractNode | undefined, percentOfPeriod: number, period: string | undefined): string {
  if (!c) return '';
  const fee = periodFee(c, period);
  const basis = feeBasis(c);
  if (!fee || !basis) return '';
  return ` = ${formatMoney({ amount: (fee.amount * percentOfPeriod) / 100, currency: fee.currency })} at ${basis}`;
}

function round(n: number, places = 2): string {
  return String(Math.round(n * 10 ** places) / 10 ** places);
}

function pct(n: number): string {
  return `${round(n)}%`;
}

/** The credit cap of an SLA as a share of the period's fee, when it can be known. */
function creditCapPercent(block: BlockNode | undefined, period: string | undefined): { percent: number; text: string } | undefined {
  const cap = (block as SlaNode | undefined)?.creditCaps?.[0]?.value;
  if (cap?.kind === 'percent') return { percent: cap.value, text: cap.text };
  if (cap?.kind === 'duration') {
    const p = daysAsPercentOfPeriod(cap, period);
    return p === undefined ? undefined : { percent: p, text: cap.text.replace(/_/g, ' ') };
  }
  return undefined;
}

function v2CreditFacts(ctx: Context, stmt: Statement): string[] {
  const f = ctx.m?.fields;
  if (!f) return creditFacts(stmt, undefined);
  const amount = fieldValue(f, 'amount');
  const period = slaPeriod(ctx.block);
  const out: string[] = [];
  let share: number | undefined;
  let what: string;
  if (amount?.kind === 'percent') {
    share = amount.value;
    what = `A service credit of ${amount.text} of ${feeOf(period)}`;
  } else if (amount?.kind === 'duration') {
    share = daysAsPercentOfPeriod(amount, period);
    what = `A service credit of ${durText(amount)} of service`;
  } else if (amount?.kind === 'multiple') {
    what = `A service credit of ${amount.value} times the fees for the downtime`;
  } else return [];
  // The trigger.
  const threshold = fieldValue(f, 'threshold');
  const priority = fieldWord(f, 'priority');
  const block = fieldValue(f, 'block');
  if (threshold) {
    const downtime = threshold.kind === 'percent' && period ? allowedDowntime(threshold.value, period) : undefined;
    const extra = downtime !== undefined && threshold.kind === 'percent' && threshold.value < 100 ? ` (more than ${formatMinutes(downtime)} of downtime in ${PERIOD_LABEL[period!]})` : '';
    what += ` when the measured level falls below ${threshold.text}${extra}.`;
  } else if (priority !== undefined) {
    const metric = fieldWord(f, 'metric');
    const limit = fieldValue(f, 'limit');
    what += ` each time a \`${priority}\` incident's ${metric === 'resolve' ? 'resolution' : 'response'} takes longer than ${limit ? limit.text.replace(/_/g, ' ') : 'the limit'}.`;
  } else if (block?.kind === 'duration') {
    what += ` for each full ${durText(block)} of downtime.`;
  } else if (f.per !== undefined) {
    what += ' for each missed target.';
  } else {
    what += ', but the trigger is missing: add `when below PERCENT`, `per breach` or `per 30 minutes downtime`.';
  }
  out.push(what);
  if (amount.kind === 'duration' && share !== undefined) {
    out.push(`${durText(amount)} of service is ${pct(share)} of ${period ? `${PERIOD_LABEL[period]}'s` : "a month's"} fee${inMoney(ctx.c, share, period)}.`);
  } else if (amount.kind === 'percent' && share !== undefined) {
    const money = inMoney(ctx.c, share, period);
    if (money) out.push(`${amount.text} of ${feeOf(period)}${money}.`);
  } else if (amount.kind === 'multiple') {
    const monthly = ctx.c ? monthlyFee(ctx.c) : undefined;
    const perHour = monthly ? (monthly.amount * 60) / MONTH_MINUTES : undefined;
    out.push(
      `Each hour of downtime credits ${amount.value} hours of fees${monthly && perHour !== undefined ? `: at ${formatMoney(monthly)} a month, ${formatMoney({ amount: perHour * amount.value, currency: monthly.currency })} for each hour of downtime` : ''}.`,
    );
  }
  const minimum = fieldValue(f, 'minimum');
  if (minimum) out.push(`Only outages longer than ${minimum.text.replace(/_/g, ' ')} count.`);
  if (block?.kind === 'duration' && share !== undefined && share > 0) {
    const cap = creditCapPercent(ctx.block, period);
    const blockMinutes = durationMinutes(block);
    const upTo = cap ? cap.percent : 100;
    const n = Math.ceil(upTo / share - 1e-9);
    const reach = `${n} block${n === 1 ? '' : 's'} (${formatMinutes(n * blockMinutes)} of downtime)`;
    out.push(
      cap
        ? `${reach} reach the credit cap of ${cap.text}: downtime beyond that in ${period ? `a ${PERIOD_NOUN[period]}` : 'the period'} earns no more credit.`
        : `No \`credit_cap\`: ${reach} credit the whole of ${feeOf(period)}.`,
    );
  }
  return out;
}

function creditCapFacts(ctx: Context, stmt: Statement): string[] {
  const v = ctx.m ? fieldValue(ctx.m.fields, 'value') : words(stmt)[0];
  const period = slaPeriod(ctx.block);
  const noun = period ? PERIOD_NOUN[period] : 'month';
  if (v?.kind === 'percent') return [`Service credits add up to at most ${v.text} of ${feeOf(period)} in any ${noun}${inMoney(ctx.c, v.value, period)}.`];
  if (v?.kind === 'duration') {
    const share = daysAsPercentOfPeriod(v, period);
    return [`Service credits add up to at most ${durText(v)} of service in any ${noun}${share !== undefined ? `: ${pct(share)} of ${feeOf(period)}${inMoney(ctx.c, share, period)}` : ''}.`];
  }
  return v ? [`Service credits add up to at most ${v.text} in any ${noun}.`] : [];
}

function windowFacts(ctx: Context, stmt: Statement): string[] {
  const v = ctx.m ? fieldValue(ctx.m.fields, 'window') : words(stmt)[0];
  const cov = windowCoverage(v);
  if (v?.kind === 'coverage' && v.text === '24x7') return ['Measured around the clock: all 168 hours of the week count, so every outage counts as downtime.'];
  if (!cov) {
    return v?.kind === 'string'
      ? ['Availability is measured only in the hours described; Clausewise cannot read how many hours a week that is. Write days and hours such as "Mon–Fri 08:00–18:00" to see what is covered.']
      : [];
  }
  const share = (cov.hoursPerWeek / WEEK_HOURS) * 100;
  const out = [
    `${v?.kind === 'word' ? 'Business hours' : 'Measured'} ${cov.label} = ${round(cov.hoursPerWeek, 1)} of ${WEEK_HOURS} hours a week (${Math.round(share)}%): downtime outside them does not count.`,
  ];
  const uptime = (ctx.block as SlaNode | undefined)?.uptimes?.find((u) => u.value?.kind === 'percent' && u.period?.kind === 'word');
  if (uptime && uptime.value?.kind === 'percent' && uptime.period?.kind === 'word' && cov.hoursPerWeek < WEEK_HOURS) {
    const allowed = allowedDowntime(uptime.value.value, uptime.period.text);
    if (allowed !== undefined && uptime.value.value < 100) {
      out.push(
        `With uptime ${uptime.value.text} ${uptime.period.text}, the service may be down ${formatMinutes((allowed * cov.hoursPerWeek) / WEEK_HOURS)} inside these hours in ${PERIOD_LABEL[uptime.period.text]}, and any time outside them.`,
      );
    }
  }
  return out;
}

/** The year whose January is the first after the contract takes effect (its own, when it takes effect on 1 January). */
function firstJanuary(c: ContractNode | undefined): number | undefined {
  const start = fromDateValue(c?.effective?.date);
  if (!start) return undefined;
  return start.month === 1 && start.day === 1 ? start.year : start.year + 1;
}

function claimFacts(ctx: Context, stmt: Statement): string[] {
  const f = ctx.m?.fields;
  if (!f) return [];
  if (f.within === undefined && isWord(words(stmt)[0], 'automatic')) return ['Credits are applied without a claim: the provider credits them itself.'];
  const within = fieldValue(f, 'within');
  if (within?.kind !== 'duration') return [];
  const from = fieldWord(f, 'from');
  const w = durText(within);
  if (from === 'month_end') {
    const year = firstJanuary(ctx.c);
    const y = year ?? 2027;
    const by = januaryClaimDeadline(y, within);
    return [`Credits must be claimed within ${w} after the end of the month of the outage: for an outage in January ${y}, by ${dated(by)}${year === undefined ? ' (an example year: the contract has no `effective` date)' : ''}.`];
  }
  if (from === 'incident') return [`Credits must be claimed within ${w} of the incident they are for; a claim made later is lost.`];
  if (from === 'eligibility') return [`Credits must be claimed within ${w} after the client becomes entitled to them.`];
  return [`Credits must be claimed within ${w}, but from when is not said: add \`after month_end\`, \`after incident\` or \`after eligibility\`.`];
}

function maintenanceFacts(ctx: Context, stmt: Statement): Fact[] {
  const f = ctx.m?.fields;
  if (!f) return [];
  const out: Fact[] = [];
  const emergency = fieldWord(f, 'kind') === 'emergency';
  const max = fieldValue(f, 'max');
  const period = fieldWord(f, 'period');
  const notice = fieldValue(f, 'notice');
  const kind = emergency ? 'Emergency maintenance' : 'Planned maintenance';
  if (max?.kind === 'duration') {
    out.push(`${kind} of up to ${durText(max)}${period ? ` ${PER_PERIOD[period] ?? period}` : ''} does not count as downtime${period ? '' : ', but no period says how often: add e.g. `monthly`'}.`);
    const uptime = (ctx.block as SlaNode | undefined)?.uptimes?.find((u) => u.value?.kind === 'percent' && u.period?.kind === 'word');
    const up = uptime?.value?.kind === 'percent' ? uptime.value : undefined;
    const upPeriod = uptime?.period?.kind === 'word' ? uptime.period.text : undefined;
    const window = upPeriod ? PERIOD_MINUTES[upPeriod] : undefined;
    const maintWindow = period ? PERIOD_MINUTES[period] : undefined;
    if (up && upPeriod && window && maintWindow && up.value < 100) {
      const allowed = allowedDowntime(up.value, upPeriod)!;
      const maint = (durationMinutes(max) * window) / maintWindow;
      const total = allowed + maint;
      out.push(
        `Added to the ${formatMinutes(allowed)} of downtime that uptime ${up.text} ${upPeriod} allows, the service may be unavailable for up to ${formatMinutes(total)} in ${PERIOD_LABEL[upPeriod]} without missing the SLA: ${pct(Math.max(0, 100 - (total / window) * 100))} availability in practice.`,
      );
    }
  } else if (emergency) {
    out.push(problem('sla-maintenance-uncapped', 'Emergency maintenance, with no maximum: it can take any amount of time out of the promise.'));
  } else {
    out.push(
      problem(
        'sla-maintenance-uncapped',
        fieldValue(f, 'description')
          ? 'The maintenance is described in prose the checker cannot read, so it counts as uncapped: write `maintenance max 4 hours monthly notice 5 days`.'
          : 'No maximum: planned maintenance can take any amount of time out of the promise. Add `max DURATION PERIOD`.',
      ),
    );
  }
  if (notice) out.push(`The client is told ${notice.text.replace(/_/g, ' ')} ahead.`);
  else if (!emergency) out.push('No advance notice is promised: add `notice DURATION`.');
  void stmt;
  return out;
}

function measuredByFacts(ctx: Context): string[] {
  const who = ctx.m ? fieldWord(ctx.m.fields, 'who') : undefined;
  if (who === 'provider') return ['The provider measures its own service: the client cannot check the figures unless it sees the data or measures too.'];
  if (who === 'client') return ['The client measures the service itself.'];
  if (who === 'independent') return ['A third party measures the service, so neither side marks its own homework.'];
  return [];
}

function incidentFacts(ctx: Context, stmt: Statement): string[] {
  const f = ctx.m?.fields;
  if (!f) return [];
  const within = fieldValue(f, 'within');
  const w = within ? within.text.replace(/_/g, ' ') : undefined;
  switch (stmt.keyword) {
    case 'answer': {
      const channel = fieldWord(f, 'channel') ?? 'calls';
      return w
        ? [`${capitalize(channel)} to the service desk are answered within ${w}: how long the client waits for a person. It promises nothing about how fast the problem is fixed; \`priority … resolve within\` does.`]
        : [];
    }
    case 'notify':
      return w ? [`The provider tells the client about ${fieldWord(f, 'event') === 'incident' ? 'an incident' : 'an outage'} within ${w} of it starting.`] : [];
    case 'updates': {
      const every = fieldValue(f, 'every');
      return every ? [`While an incident is open, the provider updates the client every ${every.text.replace(/_/g, ' ')}.`] : [];
    }
    case 'root_cause':
      return w ? [`After a major incident, the provider delivers a root-cause analysis within ${w}.`] : [];
    case 'chronic_failure': {
      const threshold = fieldValue(f, 'threshold');
      const count = fieldValue(f, 'count');
      const of = fieldValue(f, 'of');
      const forD = fieldValue(f, 'for');
      const span = count && of ? `in ${count.text} of any ${of.text.replace(/_/g, ' ')}` : forD ? `for ${forD.text.replace(/_/g, ' ')}` : undefined;
      return [`The client may end the agreement when the service falls below ${threshold ? threshold.text : 'the threshold'}${span ? ` ${span}` : ''}: a way out of an SLA that keeps failing.`];
    }
    case 'sole_remedy': {
      const sla = ctx.block as SlaNode | undefined;
      const cap = creditCapPercent(ctx.block, slaPeriod(ctx.block));
      const chronic = sla?.items?.some((i) => i.keyword === 'chronic_failure');
      const parts = [`The credits are the client's only remedy for missed service levels: it cannot claim damages for them`];
      if (cap) parts.push(`and they add up to at most ${cap.text} of ${feeOf(slaPeriod(ctx.block))}`);
      return [`${parts.join(', ')}.${chronic ? ' The client may still leave under `chronic_failure`.' : ' With no `chronic_failure` right, the client cannot leave an SLA that keeps failing.'}`];
    }
    case 'credits': {
      const out: string[] = [];
      const applied = fieldWord(f, 'applied');
      if (applied === 'future_invoices') out.push('Credits are deducted from future invoices, not paid out.');
      if (applied === 'refund') out.push('Credits are paid back in money.');
      if (f.forfeit_on_termination !== undefined) out.push('Credits not yet used are lost when the agreement ends.');
      if (fieldWord(f, 'condition') === 'paid_up') out.push('Credits are owed only while the client has no overdue invoices.');
      return out;
    }
    default:
      return [];
  }
}

/** Short labels of claims and carve-outs for sentences. */
const CLAIM_LABEL: Record<string, string> = {
  ip_infringement: 'IP infringement',
  data_breach: 'data breaches',
  third_party_claims: 'other third-party claims',
  regulatory_fines: 'regulatory fines',
  personal_injury: 'death or personal injury',
  death_injury: 'death or personal injury',
  property_damage: 'damage to property',
  breach_of_law: 'breach of law',
  confidentiality: 'breach of confidentiality',
  data_protection: 'breach of the data-protection terms',
  indemnity: 'indemnities',
  payment: 'unpaid fees',
};

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** "12 months of fees = 150,000.00 USD at 12,500.00 USD a month". */
function capPhrase(c: ContractNode | undefined, m: Meaning): string | undefined {
  const cap = capAmount(m);
  if (!cap) return undefined;
  if (cap.kind === 'unlimited') return 'no limit';
  const fee = c ? monthlyFee(c) : undefined;
  if (cap.kind === 'months') {
    const months = `${round(cap.months, 1)} month${cap.months === 1 ? '' : 's'} of fees`;
    const money = c ? capInMoney(c, cap) : undefined;
    return money && fee ? `${months} = ${formatMoney(money)} at ${formatMoney(fee)} a month` : `${months} (add a recurring \`fee\` to the payment terms to see it in money)`;
  }
  const amount = formatMoney({ amount: cap.value.amount, currency: cap.value.currency });
  const months = c ? capInMonths(c, cap) : undefined;
  return months !== undefined && fee && Number.isFinite(months) ? `${amount} = ${round(months, 1)} months of fees at ${formatMoney(fee)} a month` : amount;
}

function liabilityFacts(ctx: Context, stmt: Statement): Fact[] {
  const m = ctx.m;
  if (!m) return [];
  const f = m.fields;
  switch (stmt.keyword) {
    case 'cap': {
      const phrase = capPhrase(ctx.c, m);
      if (!phrase) return [];
      if (phrase === 'no limit') return ['Liability is unlimited: no cap applies.'];
      const scope = f.per_claim !== undefined ? 'for each claim' : 'for all claims together';
      const perRecord = f.per !== undefined ? ' per record affected' : '';
      // liability-cap-low states the same cap in money when it is low.
      const out: Fact[] = [problem('liability-cap-low', `Liability is capped at ${phrase}${perRecord}, ${scope}.`)];
      if (capAmount(m)?.kind === 'months') out.push('“Fees” are the fees of the 12 months before the claim; the figure uses the fees stated in the payment terms.');
      return out;
    }
    case 'super_cap': {
      const phrase = capPhrase(ctx.c, m);
      const claims = fieldValues(f, 'claims').map((v) => CLAIM_LABEL[v.text] ?? v.text.replace(/_/g, ' '));
      const general = ctx.block?.items.find((i) => i.keyword === 'cap');
      const generalPhrase = general ? capPhrase(ctx.c, general) : undefined;
      return phrase ? [`For ${joinAnd(claims) || 'these claims'} the cap is ${phrase}${generalPhrase ? `, instead of the general cap of ${generalPhrase.replace(/ \(add a recurring.*$/, '')}` : ''}.`] : [];
    }
    case 'uncapped': {
      const claims = fieldValues(f, 'claims').map((v) => CLAIM_LABEL[v.text] ?? v.text.replace(/_/g, ' '));
      return claims.length ? [`No cap limits liability for ${joinAnd(claims)}.`] : [];
    }
    case 'exclude': {
      const losses = fieldValues(f, 'losses').map((v) => (v.kind === 'string' ? v.value : lowerFirst(WORD_DOC[v.text]?.replace(/\.$/, '') ?? v.text.replace(/_/g, ' '))));
      return losses.length ? [`Neither party is liable for ${joinAnd(losses)}.`] : [];
    }
    case 'indemnify': {
      const who = fieldWord(f, 'who');
      const claims = fieldValues(f, 'claims').map((v) => (v.kind === 'string' ? v.value : (CLAIM_LABEL[v.text] ?? v.text.replace(/_/g, ' '))));
      const other = who === 'provider' ? 'client' : 'provider';
      return who && claims.length ? [`The ${who} defends the ${other} against claims from third parties (${joinAnd(claims)}) and pays what they cost it.`] : [];
    }
    case 'insurance': {
      const kind = fieldWord(f, 'kind');
      const amount = fieldValue(f, 'amount');
      return kind ? [`The provider keeps ${kind.replace(/_/g, ' ')} insurance${amount?.kind === 'money' ? ` of at least ${describeMoney(amount)}` : ''}.`] : [];
    }
    default:
      return [];
  }
}

function indexFacts(ctx: Context, stmt: Statement): string[] {
  const f = ctx.m?.fields;
  if (!f) return [];
  const index = fieldValue(f, 'index');
  const step = fieldValue(f, 'step');
  const cap = fieldValue(f, 'cap');
  const period = fieldWord(f, 'period') ?? (f.yearly !== undefined ? 'yearly' : f.quarterly !== undefined ? 'quarterly' : f.monthly !== undefined ? 'monthly' : undefined);
  const atRenewal = f.at !== undefined;
  const notice = fieldValue(f, 'notice');
  const out: string[] = [];
  const noticeText = notice ? `, announced ${notice.text.replace(/_/g, ' ')} ahead` : '';
  const rate = cap?.kind === 'percent' ? cap.value : step?.kind === 'percent' ? step.value : undefined;
  if (index) {
    const name = index.kind === 'string' ? index.value : index.text;
    if (cap?.kind === 'percent') out.push(`The fee follows ${name}, rising at most ${cap.text} ${atRenewal ? 'at each renewal' : (PER_PERIOD[period ?? 'yearly'] ?? 'per year')}${noticeText}.`);
    else out.push(`The fee follows ${name} with no cap: it rises as far as the index does${noticeText}.`);
  } else if (step?.kind === 'percent') {
    out.push(`The fee rises by ${step.text} ${atRenewal ? 'at each renewal' : (EACH_PERIOD[period ?? ''] ?? 'each time')}${noticeText}.`);
  } else if (cap?.kind === 'percent') {
    out.push(`The fee may rise by at most ${cap.text} ${atRenewal ? 'at each renewal' : (PER_PERIOD[period ?? 'yearly'] ?? 'per year')}${noticeText}.`);
  }
  if (rate !== undefined && !atRenewal) {
    const assumed = period === undefined;
    const factors = [1, 2, 3].map((y) => compoundedFactor(rate, period ?? 'yearly', y));
    if (factors.every((x) => x !== undefined)) {
      const fee = ctx.c ? monthlyFee(ctx.c) : undefined;
      const at = fee
        ? factors.map((x, i) => `${formatMoney({ amount: fee.amount * x!, currency: fee.currency })} after ${i + 1} year${i ? 's' : ''}`)
        : factors.map((x, i) => `+${pct((x! - 1) * 100)} after ${i + 1} year${i ? 's' : ''}`);
      out.push(`${step ? 'The fee' : 'At the cap, the fee'}${fee ? ` (now ${formatMoney(fee)} a month)` : ''} is ${step ? '' : 'at most '}${joinAnd(at)}${assumed ? ' (one increase a year)' : ''}.`);
    }
  }
  void stmt;
  return out;
}

function suspensionFacts(ctx: Context): Fact[] {
  const f = ctx.m?.fields;
  const after = f ? fieldValue(f, 'after') : undefined;
  if (after?.kind !== 'duration') return [];
  const notice = fieldValue(f, 'notice');
  const a = durText(after);
  if (notice?.kind !== 'duration') return [problem('payment-suspension-no-notice', `The provider may suspend the service once an invoice is ${a} overdue, with no notice: the service can stop without warning.`)];
  const days = shortestDays(after) + shortestDays(notice);
  const due = (ctx.block as PaymentNode | undefined)?.dues?.find((d) => d.value?.kind === 'duration')?.value;
  const fromInvoice = due?.kind === 'duration' ? `; with payment due ${durText(due)} after the invoice, ${days + shortestDays(due)} days after the invoice date` : '';
  return [
    `The provider may suspend the service once an invoice is ${a} overdue, after ${notice.text.replace(/_/g, ' ')} notice: at the earliest ${days} days after the invoice was due (${a} overdue, then the notice)${fromInvoice}.`,
  ];
}

function paymentV2Facts(ctx: Context, stmt: Statement): string[] {
  const f = ctx.m?.fields;
  if (!f) return [];
  if (stmt.keyword === 'disputes') {
    const rule = fieldWord(f, 'rule');
    const within = fieldValue(f, 'within');
    const parts = [rule === 'pay_undisputed' ? 'The client pays the undisputed part of an invoice' : rule === 'withhold' ? 'The client may withhold a disputed invoice' : 'Invoices can be disputed'];
    if (within) parts.push(`and must raise a dispute within ${within.text.replace(/_/g, ' ')}`);
    return [`${parts.join(' ')}.`];
  }
  return [];
}

function dataProtectionV2Facts(ctx: Context, stmt: Statement): string[] {
  const f = ctx.m?.fields;
  if (!f) return [];
  switch (stmt.keyword) {
    case 'subprocessors': {
      if (f.approval !== undefined || words(stmt)[0]?.text === 'approval') return ['The provider needs the client’s approval before it uses a new subprocessor.'];
      const notify = fieldValue(f, 'notify');
      if (f.objection !== undefined || notify !== undefined || words(stmt)[0]?.text === 'notify') {
        const ahead = notify?.kind === 'duration' ? ` ${durText(notify)} before` : ' before';
        return [`The provider tells the client${ahead} it uses a new subprocessor${f.objection !== undefined ? ', and the client may object' : ', but the client cannot object'}.`];
      }
      const mode = fieldWord(f, 'mode');
      if (mode === 'flow_down') return ['Subprocessors are bound by the same terms as the provider.'];
      if (mode === 'free') return ['The provider may use any subprocessor without telling the client: nothing controls who handles the data.'];
      return [];
    }
    case 'audit': {
      const by = fieldWord(f, 'by');
      const what = fieldValue(f, 'what');
      const period = fieldWord(f, 'period');
      const notice = fieldValue(f, 'notice');
      const when = period ? ` ${EACH_PERIOD[period] ?? period}` : '';
      if (by === 'client') return [`The client may audit the provider${when}${notice ? `, on ${notice.text.replace(/_/g, ' ')} notice` : ''}.`];
      if (by === 'reports') return [`The provider gives the client independent audit reports${what?.kind === 'string' ? ` (${what.value})` : ''}${when}.`];
      return [];
    }
    case 'location': {
      const v = fieldValue(f, 'value');
      const transfer = fieldWord(f, 'transfer');
      const where = v?.kind === 'string' ? v.value : v?.kind === 'word' ? (WORD_DOC[v.text]?.replace(/\.$/, '') ?? v.text) : undefined;
      const out: string[] = [];
      if (where) out.push(`The data is stored and processed in ${where.replace(/^The /, 'the ')}.`);
      if (transfer === 'none') out.push('No data leaves that location.');
      else if (transfer) out.push(`Data moved out of it is covered by ${WORD_DOC[transfer]?.replace(/\.$/, '').replace(/^[A-Z]/, (x) => x.toLowerCase()) ?? transfer}.`);
      return out;
    }
    case 'delete_data':
    case 'return_data': {
      const within = fieldValue(f, 'within');
      if (within?.kind !== 'duration') return [];
      const verb = stmt.keyword === 'delete_data' ? 'deleted' : 'returned';
      const format = fieldValue(f, 'format');
      const out = [
        `The client's data is ${verb} within ${durText(within)} after the agreement ends${f.certified !== undefined ? ', and the provider certifies the deletion' : ''}${format?.kind === 'string' ? `, in ${format.value}` : ''}.`,
      ];
      const c = ctx.c;
      const end = c ? initialEnd(c).end : undefined;
      const renews = c?.terms[0]?.renewal?.mode?.text === 'automatic';
      if (end && !renews && c?.terms[0]?.items.every((i) => i.keyword !== 'until_terminated')) out.push(`If the agreement ends with its initial term on ${formatDate(end)}, by ${dated(addDuration(end, within))}.`);
      return out;
    }
    default:
      return [];
  }
}

function changesFacts(ctx: Context, stmt: Statement): string[] {
  const f = ctx.m?.fields;
  if (!f) return [];
  if (stmt.keyword === 'provider') {
    const targets = fieldValues(f, 'targets').map((v) => (v.text === 'sla' ? 'the SLA' : `the ${v.text}`));
    const notice = fieldValue(f, 'notice');
    const out = [
      `The provider may change ${joinAnd(targets) || 'the terms'} on its own${notice ? `, with ${notice.text.replace(/_/g, ' ')} notice` : ', with no notice'}${f.at !== undefined ? ', at renewal only' : ''}.`,
    ];
    const exit = ctx.block?.items.some((i) => i.keyword === 'client');
    if (exit) out.push('The client may then leave (`client may_terminate`).');
    return out;
  }
  if (stmt.keyword === 'client') return ['The client may end the agreement without a fee when a change harms it.'];
  if (stmt.keyword === 'change_control') {
    const approvers = fieldValue(f, 'approvers');
    return [`Changes take effect only in writing${approvers?.kind === 'string' ? `, approved by ${approvers.value}` : ''}.`];
  }
  return [];
}

function extensionFacts(ctx: Context, parsed: ParseResult, blocks: readonly Statement[]): string[] {
  const f = ctx.m?.fields;
  if (!f) return [];
  const who = fieldWord(f, 'who');
  const d = fieldValue(f, 'duration');
  const notice = fieldValue(f, 'notice');
  if (d?.kind !== 'duration') return [];
  const out = [`${whoWords(who)} may extend the agreement by ${durText(d)}${notice ? `, by notice ${notice.text.replace(/_/g, ' ')} before it would end` : ''}.`];
  const c = contractOf(parsed, blocks[0]);
  const end = c ? initialEnd(c).end : undefined;
  if (end && notice?.kind === 'duration') {
    out.push(`With the initial term ending on ${formatDate(end)}, notice is due by ${dated(noticeDeadline(end, notice))}; the agreement then runs through ${formatDate(termEnd(addDays(end, 1), d))}.`);
  }
  return out;
}

function milestoneFacts(ctx: Context): string[] {
  const f = ctx.m?.fields;
  const c = ctx.c;
  if (!f) return [];
  const out: string[] = [];
  const due = fieldValue(f, 'due');
  const pays = fieldValue(f, 'pays');
  const acceptance = fieldValue(f, 'acceptance');
  const dueDate = due?.kind === 'date' ? fromDateValue(due) : undefined;
  if (dueDate) out.push(`Due on ${dated(dueDate)}.`);
  if (pays?.kind === 'percent') {
    const once = c ? oneOffFees(c) : undefined;
    out.push(
      once
        ? `Pays ${pays.text} of the one-off fees = ${formatMoney({ amount: (once.amount * pays.value) / 100, currency: once.currency })} (of ${formatMoney(once)}).`
        : `Pays ${pays.text} of the one-off fees (add a \`fee … once\` to the payment terms to see it in money).`,
    );
    const payment = c?.payments.find((p) => p.dues.some((x) => x.value?.kind === 'duration'));
    const payDays = payment?.dues.find((x) => x.value?.kind === 'duration')?.value;
    if (dueDate && payDays?.kind === 'duration') out.push(`Invoiced on its due date and payable ${durText(payDays)} later, by ${formatDate(addDuration(dueDate, payDays))}.`);
    const total = ctx.block?.items.filter((i) => i.keyword === 'milestone').reduce((s, i) => s + ((v) => (v?.kind === 'percent' ? v.value : 0))(fieldValue(i.fields, 'pays')), 0);
    if (total !== undefined && Math.abs(total - 100) > 1e-9) out.push(`The milestones together pay ${round(total)}% of the one-off fees, not 100%.`);
  }
  if (acceptance?.kind === 'duration') {
    out.push(`The client has ${durText(acceptance)} to accept the deliverable${dueDate ? `: if delivered on its due date, acceptance ends by ${formatDate(addDuration(dueDate, acceptance))}` : ''}.`);
  } else if (pays) out.push('No acceptance period: the milestone pays whether or not the deliverable works. Add `acceptance DURATION`.');
  return out;
}

function untilTerminatedFacts(ctx: Context): string[] {
  const forConvenience = ctx.c?.terminations.some((t) => t.forConvenience.length > 0);
  return [`The agreement has no end date: it runs until a party ends it${forConvenience ? ' (see `for_convenience`)' : ', and no `for_convenience` line says how'}.`];
}

/** The meaning of a closed word under the cursor (`scc`, `downtime_fees`). */
function wordFacts(stmt: Statement, value: Value | undefined): string[] {
  if (value?.kind !== 'word' || value === stmt.head) return [];
  const doc = wordDoc(stmt.keyword, value.text);
  return doc ? [`\`${value.text}\`: ${doc}`] : [];
}

/** Facts of version-2 statements; `undefined` when the statement is not one of them. */
function v2Facts(parsed: ParseResult, stmt: Statement, blocks: readonly Statement[]): Fact[] | undefined {
  const parent = blocks[blocks.length - 1]?.keyword;
  const ctx = () => contextOf(parsed, stmt, blocks);
  if (parent === 'liability') return liabilityFacts(ctx(), stmt);
  if (parent === 'changes') return changesFacts(ctx(), stmt);
  if (parent === 'milestones') return stmt.keyword === 'milestone' ? milestoneFacts(ctx()) : [];
  switch (stmt.keyword) {
    case 'window':
      return windowFacts(ctx(), stmt);
    case 'claim':
      return claimFacts(ctx(), stmt);
    case 'maintenance':
      return parent === 'sla' ? maintenanceFacts(ctx(), stmt) : [];
    case 'measured_by':
      return measuredByFacts(ctx());
    case 'answer':
    case 'notify':
    case 'updates':
    case 'root_cause':
    case 'chronic_failure':
    case 'sole_remedy':
    case 'credits':
      return incidentFacts(ctx(), stmt);
    case 'suspension':
      return suspensionFacts(ctx());
    case 'disputes':
      return paymentV2Facts(ctx(), stmt);
    case 'subprocessors':
    case 'audit':
    case 'location':
    case 'delete_data':
      return dataProtectionV2Facts(ctx(), stmt);
    case 'extension':
      return extensionFacts(ctx(), parsed, blocks);
    case 'until_terminated':
      return untilTerminatedFacts(ctx());
    default:
      return undefined;
  }
}
