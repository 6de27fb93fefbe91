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
        const fixes = [
          insertInBlockFix(parse, sla.stmt, 'Add an uptime target', 'uptime ${1:99.9}% ${2|monthly,quarterly,yearly|}'),
          insertInBlockFix(parse, sla.stmt, 'Add response and resolution times', 'priority ${1|critical,high,normal,low|} respond within ${2:1 hour} resolve within ${3:1 business_day}'),
        ].filter((f) => f !== undefined);
        if (fixes[1]) fixes[1].preferred = false;
        report({
          message: `${name} sets no measurable target, so it cannot be breached: add an \`uptime\`, \`priority\` or \`target\` line, e.g. \`uptime 99.9% monthly\` or \`priority critical respond within 15 minutes resolve within 4 hours\`.`,
          span: sla.stmt.lineSpan,
          fixes,
        });
      }
    }
  },
};
