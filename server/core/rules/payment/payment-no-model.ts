/** payment-no-model: the payment terms do not say how the fee is computed (fixed, time and materials, usage). */
import { nearest } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { choiceFix, insertInBlockFix, mechanicalFix } from '../util.js';
import { shown } from './payment-values.js';

/** The pricing models of LANGUAGE.md. */
export const PRICING_MODELS = ['fixed', 'time_and_materials', 'usage'] as const;

export const paymentNoModel: Rule = {
  code: 'payment-no-model',
  severity: 'warning',
  category: 'payment',
  protects: 'both',
  description: 'The payment terms do not say how the fee is computed.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.payments[0];
      if (!first) continue; // No payment block at all is `missing-payment`'s.
      const models = c.payments.flatMap((p) => p.models);
      if (!models.length) {
        const fix = insertInBlockFix(parse, first.stmt, 'Add a pricing model', 'model ${1|fixed,time_and_materials,usage|}');
        report({
          message: 'The payment terms do not say how the fee is computed, so a fixed price can turn into hourly billing: add a pricing model, e.g. `model fixed` (or `time_and_materials`, `usage`).',
          span: first.stmt.lineSpan,
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      for (const m of models) {
        const v = m.value;
        if (v?.kind === 'word' && (PRICING_MODELS as readonly string[]).includes(v.text)) continue;
        if (!v) {
          report({ message: '`model` names no pricing model: write `model fixed`, `model time_and_materials` or `model usage`.', span: m.stmt.head.span });
          continue;
        }
        const guess = v.kind === 'word' ? nearest(v.text, PRICING_MODELS) : undefined;
        // A likely typo gets its one correction; otherwise every model is offered, none preferred.
        const fixes: Fix[] = guess
          ? [mechanicalFix(`Change to \`${guess}\``, [{ span: v.span, newText: guess }])]
          : PRICING_MODELS.map((x) => choiceFix(`Change to \`${x}\``, v.span, `\${1:${x}}`));
        report({
          message: `${shown(v)} is not a pricing model${guess ? ` (did you mean \`${guess}\`?)` : ''}: write \`fixed\`, \`time_and_materials\` or \`usage\`, e.g. \`model fixed\`.`,
          span: v.span,
          fixes,
          data: guess ? { suggestion: guess } : undefined,
        });
      }
    }
  },
};
