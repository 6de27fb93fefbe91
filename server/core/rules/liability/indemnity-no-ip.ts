/** indemnity-no-ip: software or SaaS services with no provider indemnity against intellectual-property infringement claims. */
import type { Rule } from '../../types.js';
import { addToLiability, appendTo, claimsOf, softwareServices } from './shared.js';

export const indemnityNoIp: Rule = {
  code: 'indemnity-no-ip',
  severity: 'info',
  category: 'liability',
  description: 'A `saas` or `software` service, and the provider does not indemnify the client against claims that it infringes intellectual property.',
  protects: 'client',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const services = softwareServices(c);
      const first = services[0];
      // Without a `liability` block, `missing-liability` reports the root (and its fix adds the indemnity).
      if (!first?.type || !c.liabilities.length) continue;
      const indemnities = claimsOf(c, 'indemnify').filter((i) => i.m.fields.who !== undefined && !Array.isArray(i.m.fields.who) && i.m.fields.who.text === 'provider');
      if (indemnities.some((i) => i.claims.includes('ip_infringement'))) continue;
      const names = services.map((s) => `\`${s.name?.text ?? 'service'}\` (${s.type?.value?.text})`).join(', ');
      const own = indemnities[0];
      const title = 'Add an IP infringement indemnity';
      report({
        message: `${services.length > 1 ? 'The services' : 'The service'} ${names} ${services.length > 1 ? 'are' : 'is'} software the client uses but does not own, with no provider indemnity against claims that ${services.length > 1 ? 'they infringe' : 'it infringes'} someone else's intellectual property: add \`indemnify provider for ip_infringement\`.`,
        span: first.type.stmt.lineSpan,
        // An indemnity is negotiated (its scope, its cap): offered, never applied by "fix all".
        fixes: own ? [appendTo(own.m.stmt, title, ', ip_infringement')] : addToLiability(parse, c, title, 'indemnify provider for ip_infringement'),
      });
    }
  },
};
