/** dp-no-breach-notice: the data-protection terms do not say how soon the provider reports a personal-data breach. */
import type { Rule } from '../../types.js';
import { addToDataProtection, contractDeadlines, isPersonalDataNotice } from './shared.js';

export const dpNoBreachNotice: Rule = {
  code: 'dp-no-breach-notice',
  severity: 'warning',
  category: 'data-protection',
  description: 'The data-protection terms do not say how soon the provider tells the client about a personal-data breach.',
  protects: 'client',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.dataProtections[0];
      // No data_protection block at all is `missing-data-protection`'s.
      if (!first || c.dataProtections.some((d) => d.breachNotices.some(isPersonalDataNotice))) continue;
      // A notice of security incidents only is another duty (see isPersonalDataNotice): say so.
      const incident = c.dataProtections.flatMap((d) => d.breachNotices)[0];
      // Suggest the strictest deadline among the regulations the contract names; GDPR's 72 hours otherwise.
      const top = contractDeadlines(c)[0];
      const amount = top?.breachNotice.amount ?? 72;
      const unit = top?.breachNotice.unit === 'day' ? 'days' : 'hours';
      const why = top ? ` (${top.id} allows at most ${top.breachNotice.label})` : '';
      const what = incident
        ? `The data-protection terms set a deadline only for security incidents (\`${parse.text.slice(incident.stmt.lineSpan.start, incident.stmt.lineSpan.end)}\`), not for a personal-data breach`
        : 'The data-protection terms do not say how soon the provider reports a data breach';
      report({
        message: `${what}${why}: add a deadline, e.g. \`breach_notice within ${amount} ${unit}\`.`,
        span: first.stmt.lineSpan,
        fixes: addToDataProtection(parse, c, 'Add a breach-notice deadline', `breach_notice within \${1:${amount}} ${unit}`),
      });
    }
  },
};
