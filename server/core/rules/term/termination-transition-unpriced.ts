/** termination-transition-unpriced: exit assistance whose price is not stated (`included` or `at_rates`). */
import type { Rule } from '../../types.js';

export const terminationTransitionUnpriced: Rule = {
  code: 'termination-transition-unpriced',
  severity: 'info',
  category: 'term',
  protects: 'both',
  description: 'Exit assistance is promised, but the contract does not say whether it is included in the fees or charged at the rates.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const t of c.terminations) {
        for (const tr of t.transitions) {
          if (tr.pricing) continue;
          const args = tr.stmt.args;
          // No duration is another problem; a word after it that is not a pricing is `invalid-value`'s.
          if (!tr.duration || args.length !== 1) continue;
          const at = tr.duration.span.end;
          report({
            message: `The contract promises \`${tr.duration.text}\` of exit assistance but not who pays for it: say \`included\` (covered by the fees) or \`at_rates\` (charged at the contract's rates), e.g. \`transition ${tr.duration.text} included\`.`,
            span: { start: tr.stmt.head.span.start, end: at },
            // Which is a commercial choice: both are offered, neither applied by "fix all".
            fixes: [{ title: 'Say how exit assistance is paid', edits: [{ span: { start: at, end: at }, newText: ' included' }], snippet: ' ${1|included,at_rates|}', preferred: false }],
          });
        }
      }
    }
  },
};
