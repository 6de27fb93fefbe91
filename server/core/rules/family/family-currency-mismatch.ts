/**
 * family-currency-mismatch: a child prices in another currency than its
 * master, whose payment terms (late fees, caps, rates) are then in a
 * currency its prices are not.
 */
import { isCurrency } from '../../currencies.js';
import type { Rule } from '../../types.js';
import { mainCurrency } from '../payment/payment-values.js';
import { refLabel } from './shared.js';

export const familyCurrencyMismatch: Rule = {
  code: 'family-currency-mismatch',
  severity: 'warning',
  category: 'family',
  protects: 'both',
  description: 'A document under a master prices in another currency than its master.',
  check({ family, report }) {
    if (!family) return;
    for (const f of family.list) {
      const master = f.master?.contract;
      if (f.status !== 'found' || !master) continue;
      const theirs = mainCurrency(master);
      if (theirs === undefined) continue;
      for (const p of f.written.payments) {
        for (const fee of [...p.fees, ...p.rates]) {
          const v = fee.amount;
          if (v?.kind !== 'money' || !isCurrency(v.currency) || v.currency === theirs) continue;
          report({
            message: `This price is in ${v.currency}, but the master ${refLabel(f.master!)} prices in ${theirs}: write it in ${theirs}, or state in the master how amounts in ${v.currency} are invoiced and converted.`,
            span: v.currencySpan,
            data: { currency: v.currency, master: theirs },
          });
        }
      }
    }
  },
};
