/** sla-inconsistent: an SLA contradicts itself (resolve before respond, credit tiers that do not grow, a cap below a single credit). */
import type { PercentValue } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { formatSpan } from '../../time.js';
import { isValidPercent, spanOf } from './sla-values.js';

export const slaInconsistent: Rule = {
  code: 'sla-inconsistent',
  severity: 'error',
  category: 'sla',
  description: 'An SLA contradicts itself, so the provider can always point to the reading that suits it.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        // Resolution cannot come before the response. Business time stretches over
        // nights and weekends, so this is a contradiction only when the resolution
        // is shorter in every placement on the calendar: its longest span is still
        // below the response's shortest (or, in the same unit, a smaller amount).
        for (const p of sla.priorities) {
          const respond = spanOf(p.respond);
          const resolve = spanOf(p.resolve);
          if (respond === undefined || resolve === undefined || p.resolve?.kind !== 'duration' || p.respond?.kind !== 'duration') continue;
          // Both clocks start at the same instant (the incident), so in the same unit
          // the shorter amount ends first in every placement.
          const shorter = p.resolve.unit === p.respond.unit ? p.resolve.amount < p.respond.amount : resolve.max < respond.min;
          if (!shorter) continue;
          const level = p.level ? `\`${p.level.text}\` ` : '';
          const stretch = (text: string, s: typeof respond) => (s.min === s.max ? text : `${text} (${formatSpan(s)})`);
          report({
            message: `The ${level}priority must be resolved within ${stretch(p.resolve.text, resolve)} but only responded to within ${stretch(p.respond.text, respond)}: an incident cannot be resolved before anyone responds. Make the resolution time at least the response time, e.g. \`respond within ${p.respond.text} resolve within ${p.respond.text}\` or longer.`,
            span: p.resolve.span,
          });
        }

        // Credit tiers: a lower `when below` threshold (worse service) must carry a higher credit.
        const tiers = sla.credits
          .filter((cr) => cr.trigger === 'below' && isValidPercent(cr.amount) && isValidPercent(cr.threshold))
          .map((cr) => ({ amount: cr.amount as PercentValue, threshold: cr.threshold as PercentValue }))
          .sort((a, b) => b.threshold.value - a.threshold.value || a.amount.span.start - b.amount.span.start);
        for (let i = 1; i < tiers.length; i++) {
          const better = tiers[i - 1]!;
          const worse = tiers[i]!;
          if (worse.threshold.value === better.threshold.value) {
            if (worse.amount.value === better.amount.value) continue;
            report({
              message: `Two credits apply below ${worse.threshold.text} (${better.amount.text} and ${worse.amount.text}), so it is unclear which is owed: keep one credit per threshold, e.g. \`credit 10% when below 99.9%\` and \`credit 25% when below 99.0%\`.`,
              span: worse.amount.span,
            });
          } else if (worse.amount.value <= better.amount.value) {
            report({
              message: `The credit below ${worse.threshold.text} (${worse.amount.text}) is not higher than the credit below ${better.threshold.text} (${better.amount.text}), so worse service costs the provider no more: make credits grow as service gets worse, e.g. \`credit 10% when below 99.9%\` then \`credit 25% when below 99.0%\`.`,
              span: worse.amount.span,
            });
          }
        }

        // A cap below a single credit makes that credit unpayable.
        const largest = sla.credits
          .map((cr) => cr.amount)
          .filter(isValidPercent)
          .reduce<PercentValue | undefined>((max, v) => (!max || v.value > max.value ? v : max), undefined);
        if (!largest) continue;
        for (const cap of sla.creditCaps) {
          if (!isValidPercent(cap.value) || cap.value.value >= largest.value) continue;
          report({
            message: `\`credit_cap ${cap.value.text}\` is below the single credit of ${largest.text}, so that credit can never be paid in full: raise the cap to at least ${largest.text}, or lower the credit.`,
            span: cap.value.span,
          });
        }
      }
    }
  },
};
