/** sla-credit-below-commitment: the mildest availability credit starts below the uptime promised, so the gap between them is a promise with no remedy. */
import type { PercentValue, UptimeNode } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';
import { isValidPercent, promisedUptimes, slaLabel } from './sla-values.js';

export const slaCreditBelowCommitment: Rule = {
  code: 'sla-credit-below-commitment',
  severity: 'warning',
  category: 'sla',
  protects: 'client',
  description: 'The mildest service credit starts below the uptime the SLA promises, so missing the promise by a little costs nothing.',
  check({ parse, config, contracts, report }) {
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
        // The amount is the drafter's choice: a placeholder, never a preferred fix.
        const fix = insertInBlockFix(parse, sla.stmt, `Add a credit from ${promise.text}`, `credit \${1:10%} when below ${promise.text}`);
        if (fix) fix.preferred = false;
        report({
          message: `${slaLabel(sla)} promises \`${uptime}\`, but its mildest credit starts only below ${threshold.text}: availability between ${threshold.text} and ${promise.text} breaks the promise and costs the provider nothing. Add a credit from the promised level, e.g. \`credit 10% when below ${promise.text}\`, or promise only what the credits back.`,
          span: threshold.span,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
