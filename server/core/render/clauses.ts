/**
 * Plain-English sentences for the statements of version 2 of the language,
 * each from the statement's meaning (its schema fields). A sentence says what
 * the contract says and no more: no definitions (business hours and days are
 * defined only by `definitions included`, see definitions.ts), no narrowing,
 * no advice. Computed facts (money, dates) and remarks on what is not stated
 * go into review notes under the sentence, never into it; the signing copy
 * has none. The
 * obligations list and the calendar use the same phrases.
 */
import {
  fieldValue,
  fieldValues,
  fieldWord,
  type ContractNode,
  type CreditNode,
  type Meaning,
  type SlaNode,
  type Value,
} from '../../../grammar/index.js';
import { capAmount, formatMoney, type CapAmount } from '../facts.js';
import { capInMoney, capInMonths, claimWindows, daysOfServiceNote, hourlyFee, milestoneFacts, PERIOD_NOUN, recurringFeesPhrase, shareOfPeriodNote, slaPeriod } from '../facts-render.js';
import { isDuration, noticeDeadline, type CalendarDate } from '../time.js';
import {
  anIncident,
  capitalize,
  everyPeriod,
  formatPercent,
  joinAnd,
  longDate,
  noticePhrase,
  perPeriod,
  quoted,
  setPhrase,
  valuePhrase,
  whoPhrase,
  withinPhrase,
  wordPhrase,
} from './phrases.js';

/** A sentence and the computed facts shown under it. */
export interface Sentence {
  text: string;
  notes: string[];
}

const sentence = (text: string, notes: (string | undefined)[] = []): Sentence => ({ text, notes: notes.filter((n): n is string => n !== undefined) });

/** The text of a string value, unquoted, or the value in words. */
function plain(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  return v.kind === 'string' || v.kind === 'textblock' ? v.value : valuePhrase(v);
}

/** The first word of a statement, to tell its forms apart (`claim automatic`, `subprocessors approval`). */
function firstWord(m: Meaning): string | undefined {
  const v = m.stmt.args.find((a) => a.kind !== 'comma');
  return v?.kind === 'word' ? v.text : undefined;
}

const has = (m: Meaning, key: string) => m.fields[key] !== undefined;

// ---------------------------------------------------------------------------
// Service levels
// ---------------------------------------------------------------------------

/** Everything a credit sentence needs about the SLA it stands in. */
export interface SlaContext {
  contract: ContractNode;
  sla: SlaNode;
  effective?: CalendarDate;
}

/** The measurement period credits are a share of, and whether the SLA states it (from an `uptime`). */
function creditPeriod(sla: SlaNode): { period: string; noun: string; stated: boolean } {
  const p = slaPeriod(sla);
  return { period: p ?? 'monthly', noun: PERIOD_NOUN[p ?? 'monthly'] ?? 'month', stated: p !== undefined };
}

/** The parts of a credit in words: the condition, the amount, and the minimum outage. */
export interface CreditTerms {
  /** "if availability falls below 99.9% in a month", "for each breach of these service levels"; undefined when none is written. */
  condition?: string;
  /** "10% of the fee for that month", "3 days of service", "10 times the fees for the downtime". */
  amount: string;
  /** "the credit applies only after 10 minutes of downtime". */
  minimum?: string;
}

/** Reads a credit into words. A percentage is a share of the fee for the SLA's measurement period (one month when it states none). */
export function creditTerms(sla: SlaNode, credit: CreditNode): CreditTerms {
  const f = credit.fields;
  const { noun, stated } = creditPeriod(sla);
  const measure = sla.uptimes.length ? 'availability' : 'performance';
  let condition: string | undefined;
  switch (credit.trigger) {
    case 'below':
      condition = `if ${measure} falls below ${valuePhrase(credit.threshold)}${stated ? ` in a ${noun}` : ''}`;
      break;
    case 'priority': {
      const metric = fieldWord(f, 'metric');
      const limit = fieldValue(f, 'limit');
      const incident = anIncident(fieldWord(f, 'priority'));
      const over = limit ? `more than ${valuePhrase(limit)}` : 'longer than allowed';
      condition = metric === 'resolve' ? `when the Provider takes ${over} to resolve ${incident}` : `when the Provider takes ${over} to respond to ${incident}`;
      break;
    }
    case 'per_block':
      condition = `for each ${valuePhrase(fieldValue(f, 'block'))} of downtime`;
      break;
    case 'per_breach':
      condition = 'for each breach of these service levels';
      break;
    default:
      condition = undefined;
  }
  const a = credit.amount;
  const tied = credit.trigger === 'below' && stated;
  let amount: string;
  if (a?.kind === 'percent') amount = `${valuePhrase(a)} of the fee for ${tied ? `that ${noun}` : `one ${noun}`}`;
  else if (a?.kind === 'duration') amount = `${valuePhrase(a)} of service`;
  else if (a?.kind === 'multiple') {
    const basis = fieldWord(f, 'basis');
    amount = basis === 'downtime_fees' ? `${a.value} times the fees for the downtime` : `${a.text} (what it is a multiple of is not stated)`;
  } else if (a?.kind === 'money') amount = valuePhrase(a);
  else amount = `${valuePhrase(a)} of the fee for ${tied ? `that ${noun}` : `one ${noun}`}`;
  const out: CreditTerms = { amount };
  if (condition) out.condition = condition;
  const min = fieldValue(f, 'minimum');
  if (min) out.minimum = `the credit applies only after ${valuePhrase(min)} of downtime`;
  return out;
}

/** `credit …` as a sentence, with what the credit is worth in money when the fee is known. */
export function creditSentence(ctx: SlaContext, credit: CreditNode): Sentence {
  const t = creditTerms(ctx.sla, credit);
  const main = t.condition ? `${capitalize(t.condition)}, the Provider shall credit the Client ${t.amount}` : `The Provider shall credit the Client ${t.amount} when these service levels are missed`;
  const text = `${main}${t.minimum ? `; ${t.minimum}` : ''}.`;
  const { period } = creditPeriod(ctx.sla);
  const a = credit.amount;
  const notes: (string | undefined)[] = [];
  const each = credit.trigger === 'per_block' ? ` for each ${valuePhrase(fieldValue(credit.fields, 'block'))} of downtime` : '';
  if (a?.kind === 'percent') notes.push(shareOfPeriodNote(ctx.contract, period, a.value, `this credit${each}`));
  else if (isDuration(a)) notes.push(daysOfServiceNote(ctx.contract, a, period, formatPercent));
  else if (a?.kind === 'multiple' && fieldWord(credit.fields, 'basis') === 'downtime_fees') {
    const hour = hourlyFee(ctx.contract);
    const basis = recurringFeesPhrase(ctx.contract);
    if (hour && basis) {
      notes.push(`At ${basis}, the fees for one hour of service are ${formatMoney(hour)}, so this credit is ${formatMoney({ amount: hour.amount * a.value, currency: hour.currency })} for each hour of downtime.`);
    }
  }
  return sentence(text, notes);
}

/** `credit_cap …`: a share of the period's fee or days of service, in any measurement period. */
export function creditCapSentence(ctx: SlaContext, value: Value | undefined): Sentence {
  const { period, noun } = creditPeriod(ctx.sla);
  const lead = `In any ${noun}, service credits under this service level shall not exceed`;
  if (value?.kind === 'percent') return sentence(`${lead} ${valuePhrase(value)} of the fee for that ${noun}.`, [shareOfPeriodNote(ctx.contract, period, value.value, 'the cap')]);
  if (isDuration(value)) return sentence(`${lead} ${valuePhrase(value)} of service.`, [daysOfServiceNote(ctx.contract, value, period, formatPercent)]);
  return sentence(`${lead} ${valuePhrase(value)}.`);
}

/** `window …`: the hours in which availability is measured. */
export function windowSentence(sla: SlaNode, m: Meaning): Sentence {
  const w = fieldValue(m.fields, 'window');
  const subject = sla.uptimes.length ? 'Availability' : 'Performance against these service levels';
  if (w?.kind === 'coverage' && w.text === '24x7') return sentence(`${subject} is measured 24 hours a day, 7 days a week.`);
  if (w?.kind === 'word' && w.text === 'business') {
    return sentence(`${subject} is measured during business hours only.`);
  }
  return sentence(`${subject} is measured during these hours: ${valuePhrase(w)}.`);
}

/** `measured_by [WHO] "How"`. */
export function measuredBySentence(m: Meaning): Sentence {
  const who = fieldWord(m.fields, 'who');
  const how = plain(fieldValue(m.fields, 'how'));
  if (!who) return sentence(`Performance against these service levels is measured as follows: ${how ?? '(not stated)'}.`);
  const subject = who === 'independent' ? 'An independent party' : capitalize(whoPhrase(who));
  return sentence(`${subject} measures performance against these service levels${how ? ` as follows: ${how}` : ''}.`);
}

/** `maintenance [emergency] [max D PERIOD] [notice D]`, or the version-1 prose form. */
export function maintenanceSentence(m: Meaning): Sentence {
  const f = m.fields;
  const emergency = fieldWord(f, 'kind') === 'emergency';
  const desc = plain(fieldValue(f, 'description'));
  const max = fieldValue(f, 'max');
  const notice = fieldValue(f, 'notice');
  const noun = emergency ? 'emergency maintenance' : 'planned maintenance';
  const named = `${capitalize(noun)}${desc && (max || notice) ? ` (${desc})` : ''}`;
  if (!max && !notice) {
    return sentence(emergency ? `Emergency maintenance: ${desc ?? 'no limit or notice period is stated'}.` : `Planned maintenance, which does not count as downtime: ${desc ?? '(not stated)'}.`);
  }
  const noticePart = notice ? `the Provider shall give the Client ${noticePhrase(notice)} of it` : undefined;
  if (max) {
    const per = perPeriod(fieldValue(f, 'period'));
    const limit = `${valuePhrase(max)}${per ? ` ${per}` : ' (no period is stated)'}`;
    const head = emergency ? `${named} may take at most ${limit}` : `${named}, which does not count as downtime, may take at most ${limit}`;
    return sentence(`${head}${noticePart ? `; ${noticePart}` : ''}.`);
  }
  const which = `${noun}${desc ? ` (${desc})` : ''}`;
  const text = `The Provider shall give the Client ${noticePhrase(notice)} of ${which}${emergency ? '' : ', which does not count as downtime'}.`;
  return sentence(text, emergency ? [] : ['No limit on the amount of planned maintenance is stated.']);
}

/** `exclude …` in an SLA: what does not count as downtime. */
export function slaExcludeSentence(m: Meaning): Sentence {
  const items = fieldValues(m.fields, 'exclusions').map((v) => setPhrase('slaExclusion', v));
  return sentence(`The following do not count as downtime: ${items.length ? joinAnd(items) : '(none is named)'}.`);
}

/** `claim within D after EVENT` or `claim automatic`, with the first claim deadline as a note. */
export function claimSentence(ctx: SlaContext, m: Meaning): Sentence {
  const within = fieldValue(m.fields, 'within');
  if (!within && firstWord(m) === 'automatic') return sentence('Service credits are given automatically; the Client need not claim them.');
  const from = fieldValue(m.fields, 'from');
  const after = from ? ` after ${setPhrase('claimFrom', from)}` : '';
  const notes: (string | undefined)[] = [];
  if (ctx.effective && isDuration(within) && fieldWord(m.fields, 'from') === 'month_end') {
    const first = claimWindows(ctx.effective, within, undefined, 1)[0];
    if (first) notes.push(`For the first month of the term, ${longDate(first.start)} to ${longDate(first.end)}, the last day to claim is ${longDate(first.deadline)}.`);
  }
  return sentence(`The Client must claim each service credit ${withinPhrase(within)}${after}.`, notes);
}

/** `credits applied …`, `credits forfeit_on_termination`, `credits only_if paid_up`. */
export function creditsSentence(m: Meaning): Sentence {
  const parts: string[] = [];
  const applied = fieldWord(m.fields, 'applied');
  if (applied === 'future_invoices') parts.push('Service credits are applied against future invoices.');
  else if (applied === 'refund') parts.push('Service credits are paid to the Client as a refund.');
  else if (has(m, 'applied')) parts.push(`Service credits are applied as follows: ${valuePhrase(fieldValue(m.fields, 'applied'))}.`);
  if (has(m, 'forfeit_on_termination')) parts.push('Service credits not yet applied are forfeited on termination of this agreement.');
  const condition = fieldWord(m.fields, 'condition');
  if (condition === 'paid_up') parts.push('Service credits are owed only if the Client is up to date with its payments.');
  else if (has(m, 'only_if')) parts.push(`Service credits are owed only if: ${valuePhrase(fieldValue(m.fields, 'condition'))}.`);
  return sentence(parts.length ? parts.join(' ') : 'Service credits: (how they are applied is not stated).');
}

/** `sole_remedy`. */
export function soleRemedySentence(): Sentence {
  return sentence("Service credits are the Client's sole remedy for a failure to meet these service levels.");
}

/** `chronic_failure terminate when below X for N months | for N of M months`. */
export function chronicFailureSentence(sla: SlaNode, m: Meaning): Sentence {
  const f = m.fields;
  const measure = sla.uptimes.length ? 'availability' : 'performance';
  const threshold = fieldValue(f, 'threshold');
  const count = fieldValue(f, 'count');
  const of = fieldValue(f, 'of');
  const dur = fieldValue(f, 'for');
  const when = count && of ? ` in ${valuePhrase(count)} of ${valuePhrase(of)}` : dur && dur.kind !== 'word' ? ` for ${valuePhrase(dur)}` : ' (no duration is stated)';
  const cond = threshold ? `If ${measure} falls below ${valuePhrase(threshold)}${when}` : `If these service levels are missed${when}`;
  return sentence(fieldWord(f, 'remedy') === 'terminate' ? `${cond}, the Client may terminate this agreement.` : `${cond}: no remedy is stated.`);
}

/** `answer calls within D`. */
export function answerSentence(m: Meaning): Sentence {
  const channel = fieldWord(m.fields, 'channel');
  const within = fieldValue(m.fields, 'within');
  return sentence(`The Provider shall answer ${channel ? wordPhrase(channel) : '(what is answered is not stated)'} ${withinPhrase(within)}.`);
}

/** `notify outage within D`. */
export function notifySentence(m: Meaning): Sentence {
  const event = fieldWord(m.fields, 'event');
  const within = fieldValue(m.fields, 'within');
  const what = event === 'outage' ? 'an outage' : event === 'incident' ? 'an incident' : 'an event (which is not stated)';
  return sentence(`The Provider shall notify the Client of ${what} ${withinPhrase(within)}.`);
}

/** `updates every D`. */
export function updatesSentence(m: Meaning): Sentence {
  const every = fieldValue(m.fields, 'every');
  const how = isDuration(every) ? `every ${valuePhrase(every)}` : every ? `every ${valuePhrase(every)} (not a measurable time)` : 'at an unstated interval';
  return sentence(`During an incident, the Provider shall update the Client ${how}.`);
}

/** `root_cause within D`. */
export function rootCauseSentence(m: Meaning): Sentence {
  const within = fieldValue(m.fields, 'within');
  return sentence(`The Provider shall deliver a root-cause analysis of an incident ${withinPhrase(within)}.`);
}

// ---------------------------------------------------------------------------
// Liability
// ---------------------------------------------------------------------------

function capPhrase(cap: CapAmount | undefined, v: Value | undefined): string {
  if (!cap) return valuePhrase(v);
  if (cap.kind === 'months') return `${valuePhrase(cap.value)} of fees`;
  if (cap.kind === 'money') return valuePhrase(cap.value);
  return 'unlimited';
}

/** The money a cap in months of fees comes to, or the months a cap in money is, when the fee is known. */
function capNote(c: ContractNode, cap: CapAmount | undefined): string | undefined {
  if (!cap || cap.kind === 'unlimited') return undefined;
  const basis = recurringFeesPhrase(c);
  if (!basis) return undefined;
  if (cap.kind === 'months') {
    const money = capInMoney(c, cap);
    return money ? `At ${basis}, ${valuePhrase(cap.value)} of fees are ${formatMoney(money)}.` : undefined;
  }
  const months = capInMonths(c, cap);
  return months !== undefined && Number.isFinite(months) ? `At ${basis}, ${valuePhrase(cap.value)} is ${Number(months.toFixed(1))} months of fees.` : undefined;
}

/** `cap …`: the limit on each party's liability, per claim or for all claims together (the default). */
export function capSentence(c: ContractNode, m: Meaning): Sentence {
  const cap = capAmount(m);
  if (cap?.kind === 'unlimited') return sentence("Each party's liability under this agreement is unlimited.");
  const perRecord = has(m, 'per') ? ' per record' : '';
  const amount = `${capPhrase(cap, fieldValue(m.fields, 'amount'))}${perRecord}`;
  const text = has(m, 'per_claim')
    ? `Each party's liability for each claim under this agreement is limited to ${amount}.`
    : `Each party's total liability for all claims under this agreement is limited to ${amount}.`;
  return sentence(text, [perRecord ? undefined : capNote(c, cap)]);
}

/** `exclude …` in `liability`: losses neither party is liable for. */
export function lossExcludeSentence(m: Meaning): Sentence {
  const items = fieldValues(m.fields, 'losses').map((v) => setPhrase('loss', v));
  return sentence(`Neither party is liable for ${items.length ? joinAnd(items, 'or') : '(no kind of loss is named)'}.`);
}

/** `uncapped …`: liabilities the cap does not limit. */
export function uncappedSentence(m: Meaning): Sentence {
  const items = fieldValues(m.fields, 'claims').map((v) => setPhrase('carveOut', v));
  return sentence(`The limit on liability does not apply to liability for ${items.length ? joinAnd(items, 'or') : '(nothing is named)'}.`);
}

/** `super_cap CLAIM AMOUNT`: a separate cap for some claims. */
export function superCapSentence(c: ContractNode, m: Meaning): Sentence {
  const items = fieldValues(m.fields, 'claims').map((v) => setPhrase('carveOut', v));
  const cap = capAmount(m);
  return sentence(`Liability for ${items.length ? joinAnd(items, 'or') : '(no claim is named)'} is limited separately, to ${capPhrase(cap, fieldValue(m.fields, 'amount'))}.`, [capNote(c, cap)]);
}

/** `indemnify WHO for …`. */
export function indemnifySentence(m: Meaning): Sentence {
  const who = fieldWord(m.fields, 'who');
  const other = who === 'provider' ? 'the Client' : who === 'client' ? 'the Provider' : 'the other party';
  const items = fieldValues(m.fields, 'claims').map((v) => setPhrase('indemnity', v));
  return sentence(`${capitalize(whoPhrase(who))} shall indemnify ${other} against ${items.length ? joinAnd(items) : '(no claim is named)'}.`);
}

/** `insurance KIND MONEY`. */
export function insuranceSentence(m: Meaning): Sentence {
  const kind = fieldValue(m.fields, 'kind');
  const amount = fieldValue(m.fields, 'amount');
  const what = kind ? setPhrase('insurance', kind) : 'insurance (of an unstated kind)';
  return sentence(`The Provider shall maintain ${what}${amount ? ` of ${valuePhrase(amount)}` : ' (no amount is stated)'}.`);
}

// ---------------------------------------------------------------------------
// Data protection
// ---------------------------------------------------------------------------

/** `subprocessors approval client | notify [D] [objection] | flow_down | free`. */
export function subprocessorsSentence(m: Meaning): Sentence {
  const first = firstWord(m);
  if (first === 'approval') return sentence("The Provider may engage a subprocessor only with the Client's approval.");
  if (first === 'notify') {
    const notice = fieldValue(m.fields, 'notify');
    const objection = has(m, 'objection') ? ', and the Client may object to it' : '';
    return sentence(notice ? `The Provider shall give the Client ${noticePhrase(notice)} of any new subprocessor${objection}.` : `The Provider shall notify the Client of any new subprocessor${objection}.`);
  }
  const mode = fieldWord(m.fields, 'mode');
  if (mode === 'flow_down') return sentence('The Provider shall bind its subprocessors to the same terms as this agreement.');
  if (mode === 'free') return sentence("The Provider may engage subprocessors without the Client's approval and without notice to it.");
  return sentence('Subprocessors: (how they are controlled is not stated).');
}

/** `audit client|reports ["What"] [PERIOD] [notice D]`. */
export function auditSentence(m: Meaning): Sentence {
  const by = fieldWord(m.fields, 'by');
  const what = fieldValue(m.fields, 'what');
  const every = everyPeriod(fieldValue(m.fields, 'period'));
  const notice = fieldValue(m.fields, 'notice');
  const when = `${every ? ` ${every}` : ''}${notice ? `, on ${noticePhrase(notice)}` : ''}`;
  if (by === 'reports') {
    const report = what ? `a ${quoted(plain(what) ?? '')} report` : 'an independent audit report';
    return sentence(`The Provider shall provide the Client with ${report}${when}.`);
  }
  if (by === 'client') return sentence(`The Client may audit the Provider${what ? ` (${plain(what)})` : ''}${when}.`);
  return sentence(`Audits: ${what ? `${plain(what)}` : '(who audits is not stated)'}${when}.`);
}

/** `location REGION|"…" [transfer …]`. */
export function locationSentence(m: Meaning): Sentence {
  const v = fieldValue(m.fields, 'value');
  const transfer = fieldWord(m.fields, 'transfer');
  const place = v?.kind === 'word' ? setPhrase('region', v) : undefined;
  if (!transfer) {
    return sentence(place ? `The Client's data shall be stored and processed only in ${place}.` : `The Client's data shall be stored and processed only in this location: ${plain(v) ?? '(not stated)'}.`);
  }
  const where = place ?? (v ? `this location: ${plain(v)}` : 'a location that is not stated');
  if (transfer === 'none') return sentence(`The Client's data shall be stored and processed only in ${where}, and shall not be transferred outside it.`);
  return sentence(`The Client's data shall be stored and processed in ${where}; any transfer outside it shall be made under ${setPhrase('transfer', fieldValue(m.fields, 'transfer')!)}.`);
}

/** `delete_data within D [certified]`. */
export function deleteDataSentence(m: Meaning): Sentence {
  const within = fieldValue(m.fields, 'within');
  const certified = has(m, 'certified') ? ' and certify the deletion' : '';
  return sentence(`The Provider shall delete the Client's data within ${valuePhrase(within)} after this agreement ends${certified}.`);
}

/** `return_data within D [after termination] [format "…"]`. */
export function returnDataSentence(m: Meaning): Sentence {
  const within = fieldValue(m.fields, 'within');
  const format = fieldValue(m.fields, 'format');
  return sentence(`The Provider shall return the Client's data within ${valuePhrase(within)} after this agreement ends${format ? `, in the format ${valuePhrase(format)}` : ''}.`);
}

// ---------------------------------------------------------------------------
// Payment
// ---------------------------------------------------------------------------

/** `rate "What" MONEY [PERIOD] per UNIT` (a rate without a unit keeps the version-1 sentence). */
export function unitRateSentence(m: Meaning): Sentence {
  const label = fieldValue(m.fields, 'label');
  const unit = fieldWord(m.fields, 'unit');
  const per = perPeriod(fieldValue(m.fields, 'period'));
  const what = label ? quoted(plain(label) ?? '') : 'Usage';
  return sentence(`${what} is charged at ${valuePhrase(fieldValue(m.fields, 'amount'))} per ${unit ? wordPhrase(unit) : 'unit'}${per && per !== 'once' ? ` ${per}` : ''}.`);
}

/** `minimum MONEY PERIOD`. */
export function minimumSentence(m: Meaning): Sentence {
  const per = perPeriod(fieldValue(m.fields, 'period'));
  return sentence(`The Client shall pay at least ${valuePhrase(fieldValue(m.fields, 'amount'))}${per ? ` ${per}` : ''}, whatever it uses.`);
}

/** The period flag or word of a `price_increase`: `yearly` → "per year". */
function increasePeriod(m: Meaning): string | undefined {
  const p = fieldValue(m.fields, 'period');
  if (p) return perPeriod(p);
  for (const w of ['yearly', 'quarterly', 'monthly']) if (has(m, w)) return perPeriod({ kind: 'word', text: w } as Value);
  return undefined;
}

/** `price_increase cap|index|step …` (the version-1 uncapped form is written by the caller). */
export function priceIncreaseSentence(m: Meaning): Sentence | undefined {
  const first = firstWord(m);
  const per = increasePeriod(m);
  const atRenewal = has(m, 'at');
  const notice = fieldValue(m.fields, 'notice');
  const noticePart = notice ? `, on ${noticePhrase(notice)}` : '';
  if (first === 'cap') {
    return sentence(`The Provider may increase the fees${atRenewal ? ' at renewal' : ''} by at most ${valuePhrase(fieldValue(m.fields, 'cap'))}${per ? ` ${per}` : ''}${noticePart}.`);
  }
  if (first === 'index') {
    const index = fieldValue(m.fields, 'index');
    const cap = fieldValue(m.fields, 'cap');
    const how = cap ? `, by at most ${valuePhrase(cap)}${per ? ` ${per}` : ''}` : per ? ` ${per.replace(/^per /, 'every ')}` : '';
    const text = `The Provider may increase the fees in line with ${index ? plain(index) : 'an unstated index'}${how}${atRenewal ? ', at renewal' : ''}${noticePart}.`;
    return sentence(text, cap ? [] : ['No cap on the increase is stated.']);
  }
  if (first === 'step') {
    const when = atRenewal ? ' at each renewal' : per ? ` ${per.replace(/^per /, 'every ')}` : '';
    return sentence(`The fees increase by ${valuePhrase(fieldValue(m.fields, 'step'))}${when}${notice ? `, with ${noticePhrase(notice)}` : ''}.`);
  }
  return undefined;
}

/** `suspension after D overdue [notice D]`; without a notice the suspension is immediate. */
export function suspensionSentence(m: Meaning): Sentence {
  const after = fieldValue(m.fields, 'after');
  const notice = fieldValue(m.fields, 'notice');
  const how = notice ? `after giving the Client ${noticePhrase(notice)}` : 'immediately';
  return sentence(`Once an invoice has been overdue for ${valuePhrase(after)}, the Provider may suspend the services ${how}.`);
}

/** `disputes pay_undisputed|withhold notify within D`. */
export function disputesSentence(m: Meaning): Sentence {
  const rule = fieldWord(m.fields, 'rule');
  const within = fieldValue(m.fields, 'within');
  const notify = has(m, 'notify') ? `notify the Provider of the dispute ${withinPhrase(within)}` : undefined;
  const parts: string[] = [];
  if (rule === 'pay_undisputed') parts.push('shall pay the undisputed part');
  else if (rule === 'withhold') parts.push('may withhold the disputed amount');
  if (notify) parts.push(`${rule === 'pay_undisputed' ? '' : 'shall '}${notify}`);
  return sentence(parts.length ? `If the Client disputes an invoice, it ${parts.join(' and ')}.` : 'If the Client disputes an invoice: (what happens is not stated).');
}

// ---------------------------------------------------------------------------
// Term, termination, changes, milestones
// ---------------------------------------------------------------------------

/** `until_terminated`. */
export function untilTerminatedSentence(): Sentence {
  return sentence('This agreement runs until a party terminates it.');
}

/** `extension WHO D notice D`, with the last day to exercise it for the initial term. */
export function extensionSentence(m: Meaning, initialEnd: CalendarDate | undefined): Sentence {
  const who = fieldWord(m.fields, 'who');
  const duration = fieldValue(m.fields, 'duration');
  const notice = fieldValue(m.fields, 'notice');
  const by = notice ? ` by giving ${noticePhrase(notice)} before the term ends` : ' (no notice period is stated)';
  const notes: string[] = [];
  if (initialEnd && isDuration(notice)) {
    notes.push(`To extend the initial term, which ends on ${longDate(initialEnd)}, the last day to give notice is ${longDate(noticeDeadline(initialEnd, notice))}.`);
  }
  return sentence(`${capitalize(whoPhrase(who))} may extend this agreement by ${valuePhrase(duration)}${by}.`, notes);
}

/** `client may_terminate [notice D]` in `changes`. */
export function changeExitSentence(m: Meaning): Sentence {
  const notice = fieldValue(m.fields, 'notice');
  return sentence(`If a change under this section adversely affects the Client, the Client may terminate this agreement without a termination fee${notice ? `, on ${noticePhrase(notice)}` : ''}.`);
}

/** `provider may_change … notice D [at renewal]`. */
export function mayChangeSentence(m: Meaning): Sentence {
  const targets = fieldValues(m.fields, 'targets').map((v) => setPhrase('changeTarget', v));
  const notice = fieldValue(m.fields, 'notice');
  const when = `${has(m, 'at') ? ' only at renewal' : ''}${notice ? `, on ${noticePhrase(notice)}` : ' (no notice period is stated)'}`;
  return sentence(`The Provider may change ${targets.length ? joinAnd(targets) : '(nothing is named)'}${when}.`);
}

/** `change_control written [approvers "…"]`. */
export function changeControlSentence(m: Meaning): Sentence {
  const approvers = fieldValue(m.fields, 'approvers');
  return sentence(`Changes agreed between the parties shall be made in writing${approvers ? ` and approved by ${valuePhrase(approvers)}` : ''}.`);
}

/** A milestone's name in words: its label in quotes, or its short name. */
export function milestoneName(m: Meaning): string {
  const label = fieldValue(m.fields, 'label');
  if (label?.kind === 'string' || label?.kind === 'textblock') return quoted(label.value);
  const name = fieldWord(m.fields, 'name');
  return name ? quoted(wordPhrase(name)) : '(unnamed)';
}

/** `milestone NAME "What" due DATE pays N% acceptance D`, with its payment and dates as notes. */
export function milestoneSentence(c: ContractNode, m: Meaning): Sentence {
  const facts = milestoneFacts(c, m);
  const parts = [`The milestone ${milestoneName(m)} is due ${facts.dueValue ? `on ${valuePhrase(facts.dueValue)}` : '(no due date is stated)'}`];
  if (facts.acceptance) parts.push(`the Client has ${valuePhrase(facts.acceptance)} to accept it`);
  if (facts.pays) parts.push(`it pays ${valuePhrase(facts.pays)} of the one-off fees`);
  const text = `${parts.length === 3 ? `${parts[0]}; ${parts[1]}, and ${parts[2]}` : parts.join('; ')}.`;
  const notes: string[] = [];
  if (facts.due && facts.acceptanceEnd) notes.push(`If it is delivered on ${longDate(facts.due)}, the acceptance period ends on ${longDate(facts.acceptanceEnd)}.`);
  if (facts.payment && facts.pays) {
    const invoice = facts.due ? `, invoiced on ${longDate(facts.due)}` : '';
    const payable = facts.paymentDue ? ` and payable by ${longDate(facts.paymentDue)}` : '';
    notes.push(`${valuePhrase(facts.pays)} of the one-off fees is ${formatMoney(facts.payment)}${invoice}${payable}.`);
  }
  return sentence(text, notes);
}
