/** payment-before-acceptance: a milestone's payment falls due before its own acceptance period can end. */
import type { DurationValue } from '../../../../grammar/index.js';
import { calendarSpanMinutes, formatSpan, type CalendarSpan } from '../../time.js';
import type { Rule } from '../../types.js';
import { cover } from '../util.js';
import { keywordOf, milestoneName, milestonesOf, part } from './shared.js';

const DAY = 1440;

/** The contract's shortest payment term: `due on_receipt` is none at all. */
interface PaymentTerm {
  text: string;
  value?: DurationValue;
  span: CalendarSpan;
}

export const paymentBeforeAcceptance: Rule = {
  code: 'payment-before-acceptance',
  severity: 'warning',
  category: 'delivery',
  protects: 'client',
  description: 'A milestone is payable before its own acceptance period can end, so the client may pay for work it has not accepted.',
  check({ contracts, report }) {
    for (const c of contracts) {
      // The worst case for the client: the shortest payment window the contract allows.
      let term: PaymentTerm | undefined;
      for (const p of c.payments) {
        for (const d of p.dues) {
          const t: PaymentTerm | undefined = d.onReceipt
            ? { text: 'due on_receipt', span: { min: 0, max: 0 } }
            : d.value?.kind === 'duration'
              ? { text: `due ${d.value.text} after invoice`, value: d.value, span: calendarSpanMinutes(d.value) }
              : undefined;
          if (t && (!term || t.span.min < term.span.min)) term = t;
        }
      }
      // No payment term is `payment-no-due-date`'s: nothing to compare with.
      if (!term) continue;
      for (const m of milestonesOf(c)) {
        const pays = part(m, 'pays');
        const acceptance = part(m, 'acceptance');
        // No acceptance is `milestone-no-acceptance`'s; a bare number `missing-unit`'s.
        if (!pays || acceptance?.kind !== 'duration') continue;
        const accept = calendarSpanMinutes(acceptance);
        // Invoiced on the due date, payable `term` later; accepted at the latest `acceptance` after delivery on that date.
        const sameUnit = term.value !== undefined && term.value.unit === acceptance.unit;
        const early = sameUnit ? term.value!.amount < acceptance.amount : term.span.min < accept.max;
        if (!early) continue;
        const due = part(m, 'due');
        const invoiced = due?.kind === 'date' ? `on its due date (${due.text})` : 'on its due date';
        const payable = term.value ? `payable \`${term.value.text}\` later (\`${term.text}\`)` : 'payable at once (`due on_receipt`)';
        const span = accept.min === accept.max ? '' : `, which can run ${formatSpan(accept)}`;
        const days = Math.ceil(accept.max / DAY);
        report({
          message: `${milestoneName(m)} is invoiced ${invoiced} and ${payable}, but its acceptance period is \`${acceptance.text}\`${span}: set a payment term of at least ${days} days, or shorten the acceptance period.`,
          span: cover(keywordOf(m, 'pays')?.span, pays.span),
        });
      }
    }
  },
};
