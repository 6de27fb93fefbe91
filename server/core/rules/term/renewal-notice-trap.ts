/** renewal-notice-trap: an automatic renewal whose notice window is longer than the policy allows (60 days by default). */
import { calendarSpanMinutes, formatSpan } from '../../time.js';
import type { Rule } from '../../types.js';
import { noticeExceedsPeriod, timedAutomaticRenewals } from './shared.js';

const DAY = 1440;

export const renewalNoticeTrap: Rule = {
  code: 'renewal-notice-trap',
  severity: 'warning',
  category: 'term',
  protects: 'client',
  description: 'An automatic renewal must be stopped by a notice given longer in advance than the policy allows, so the agreement renews before anyone thinks of it.',
  check({ config, contracts, report }) {
    const maxDays = config.policy.maxRenewalNoticeDays;
    const limit = maxDays * DAY;
    const position = config.policySet.includes('maxRenewalNoticeDays')
      ? `your policy maxRenewalNoticeDays (${maxDays} days)`
      : `${maxDays} days, the usual most a buyer accepts`;
    for (const c of contracts) {
      // Automatic renewals only: a manual renewal or an extension needs a decision to continue, not one to stop.
      for (const r of timedAutomaticRenewals(c)) {
        // A notice longer than the renewal period itself is `renewal-notice-too-long`, the graver
        // form of the same trap at the same place: one problem, one diagnostic.
        if (noticeExceedsPeriod(r)) continue;
        // The worst case counts: the longest calendar span the notice can take (`3 months` is 89–92 days).
        const notice = calendarSpanMinutes(r.notice);
        if (r.notice.unit === 'day' ? r.notice.amount <= maxDays : notice.max <= limit) continue;
        const length = notice.min === notice.max ? '' : ` (${formatSpan(notice)})`;
        const days = `${maxDays} day${maxDays === 1 ? '' : 's'}`;
        report({
          message: `The notice of non-renewal, \`${r.notice.text}\`${length} before each term ends or the agreement renews for another \`${r.period.text}\`, is longer than ${position}: shorten the notice to at most ${days}, e.g. \`notice ${days}\`.`,
          span: r.notice.span,
          // The notice is negotiated: the policy's own figure is offered, never applied by "fix all".
          fixes: [{ title: `Shorten the notice to ${days}`, edits: [{ span: r.notice.span, newText: days }], snippet: `\${1:${maxDays}} days`, preferred: false }],
          data: { policyKey: 'maxRenewalNoticeDays', position: maxDays },
        });
      }
    }
  },
};
