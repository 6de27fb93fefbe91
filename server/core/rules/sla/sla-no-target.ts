/** sla-no-target: an SLA with no `uptime`, `priority` or `target` statement promises nothing measurable. */
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';

export const slaNoTarget: Rule = {
  code: 'sla-no-target',
  severity: 'error',
  category: 'sla',
  protects: 'client',
  description: 'An SLA states no measurable target: no uptime, no response or resolution times, no other target.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        if (sla.uptimes.length || sla.priorities.length || sla.targets.length) continue;
        const name = sla.name ? `\`${sla.name.text}\`` : 'This SLA';
        // A target with nothing owed when it is missed is `sla-no-remedy`: without credits, each fix adds one too (tab stops).
        const credit = !sla.credits.length;
        const fixes = [
          insertInBlockFix(
            parse,
            sla.stmt,
            credit ? 'Add an uptime target and its service credit' : 'Add an uptime target',
            `uptime \${1:99.9}% \${2|monthly,quarterly,yearly|}${credit ? '\ncredit ${3:10}% when below ${1:99.9}%' : ''}`,
          ),
          insertInBlockFix(
            parse,
            sla.stmt,
            credit ? 'Add response and resolution times and a service credit' : 'Add response and resolution times',
            `priority \${1|critical,high,normal,low|} respond within \${2:1 hour} resolve within \${3:1 business_day}${credit ? '\ncredit ${4:5}% per breach' : ''}`,
          ),
        ].filter((f) => f !== undefined);
        report({
          message: `${name} sets no measurable target, so it cannot be breached: add an \`uptime\`, \`priority\` or \`target\` line, e.g. \`uptime 99.9% monthly\` or \`priority critical respond within 15 minutes resolve within 4 hours\`.`,
          span: sla.stmt.lineSpan,
          fixes,
        });
      }
    }
  },
};
