/** payment-no-dispute-process: the payment terms give the client no way to dispute an invoice. */
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';

export const paymentNoDisputeProcess: Rule = {
  code: 'payment-no-dispute-process',
  severity: 'info',
  category: 'payment',
  protects: 'client',
  description: 'The payment terms give the client no way to dispute an invoice.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.payments[0];
      // No payment block at all is `missing-payment`'s; without fees or rates there is nothing to invoice.
      if (!first || !c.payments.some((p) => p.fees.length > 0 || p.rates.length > 0)) continue;
      if (c.payments.some((p) => p.items.some((m) => m.keyword === 'disputes'))) continue;
      const fix = insertInBlockFix(parse, first.stmt, 'Add a dispute process', 'disputes ${1|pay_undisputed,withhold|} notify within ${2:15} days');
      report({
        message:
          'The payment terms say nothing about disputing an invoice: say how a dispute works, e.g. `disputes pay_undisputed notify within 15 days` (the client pays the undisputed part and notifies the dispute in time).',
        span: first.stmt.lineSpan,
        // The process is for the parties to agree: offered, never applied by "fix all".
        fixes: fix ? [{ ...fix, preferred: false }] : [],
      });
    }
  },
};
