/** missing-required-clause: a clause that the configuration lists as required (`requiredClauses`) is absent. */
import { kindOf } from '../../family.js';
import type { Rule } from '../../types.js';
import { liabilitySkeleton } from '../liability/missing-liability.js';
import { contractHeadSpan, insertClauseFix } from '../util.js';
import { clauseSkeleton } from './skeletons.js';

export const missingRequiredClause: Rule = {
  code: 'missing-required-clause',
  severity: 'warning',
  category: 'missing',
  protects: 'both',
  description: 'A clause that the configuration lists as required is absent.',
  check({ parse, config, contracts, report }) {
    if (config.requiredClauses.length === 0) return;
    for (const c of contracts) {
      if (!c.stmt.block) continue;
      // The clauses an organisation requires are the agreement's: a master's, not each of its orders and addenda.
      const kind = kindOf(c);
      if (kind !== 'agreement' && kind !== 'master') continue;
      const present = new Set(c.clauses.map((cl) => cl.name?.text.toLowerCase()).filter((n): n is string => !!n));
      // Version 2 writes these terms as blocks the checker reads; a block stands for the clause of its name.
      if (c.liabilities.length) present.add('liability');
      if (c.changes.length) present.add('changes');
      if (c.milestones.length) present.add('milestones');
      for (const name of config.requiredClauses) {
        if (present.has(name.toLowerCase())) continue;
        report({
          message: `This contract has no \`${name}\` clause, which your configuration (requiredClauses in clausewise.json) requires: add \`clause ${name} "Heading" { text """…""" }\` with its terms.`,
          span: contractHeadSpan(c),
          // A required liability clause is best written as the block the checker reads (it stands for the clause).
          fixes: [
            name.toLowerCase() === 'liability'
              ? insertClauseFix(parse, c, 'liability', 'Add a liability block', liabilitySkeleton(c, config.policy.minLiabilityCapMonths))
              : insertClauseFix(parse, c, 'clause', `Add a ${name} clause`, clauseSkeleton(name)),
          ],
          data: { missing: name },
        });
      }
    }
  },
};
