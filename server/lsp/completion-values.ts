/**
 * What may follow the words already written on a statement's line: units after
 * a number, periods, roles, currencies (the default first), regulations,
 * `in_advance`/`in_arrears`, `within`, `when below`/`per breach`, service
 * names after `for`, and so on. The line is read with a small tokenizer of its
 * own, because the statement being typed is usually incomplete.
 */
import { DURATION_UNITS, PERIOD_WORDS, PRIORITY_LEVELS, REGULATIONS, ROLES, WHO } from '../../grammar/index.js';
import { COMMON_CURRENCIES, ISO_4217_ACTIVE } from '../core/currencies.js';
import { regulation } from '../core/regulations.js';
import { currencyName } from './hover-facts.js';

/** A token of a line being typed. */
export interface LineToken {
  kind: 'string' | 'date' | 'coverage' | 'percent' | 'number' | 'word' | 'duration' | 'money' | 'comma' | 'open' | 'close' | 'other';
  text: string;
}

const TOKEN = /"(?:[^"\\]|\\.)*"?|\d{4}-\d{2}-\d{2}|\d+x\d+|\d[\d_]*(?:\.\d+)?%|\d[\d_]*(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|,|\{|\}|\S/g;

/** Splits a line into tokens, joining numbers with their unit or currency as the tree builder does. */
export function tokenizeLine(text: string): LineToken[] {
  const raw: LineToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    let kind: LineToken['kind'];
    if (t.startsWith('"')) kind = 'string';
    else if (/^\d{4}-/.test(t)) kind = 'date';
    else if (/^\d+x\d+$/.test(t)) kind = 'coverage';
    else if (t.endsWith('%')) kind = 'percent';
    else if (/^\d/.test(t)) kind = 'number';
    else if (/^[A-Za-z_]/.test(t)) kind = 'word';
    else if (t === ',') kind = 'comma';
    else if (t === '{') kind = 'open';
    else if (t === '}') kind = 'close';
    else kind = 'other';
    raw.push({ kind, text: t });
  }
  const out: LineToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const next = raw[i + 1];
    if (t.kind === 'number' && next?.kind === 'word') {
      if (DURATION_UNITS[next.text]) {
        out.push({ kind: 'duration', text: `${t.text} ${next.text}` });
        i++;
        continue;
      }
      if (/^[A-Z]{3}$/.test(next.text)) {
        out.push({ kind: 'money', text: `${t.text} ${next.text}` });
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** A value completion before it becomes an LSP item. */
export interface ValueCandidate {
  label: string;
  doc: string;
  /** Lower sorts first. */
  rank: number;
  kind: 'value' | 'unit' | 'currency' | 'keyword' | 'reference';
}

const PERIOD_DOC: Record<string, string> = {
  hourly: 'Every hour.',
  daily: 'Every day.',
  weekly: 'Every week.',
  monthly: 'Every calendar month (a 30.44-day month when computing downtime).',
  quarterly: 'Every quarter of a year.',
  yearly: 'Every year.',
  once: 'One time only.',
};
const UNIT_DOC: Record<string, string> = {
  minute: 'Minutes of elapsed time.',
  hour: 'Hours of elapsed time, nights and weekends included.',
  business_hour: "Hours counted only during business hours (Monday to Friday, 9:00–17:00 in the client's time zone unless the contract says otherwise).",
  day: 'Calendar days, weekends included.',
  business_day: 'Working days only: Monday to Friday, public holidays excluded.',
  week: 'Calendar weeks.',
  month: 'Calendar months (the day of the month is kept; counted as 30.44 days in computations).',
  year: 'Calendar years.',
};
const WORD_DOC: Record<string, string> = {
  provider: 'The party that delivers the services.',
  client: 'The party that receives and pays for the services.',
  either: 'Either party.',
  in_advance: 'Each invoice covers the coming period.',
  in_arrears: 'Each invoice covers the period just ended.',
  fixed: 'A fixed fee, whatever the effort.',
  time_and_materials: 'Billed by the hour at the agreed rates (add `rate` lines).',
  usage: 'Billed by measured use.',
  automatic: 'The agreement renews by itself unless notice of non-renewal is given in time.',
  manual: 'The agreement renews only if both parties agree.',
  none: 'The agreement ends with its term.',
  on_receipt: 'The invoice is due as soon as it is received.',
  cap: 'The maximum that applies.',
  preapproved: 'Only expenses the client approved beforehand are reimbursed.',
  within: 'Followed by a duration, such as `48 hours`.',
  after: 'Counted from the event that follows.',
  invoice: 'Counted from the date of the invoice.',
  termination: 'Counted from the end of the agreement.',
  ends: 'Followed by the last day of the initial term, YYYY-MM-DD.',
  notice: 'Followed by the notice period, a duration such as `60 days`.',
  cure: 'Followed by the time allowed to remedy a breach before termination, such as `30 days`.',
  fee: 'Followed by the termination fee: a duration of fees (`2 months`) or an amount of money.',
  respond: 'How soon the provider starts working on the incident.',
  resolve: 'How soon the incident must be fixed.',
  when: 'Starts the trigger `when below PERCENT`.',
  below: 'Followed by the threshold percentage that triggers the credit.',
  per: 'Starts the trigger `per breach`.',
  breach: 'The credit is owed for every missed target.',
  for: 'Followed by the services this SLA covers.',
  business: 'Business hours only.',
  at_rest: 'Data is encrypted where it is stored.',
  in_transit: 'Data is encrypted while it travels over networks.',
  phone: 'By telephone.',
  email: 'By email.',
  portal: 'Through a web portal.',
  chat: 'By chat.',
  on_site: 'On the client’s premises.',
  critical: 'A complete outage or a security incident.',
  high: 'A serious degradation affecting many users.',
  normal: 'A problem with a workaround, or affecting few users.',
  low: 'A question or a cosmetic problem.',
};

function words(list: readonly string[], rank = 10, kind: ValueCandidate['kind'] = 'value', exclude: readonly string[] = []): ValueCandidate[] {
  return list.filter((w) => !exclude.includes(w)).map((w, i) => ({ label: w, doc: WORD_DOC[w] ?? PERIOD_DOC[w] ?? '', rank: rank + i, kind }));
}
const periods = (first?: string) =>
  PERIOD_WORDS.map((p, i) => ({ label: p, doc: PERIOD_DOC[p]!, rank: p === first ? 0 : 10 + i, kind: 'value' as const }));

function units(amount: string): ValueCandidate[] {
  const singular = Number(amount.replace(/_/g, '')) === 1;
  const seen = new Set<string>();
  const out: ValueCandidate[] = [];
  for (const [word, unit] of Object.entries(DURATION_UNITS)) {
    const isPlural = word !== unit;
    if (isPlural === singular || seen.has(unit)) continue;
    seen.add(unit);
    out.push({ label: word, doc: UNIT_DOC[unit]!, rank: out.length, kind: 'unit' });
  }
  return out;
}

const currencyCache = new Map<string, ValueCandidate[]>();

/** Every active ISO 4217 code, the default currency first, then the common ones; cached per default. */
function currencies(defaultCurrency: string, rank = 0): ValueCandidate[] {
  let list = currencyCache.get(defaultCurrency);
  if (!list) {
    list = currencyList(defaultCurrency);
    currencyCache.set(defaultCurrency, list);
  }
  return rank === 0 ? list : list.map((c) => ({ ...c, rank: c.rank + rank }));
}

function currencyList(defaultCurrency: string): ValueCandidate[] {
  const order = [defaultCurrency, ...COMMON_CURRENCIES.filter((c) => c !== defaultCurrency)];
  const rest = [...ISO_4217_ACTIVE].filter((c) => !order.includes(c)).sort();
  return [...order, ...rest].map((c, i) => ({
    label: c,
    doc: `${currencyName(c) ?? c} (ISO 4217)${c === defaultCurrency ? ' — the default currency of this project' : ''}.`,
    rank: i,
    kind: 'currency' as const,
  }));
}

function regulations(exclude: readonly string[]): ValueCandidate[] {
  return REGULATIONS.filter((r) => !exclude.includes(r)).map((r, i) => {
    const reg = regulation(r);
    const notice = reg?.breachNotice ? ` Breach notice: within ${reg.breachNotice.label}.` : '';
    return { label: r, doc: reg ? `${reg.name}. ${reg.description}${notice}` : r, rank: i, kind: 'value' };
  });
}

const MONEY_KEYWORDS = new Set(['fee', 'rate', 'expenses', 'late_fee']);

/** What the context needs from the document and configuration. */
export interface ValueContext {
  defaultCurrency: string;
  services: readonly string[];
  /** The block the statement stands in. */
  block: string | undefined;
}

/**
 * The values that may follow `args` (the tokens after the keyword, without
 * the word being typed) in a statement starting with `keyword`.
 */
export function valueCandidates(keyword: string, args: LineToken[], ctx: ValueContext): ValueCandidate[] {
  const n = args.length;
  const last = args[n - 1];
  const texts = args.map((a) => a.text);
  const has = (w: string) => texts.includes(w);
  if (last?.kind === 'number') {
    // A termination fee is a number of months of fees or an amount of money.
    if (keyword === 'for_convenience' && texts[n - 2] === 'fee') return [...units(last.text), ...currencies(ctx.defaultCurrency, 100)];
    if (MONEY_KEYWORDS.has(keyword) && !(keyword === 'fee' && ctx.block === 'termination')) return currencies(ctx.defaultCurrency);
    return units(last.text);
  }
  switch (keyword) {
    case 'party':
      return n === 0 ? words(ROLES) : [];
    case 'sla':
      if (n === 1 && last?.kind === 'word') return words(['for'], 0, 'keyword');
      if (last?.text === 'for' || (last?.kind === 'comma' && has('for'))) {
        const listed = texts.slice(texts.indexOf('for') + 1);
        return ctx.services
          .filter((s) => !listed.includes(s))
          .map((s, i) => ({ label: s, doc: `The service \`${s}\`, defined in \`scope\`.`, rank: i, kind: 'reference' as const }));
      }
      return [];
    case 'uptime':
      return last?.kind === 'percent' ? periods('monthly') : [];
    case 'priority':
      if (n === 0) return words(PRIORITY_LEVELS);
      if (n === 1) return words(['respond'], 0, 'keyword');
      if (last?.text === 'respond' || last?.text === 'resolve') return words(['within'], 0, 'keyword');
      if (last?.kind === 'duration' && !has('resolve')) return words(['resolve'], 0, 'keyword');
      return [];
    case 'target':
      return n >= 2 && ['percent', 'number', 'duration'].includes(last!.kind) ? periods('daily') : [];
    case 'credit':
      if (n === 1 && last?.kind === 'percent') return words(['when', 'per'], 0, 'keyword');
      if (last?.text === 'when') return words(['below'], 0, 'keyword');
      if (last?.text === 'per') return words(['breach'], 0, 'keyword');
      return [];
    case 'fee':
      if (ctx.block === 'termination') return [];
      return last?.kind === 'money' ? periods('monthly') : [];
    case 'rate':
      return last?.kind === 'money' ? periods('hourly') : [];
    case 'model':
      return n === 0 ? words(['fixed', 'time_and_materials', 'usage']) : [];
    case 'invoice':
      if (n === 0) return periods('monthly');
      return n === 1 ? words(['in_advance', 'in_arrears']) : [];
    case 'due':
      if (n === 0) return words(['on_receipt']);
      if (last?.kind === 'duration') return words(['after'], 0, 'keyword');
      return last?.text === 'after' ? words(['invoice']) : [];
    case 'late_fee':
      if (last?.kind === 'percent') return periods('monthly');
      return last?.kind === 'money' ? [...words(['once'], 0), ...periods().filter((p) => p.label !== 'once')] : [];
    case 'expenses':
      if (n === 0) return words(['cap'], 0, 'keyword');
      if (last?.kind === 'money') return periods('monthly');
      return n >= 3 && PERIOD_WORDS.includes(last?.text as (typeof PERIOD_WORDS)[number]) ? words(['preapproved']) : [];
    case 'price_increase':
      if (n === 0) return words(['cap'], 0, 'keyword');
      return last?.kind === 'percent' ? periods('yearly') : [];
    case 'comply':
      return n === 0 || last?.kind === 'comma' ? regulations(texts) : [];
    case 'breach_notice':
      return n === 0 ? words(['within'], 0, 'keyword') : [];
    case 'encryption':
      return n === 0 || last?.kind === 'comma' ? words(['at_rest', 'in_transit'], 0, 'value', texts) : [];
    case 'return_data':
      if (n === 0) return words(['within'], 0, 'keyword');
      if (last?.kind === 'duration') return words(['after'], 0, 'keyword');
      return last?.text === 'after' ? words(['termination']) : [];
    case 'initial':
      return n === 0 ? words(['ends'], 0, 'keyword') : [];
    case 'renewal':
      if (n === 0) return words(['automatic', 'manual', 'none']);
      return texts[0] === 'automatic' && last?.kind === 'duration' && !has('notice') ? words(['notice'], 0, 'keyword') : [];
    case 'for_convenience':
      if (n === 0) return words(WHO);
      if (n === 1) return words(['notice'], 0, 'keyword');
      return last?.kind === 'duration' && texts[n - 2] === 'notice' && !has('fee') ? words(['fee'], 0, 'keyword') : [];
    case 'for_cause':
      if (n === 0) return words(WHO.slice().reverse());
      return n === 1 ? words(['cure'], 0, 'keyword') : [];
    case 'report':
      return n === 0 ? periods('monthly') : [];
    case 'review':
      return n === 0 ? periods('quarterly') : [];
    case 'hours':
      return n === 0 ? words(['24x7', 'business']).map((c) => (c.label === '24x7' ? { ...c, doc: 'Around the clock, every day.' } : c)) : [];
    case 'channels':
      return n === 0 || last?.kind === 'comma' ? words(['phone', 'email', 'portal', 'chat', 'on_site'], 0, 'value', texts) : [];
    default:
      return [];
  }
}
