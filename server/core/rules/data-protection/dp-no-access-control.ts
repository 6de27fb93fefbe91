/** dp-no-access-control: the data-protection terms do not say who may access the client's data. */
import type { Rule } from '../../types.js';
import { addToDataProtection } from './shared.js';

export const dpNoAccessControl: Rule = {
  code: 'dp-no-access-control',
  severity: 'warning',
  category: 'data-protection',
  protects: 'client',
  description: "The data-protection terms do not say who may access the client's data, or how access is controlled.",
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.dataProtections[0];
      if (!first || c.dataProtections.some((d) => d.access.length)) continue;
      report({
        message:
          "The data-protection terms do not say who at the provider may access the client's data, or how that access is controlled: add an `access` line, e.g. `access \"Named provider engineers only, with multi-factor authentication\"`.",
        span: first.stmt.lineSpan,
        fixes: addToDataProtection(parse, c, 'Add who may access the data', 'access "${1:Named provider engineers only, with multi-factor authentication}"'),
      });
    }
  },
};
