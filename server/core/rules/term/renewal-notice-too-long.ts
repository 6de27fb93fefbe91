/** renewal-notice-too-long: the notice of non-renewal is longer than the renewal period itself. */
import { calendarSpanMinutes, formatSpan } from '../../time.js';
import type { Rule } from '../../types.js';

/** A notice example that fits a renewal period: about a quarter of it, at most 60 days. */
function suggestedNoticeDays(periodMinutes: number): number {
  return Math.max(1, Math.min(60, Math.floor(periodMinutes / 1440 / 4)));
}

export const renewalNoticeTooLong: Rule = {
  code: 'renewal-notice-too-long',
  severity: 'warning',
  category: 'term',
  protects: 'client',
  description: 'The notice of non-renewal is longer than the renewal period, so the renewal can hardly ever be stopped in time.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const t of c.terms) {
        const r = t.renewal;
        // Bare numbers and words are other rules' business (`missing-unit`).
        if (r?.mode?.text !== 'automatic' || r.period?.kind !== 'duration' || r.notice?.kind !== 'duration') continue;
        // Both are converted through the calendar model and the worst case counts:
        // the notice is too long when its longest calendar span exceeds the shortest
        // span of the renewal period. The same unit on both sides (and months against
        // years) is the same calendar, so those are compared as amounts.
        const months = (d: { amount: number; unit: string }) => (d.unit === 'year' ? d.amount * 12 : d.unit === 'month' ? d.amount : undefined);
        const same = r.period.unit === r.notice.unit;
        const pm = same ? r.period.amount : months(r.period);
        const nm = same ? r.notice.amount : months(r.notice);
        const period = calendarSpanMinutes(r.period);
        const notice = calendarSpanMinutes(r.notice);
        if (pm !== undefined && nm !== undefined ? nm <= pm : notice.max <= period.min) continue;
        const days = suggestedNoticeDays(period.min);
        report({
          message: `The notice of non-renewal (\`${r.notice.text}\`, ${formatSpan(notice)}) can be longer than the renewal period itself (\`${r.period.text}\`, ${formatSpan(period)}), so each renewal term starts before notice can be given for it and the agreement can hardly ever be stopped: make the notice shorter than the renewal period, e.g. \`notice ${days} day${days === 1 ? '' : 's'}\`.`,
          span: r.notice.span,
        });
      }
    }
  },
};
