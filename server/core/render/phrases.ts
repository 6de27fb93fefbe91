/**
 * Plain-English phrasing of contract values: durations, money, dates, periods
 * and names, shared by the renderer, the obligations list and the calendar.
 * Everything here returns plain text; escaping is the serialiser's business.
 */
import type { DurationUnit, Value } from '../../../grammar/index.js';
import type { CalendarDate } from '../time.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const UNIT_WORDS: Record<DurationUnit, [string, string]> = {
  second: ['second', 'seconds'],
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  business_hour: ['business hour', 'business hours'],
  day: ['day', 'days'],
  business_day: ['business day', 'business days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/** "1 January 2027": a calendar date in words, independent of the machine's locale. */
export function longDate(d: CalendarDate): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1] ?? '?'} ${d.year}`;
}

/** Groups the integer part of a number written in the contract ("12_500.00" → "12,500.00"), keeping its decimals as written. */
export function groupNumber(written: string): string {
  const clean = written.replace(/_/g, '');
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(clean);
  if (!m) return clean;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/** "15 minutes", "1 business day". */
export function durationPhrase(amount: number, unit: DurationUnit): string {
  const [one, many] = UNIT_WORDS[unit];
  return `${groupNumber(String(amount))} ${amount === 1 ? one : many}`;
}

/** Curly-quoted prose, as a contract quotes a defined phrase. */
export function quoted(s: string): string {
  return `“${s}”`;
}

/** A word of the language read aloud: `in_advance` → "in advance". */
export function wordPhrase(word: string): string {
  return word.replace(/_/g, ' ');
}

/** Any value in words; `undefined` reads as "(not stated)". */
export function valuePhrase(v: Value | undefined): string {
  if (!v) return '(not stated)';
  switch (v.kind) {
    case 'duration':
      return durationPhrase(v.amount, v.unit);
    case 'money':
      return `${groupNumber(v.text.slice(0, v.currencySpan.start - v.span.start).trim())} ${v.currency}`;
    case 'percent':
      return `${groupNumber(v.text.replace(/%$/, '').trim())}%`;
    case 'number':
      return groupNumber(v.text);
    case 'date':
      return v.valid ? longDate(v) : `${v.text} (not a real calendar date)`;
    case 'string':
    case 'textblock':
      return quoted(v.value);
    case 'coverage':
      return v.text === '24x7' ? '24 hours a day, 7 days a week' : v.text;
    case 'word':
      return wordPhrase(v.text);
    default:
      return v.text;
  }
}

/** "within 4 hours"; a value that is not a duration is quoted and called out as unmeasurable. */
export function withinPhrase(v: Value | undefined): string {
  if (!v) return 'within an unstated time';
  return v.kind === 'duration' ? `within ${valuePhrase(v)}` : `${valuePhrase(v)} (not a measurable time)`;
}

/** A period word of the language (`monthly`) as a rate ("per month"); `once` stays "once". */
export const PER_PERIOD: Readonly<Record<string, string>> = {
  hourly: 'per hour',
  daily: 'per day',
  weekly: 'per week',
  monthly: 'per month',
  quarterly: 'per quarter',
  yearly: 'per year',
  once: 'once',
};

/** A period word of the language (`monthly`) as a recurrence ("every month"); `once` stays "once". */
export const EACH_PERIOD: Readonly<Record<string, string>> = {
  hourly: 'every hour',
  daily: 'every day',
  weekly: 'every week',
  monthly: 'every month',
  quarterly: 'every quarter',
  yearly: 'every year',
  once: 'once',
};

const IN_PERIOD: Record<string, string> = {
  hourly: 'in each hour',
  daily: 'in each day',
  weekly: 'in each week',
  monthly: 'in each month',
  quarterly: 'in each quarter',
  yearly: 'in each year',
  once: 'once',
};

/** "per month" for `monthly`; another value is read as written. */
export function perPeriod(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  return v.kind === 'word' ? (PER_PERIOD[v.text] ?? `per ${wordPhrase(v.text)}`) : valuePhrase(v);
}

/** "every month" for `monthly`. */
export function everyPeriod(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  return v.kind === 'word' ? (EACH_PERIOD[v.text] ?? wordPhrase(v.text)) : valuePhrase(v);
}

/** "in each month" for `monthly`. */
export function inPeriod(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  return v.kind === 'word' ? (IN_PERIOD[v.text] ?? wordPhrase(v.text)) : valuePhrase(v);
}

/** Joins phrases as English does: "a", "a and b", "a, b and c". */
export function joinAnd(parts: readonly string[], conj = 'and'): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${conj} ${parts[parts.length - 1]}`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A name of the language made readable as a heading: `schedule_a` → "Schedule a". */
export function nameHeading(name: string): string {
  return capitalize(wordPhrase(name));
}

/** Who acts, from `client`, `provider` or `either`. */
export function whoPhrase(who: string | undefined): string {
  switch (who) {
    case 'client':
      return 'the Client';
    case 'provider':
      return 'the Provider';
    case 'either':
      return 'either party';
    default:
      return 'a party';
  }
}

/** Splits prose into paragraphs at blank lines and joins the wrapped lines of each paragraph. */
export function proseParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) =>
      p
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join(' '),
    )
    .filter((p) => p !== '');
}

/** "90 days'" or "1 month's", as in "90 days' notice". */
export function possessive(phrase: string): string {
  return phrase.endsWith('s') ? `${phrase}'` : `${phrase}'s`;
}

/** "at least 30 days' notice"; a value that is not a duration is quoted and called out. */
export function noticePhrase(v: Value | undefined): string {
  if (!v) return 'notice (no notice period is stated)';
  return v.kind === 'duration' ? `at least ${possessive(valuePhrase(v))} notice` : `notice of ${valuePhrase(v)} (not a measurable time)`;
}

/** A percentage computed by the renderer, with at most two decimals: 9.86, 25, 0.5. */
export function formatPercent(n: number): string {
  return `${Number(n.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
}

/** "a p1-priority incident", "a critical incident", "an incident". */
export function anIncident(level: string | undefined): string {
  if (!level) return 'an incident';
  const phrase = level === 'critical' ? 'critical incident' : `${wordPhrase(level)}-priority incident`;
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/**
 * The words of the language's closed value sets, read aloud. Each phrase
 * names what the word names and no more; a word missing here is read as
 * written (`wordPhrase`).
 */
export const WORD_PHRASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  slaExclusion: {
    force_majeure: 'force majeure events',
    client_caused: 'events caused by the Client',
    third_party: 'events caused by third parties',
    beta: 'beta features',
    scheduled_maintenance: 'scheduled maintenance',
    emergency_maintenance: 'emergency maintenance',
    suspension: 'suspension of the services',
    internet: 'internet outages',
  },
  loss: {
    indirect: 'indirect loss',
    consequential: 'consequential loss',
    special: 'special damages',
    punitive: 'punitive damages',
    lost_profits: 'loss of profits',
    lost_revenue: 'loss of revenue',
    lost_data: 'loss of data',
    lost_goodwill: 'loss of goodwill',
    business_interruption: 'business interruption',
  },
  carveOut: {
    confidentiality: 'breach of confidentiality',
    data_breach: 'data breaches',
    data_protection: 'breach of data-protection obligations',
    indemnity: 'the indemnities',
    gross_negligence: 'gross negligence',
    wilful_misconduct: 'wilful misconduct',
    fraud: 'fraud',
    death_injury: 'death or personal injury',
    ip_infringement: 'infringement of intellectual property',
    payment: 'payment of the fees',
  },
  indemnity: {
    ip_infringement: 'intellectual-property infringement',
    data_breach: 'data breaches',
    third_party_claims: 'third-party claims',
    regulatory_fines: 'regulatory fines',
    personal_injury: 'personal injury',
    property_damage: 'damage to property',
    breach_of_law: 'breach of law',
  },
  insurance: {
    cyber: 'cyber insurance',
    professional_indemnity: 'professional indemnity insurance',
    general_liability: 'general liability insurance',
    employers_liability: "employers' liability insurance",
    product_liability: 'product liability insurance',
    errors_omissions: 'errors and omissions insurance',
  },
  region: {
    EU: 'the European Union',
    EEA: 'the European Economic Area',
    UK: 'the United Kingdom',
    US: 'the United States',
    CH: 'Switzerland',
    CA: 'Canada',
    AU: 'Australia',
    NZ: 'New Zealand',
    JP: 'Japan',
    SG: 'Singapore',
    IN: 'India',
    BR: 'Brazil',
  },
  transfer: {
    scc: 'standard contractual clauses',
    adequacy: 'an adequacy decision',
    bcr: 'binding corporate rules',
  },
  changeTarget: {
    sla: 'the service levels',
    services: 'the services',
    policies: 'the policies',
    prices: 'the prices',
  },
  claimFrom: {
    month_end: 'the end of the month',
    incident: 'the incident',
    eligibility: 'the Client becomes eligible for the credit',
  },
};

/** A value of a closed word set in words (from {@link WORD_PHRASES}); strings are quoted. */
export function setPhrase(set: keyof typeof WORD_PHRASES, v: Value): string {
  if (v.kind === 'word') return WORD_PHRASES[set]?.[v.text] ?? wordPhrase(v.text);
  return valuePhrase(v);
}
