/** liability-cap-low: the liability cap is below the policy minimum in months of fees (12 by default). */
import { capInMoney, formatMoney, monthlyFee } from '../../facts.js';
import type { Rule } from '../../types.js';
import { caps, months, monthsText, written } from './shared.js';

export const liabilityCapLow: Rule = {
  code: 'liability-cap-low',
  severity: 'warning',
  category: 'liability',
  description: 'The liability cap is lower than `policy.minLiabilityCapMonths` months of fees (12 by default).',
  protects: 'client',
  check({ parse, config, contracts, report }) {
    const min = config.policy.minLiabilityCapMonths;
    const position = config.policySet.includes('minLiabilityCapMonths')
      ? `your policy minLiabilityCapMonths (${monthsText(min)} of fees)`
      : `${monthsText(min)} of fees, the usual least a buyer accepts`;
    for (const c of contracts) {
      for (const cap of caps(c)) {
        // `cap unlimited` is no cap; a cap per record lost is not a share of the fees.
        if (cap.amount.kind === 'unlimited' || cap.perRecord) continue;
        // Money converts only through a known recurring fee in the same currency; otherwise the cap cannot be judged.
        const m = months(c, cap.amount);
        if (m === undefined || m >= min - 1e-9) continue;
        const value = cap.amount.value;
        const fee = monthlyFee(c);
        const money = capInMoney(c, cap.amount);
        const size =
          cap.amount.kind === 'money'
            ? `about ${monthsText(m)} of fees (at ${formatMoney(fee!)} a month)`
            : `${monthsText(m)} of fees${money && fee ? ` (${formatMoney(money)} at ${formatMoney(fee)} a month)` : ''}`;
        const each = cap.perClaim ? ' for each claim' : '';
        report({
          message: `\`${written(parse, cap.m.stmt)}\` limits liability${each} to ${size}, below ${position}: raise the cap to at least ${monthsText(min)} of fees, e.g. \`cap ${min} months fees\`.`,
          span: value.span,
          // The cap is negotiated: the policy's own figure is offered, never applied by "fix all".
          fixes: [
            {
              title: `Raise the cap to ${monthsText(min)} of fees`,
              edits: [{ span: value.span, newText: cap.amount.kind === 'money' ? `${min} months fees` : `${min} months` }],
              snippet: cap.amount.kind === 'money' ? `\${1:${min}} months fees` : `\${1:${min}} months`,
              preferred: false,
            },
          ],
          data: { policyKey: 'minLiabilityCapMonths', position: min, months: m },
        });
      }
    }
  },
};
