/**
 * family-term-exceeds-master: a child's term runs past the end of its
 * master's, so for its last months it has no master terms (liability, data
 * protection, payment terms) to stand on.
 */
import type { ContractNode, TermNode } from '../../../../grammar/index.js';
import { addDays, compareDates, formatDate, fromDateValue, termEnd, type CalendarDate } from '../../time.js';
import type { Rule } from '../../types.js';
import { refLabel, thisKind } from './shared.js';

/** The last day of an initial term, counted from `start`; undefined when it cannot be told. */
function initialEnd(term: TermNode | undefined, start: CalendarDate | undefined): CalendarDate | undefined {
  const initial = term?.initial;
  if (!initial) return undefined;
  if (initial.ends) return fromDateValue(initial.ends);
  const d = initial.duration;
  if (!start || d?.kind !== 'duration' || !(d.amount > 0)) return undefined;
  return termEnd(start, d);
}

/**
 * The last day the master can run: its initial term plus every extension
 * option; undefined when it has no fixed end (it runs until terminated,
 * renews automatically, or states no term or date).
 */
function masterEnd(master: ContractNode): CalendarDate | undefined {
  const term = master.terms[0];
  if (!term || master.terms.some((t) => t.items.some((m) => m.keyword === 'until_terminated') || t.renewal?.mode?.text === 'automatic')) return undefined;
  const start = fromDateValue(master.effective?.date);
  let end = initialEnd(term, start);
  if (!end) return undefined;
  for (const t of master.terms) {
    for (const m of t.items) {
      if (m.keyword !== 'extension') continue;
      const d = m.fields.duration;
      if (Array.isArray(d) || d?.kind !== 'duration' || !(d.amount > 0)) return undefined;
      // An extension starts the day after the term it extends.
      end = termEnd(addDays(end, 1), d);
    }
  }
  return end;
}

export const familyTermExceedsMaster: Rule = {
  code: 'family-term-exceeds-master',
  severity: 'warning',
  category: 'family',
  protects: 'both',
  description: "A document under a master runs past the end of the master's term.",
  check({ family, report }) {
    if (!family) return;
    for (const f of family.list) {
      const master = f.master?.contract;
      if (f.status !== 'found' || !master) continue;
      const own = f.written.terms.find((t) => t.initial);
      if (!own?.initial) continue;
      const limit = masterEnd(master);
      if (!limit) continue;
      const start = fromDateValue(f.written.effective?.date) ?? fromDateValue(master.effective?.date);
      const end = initialEnd(own, start);
      if (!end || compareDates(end, limit) <= 0) continue;
      report({
        message: `${thisKind(f)} runs until ${formatDate(end)}, past the end of its master ${refLabel(f.master!)} on ${formatDate(limit)}: end it by then, or extend the master first. After the master ends, nothing of it (liability, data protection, payment terms) covers this document.`,
        span: own.initial.stmt.lineSpan,
        data: { end: formatDate(end), masterEnd: formatDate(limit) },
      });
    }
  },
};
