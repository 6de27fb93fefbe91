/** sla-credit-below-commitment: the mildest availability credit starts below the uptime promised, so the gap between them is a promise with no remedy. */
import type { PercentValue, UptimeNode } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { choiceFix } from '../util.js';
import { isValidPercent, promisedUptimes, slaLabel } from './sla-values.js';

export const slaCreditBelowCommitment: Rule = {
  code: 'sla-credit-below-commitment',
  severity: 'warning',
  category: 'sla',
  protects: 'client',
  description: 'The mildest service credit starts below the uptime the SLA promises, so missing the promise by a little costs nothing.',
  check({ config, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        // Availability tiers only: `credit … when below X`. A credit per block of
        // downtime or per breach already pays for every missed minute or target.
        if (sla.credits.some((cr) => cr.trigger === 'per_block' || cr.trigger === 'per_breach')) continue;
        let threshold: PercentValue | undefined;
        for (const cr of sla.credits) {
          if (cr.trigger === 'below' && isValidPercent(cr.threshold) && (!threshold || cr.threshold.value > threshold.value)) threshold = cr.threshold;
        }
        if (!threshold) continue;
        // An uptime of 100% or more is `sla-unrealistic`'s; the strictest credible promise counts.
        let strictest: UptimeNode & { value: PercentValue } | undefined;
        for (const u of promisedUptimes(sla, config.sla.maxUptimePercent)) if (!strictest || u.value.value > strictest.value.value) strictest = u;
        if (!strictest || threshold.value >= strictest.value.value) continue;
        const promise = strictest.value;
        const uptime = `uptime ${promise.text}${strictest.period ? ` ${strictest.period.text}` : ''}`;
        // Moving the mildest tier up to the promise keeps the tiers growing; whether the
        // provider accepts that is negotiated, so the fix is never preferred.
        const fix = choiceFix(`Start the first credit at ${promise.text}`, threshold.span, `\${1:${promise.text.replace(/%$/, '')}}%`);
        report({
          message: `${slaLabel(sla)} promises \`${uptime}\`, but its mildest credit starts only below ${threshold.text}: start the credits at the promised level, e.g. \`credit … when below ${promise.text}\`, or promise only what the credits back.`,
          span: threshold.span,
          fixes: [fix],
        });
      }
    }
  },
};
