/** payment-uncapped-increase: a price increase with no cap, or an automatic renewal with no `price_increase` at all. */
import type { Rule } from '../../types.js';
import { indexedIncreases, shown } from './payment-values.js';
import { cover, insertInBlockFix } from '../util.js';

const EXAMPLE = 'price_increase cap 3% yearly';

export const paymentUncappedIncrease: Rule = {
  code: 'payment-uncapped-increase',
  severity: 'warning',
  category: 'payment',
  protects: 'client',
  description: 'The fee may rise without limit: a price increase with no cap, or an automatic renewal with no price-increase cap.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.payments[0];
      if (!first) continue; // No payment block at all is `missing-payment`'s.
      const increases = c.payments.flatMap((p) => p.priceIncreases);
      // An indexed increase without a cap is `payment-index-uncapped`'s: one problem, one diagnostic.
      const indexed = new Set(indexedIncreases(c).map((m) => m.stmt));
      for (const inc of increases) {
        if (indexed.has(inc.stmt)) continue;
        const args = inc.stmt.args;
        if (!inc.capped) {
          const span = args.length ? cover(args[0]!.span, args[args.length - 1]!.span) : inc.stmt.head.span;
          const what = args[0] ? ` (${shown(args[0])} is not a cap)` : '';
          report({
            message: `The price increase has no cap${what}, so the fee can rise by any amount: cap it, e.g. \`${EXAMPLE}\`.`,
            span: args[0]?.span ?? inc.stmt.head.span,
            fixes: [
              {
                title: 'Cap the price increase',
                edits: [{ span, newText: `${args.length ? '' : ' '}cap 3% yearly` }],
                snippet: `${args.length ? '' : ' '}cap \${1:3}% \${2|yearly,quarterly|}`,
                preferred: false,
              },
            ],
          });
          continue;
        }
        // A percentage or an amount of money is a real cap. A bare number, a word or words in quotes
        // (`cap "Consumer Price Index"`) are `missing-unit`'s: one problem, one diagnostic.
        if (inc.cap && inc.cap.kind !== 'duration' && inc.cap.kind !== 'date' && inc.cap.kind !== 'coverage' && inc.cap.kind !== 'multiple') continue;
        const capWord = args[0]!;
        report({
          message: inc.cap
            ? `The price-increase cap is ${shown(inc.cap)}, not a percentage, so it limits nothing: state the most the fee may rise, e.g. \`${EXAMPLE}\`.`
            : `\`price_increase cap\` states no limit, so the fee can rise by any amount: add a percentage and period, e.g. \`${EXAMPLE}\`.`,
          span: inc.cap?.span ?? capWord.span,
          fixes: [
            inc.cap
              ? { title: 'State the cap as a percentage', edits: [{ span: inc.cap.span, newText: '3%' }], snippet: '${1:3}%', preferred: false }
              : { title: 'State the cap as a percentage', edits: [{ span: { start: capWord.span.end, end: capWord.span.end }, newText: ' 3% yearly' }], snippet: ' ${1:3}% ${2|yearly,quarterly|}', preferred: false },
          ],
        });
      }
      if (increases.length) continue;
      for (const t of c.terms) {
        const r = t.renewal;
        if (r?.mode?.text !== 'automatic') continue;
        const fix = insertInBlockFix(parse, first.stmt, 'Add a price-increase cap', 'price_increase cap ${1:3}% ${2|yearly,quarterly|}');
        report({
          message: `The agreement renews automatically, but the payment terms do not cap price increases, so the fee for each renewal term is open: add a cap, e.g. \`${EXAMPLE}\`.`,
          // On `automatic`, the word that opens the fee of each renewal term; the statement is `renewal-no-notice`'s place.
          span: r.mode.span,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
