/** sla-no-measurement: an SLA with targets but no `measured_by`, so nobody can tell whether it was met. */
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';
import { hasTargets } from './sla-values.js';

export const slaNoMeasurement: Rule = {
  code: 'sla-no-measurement',
  severity: 'warning',
  category: 'sla',
  protects: 'both',
  description: 'An SLA does not say how its targets are measured.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        // An SLA without any target is `sla-no-target`'s; there is nothing to measure yet.
        if (sla.measuredBy.length || !hasTargets(sla)) continue;
        const name = sla.name ? `SLA \`${sla.name.text}\`` : 'This SLA';
        const fix = insertInBlockFix(parse, sla.stmt, 'Add how the SLA is measured', 'measured_by "${1:How the service level is measured}"');
        report({
          message: `${name} does not say how its targets are measured, so nobody can show whether they were met: add a \`measured_by\` line, e.g. \`measured_by "External probe every 60 seconds from two regions"\`.`,
          span: sla.stmt.lineSpan,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
