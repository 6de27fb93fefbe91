/** renewal-notice-too-long: the notice of non-renewal is longer than the renewal period itself. */
import { calendarSpanMinutes, formatSpan } from '../../time.js';
import type { Rule } from '../../types.js';
import { noticeExceedsPeriod, timedAutomaticRenewals } from './shared.js';

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
      for (const r of timedAutomaticRenewals(c)) {
        if (!noticeExceedsPeriod(r)) continue;
        const period = calendarSpanMinutes(r.period);
        const notice = calendarSpanMinutes(r.notice);
        const days = suggestedNoticeDays(period.min);
        report({
          message: `The notice of non-renewal (\`${r.notice.text}\`, ${formatSpan(notice)}) can be longer than the renewal period itself (\`${r.period.text}\`, ${formatSpan(period)}): make the notice shorter than the renewal period, e.g. \`notice ${days} day${days === 1 ? '' : 's'}\`.`,
          span: r.notice.span,
        });
      }
    }
  },
};
