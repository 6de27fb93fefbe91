/** payment-uncapped-expenses: expenses the client reimburses without a cap, a source of hidden fees. */
import type { Rule } from '../../types.js';
import { cover } from '../util.js';
import { mainCurrency, shown } from './payment-values.js';

export const paymentUncappedExpenses: Rule = {
  code: 'payment-uncapped-expenses',
  severity: 'warning',
  category: 'payment',
  protects: 'client',
  description: 'Expenses are reimbursed without a cap, so the real price has no upper limit.',
  check({ config, contracts, report }) {
    for (const c of contracts) {
      const currency = mainCurrency(c) ?? config.defaultCurrency;
      const example = `expenses cap 1000 ${currency} monthly preapproved`;
      for (const p of c.payments) {
        for (const e of p.expenses) {
          const args = e.stmt.args;
          if (!e.capped) {
            const span = args.length ? cover(args[0]!.span, args[args.length - 1]!.span) : e.stmt.head.span;
            const what = args[0] ? ` (${shown(args[0])} is not a cap)` : '';
            report({
              message: `Expenses are billed with no cap${what}, so the real price has no upper limit: cap them per period and require approval, e.g. \`${example}\`.`,
              span: args[0]?.span ?? e.stmt.head.span,
              fixes: [
                {
                  title: 'Cap the expenses',
                  edits: [{ span, newText: `${args.length ? '' : ' '}cap 1000 ${currency} monthly preapproved` }],
                  snippet: `${args.length ? '' : ' '}cap \${1:1000} \${2:${currency}} \${3|monthly,quarterly,yearly|} preapproved`,
                  preferred: false,
                },
              ],
            });
            continue;
          }
          // A bare number is an amount without currency (`payment-no-currency`); money and a share of the fee are caps.
          if (e.cap && (e.cap.kind === 'money' || e.cap.kind === 'number' || e.cap.kind === 'percent')) continue;
          const capWord = args[0]!;
          report({
            message: e.cap
              ? `The expenses cap is ${shown(e.cap)}, not an amount, so it limits nothing: state it in money, e.g. \`${example}\`.`
              : `\`expenses cap\` states no amount, so it limits nothing: add the amount and period, e.g. \`${example}\`.`,
            span: e.cap?.span ?? capWord.span,
            fixes: [
              e.cap
                ? { title: 'State the cap as an amount', edits: [{ span: e.cap.span, newText: `1000 ${currency}` }], snippet: `\${1:1000} \${2:${currency}}`, preferred: false }
                : { title: 'State the cap as an amount', edits: [{ span: { start: capWord.span.end, end: capWord.span.end }, newText: ` 1000 ${currency} monthly` }], snippet: ` \${1:1000} \${2:${currency}} \${3|monthly,quarterly,yearly|}`, preferred: false },
            ],
          });
        }
      }
    }
  },
};
