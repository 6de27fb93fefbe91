/** termination-no-cause: the termination terms do not let a party end the agreement for a breach. */
import type { Rule } from '../../types.js';
import { addToTermination } from './shared.js';

export const terminationNoCause: Rule = {
  code: 'termination-no-cause',
  severity: 'warning',
  category: 'term',
  protects: 'both',
  description: 'The termination terms do not let a party end the agreement when the other commits a material breach.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.terminations[0];
      // No termination block at all is `missing-termination`'s.
      if (!first || c.terminations.some((t) => t.forCause.length)) continue;
      report({
        message:
          'The termination terms do not say that a party may end the agreement when the other commits a material breach and fails to cure it: add a `for_cause` line with a cure period, e.g. `for_cause either cure 30 days`.',
        span: first.stmt.lineSpan,
        fixes: addToTermination(parse, c, 'Add termination for cause', 'for_cause ${1|either,client,provider|} cure ${2:30} days'),
      });
    }
  },
};
