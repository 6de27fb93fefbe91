/** sla-inconsistent: an SLA contradicts itself (resolve before respond, credit tiers that do not grow in any credit form, a cap below a single credit in the same unit). */
import type { PercentValue } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { formatSpan } from '../../time.js';
import { creditAmount, isValidPercent, spanOf, type CreditAmount, type CreditUnit } from './sla-values.js';

interface Tier {
  amount: CreditAmount;
  threshold: PercentValue;
  /** The amount as written, with its basis (`10x downtime_fees`). */
  text: string;
}

export const slaInconsistent: Rule = {
  code: 'sla-inconsistent',
  severity: 'error',
  category: 'sla',
  protects: 'both',
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
            message: `The ${level}priority must be resolved within ${stretch(p.resolve.text, resolve)} but only responded to within ${stretch(p.respond.text, respond)}: make the resolution time at least the response time, e.g. \`respond within ${p.respond.text} resolve within ${p.respond.text}\` or longer.`,
            span: p.resolve.span,
          });
        }

        // Credit tiers: a lower `when below` threshold (worse service) must carry a
        // higher credit. Tiers are compared within one credit form (a share of the
        // fee, days of service, a multiple of the downtime fees): a per-block or
        // priority credit is not a tier, and 3 days is not comparable with 10%.
        const groups = new Map<string, Tier[]>();
        for (const cr of sla.credits) {
          if (cr.trigger !== 'below' || !isValidPercent(cr.threshold)) continue;
          const amount = creditAmount(cr.amount);
          if (!amount) continue;
          const key = amount.unit === 'multiple' ? `multiple ${cr.basis?.text ?? ''}` : amount.unit;
          const list = groups.get(key) ?? [];
          list.push({ amount, threshold: cr.threshold, text: cr.basis ? `${amount.written.text} ${cr.basis.text}` : amount.written.text });
          groups.set(key, list);
        }
        for (const group of groups.values()) {
          const tiers = group.sort((a, b) => b.threshold.value - a.threshold.value || a.amount.written.span.start - b.amount.written.span.start);
          for (let i = 1; i < tiers.length; i++) {
            const better = tiers[i - 1]!;
            const worse = tiers[i]!;
            const w = worse.text;
            const b = better.text;
            if (worse.threshold.value === better.threshold.value) {
              if (worse.amount.value === better.amount.value) continue;
              report({
                message: `Two credits apply below ${worse.threshold.text} (${b} and ${w}), so it is unclear which is owed: keep one credit per threshold, either \`credit ${b} when below ${worse.threshold.text}\` or \`credit ${w} when below ${worse.threshold.text}\`.`,
                span: worse.amount.written.span,
              });
            } else if (worse.amount.value <= better.amount.value) {
              report({
                message: `The credit below ${worse.threshold.text} (${w}) is not higher than the credit below ${better.threshold.text} (${b}), so worse service costs the provider no more: make credits grow as service gets worse, i.e. more than ${b} below ${worse.threshold.text}.`,
                span: worse.amount.written.span,
              });
            }
          }
        }

        // A cap below a single credit in the same unit makes that credit unpayable
        // (a cap in days is not compared with a credit in percent).
        const largest = new Map<CreditUnit, CreditAmount>();
        for (const cr of sla.credits) {
          const a = creditAmount(cr.amount);
          if (!a || a.unit === 'multiple') continue;
          const max = largest.get(a.unit);
          if (!max || a.value > max.value) largest.set(a.unit, a);
        }
        for (const cap of sla.creditCaps) {
          const c = creditAmount(cap.value);
          const max = c && largest.get(c.unit);
          if (!c || !max || c.value >= max.value) continue;
          report({
            message: `\`credit_cap ${c.written.text}\` is below the single credit of ${max.written.text}, so that credit can never be paid in full: raise the cap to at least ${max.written.text}, or lower the credit.`,
            span: c.written.span,
          });
        }
      }
    }
  },
};
