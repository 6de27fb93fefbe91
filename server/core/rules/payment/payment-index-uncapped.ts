/** payment-index-uncapped: prices follow a price index (CPI, HICP, …) with no cap on the increase. */
import { fieldValue } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { cover } from '../util.js';
import { indexedIncreases } from './payment-values.js';

export const paymentIndexUncapped: Rule = {
  code: 'payment-index-uncapped',
  severity: 'warning',
  category: 'payment',
  protects: 'client',
  description: 'Prices follow a price index with no cap, so a year of high inflation passes straight into the fee.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const m of indexedIncreases(c)) {
        const cap = fieldValue(m.fields, 'cap');
        // A cap with a value is a cap (a bare number is `missing-unit`'s).
        if (cap !== undefined && cap.kind !== 'word') continue;
        const indexWord = m.stmt.args.find((a) => a.kind === 'word' && a.text === 'index');
        const index = fieldValue(m.fields, 'index');
        const name = index ? (index.kind === 'string' ? `the index ${index.text}` : `the ${index.text}`) : 'the index';
        const example = `price_increase index ${index?.text ?? 'CPI'} cap 5% yearly`;
        const anchor = cover(indexWord?.span ?? m.stmt.head.span, index?.span);
        if (cap) {
          // `cap` written without its percentage.
          report({
            message: `This \`cap\` states no percentage, so prices follow ${name} without a limit: write the most the fee may rise, e.g. \`${example}\`.`,
            span: cap.span,
            fixes: [{ title: 'State the cap as a percentage', edits: [{ span: { start: cap.span.end, end: cap.span.end }, newText: ' 5%' }], snippet: ' ${1:5}%', preferred: false }],
          });
          continue;
        }
        const at = (index ?? indexWord ?? m.stmt.head).span.end;
        report({
          message: `Prices follow ${name} with no cap, so a year of high inflation passes straight into the fee: cap the yearly increase, e.g. \`${example}\`.`,
          span: anchor,
          // How high the cap is, is for the parties to agree: offered, never applied by "fix all".
          fixes: [{ title: 'Cap the indexed increase', edits: [{ span: { start: at, end: at }, newText: ' cap 5%' }], snippet: ' cap ${1:5}%', preferred: false }],
        });
      }
    }
  },
};
