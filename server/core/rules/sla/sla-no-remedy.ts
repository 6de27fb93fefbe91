/** sla-no-remedy: an SLA with targets but no `credit`, a promise without a consequence. */
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';
import { hasTargets, isValidPercent } from './sla-values.js';

export const slaNoRemedy: Rule = {
  code: 'sla-no-remedy',
  severity: 'warning',
  category: 'sla',
  protects: 'client',
  description: 'An SLA owes nothing when it is missed: it has no service credit.',
  check({ parse, config, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        // An SLA without any target is `sla-no-target`'s; there is nothing to miss yet.
        if (sla.credits.length || !hasTargets(sla)) continue;
        const name = sla.name ? `SLA \`${sla.name.text}\`` : 'This SLA';
        // Tie the credit to the uptime promised, unless that uptime is itself unrealistic.
        const uptime = sla.uptimes.map((u) => u.value).find((v) => isValidPercent(v) && v.value < config.sla.maxUptimePercent);
        const snippet = uptime ? `credit \${1:10}% when below \${2:${uptime.text.slice(0, -1)}}%` : 'credit ${1:5}% per breach';
        const example = uptime ? `credit 10% when below ${uptime.text}` : 'credit 5% per breach';
        const fix = insertInBlockFix(parse, sla.stmt, 'Add a service credit', snippet);
        report({
          message: `${name} owes nothing when it is missed, so it is a promise without a consequence: add a service credit, e.g. \`${example}\`, and a \`credit_cap\`.`,
          span: sla.stmt.lineSpan,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
