/** payment-no-due-date: the payment terms do not say when an invoice must be paid. */
import type { Rule } from '../../types.js';
import { shown } from './payment-values.js';
import { insertInBlockFix } from '../util.js';

export const paymentNoDueDate: Rule = {
  code: 'payment-no-due-date',
  severity: 'warning',
  category: 'payment',
  protects: 'provider',
  description: 'The payment terms do not say when an invoice must be paid.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.payments[0];
      if (!first) continue; // No payment block at all is `missing-payment`'s.
      const dues = c.payments.flatMap((p) => p.dues);
      if (!dues.length) {
        const fix = insertInBlockFix(parse, first.stmt, 'Add a payment term', 'due ${1:30} days after invoice');
        report({
          message: 'The payment terms do not say when an invoice must be paid, so no payment is ever late: add a payment term, e.g. `due 30 days after invoice` or `due on_receipt`.',
          span: first.stmt.lineSpan,
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      for (const d of dues) {
        if (d.onReceipt) continue;
        if (!d.value) {
          report({ message: '`due` states no time: write when the invoice must be paid, e.g. `due 30 days after invoice` or `due on_receipt`.', span: d.stmt.head.span });
        } else if (d.value.kind === 'word' && parse.issues.some((i) => i.span.start === d.value!.span.start && i.code === undefined)) {
          // `due net 30`: the statement cannot be read from its first word on, and the syntax error there says so.
          continue;
        } else if (d.value.kind !== 'duration' && d.value.kind !== 'number') {
          // A bare number is `missing-unit`'s; anything else gives no date that can be counted.
          report({
            message: `The payment term is ${shown(d.value)}, from which no due date can be counted: write a period after the invoice, e.g. \`due 30 days after invoice\`, or \`due on_receipt\`.`,
            span: d.value.span,
          });
        }
      }
    }
  },
};
