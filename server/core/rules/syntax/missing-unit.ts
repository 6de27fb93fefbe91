/** missing-unit: a bare number where a duration or a percentage is needed. */
import { DURATION_UNITS, fieldValue, nearest, PERIOD_WORDS, type BlockNode, type ContractNode, type DurationValue, type SlaNode, type ParseResult, type Statement, type Value } from '../../../../grammar/index.js';
import { durationMinutes } from '../../time.js';
import { contractDeadlines, isPersonalDataNotice } from '../data-protection/shared.js';
import { perParse } from '../per-parse.js';
import { findLexiconMatches } from '../../lexicon.js';
import type { Fix, Rule } from '../../types.js';
import { choiceFix, mechanicalFix } from '../util.js';

/**
 * What a slot needs: a percentage, a duration with the units most likely meant
 * (the first is suggested first), or a credit, which is a percentage of the period's
 * fee or days of service (`prefer` says which the SLA's other credits use).
 */
type Need =
  | { kind: 'percent'; what: string }
  | { kind: 'duration'; what: string; units: string[]; atLeast?: number; atMost?: number }
  | { kind: 'credit'; what: string; prefer: 'percent' | 'days' | 'either' };

interface Slot {
  value: Value | undefined;
  stmt: Statement;
  need: Need;
  /** True where another rule reports values that are not numbers at all (`sla-unmeasurable`, `payment-no-due-date`). */
  sla?: boolean;
}

const pct = (what: string): Need => ({ kind: 'percent', what });
const dur = (what: string, ...units: string[]): Extract<Need, { kind: 'duration' }> => ({ kind: 'duration', what, units });

/**
 * The version-2 duration and percentage slots, by block statement and field
 * name (see the forms in grammar/schema.ts), read from the statements' meanings.
 */
const MEANING_SLOTS: Record<string, Record<string, Need>> = {
  claim: { within: dur('A claim window', 'days', 'business_days') },
  credit: {
    limit: dur('The response or resolution limit of a credit', 'minutes', 'hours'),
    block: dur('A block of downtime', 'minutes', 'hours'),
    minimum: dur('A minimum outage', 'minutes', 'hours'),
  },
  maintenance: { max: dur('A maintenance allowance', 'hours', 'minutes'), notice: dur('A maintenance notice', 'days', 'hours') },
  chronic_failure: { threshold: pct('A chronic-failure threshold'), for: dur('A chronic-failure period', 'months'), of: dur('A chronic-failure period', 'months') },
  answer: { within: dur('An answer time', 'seconds', 'minutes') },
  notify: { within: dur('An outage notice', 'minutes', 'hours') },
  updates: { every: dur('An update interval', 'minutes', 'hours') },
  root_cause: { within: dur('A root-cause deadline', 'business_days', 'days') },
  price_increase: { cap: pct('A price-increase cap'), step: pct('A price step'), notice: dur('A price-increase notice', 'days', 'months') },
  suspension: { after: dur('A suspension grace period', 'days', 'business_days'), notice: dur('A suspension notice', 'days', 'business_days') },
  disputes: { within: dur('A dispute window', 'days', 'business_days') },
  delete_data: { within: dur('A deletion period', 'days', 'business_days') },
  subprocessors: { notify: dur('A subprocessor notice', 'days') },
  audit: { notice: dur('An audit notice', 'days', 'business_days') },
  extension: { duration: dur('An extension', 'months', 'years'), notice: dur('An extension notice', 'days', 'months') },
  provider: { notice: dur('A change notice', 'days', 'months') },
  client: { notice: dur('A termination notice', 'days', 'months') },
  milestone: { acceptance: dur('An acceptance period', 'business_days', 'days') },
};

/** MEANING_SLOTS as lists, built once: the walk below runs for every statement of every file. */
const MEANING_SLOT_LIST = new Map(Object.entries(MEANING_SLOTS).map(([keyword, slots]) => [keyword, Object.entries(slots)]));

/** The version-2 slots of one block's statements. */
function meaningSlots(blocks: readonly BlockNode[], add: (stmt: Statement, value: Value | undefined, need: Need) => void): void {
  for (const b of blocks) {
    for (const m of b.items) {
      const slots = MEANING_SLOT_LIST.get(m.keyword);
      if (!slots) continue;
      for (const [name, need] of slots) {
        const v = fieldValue(m.fields, name);
        // An option written without its value holds its own keyword (`notice` alone): nothing to add a unit to.
        if (!mayLackUnit(v) || (v.kind === 'word' && v.text === name)) continue;
        // `price_increase cap`: a word or words in quotes in the version-1 cap are reported as in version 1.
        add(m.stmt, v, need);
      }
    }
  }
}

/**
 * The unit a credit or credit cap most likely lacks: the unit of the SLA's
 * other credits (a percentage, as in version 1, or days of service), or
 * either when they do not tell.
 */
function creditNeed(what: string, sla: SlaNode): Need {
  const written = [...sla.credits.map((c) => c.amount), ...sla.creditCaps.map((c) => c.value)];
  const days = written.some((v) => v?.kind === 'duration');
  const percent = written.some((v) => v?.kind === 'percent');
  return { kind: 'credit', what, prefer: days === percent ? 'either' : days ? 'days' : 'percent' };
}

/**
 * True for a value this rule or `vague-term` looks at in a slot: a bare
 * number, a word, or words in quotes. A value with its unit (or a date, or
 * nothing) needs no slot, so its need is never worked out.
 */
function mayLackUnit(v: Value | undefined): v is Value {
  if (v === undefined) return false;
  const k = v.kind;
  return k === 'number' || k === 'word' || k === 'string' || k === 'textblock';
}

/**
 * Every slot of a contract that takes a duration or a percentage and holds a
 * value that may lack its unit (see {@link mayLackUnit}). A need is given as
 * a function where working it out costs more than a few objects.
 */
function slots(c: ContractNode): Slot[] {
  const out: Slot[] = [];
  const add = (stmt: Statement, value: Value | undefined, need: Need | (() => Need), sla = false) => {
    if (mayLackUnit(value)) out.push({ stmt, value, need: typeof need === 'function' ? need() : need, sla });
  };
  for (const sla of c.slas) {
    for (const u of sla.uptimes) add(u.stmt, u.value, pct('An uptime'), true);
    for (const p of sla.priorities) {
      // A unit that would make the response slower than the resolution (or the reverse) is not offered.
      const minutes = (v: Value | undefined) => (v?.kind === 'duration' ? durationMinutes(v) : undefined);
      add(p.stmt, p.respond, () => ({ ...dur('A response time', 'minutes', 'hours', 'business_hours'), atMost: minutes(p.resolve) }), true);
      add(p.stmt, p.resolve, () => ({ ...dur('A resolution time', 'hours', 'business_days', 'minutes'), atLeast: minutes(p.respond) }), true);
    }
    for (const cr of sla.credits) {
      // Which unit a credit lacks is worked out only for a value that lacks one (it reads the SLA's other credits).
      add(cr.stmt, cr.amount, () => creditNeed('A service credit', sla));
      add(cr.stmt, cr.threshold, () => pct('A credit threshold'));
    }
    for (const cap of sla.creditCaps) add(cap.stmt, cap.value, () => creditNeed('A credit cap', sla));
  }
  for (const p of c.payments) {
    for (const d of p.dues) add(d.stmt, d.value, () => dur('A payment term', 'days', 'business_days'), true);
    for (const l of p.lateFees) {
      // `late_fee 50 once` is a sum of money missing its currency (payment-no-currency); otherwise it is a rate.
      if (l.period?.kind === 'word' && l.period.text === 'once') continue;
      add(l.stmt, l.amount, () => pct('A late-payment rate'));
    }
  }
  // A personal-data breach notice longer than the strictest deadline of the regulations named is not offered.
  const deadline = () => Math.min(...contractDeadlines(c).flatMap((r) => (r.breachNotice ? [durationMinutes(r.breachNotice)] : [])));
  for (const d of c.dataProtections) {
    for (const b of d.breachNotices) {
      add(b.stmt, b.within, () => {
        const strictest = isPersonalDataNotice(b) ? deadline() : Infinity;
        return { ...dur('A breach-notice period', 'hours', 'days'), atMost: Number.isFinite(strictest) ? strictest : undefined };
      });
    }
    for (const r of d.returnData) add(r.stmt, r.within, () => dur('A data-return period', 'days', 'business_days'));
  }
  for (const t of c.terms) {
    if (t.initial) add(t.initial.stmt, t.initial.duration, () => dur('An initial term', 'months', 'years'));
    if (t.renewal) {
      // A renewal with no mode (`renewal maybe`) is a syntax error on that word: it is not read as a period too.
      if (t.renewal.mode) add(t.renewal.stmt, t.renewal.period, () => dur('A renewal period', 'months', 'years'));
      add(t.renewal.stmt, t.renewal.notice, () => dur('A notice period', 'days', 'months'));
    }
  }
  for (const t of c.terminations) {
    for (const f of t.forConvenience) add(f.stmt, f.notice, () => dur('A notice period', 'days', 'months'));
    for (const f of t.forCause) add(f.stmt, f.cure, () => dur('A cure period', 'days', 'business_days'));
    for (const f of t.transitions) add(f.stmt, f.duration, () => dur('A transition period', 'days', 'months'));
  }
  const v2 = (stmt: Statement, value: Value | undefined, need: Need) => add(stmt, value, need);
  meaningSlots(c.slas, v2);
  meaningSlots(c.payments, v2);
  meaningSlots(c.dataProtections, v2);
  meaningSlots(c.terms, v2);
  meaningSlots(c.changes, v2);
  meaningSlots(c.milestones, v2);
  return out;
}

/**
 * The start offsets of the strings that stand where a duration or a
 * percentage is needed. Each is reported once, by the rule that knows the
 * slot (this one, `sla-unmeasurable` or `payment-no-due-date`), so
 * `vague-term` leaves a vague phrase in it alone: one problem, one diagnostic.
 */
export function unitSlotStrings(parse: ParseResult, contracts: readonly ContractNode[]): Set<number> {
  const out = new Set<number>();
  for (const c of contracts) for (const { value } of slotsOf(parse, c)) if (value?.kind === 'string' || value?.kind === 'textblock') out.add(value.span.start);
  return out;
}

const SLOTS_KEY = {};
/** The slots of each contract, read once per parse (this rule and `vague-term` both need them). */
function slotsOf(parse: ParseResult, c: ContractNode): Slot[] {
  const all = perParse(parse, SLOTS_KEY, () => new Map<ContractNode, Slot[]>());
  let out = all.get(c);
  if (!out) all.set(c, (out = slots(c)));
  return out;
}

/** Common abbreviations of duration units, mapped to the plural unit (grammar/build.ts UNIT_ABBREVIATION knows the same words). */
const ABBREVIATIONS: Record<string, string> = {
  sec: 'seconds',
  secs: 'seconds',
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  d: 'days',
  bd: 'business_days',
  wk: 'weeks',
  wks: 'weeks',
  mo: 'months',
  mos: 'months',
  mth: 'months',
  mths: 'months',
  y: 'years',
  yr: 'years',
  yrs: 'years',
};

/** The unit a misspelt or abbreviated word most likely means, in the number's grammatical number. */
function unitFor(word: string, amount: number): string | undefined {
  const lowered = word.toLowerCase();
  const plural = ABBREVIATIONS[lowered] ?? nearest(lowered, Object.keys(DURATION_UNITS).filter((u) => u.endsWith('s')).concat(Object.keys(DURATION_UNITS).filter((u) => !u.endsWith('s'))));
  if (!plural) return undefined;
  const unit = DURATION_UNITS[plural];
  if (!unit) return undefined;
  return amount === 1 ? unit : `${unit}s`;
}

/** The phrase with its first letter in lower case. */
function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The value written right after `v` in its statement, if any. */
function following(stmt: Statement, v: Value): Value | undefined {
  const i = stmt.args.indexOf(v);
  return i < 0 ? undefined : stmt.args[i + 1];
}

export const missingUnit: Rule = {
  code: 'missing-unit',
  severity: 'error',
  category: 'syntax',
  protects: 'both',
  description: 'A bare number where a duration (such as `30 days`) or a percentage (such as `99.9%`) is needed.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      for (const { value, stmt, need, sla } of slotsOf(parse, c)) {
        if (!sla && (value?.kind === 'string' || value?.kind === 'textblock' || value?.kind === 'word')) {
          // Words where a number is needed (`notice "sixty days"`) cannot be computed with either.
          const example =
            need.kind === 'duration' ? `\`30 ${need.units[0]}\`` : need.kind === 'credit' && need.prefer !== 'percent' ? (need.prefer === 'days' ? '`3 days`' : '`5%` or `3 days`') : '`5%`';
          // A vague phrase in it ("without undue delay") is named here, not reported again by `vague-term`.
          const vague = value.kind === 'word' ? undefined : findLexiconMatches(value.value).find((m) => m.entry.code === 'vague-term');
          const what = value.kind === 'word' ? `the word \`${value.text}\`` : vague ? `"${vague.text.replace(/\s+/g, ' ')}" is vague, and words in quotes` : 'words in quotes';
          // `price_increase cap "Consumer Price Index"`: an increase that follows an index has its own form.
          const index = stmt.keyword === 'price_increase' && need.what === 'A price-increase cap' ? ' (to follow a price index, write price_increase index CPI cap 5%)' : '';
          report({
            message: `${need.what} must be a number with its unit, e.g. ${example}; ${what} cannot be counted or checked${index}.`,
            span: value.span,
            data: { need: need.kind, ...(vague ? { phrase: vague.text } : {}) },
          });
          continue;
        }
        if (value?.kind !== 'number') continue;
        const n = value.text;
        const at = { start: value.span.end, end: value.span.end };
        if (need.kind === 'percent' || (need.kind === 'credit' && need.prefer === 'percent')) {
          report({
            message: `\`${n}\` has no unit: ${lower(need.what)} is a percentage, so write \`${n}%\`.`,
            span: value.span,
            // Only a percentage fits here (or the SLA's other credits are percentages): adding % is mechanical.
            fixes: [mechanicalFix(`Add % (${n}%)`, [{ span: at, newText: '%' }])],
            data: { need: 'percent' },
          });
          continue;
        }
        if (need.kind === 'credit') {
          // A credit is a share of the period's fee or days of service; the SLA's other credits say which is meant.
          const days = value.value === 1 ? 'day' : 'days';
          // When the SLA's other credits are days of service, days is what the contract uses; otherwise the unit is a choice.
          const asPercent = choiceFix(`Add % (${n}%)`, at, '${1:%}');
          const asDays = need.prefer === 'days' ? mechanicalFix(`Add ${days} (${n} ${days})`, [{ span: at, newText: ` ${days}` }]) : choiceFix(`Add ${days} (${n} ${days})`, at, ` \${1:${days}}`);
          const ordered = need.prefer === 'days' ? [asDays, asPercent] : [asPercent, asDays];
          report({
            message:
              need.prefer === 'days'
                ? `\`${n}\` has no unit: the other credits of this SLA are days of service, so write \`${n} ${days}\` (or \`${n}%\` for a share of the period's fee).`
                : `\`${n}\` has no unit: ${lower(need.what)} is a percentage of the period's fee or days of service, so write \`${n}%\` or \`${n} ${days}\`.`,
            span: value.span,
            fixes: ordered,
            data: { need: 'credit' },
          });
          continue;
        }
        const fixes: Fix[] = [];
        // A misspelt unit right after the number (`15 mins`) is most likely what was meant.
        const next = following(stmt, value);
        // A period word after it (`maintenance max 4 monthly`) is the statement's period, not a misspelt unit.
        const typo = next?.kind === 'word' && !(PERIOD_WORDS as readonly string[]).includes(next.text) ? unitFor(next.text, value.value) : undefined;
        if (next && typo) {
          fixes.push(mechanicalFix(`Change \`${next.text}\` to \`${typo}\``, [{ span: next.span, newText: typo }]));
        }
        const fits = (u: string) => {
          const minutes = durationMinutes({ amount: value.value, unit: u.replace(/s$/, '') as DurationValue['unit'] });
          return !(need.atLeast !== undefined && minutes < need.atLeast) && !(need.atMost !== undefined && minutes > need.atMost);
        };
        const units = need.units.filter(fits);
        (units.length ? units : need.units).forEach((u) => {
          const unit = value.value === 1 ? u.replace(/s$/, '') : u;
          if (next && typo) {
            // The misspelt word is replaced, not kept after the unit (`4 hours hrs`).
            if (unit !== typo) fixes.push(choiceFix(`Change ${next.text} to ${unit} (${n} ${unit})`, next.span, `\${1:${unit}}`));
            return;
          }
          // `30` may be days, business days or months: the unit is the drafter's choice, a tab stop.
          fixes.push(choiceFix(`Add ${unit} (${n} ${unit})`, at, ` \${1:${unit}}`));
        });
        const examples = need.units.slice(0, 2).map((u) => `\`${n} ${value.value === 1 ? u.replace(/s$/, '') : u}\``);
        const unknownUnit = next && typo ? ` (\`${next.text}\` is not a unit: did you mean \`${typo}\`?)` : '';
        report({
          message: `\`${n}\` has no unit${unknownUnit}: ${lower(need.what)} is a duration, so say what is counted, e.g. ${examples.join(' or ')}.`,
          span: value.span,
          fixes,
          data: { need: 'duration', units: need.units, ...(typo ? { suggestion: typo } : {}) },
        });
      }
    }
  },
};
