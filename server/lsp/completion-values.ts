/**
 * What may follow the words already written on a statement's line. For every
 * statement with schema forms, the forms decide (completion-forms.ts): the
 * closed words of the slot at the cursor, the form's literal words and
 * options, units or currencies after a number. The statements the tree
 * builder reads itself (party, sla, priority, target, initial, renewal,
 * for_convenience, for_cause) and open slots (an uptime's period, a pricing
 * model) are completed by the rules below. The line is read with a small
 * tokenizer of its own, because the statement being typed is usually incomplete.
 */
import { DURATION_UNITS, PERIOD_WORDS, PRIORITY_LEVELS, ROLES, SCHEMA, WHO, type BlockKind, type StatementSpec } from '../../grammar/index.js';
import { COMMON_CURRENCIES, ISO_4217_ACTIVE } from '../core/currencies.js';
import { regulation } from '../core/regulations.js';
import { allowedDowntime, formatMinutes } from '../core/time.js';
import { expectFromForms, type LineToken } from './completion-forms.js';
import { PERIOD_DOC, UNIT_DOC, wordDoc } from './completion-words.js';
import { currencyName } from './hover-facts.js';

export type { LineToken };

const TOKEN = /"(?:[^"\\]|\\.)*"?|\d{4}-\d{2}-\d{2}|\d+x\d+|\d[\d_]*(?:\.\d+)?x(?![A-Za-z0-9_])|\d[\d_]*(?:\.\d+)?%|\d[\d_]*(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|,|\{|\}|\S/g;

/** Splits a line into tokens, joining numbers with their unit or currency as the tree builder does. */
export function tokenizeLine(text: string): LineToken[] {
  const raw: LineToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    let kind: LineToken['kind'];
    if (t.startsWith('"')) kind = 'string';
    else if (/^\d{4}-/.test(t)) kind = 'date';
    else if (/^\d+x\d+$/.test(t)) kind = 'coverage';
    else if (/^\d[\d_.]*x$/.test(t)) kind = 'multiple';
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

function words(list: readonly string[], rank = 10, kind: ValueCandidate['kind'] = 'value', exclude: readonly string[] = [], keyword?: string): ValueCandidate[] {
  return list.filter((w) => !exclude.includes(w)).map((w, i) => ({ label: w, doc: wordDoc(keyword, w) ?? '', rank: rank + i, kind }));
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

/** A regulation's name, what it protects and its breach-notice deadline. */
function regulationDoc(r: string): string | undefined {
  const reg = regulation(r);
  if (!reg) return undefined;
  const notice = reg.breachNotice ? ` Breach notice: within ${reg.breachNotice.label}.` : '';
  return `${reg.name}. ${reg.description}${notice}`;
}

/** The availability levels service contracts usually promise, with the downtime each allows. */
const UPTIME_LEVELS = [99, 99.5, 99.9, 99.95, 99.99];

function uptimeLevels(): ValueCandidate[] {
  return UPTIME_LEVELS.map((p, i) => ({
    label: `${p}%`,
    doc: `Allows at most ${formatMinutes(allowedDowntime(p, 'monthly')!)} of downtime a month (${formatMinutes(allowedDowntime(p, 'yearly')!)} a year). The period it is measured over comes next, e.g. \`monthly\`.`,
    rank: i,
    kind: 'value' as const,
  }));
}

/**
 * Usual response and resolution times, fastest first; the drafter picks one
 * or types another number (a number is followed by its units).
 */
const INCIDENT_TIMES: Record<'respond' | 'resolve', readonly [amount: number, unit: string][]> = {
  respond: [
    [15, 'minutes'],
    [30, 'minutes'],
    [1, 'hour'],
    [4, 'hours'],
    [4, 'business_hours'],
    [1, 'business_day'],
  ],
  resolve: [
    [4, 'hours'],
    [8, 'hours'],
    [1, 'business_day'],
    [3, 'business_days'],
    [5, 'business_days'],
  ],
};

function incidentTimes(metric: string, level: string | undefined): ValueCandidate[] {
  const who = level && PRIORITY_LEVELS.includes(level as (typeof PRIORITY_LEVELS)[number]) ? `a \`${level}\` incident` : 'an incident';
  const what = metric === 'respond' ? `How soon the provider must respond to ${who}` : `How soon the provider must resolve ${who}`;
  return INCIDENT_TIMES[metric === 'respond' ? 'respond' : 'resolve'].map(([amount, unit], i) => ({
    label: `${amount} ${unit}`,
    doc: `${what}: ${amount} ${unit.replace(/_/g, ' ')}. ${UNIT_DOC[DURATION_UNITS[unit]!] ?? ''}`.trim(),
    rank: i,
    kind: 'value' as const,
  }));
}

const MONEY_KEYWORDS = new Set(['fee', 'rate', 'expenses', 'late_fee']);

/** The period a statement usually takes, offered first. */
const USUAL_PERIOD: Readonly<Record<string, string>> = {
  fee: 'monthly',
  invoice: 'monthly',
  late_fee: 'monthly',
  minimum: 'monthly',
  expenses: 'monthly',
  maintenance: 'monthly',
  report: 'monthly',
  review: 'quarterly',
  audit: 'yearly',
  price_increase: 'yearly',
  rate: 'hourly',
};

/** What the context needs from the document and configuration. */
export interface ValueContext {
  defaultCurrency: string;
  services: readonly string[];
  /** The block the statement stands in. */
  block: string | undefined;
}

/** The spec of a statement in its block; in a block the schema does not know, the first statement of that keyword anywhere. */
function specOf(block: string | undefined, keyword: string): StatementSpec | undefined {
  if (block !== undefined && Object.prototype.hasOwnProperty.call(SCHEMA, block)) return SCHEMA[block as BlockKind].find((s) => s.keyword === keyword);
  for (const specs of Object.values(SCHEMA)) {
    const found = specs.find((s) => s.keyword === keyword);
    if (found) return found;
  }
  return undefined;
}

/** The candidates the statement's forms give, or undefined when they give none (an open slot, or no forms). */
function fromForms(keyword: string, args: LineToken[], ctx: ValueContext): ValueCandidate[] | undefined {
  const exp = expectFromForms(specOf(ctx.block, keyword), args);
  if (!exp) return undefined;
  const out: ValueCandidate[] = [];
  const last = args[args.length - 1];
  if (exp.units && last) out.push(...units(last.text));
  if (exp.currencies) out.push(...currencies(ctx.defaultCurrency, exp.units ? 100 : 0));
  const usual = USUAL_PERIOD[keyword] ?? 'monthly';
  exp.words.forEach((w, i) => {
    const isPeriod = PERIOD_DOC[w.label] !== undefined;
    const doc = (keyword === 'comply' ? regulationDoc(w.label) : undefined) ?? wordDoc(keyword, w.label) ?? (w.slot ? `${w.slot.label[0]!.toUpperCase()}${w.slot.label.slice(1)}: \`${w.shape}\`.` : `Part of \`${w.shape}\`.`);
    // What must come next first, then optional values (the usual period first among them), then the options.
    const tier = w.tier === 'required' ? 0 : w.tier === 'optional' ? 100 : 200;
    const rank = tier + (isPeriod && w.label === usual && w.tier !== 'option' ? 0 : 1 + i);
    out.push({ label: w.label, doc, rank, kind: w.kind });
  });
  return out.length ? out : undefined;
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
  const forms = fromForms(keyword, args, ctx);
  if (forms) return forms;
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
      if (n === 0) return uptimeLevels();
      return last?.kind === 'percent' ? periods('monthly') : [];
    case 'priority':
      if (n === 0) return words(PRIORITY_LEVELS);
      if (n === 1) return words(['respond'], 0, 'keyword');
      if (last?.text === 'respond' || last?.text === 'resolve') return words(['within'], 0, 'keyword');
      if (last?.text === 'within' && (texts[n - 2] === 'respond' || texts[n - 2] === 'resolve')) return incidentTimes(texts[n - 2]!, texts[0]);
      if (last?.kind === 'duration' && !has('resolve')) return words(['resolve'], 0, 'keyword');
      return [];
    case 'target':
      return n >= 2 && ['percent', 'number', 'duration'].includes(last!.kind) ? periods('daily') : [];
    case 'model':
      return n === 0 ? words(specOf(ctx.block, 'model')?.values ?? []) : [];
    case 'initial':
      return n === 0 ? words(['ends'], 0, 'keyword') : [];
    case 'renewal':
      if (n === 0) return words(['automatic', 'manual', 'none'], 10, 'value', [], 'renewal');
      return texts[0] === 'automatic' && last?.kind === 'duration' && !has('notice') ? words(['notice'], 0, 'keyword') : [];
    case 'for_convenience':
      if (n === 0) return words(WHO);
      if (n === 1) return words(['notice'], 0, 'keyword');
      return last?.kind === 'duration' && texts[n - 2] === 'notice' && !has('fee') ? words(['fee'], 0, 'keyword') : [];
    case 'for_cause':
      if (n === 0) return words(WHO.slice().reverse());
      return n === 1 ? words(['cure'], 0, 'keyword') : [];
    default:
      return [];
  }
}
