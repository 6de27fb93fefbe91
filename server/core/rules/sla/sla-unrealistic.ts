/** sla-unrealistic: a service level that cannot be delivered (100% uptime, resolution or response faster than the configured floor). */
import type { Rule } from '../../types.js';
import { formatMinutes, formatSpan } from '../../time.js';
import { isValidPercent, spanOf } from './sla-values.js';

export const slaUnrealistic: Rule = {
  code: 'sla-unrealistic',
  severity: 'warning',
  category: 'sla',
  protects: 'both',
  description: 'A service level cannot be delivered in practice, so it invites disputes instead of setting expectations.',
  check({ contracts, config, report }) {
    const { maxUptimePercent, minResolveMinutes, minRespondMinutes } = config.sla;
    for (const c of contracts) {
      for (const sla of c.slas) {
        for (const u of sla.uptimes) {
          if (!isValidPercent(u.value) || u.value.value < maxUptimePercent) continue;
          const limit = maxUptimePercent >= 100 ? 'No service is available 100% of the time, and maintenance alone breaks this promise' : `The configured ceiling for credible uptime is ${maxUptimePercent}%`;
          report({
            message: `\`uptime ${u.value.text}\` cannot be delivered (${limit}): promise a level the provider can meet and back with credits, e.g. \`uptime 99.9% monthly\`.`,
            span: u.value.span,
          });
        }
        // Only incident response and resolution have floors: `answer calls within
        // 30 seconds` is a normal service-desk promise, and `notify`, `updates` and
        // `root_cause` are the provider's own clock.
        for (const p of sla.priorities) {
          const level = p.level ? `\`${p.level.text}\` ` : '';
          // A promise must hold in every placement on the calendar, so the shortest
          // span counts: `4 business_hours` is 4 hours when started on Monday at 9:00.
          const shortest = (s: { min: number; max: number }) => (s.min === s.max ? '' : ` (as little as ${formatMinutes(s.min)}: ${formatSpan(s)}, depending on when the clock starts)`);
          const resolve = spanOf(p.resolve);
          if (p.resolve && resolve !== undefined && resolve.min < minResolveMinutes) {
            report({
              message: `Resolving ${level}incidents within ${p.resolve.text}${shortest(resolve)} is not credible (the fastest realistic resolution is ${formatMinutes(minResolveMinutes)}): promise a time the provider can meet, e.g. \`resolve within 4 hours\`.`,
              span: p.resolve.span,
            });
          }
          const respond = spanOf(p.respond);
          if (p.respond && respond !== undefined && respond.min < minRespondMinutes) {
            report({
              message: `Responding to ${level}incidents within ${p.respond.text}${shortest(respond)} is not credible (the fastest realistic response is ${formatMinutes(minRespondMinutes)}): promise a time the provider can meet, e.g. \`respond within 15 minutes\`.`,
              span: p.respond.span,
            });
          }
        }
      }
    }
  },
};
