/**
 * The computed facts that hover shows: allowed downtime for an uptime, the
 * dates a term ends and notice is due, what a regulation demands, what an
 * amount of money is, which weekday a date falls on, what business hours mean.
 * Plain functions from syntax and AST nodes to sentences in Markdown; they are
 * deterministic (nothing depends on today's date).
 */
import type { ContractNode, DateValue, DurationValue, MoneyValue, ParseResult, Statement, Value } from '../../grammar/index.js';
import type { ResolvedConfig } from '../core/config.js';
import { isCurrency } from '../core/currencies.js';
import { findLexiconMatches } from '../core/lexicon.js';
import { breachDeadlines, regulation, describeRegulation } from '../core/regulations.js';
import { EACH_PERIOD, longDate as dateInWords, PER_PERIOD } from '../core/render/phrases.js';
import { snippetToText } from '../core/rules/util.js';
import {
  addDays,
  allowedDowntime,
  explainDuration,
  formatDate,
  formatMinutes,
  fromDateValue,
  noticeDeadline,
  PERIOD_LABEL,
  termEnd,
  type CalendarDate,
} from '../core/time.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Friday, 1 January 2027". */
export function longDate(d: CalendarDate): string {
  const wd = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
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
export function valueFacts(parsed: ParseResult, v: Value, offset: number): string[] {
  switch (v.kind) {
    case 'date': {
      const d = fromDateValue(v as DateValue);
      return d ? [`${formatDate(d)} is a ${longDate(d)}.`] : [`${v.text} is not a real calendar date: check the month and the day.`];
    }
    case 'duration':
      if (v.unit === 'month' || v.unit === 'year') {
        return [`${v.text.replace(/_/g, ' ')}: counted on the calendar, keeping the day of the month (clamped to the month's last day), not as a fixed number of days.`];
      }
      return [explainDuration(v)];
    case 'money':
      return [`Amount: ${describeMoney(v)}.`];
    case 'string':
    case 'textblock': {
      const m = findLexiconMatches(parsed.text.slice(v.content.start, v.content.end), v.content.start).find((x) => x.span.start <= offset && offset <= x.span.end);
      if (!m) return [];
      const instead = snippetToText(m.entry.replacement);
      return [`**“${m.text}”** is ${m.entry.code === 'vague-term' ? 'vague' : 'risky'}: ${m.entry.why} Write something measurable instead, such as “${instead}”.`];
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

function amountFacts(stmt: Statement, config: ResolvedConfig): string[] {
  const vals = words(stmt);
  const m = vals.find((v): v is MoneyValue => v.kind === 'money');
  const pct = vals.find((v) => v.kind === 'percent');
  const period = vals.find((v) => v.kind === 'word' && PER_PERIOD[v.text] !== undefined);
  const out: string[] = [];
  if (m) {
    out.push(`${describeMoney(m)}${period ? ` ${PER_PERIOD[period.text]}` : ''}.`);
    const perYear = period ? PERIODS_PER_YEAR[period.text] : undefined;
    if (perYear && perYear !== 1 && stmt.keyword === 'fee') out.push(`That is ${money(m.amount * perYear, m)} a year.`);
  } else if (vals.some((v) => v.kind === 'number') && stmt.keyword !== 'late_fee' && stmt.keyword !== 'price_increase') {
    const bare = vals.find((v) => v.kind === 'number')!;
    out.push(`${bare.text} has no currency, so the amount is ambiguous: write \`${bare.text} ${config.defaultCurrency}\` (${currencyName(config.defaultCurrency) ?? config.defaultCurrency}, the configured default) or another ISO 4217 code.`);
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
function initialEnd(c: ContractNode): { start?: CalendarDate; end?: CalendarDate; reason?: string } {
  const start = fromDateValue(c.effective?.date);
  const term = c.terms[0];
  const ends = term?.initial?.ends;
  if (ends) {
    const d = fromDateValue(ends);
    return d ? { start, end: d } : { start, reason: `${ends.text} is not a real calendar date.` };
  }
  const d = dur(term?.initial?.duration);
  if (!d) return { start, reason: 'The initial term has no duration: write e.g. `initial 24 months`.' };
  if (!start) return { reason: 'Add `effective YYYY-MM-DD` to the contract to see the dates the term ends and notice is due.' };
  return { start, end: termEnd(start, d) };
}

function termFacts(parsed: ParseResult, top: Statement | undefined): string[] {
  const c = contractOf(parsed, top);
  if (!c) return [];
  const { start, end, reason } = initialEnd(c);
  if (!end) return reason ? [reason] : [];
  const out: string[] = [];
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
    out.push(`After ${formatDate(end)} the agreement continues only if both parties agree to renew it.`);
  } else if (mode === 'none') {
    out.push(`The agreement ends on ${formatDate(end)} and does not renew.`);
  }
  return out;
}

/** The services an SLA covers, with their descriptions from `scope`; a hovered service name shows only that one. */
function slaFacts(parsed: ParseResult, stmt: Statement, value: Value | undefined, top: Statement | undefined): string[] {
  const vals = words(stmt);
  const forIdx = vals.findIndex((v) => isWord(v, 'for'));
  if (forIdx < 0) return [];
  const refs: Value[] = vals.slice(forIdx + 1).filter((v) => v.kind === 'word');
  const shown = value && refs.includes(value) ? [value] : refs;
  const c = contractOf(parsed, top);
  return shown.map((r) => {
    const svc = c?.scopes.flatMap((s) => s.services).find((x) => x.name?.text === r.text);
    if (!svc) return `\`${r.text}\` is not a service defined in \`scope\`.`;
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
    return d ? [`After the agreement ends, the provider helps hand over to a new provider for ${d.text.replace(/_/g, ' ')}.`] : [];
  }
  return [];
}

function dataProtectionFacts(stmt: Statement, value: Value | undefined, block: Statement | undefined): string[] {
  if (stmt.keyword === 'comply') {
    const regs = value?.kind === 'word' && value !== stmt.head ? [value] : words(stmt).filter((v) => v.kind === 'word');
    return regs.map((r) => {
      const reg = regulation(r.text);
      return reg ? `**${reg.id}** — ${describeRegulation(reg)}` : `\`${r.text}\` is not a regulation Clausewise knows; known ones are GDPR, HIPAA, CCPA, PCI_DSS, SOC2 and ISO27001.`;
    });
  }
  if (stmt.keyword === 'breach_notice' && block?.block) {
    const comply = block.block.statements.filter((s) => s.keyword === 'comply').flatMap((s) => words(s).map((v) => v.text));
    return breachDeadlines(comply).map((r) => `${r.id} requires notice within ${r.breachNotice.label} to ${r.breachNotice.notify} (${r.breachNotice.source}); the provider's notice must leave the client time to meet it.`);
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
export function statementFacts(parsed: ParseResult, stmt: Statement, value: Value | undefined, blocks: readonly Statement[], config: ResolvedConfig): string[] {
  const parent = blocks[blocks.length - 1];
  switch (stmt.keyword) {
    case 'uptime':
      return uptimeFacts(stmt);
    case 'priority':
      return priorityFacts(stmt);
    case 'credit':
      return creditFacts(stmt, parent);
    case 'sla':
      return slaFacts(parsed, stmt, value, blocks[0]);
    case 'party':
      return partyFacts(stmt);
    case 'credit_cap': {
      const v = words(stmt)[0];
      return v ? [`Service credits add up to at most ${v.text} of the monthly fee in any month.`] : [];
    }
    case 'fee':
      return parent?.keyword === 'payment' ? amountFacts(stmt, config) : [];
    case 'rate':
    case 'late_fee':
    case 'expenses':
    case 'price_increase':
      return amountFacts(stmt, config);
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
      return [];
  }
}
