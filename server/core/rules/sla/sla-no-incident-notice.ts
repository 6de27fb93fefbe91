/** sla-no-incident-notice: an incident SLA never tells the client about an outage. */
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';
import { slaItems, slaLabel } from './sla-values.js';

export const slaNoIncidentNotice: Rule = {
  code: 'sla-no-incident-notice',
  severity: 'info',
  category: 'sla',
  protects: 'client',
  description: 'An incident SLA sets response and resolution times but never obliges the provider to tell the client about an outage.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        if (!sla.priorities.length) continue;
        // `notify incident` tells the client too; a misspelt event is `invalid-value`'s.
        if (slaItems(sla, 'notify').length) continue;
        report({
          message: `${slaLabel(sla)} sets response and resolution times but never obliges the provider to tell the client about an outage: add a notice, e.g. \`notify outage within 30 minutes\`.`,
          span: sla.stmt.lineSpan,
          // Built only when asked for: this rule reports every incident SLA of a contract without notices.
          fixes: () => {
            const fix = insertInBlockFix(parse, sla.stmt, 'Add an outage notice', 'notify outage within ${1:30 minutes}');
            return fix ? [{ ...fix, preferred: false }] : [];
          },
        });
      }
    }
  },
};
