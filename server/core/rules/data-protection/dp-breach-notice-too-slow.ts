/** dp-breach-notice-too-slow: the personal-data breach notice is later than a regulation the contract complies with allows. */
import { formatMinutes } from '../../time.js';
import { deadlineMinutes, worstCaseMinutes } from '../../regulations.js';
import type { Rule } from '../../types.js';
import { choiceFix } from '../util.js';
import { contractDeadlines, isPersonalDataNotice } from './shared.js';

export const dpBreachNoticeTooSlow: Rule = {
  code: 'dp-breach-notice-too-slow',
  severity: 'error',
  category: 'data-protection',
  description: 'The personal-data breach notice is later than a regulation the contract complies with allows (GDPR and UK GDPR: 72 hours; HIPAA: 60 days).',
  protects: 'client',
  check({ contracts, report }) {
    for (const c of contracts) {
      const deadlines = contractDeadlines(c);
      if (!deadlines.length) continue;
      for (const dp of c.dataProtections) {
        for (const b of dp.breachNotices) {
          // The regulation deadlines are about personal-data breaches: a `security_incident` notice is another duty.
          if (!isPersonalDataNotice(b)) continue;
          // Bare numbers are `missing-unit`'s; words and strings are not deadlines at all.
          if (b.within?.kind !== 'duration') continue;
          const worst = worstCaseMinutes(b.within);
          const broken = deadlines.filter((r) => worst > deadlineMinutes(r.breachNotice));
          const strictest = broken[0];
          if (!strictest) continue;
          const d = strictest.breachNotice;
          const names = broken.map((r) => r.id).join(' and ');
          const business = b.within.unit === 'business_day' || b.within.unit === 'business_hour';
          const took = business
            ? `\`${b.within.text}\` can take up to ${formatMinutes(worst)} on the calendar (business time stops over weekends), `
            : `\`${b.within.text}\` is `;
          const newText = `${d.amount} ${d.unit === 'day' ? 'days' : 'hours'}`;
          const kind = b.kind ? `${b.kind.text} ` : '';
          report({
            message: `${took}longer than ${names} allow${broken.length === 1 ? 's' : ''} (${broken.length === 1 ? '' : `${strictest.id}: `}within ${d.label}): shorten the deadline to at most ${d.label}, e.g. \`breach_notice ${kind}within ${newText}\`.`,
            span: b.within.span,
            // The regulation sets the longest deadline; the parties may agree a shorter one, so the figure is a tab stop.
            fixes: [choiceFix(`Shorten to ${newText} (${strictest.id})`, b.within.span, `\${1:${d.amount}} ${d.unit === 'day' ? 'days' : 'hours'}`)],
            data: { regulation: strictest.id, deadline: d.label },
          });
        }
      }
    }
  },
};
