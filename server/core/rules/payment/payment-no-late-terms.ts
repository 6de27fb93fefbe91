/** payment-no-late-terms: the payment terms do not say what happens when the client pays late. */
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';

export const paymentNoLateTerms: Rule = {
  code: 'payment-no-late-terms',
  severity: 'warning',
  category: 'payment',
  protects: 'provider',
  description: 'The payment terms do not say what happens when the client pays late.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.payments[0];
      if (!first) continue; // No payment block at all is `missing-payment`'s.
      if (c.payments.some((p) => p.lateFees.length > 0)) continue;
      const fix = insertInBlockFix(parse, first.stmt, 'Add a late-payment fee', 'late_fee ${1:1.5}% monthly');
      report({
        message: 'The payment terms do not say what happens when payment is late, which leaves the provider to argue over interest or suspension: add a late fee, e.g. `late_fee 1.5% monthly` or `late_fee 50 USD once`.',
        span: first.stmt.lineSpan,
        fixes: fix ? [fix] : [],
      });
    }
  },
};
