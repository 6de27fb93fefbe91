/** dp-no-data-return: the data-protection terms do not say what happens to the client's data when the agreement ends. */
import type { Rule } from '../../types.js';
import { addToDataProtection } from './shared.js';

export const dpNoDataReturn: Rule = {
  code: 'dp-no-data-return',
  severity: 'warning',
  category: 'data-protection',
  protects: 'client',
  description: "The data-protection terms do not say when the client's data is returned after the agreement ends.",
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.dataProtections[0];
      if (!first || c.dataProtections.some((d) => d.returnData.length)) continue;
      report({
        message:
          "The data-protection terms do not say what happens to the client's data when the agreement ends, so the client may lose it or the provider may keep it: add a deadline for returning it, e.g. `return_data within 30 days after termination`.",
        span: first.stmt.lineSpan,
        fixes: addToDataProtection(parse, c, 'Add a data-return deadline', 'return_data within ${1:30} days after termination'),
      });
    }
  },
};
