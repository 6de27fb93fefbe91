/** missing-scope: the contract has no `scope`, or its scope names no `service`. */
import { asks } from '../../family.js';
import type { Rule } from '../../types.js';
import { contractHeadSpan, insertClauseFix, insertInBlockFix } from '../util.js';
import { scopeSkeleton, serviceSkeleton } from './skeletons.js';

export const missingScope: Rule = {
  code: 'missing-scope',
  severity: 'error',
  category: 'missing',
  protects: 'both',
  description: 'The contract does not say which services the provider delivers.',
  check({ parse, contracts, family, report }) {
    for (const c of contracts) {
      // A contract without a body is a syntax error; listing every missing clause would only add noise.
      if (!c.stmt.block) continue;
      // A master leaves the scope to its orders; schedules, addenda, DPAs and BAAs have none of their own.
      if (!asks(family, c, 'scope')) continue;
      // The skeleton defines the services the SLAs already refer to, so that they resolve.
      const named = [...new Set(c.slas.flatMap((s) => s.services.map((w) => w.text)))];
      if (c.scopes.length === 0) {
        report({
          message:
            'This contract has no `scope`: it does not say what the provider delivers. Add one with at least one service, e.g. `scope { service helpdesk "Help desk support" }`.',
          span: contractHeadSpan(c),
          fixes: [insertClauseFix(parse, c, 'scope', 'Add a scope of services', scopeSkeleton(named))],
          data: { missing: 'scope' },
        });
        continue;
      }
      if (c.scopes.some((s) => s.services.length > 0)) continue;
      for (const scope of c.scopes) {
        const fix = insertInBlockFix(parse, scope.stmt, named.length > 1 ? 'Add the services' : 'Add a service', serviceSkeleton(named));
        report({
          message:
            'This scope names no `service`, so the contract does not say what the provider delivers. Add one, e.g. `service helpdesk "Help desk support" { hours 24x7 }`.',
          span: scope.stmt.lineSpan,
          fixes: fix ? [fix] : [],
          data: { missing: 'service' },
        });
      }
    }
  },
};
