/** termination-fee-unclear: an early-termination fee that is neither an amount of money nor a number of months of fees. */
import type { Fix, Rule } from '../../types.js';
import { mainCurrency } from '../payment/payment-values.js';
import { choiceFix, describeValue } from '../util.js';

export const terminationFeeUnclear: Rule = {
  code: 'termination-fee-unclear',
  severity: 'warning',
  category: 'term',
  protects: 'both',
  description: 'An early-termination fee is neither an amount of money nor a number of months of fees, so what leaving costs is open.',
  check({ config, contracts, report }) {
    for (const c of contracts) {
      // An amount is suggested in the currency the contract's fees are in (another would mix currencies).
      const currency = mainCurrency(c) ?? config.defaultCurrency;
      for (const t of c.terminations) {
        for (const f of t.forConvenience) {
          const v = f.fee;
          const example = `\`fee 2 months\` (two months of fees) or \`fee 25000.00 ${config.defaultCurrency}\``;
          if (!v) {
            const word = f.stmt.args.find((a) => a.kind === 'word' && a.text === 'fee');
            if (word) report({ message: `This termination \`fee\` states no amount, so what leaving early costs is open: write ${example}.`, span: word.span });
            continue;
          }
          // Money (its currency is `unknown-currency`'s), a duration of fees, or `none` are clear.
          if (v.kind === 'money' || v.kind === 'duration' || (v.kind === 'word' && v.text === 'none')) continue;
          const fixes: Fix[] = [];
          if (v.kind === 'number') {
            fixes.push(
              choiceFix(`Make it ${v.text} months of fees`, { start: v.span.end, end: v.span.end }, ' ${1:months}'),
              choiceFix(`Make it ${v.text} ${currency}`, { start: v.span.end, end: v.span.end }, ` \${1:${currency}}`),
            );
          }
          const what =
            v.kind === 'number'
              ? `\`${v.text}\`, a number without a unit (${v.text} what?)`
              : v.kind === 'string' || v.kind === 'textblock'
                ? `the words \`${v.text.replace(/\s+/g, ' ')}\` rather than an amount`
                : v.kind === 'percent'
                  ? `\`${v.text}\`, a percentage of an unstated base`
                  : describeValue(v);
          report({
            message: `The early-termination fee is ${what}, so what leaving early costs is open to dispute: state it as months of fees or as an amount, e.g. ${example}.`,
            span: v.span,
            fixes,
          });
        }
      }
    }
  },
};
