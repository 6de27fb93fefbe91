/** payment-mixed-currency: the contract states amounts in more than one currency. */
import type { Rule } from '../../types.js';
import { isCurrency } from '../../currencies.js';
import { mainCurrency, moneyValues } from './payment-values.js';

export const paymentMixedCurrency: Rule = {
  code: 'payment-mixed-currency',
  severity: 'warning',
  category: 'payment',
  protects: 'both',
  description: 'The contract states amounts in more than one currency, leaving exchange rates and risk open.',
  check({ contracts, report }) {
    for (const c of contracts) {
      // Codes that are not ISO 4217 are `unknown-currency`'s and do not count here.
      const amounts = moneyValues(c).filter((m) => isCurrency(m.currency));
      const main = mainCurrency(c);
      if (!main || new Set(amounts.map((m) => m.currency)).size < 2) continue;
      for (const m of amounts) {
        if (m.currency === main) continue;
        report({
          message: `\`${m.text}\` is in ${m.currency}, but the contract's other amounts are in ${main}, so who bears the exchange-rate risk is open: state every amount in one currency, e.g. \`${m.amount} ${main}\` (after conversion), or agree the exchange rate in a clause.`,
          span: m.span,
          data: { mainCurrency: main },
        });
      }
    }
  },
};
