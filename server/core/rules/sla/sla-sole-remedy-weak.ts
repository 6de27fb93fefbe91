/** sla-sole-remedy-weak: `sole_remedy` makes the credits the client's only remedy while they are capped low or there is no right to leave after repeated failure. */
import type { Rule } from '../../types.js';
import { capAsPercent, creditAmount, measurementPeriod, pct, policyPosition, promisedUptimes, slaItems, slaLabel } from './sla-values.js';

export const slaSoleRemedyWeak: Rule = {
  code: 'sla-sole-remedy-weak',
  severity: 'warning',
  category: 'sla',
  protects: 'client',
  description: "Service credits are the client's only remedy, but they are capped low or there is no right to leave after repeated failure.",
  check({ config, contracts, report }) {
    const min = config.policy.minCreditCapPercent;
    for (const c of contracts) {
      for (const sla of c.slas) {
        const sole = slaItems(sla, 'sole_remedy')[0];
        if (!sole) continue;
        const reasons: string[] = [];
        const remedies: string[] = [];

        // The lowest cap, as a share of the measurement period's fee (7 days of a
        // 30.44-day month ≈ 23%). No cap at all is not weak on this ground.
        const period = measurementPeriod(sla);
        let lowest: { percent: number; text: string } | undefined;
        for (const cap of sla.creditCaps) {
          const amount = creditAmount(cap.value);
          const percent = amount && capAsPercent(amount, period);
          if (amount && percent !== undefined && (!lowest || percent < lowest.percent)) lowest = { percent, text: amount.written.text };
        }
        if (lowest && lowest.percent < min) {
          const share = lowest.text.endsWith('%') ? `${lowest.text} of the ${period} fee` : `${lowest.text} (about ${pct(lowest.percent)} of the ${period} fee)`;
          reasons.push(`, capped at ${share}, below ${policyPosition(config, 'minCreditCapPercent', `${min}%`, 'minimum cap')}`);
          remedies.push(`raise \`credit_cap\` to at least ${min}%`);
        }

        // Without a right to leave, a failing service can only be endured for credits.
        if (!slaItems(sla, 'chronic_failure').length) {
          reasons.push(`${reasons.length ? ',' : ''} and no \`chronic_failure\` exit`);
          const uptime = promisedUptimes(sla, config.sla.maxUptimePercent)[0]?.value;
          remedies.push(uptime ? `add \`chronic_failure terminate when below ${uptime.text} for …\`` : 'add `chronic_failure terminate for …`');
        }
        if (!reasons.length) continue;
        report({
          message: `\`sole_remedy\` leaves ${slaLabel(sla, true)} only credits${reasons.join('')}: ${remedies.join(' and ')}, or drop \`sole_remedy\`.`,
          span: sole.stmt.lineSpan,
        });
      }
    }
  },
};
