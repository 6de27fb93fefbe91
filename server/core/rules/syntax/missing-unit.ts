/** missing-unit: a bare number where a duration or a percentage is needed. */
import { DURATION_UNITS, nearest, type ContractNode, type Statement, type Value } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';

/** What a slot needs: a percentage, or a duration with the units most likely meant (the first is preferred). */
type Need = { kind: 'percent'; what: string } | { kind: 'duration'; what: string; units: string[] };

interface Slot {
  value: Value | undefined;
  stmt: Statement;
  need: Need;
  /** True where another rule reports values that are not numbers at all (`sla-unmeasurable`, `payment-no-due-date`). */
  sla?: boolean;
}

const pct = (what: string): Need => ({ kind: 'percent', what });
const dur = (what: string, ...units: string[]): Need => ({ kind: 'duration', what, units });

/** Every slot of a contract that takes a duration or a percentage. */
function slots(c: ContractNode): Slot[] {
  const out: Slot[] = [];
  const add = (stmt: Statement, value: Value | undefined, need: Need, sla = false) => out.push({ stmt, value, need, sla });
  for (const sla of c.slas) {
    for (const u of sla.uptimes) add(u.stmt, u.value, pct('An uptime'), true);
    for (const p of sla.priorities) {
      add(p.stmt, p.respond, dur('A response time', 'minutes', 'hours', 'business_hours'), true);
      add(p.stmt, p.resolve, dur('A resolution time', 'hours', 'business_days', 'minutes'), true);
    }
    for (const cr of sla.credits) {
      add(cr.stmt, cr.amount, pct('A service credit'));
      add(cr.stmt, cr.threshold, pct('A credit threshold'));
    }
    for (const cap of sla.creditCaps) add(cap.stmt, cap.value, pct('A credit cap'));
  }
  for (const p of c.payments) {
    for (const d of p.dues) add(d.stmt, d.value, dur('A payment term', 'days', 'business_days'), true);
    for (const l of p.lateFees) {
      // `late_fee 50 once` is a sum of money missing its currency (payment-no-currency); otherwise it is a rate.
      if (l.period?.kind === 'word' && l.period.text === 'once') continue;
      add(l.stmt, l.amount, pct('A late-payment rate'));
    }
    for (const i of p.priceIncreases) if (i.capped) add(i.stmt, i.cap, pct('A price-increase cap'));
  }
  for (const d of c.dataProtections) {
    for (const b of d.breachNotices) add(b.stmt, b.within, dur('A breach-notice period', 'hours', 'days'));
    for (const r of d.returnData) add(r.stmt, r.within, dur('A data-return period', 'days', 'business_days'));
  }
  for (const t of c.terms) {
    if (t.initial) add(t.initial.stmt, t.initial.duration, dur('An initial term', 'months', 'years'));
    if (t.renewal) {
      add(t.renewal.stmt, t.renewal.period, dur('A renewal period', 'months', 'years'));
      add(t.renewal.stmt, t.renewal.notice, dur('A notice period', 'days', 'months'));
    }
  }
  for (const t of c.terminations) {
    for (const f of t.forConvenience) add(f.stmt, f.notice, dur('A notice period', 'days', 'months'));
    for (const f of t.forCause) add(f.stmt, f.cure, dur('A cure period', 'days', 'business_days'));
    for (const f of t.transitions) add(f.stmt, f.duration, dur('A transition period', 'days', 'months'));
  }
  return out;
}

/** Common abbreviations of duration units, mapped to the plural unit. */
const ABBREVIATIONS: Record<string, string> = {
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
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const { value, stmt, need, sla } of slots(c)) {
        if (!sla && (value?.kind === 'string' || value?.kind === 'textblock' || value?.kind === 'word')) {
          // Words where a number is needed (`notice "sixty days"`) cannot be computed with either.
          const example = need.kind === 'percent' ? '`5%`' : `\`30 ${need.units[0]}\``;
          report({
            message: `${need.what} must be a number with its unit, e.g. ${example}; ${value.kind === 'word' ? `the word \`${value.text}\`` : 'words in quotes'} cannot be counted or checked.`,
            span: value.span,
            data: { need: need.kind },
          });
          continue;
        }
        if (value?.kind !== 'number') continue;
        const n = value.text;
        const at = { start: value.span.end, end: value.span.end };
        if (need.kind === 'percent') {
          report({
            message: `\`${n}\` has no unit: ${lower(need.what)} is a percentage, so write \`${n}%\`.`,
            span: value.span,
            fixes: [{ title: `Add % (${n}%)`, edits: [{ span: at, newText: '%' }], preferred: true }],
            data: { need: 'percent' },
          });
          continue;
        }
        const fixes: Fix[] = [];
        // A misspelt unit right after the number (`15 mins`) is most likely what was meant.
        const next = following(stmt, value);
        const typo = next?.kind === 'word' ? unitFor(next.text, value.value) : undefined;
        if (next && typo) {
          fixes.push({ title: `Change \`${next.text}\` to \`${typo}\``, edits: [{ span: next.span, newText: typo }], preferred: true });
        }
        need.units.forEach((u, i) => {
          const unit = value.value === 1 ? u.replace(/s$/, '') : u;
          fixes.push({ title: `Add ${unit} (${n} ${unit})`, edits: [{ span: at, newText: ` ${unit}` }], preferred: i === 0 && fixes.length === 0 ? true : undefined });
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
