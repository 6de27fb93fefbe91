/** termination-no-transition: the termination terms give no exit assistance to move to a new provider. */
import type { Rule } from '../../types.js';
import { addToTermination } from './shared.js';

export const terminationNoTransition: Rule = {
  code: 'termination-no-transition',
  severity: 'warning',
  category: 'term',
  protects: 'client',
  description: 'The termination terms give the client no exit assistance for handing the service over to a new provider.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.terminations[0];
      if (!first || c.terminations.some((t) => t.transitions.length)) continue;
      report({
        message:
          'The termination terms do not oblige the provider to help hand the service over to a new provider, so the client may be left without service when the agreement ends: add a `transition` line, e.g. `transition 60 days`.',
        span: first.stmt.lineSpan,
        fixes: addToTermination(parse, c, 'Add an exit-assistance period', 'transition ${1:60} days'),
      });
    }
  },
};
