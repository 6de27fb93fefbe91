/** payment-suspension-no-notice: the provider may suspend the service for late payment without warning the client first. */
import { fieldValue } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { cover } from '../util.js';

export const paymentSuspensionNoNotice: Rule = {
  code: 'payment-suspension-no-notice',
  severity: 'warning',
  category: 'payment',
  protects: 'client',
  description: 'The provider may suspend the service for late payment with no prior notice to the client.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const p of c.payments) {
        for (const m of p.items) {
          if (m.keyword !== 'suspension') continue;
          const notice = fieldValue(m.fields, 'notice');
          // A notice period (a bare number is `missing-unit`'s) is a warning; `notice` alone states none.
          if (notice !== undefined && !(notice.kind === 'word' && notice.text === 'notice')) continue;
          const after = fieldValue(m.fields, 'after');
          const when = after?.kind === 'duration' ? `once an invoice is ${after.text} overdue` : 'once an invoice is overdue';
          const example = `suspension after ${after?.text ?? '30 days'} overdue notice 10 days`;
          if (notice) {
            report({
              message: `\`notice\` states no period, so the suspension needs no warning: write how long before suspending the provider must warn the client, e.g. \`${example}\`.`,
              span: notice.span,
              fixes: [{ title: 'State the notice period', edits: [{ span: { start: notice.span.end, end: notice.span.end }, newText: ' 10 days' }], snippet: ' ${1:10} days', preferred: false }],
            });
            continue;
          }
          const args = m.stmt.args;
          const end = args.length ? args[args.length - 1]!.span.end : m.stmt.head.span.end;
          report({
            message: `The provider may suspend the service ${when} with no warning: require notice before suspending, e.g. \`${example}\`.`,
            span: cover(m.stmt.head.span, args[args.length - 1]?.span),
            // How much warning is for the parties to agree: offered, never applied by "fix all".
            fixes: [{ title: 'Require notice before suspension', edits: [{ span: { start: end, end }, newText: ' notice 10 days' }], snippet: ' notice ${1:10} days', preferred: false }],
          });
        }
      }
    }
  },
};
