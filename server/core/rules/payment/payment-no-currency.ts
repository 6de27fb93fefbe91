/** payment-no-currency: a fee, rate, cap or late fee with an amount but no currency. */
import type { NumberValue } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { choiceFix, mechanicalFix } from '../util.js';
import { isBareNumber, mainCurrency, moneyValues } from './payment-values.js';
import { isCurrency } from '../../currencies.js';

/**
 * Fixes that add a currency after the number: the contract's own currency
 * first, then the configured default. Adding the one currency every other
 * amount of the contract is in is mechanical; any other currency is a choice.
 */
function currencyFixes(n: NumberValue, currencies: string[], onlyCurrency: string | undefined): Fix[] {
  const at = { start: n.span.end, end: n.span.end };
  return [...new Set(currencies)].map((cur) => {
    const title = `Add the currency (${n.text} ${cur})`;
    return cur === onlyCurrency ? mechanicalFix(title, [{ span: at, newText: ` ${cur}` }]) : choiceFix(title, at, ` \${1:${cur}}`);
  });
}

export const paymentNoCurrency: Rule = {
  code: 'payment-no-currency',
  severity: 'error',
  category: 'payment',
  protects: 'both',
  description: 'An amount of money is written without its currency.',
  check({ config, contracts, report }) {
    for (const c of contracts) {
      const main = mainCurrency(c);
      const currencies = main ? [main, config.defaultCurrency] : [config.defaultCurrency];
      const cur = currencies[0]!;
      const used = new Set(moneyValues(c).map((m) => m.currency).filter(isCurrency));
      const onlyCurrency = used.size === 1 ? [...used][0] : undefined;
      const flag = (n: NumberValue, what: string, example: string) =>
        report({
          message: `${what} \`${n.text}\` has no currency, so the amount owed is unclear: add an ISO 4217 code, e.g. \`${example}\`.`,
          span: n.span,
          fixes: currencyFixes(n, currencies, onlyCurrency),
          data: { currencies: [...new Set(currencies)] },
        });
      for (const p of c.payments) {
        for (const f of p.fees) if (isBareNumber(f.amount)) flag(f.amount, 'The fee', `fee ${f.amount.text} ${cur}${f.period ? ` ${f.period.text}` : ''}`);
        for (const r of p.rates) if (isBareNumber(r.amount)) flag(r.amount, 'The rate', `rate ${r.label ? r.label.text + ' ' : ''}${r.amount.text} ${cur}${r.period ? ` ${r.period.text}` : ''}`);
        for (const l of p.lateFees) {
          // Only a one-off late fee is a sum of money; `late_fee 1.5 monthly` is a rate (`missing-unit`).
          if (isBareNumber(l.amount) && l.period?.kind === 'word' && l.period.text === 'once') flag(l.amount, 'The late fee', `late_fee ${l.amount.text} ${cur} once`);
        }
        for (const e of p.expenses) {
          if (e.capped && isBareNumber(e.cap)) flag(e.cap, 'The expenses cap', `expenses cap ${e.cap.text} ${cur}${e.period ? ` ${e.period.text}` : ''}`);
        }
      }
    }
  },
};
