/** term-indefinite: an evergreen agreement (`until_terminated`) that the client cannot end on notice. */
import type { Rule } from '../../types.js';
import { addToTermination, clientCanLeaveOnNotice } from './shared.js';

export const termIndefinite: Rule = {
  code: 'term-indefinite',
  severity: 'info',
  category: 'term',
  protects: 'client',
  description: 'The agreement runs until terminated, but the client has no right to end it on notice.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      if (clientCanLeaveOnNotice(c)) continue;
      for (const t of c.terms) {
        for (const m of t.items) {
          if (m.keyword !== 'until_terminated') continue;
          report({
            message:
              'The agreement runs until one side ends it, but the client has no right to end it on notice (`for_convenience client` or `either`): add a termination right, e.g. `for_convenience client notice 90 days`.',
            span: m.stmt.head.span,
            // Whether, and on what notice, is for the parties to agree: offered, never applied by "fix all".
            fixes: addToTermination(parse, c, 'Let the client end the agreement on notice', 'for_convenience ${1|client,either|} notice ${2:90} days'),
          });
        }
      }
    }
  },
};
