/** dp-no-deletion: nothing says the client's data is deleted after the agreement ends, or nothing proves it. */
import type { Rule } from '../../types.js';
import { addToDataProtection, appendToStatement, dpStatements } from './shared.js';

export const dpNoDeletion: Rule = {
  code: 'dp-no-deletion',
  severity: 'info',
  category: 'data-protection',
  description: "The data-protection terms do not say that the client's data is deleted after the agreement ends (`delete_data`), or not that the deletion is certified.",
  protects: 'client',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.dataProtections[0];
      if (!first) continue;
      const deletes = dpStatements(c, 'delete_data');
      if (deletes.some((m) => m.fields.certified !== undefined)) continue;
      const uncertified = deletes[0];
      if (uncertified) {
        const text = parse.text.slice(uncertified.stmt.lineSpan.start, uncertified.stmt.lineSpan.end);
        report({
          message: `\`${text}\` promises deletion but no proof of it: add \`certified\` (the provider confirms the deletion in writing), e.g. \`${text} certified\`.`,
          span: uncertified.stmt.lineSpan,
          fixes: [appendToStatement(uncertified.stmt, 'Require a certificate of deletion', 'certified')],
        });
        continue;
      }
      const returns = c.dataProtections.some((d) => d.returnData.length);
      report({
        message: `The data-protection terms do not say that the client's data is deleted when the agreement ends${returns ? ' (returning it leaves the provider\'s copies in place)' : ''}: add a deadline and a certificate, e.g. \`delete_data within 30 days certified\`.`,
        span: first.stmt.lineSpan,
        // How long the provider has is the parties' choice: a snippet, not preferred.
        fixes: addToDataProtection(parse, c, 'Add deletion of data after exit', 'delete_data within ${1:30} days after termination certified'),
      });
    }
  },
};
