/** payment-no-amount: the payment terms state no fee, or a fee that is not an amount of money. */
import { needsFee } from '../../family.js';
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';
import { mainCurrency, shown } from './payment-values.js';

export const paymentNoAmount: Rule = {
  code: 'payment-no-amount',
  severity: 'error',
  category: 'payment',
  protects: 'both',
  description: 'The payment terms do not state how much the client pays.',
  check({ parse, config, contracts, family, report }) {
    for (const c of contracts) {
      const first = c.payments[0];
      if (!first) continue; // No payment block at all is `missing-payment`'s.
      const fees = c.payments.flatMap((p) => p.fees);
      // Time-and-materials work and usage are priced by their rates (`rate … per user`); a fixed fee is then optional.
      const pricedByRates = c.payments.some((p) => p.models.some((m) => m.value?.kind === 'word' && (m.value.text === 'time_and_materials' || m.value.text === 'usage')));
      const rates = c.payments.some((p) => p.rates.length > 0);
      const currency = mainCurrency(c) ?? config.defaultCurrency;
      // A master's payment terms leave the fee to its orders (family.ts `needsFee`).
      if (!fees.length && !(pricedByRates && rates) && needsFee(family, c)) {
        const fix = insertInBlockFix(parse, first.stmt, 'Add a fee', `fee \${1:1000.00} \${2:${currency}} \${3|monthly,quarterly,yearly|}`);
        report({
          message: `The payment terms state no fee, so the price is open: add the amount, currency and period, e.g. \`fee 12500.00 ${currency} monthly\`.`,
          span: first.stmt.lineSpan,
          fixes: fix ? [fix] : [],
        });
      }
      for (const f of fees) {
        if (!f.amount) {
          report({ message: `This \`fee\` states no amount: write the amount, currency and period, e.g. \`fee 12500.00 ${currency} monthly\`.`, span: f.stmt.head.span });
          continue;
        }
        // A bare number is an amount without its currency: `payment-no-currency`.
        if (f.amount.kind === 'money' || f.amount.kind === 'number') continue;
        report({
          message: `The fee is ${shown(f.amount)}, not an amount of money, so the price is open: state the amount and currency, e.g. \`fee 12500.00 ${currency} monthly\`.`,
          span: f.amount.span,
          fixes: [
            {
              title: 'State the fee as an amount',
              edits: [{ span: f.amount.span, newText: `1000.00 ${currency}` }],
              snippet: `\${1:1000.00} \${2:${currency}}`,
              preferred: false,
            },
          ],
        });
      }
    }
  },
};
