/** dp-no-breach-notice: the data-protection terms do not say how soon the provider reports a data breach. */
import type { Rule } from '../../types.js';
import { addToDataProtection, contractDeadlines } from './shared.js';

export const dpNoBreachNotice: Rule = {
  code: 'dp-no-breach-notice',
  severity: 'warning',
  category: 'data-protection',
  description: 'The data-protection terms do not say how soon the provider tells the client about a data breach.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.dataProtections[0];
      // No data_protection block at all is `missing-data-protection`'s.
      if (!first || c.dataProtections.some((d) => d.breachNotices.length)) continue;
      // Suggest the strictest deadline among the regulations the contract names; GDPR's 72 hours otherwise.
      const top = contractDeadlines(c)[0];
      const amount = top?.breachNotice.amount ?? 72;
      const unit = top?.breachNotice.unit === 'day' ? 'days' : 'hours';
      const why = top ? ` The contract names ${top.id}, which allows at most ${top.breachNotice.label}.` : '';
      report({
        message: `The data-protection terms do not say how soon the provider reports a data breach, so the client may learn of it too late to act or to meet its own legal deadlines.${why} Add a deadline, e.g. \`breach_notice within ${amount} ${unit}\`.`,
        span: first.stmt.lineSpan,
        fixes: addToDataProtection(parse, c, 'Add a breach-notice deadline', `breach_notice within \${1:${amount}} ${unit}`),
      });
    }
  },
};
