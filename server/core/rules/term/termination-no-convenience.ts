/** termination-no-convenience: the termination terms do not let the client leave without proving a breach. */
import type { Rule } from '../../types.js';
import { addToTermination } from './shared.js';

export const terminationNoConvenience: Rule = {
  code: 'termination-no-convenience',
  severity: 'info',
  category: 'term',
  protects: 'client',
  description: 'The termination terms do not let a party end the agreement on notice, without having to prove a breach.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.terminations[0];
      if (!first || c.terminations.some((t) => t.forConvenience.length)) continue;
      report({
        message:
          'The termination terms do not let either party end the agreement on notice without proving a breach, so an unsatisfied client is held to the full term: consider a `for_convenience` line, e.g. `for_convenience client notice 90 days fee 2 months`.',
        span: first.stmt.lineSpan,
        // Whether to allow it, and at what price, is a business decision: the fix is offered, not applied by "fix all".
        fixes: addToTermination(parse, c, 'Add termination for convenience', 'for_convenience ${1|client,either,provider|} notice ${2:90} days'),
      });
    }
  },
};
