/** sla-claim-window-short: service credits must be claimed within less than `policy.minClaimWindowDays`. */
import { fieldValue, fieldWord } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { formatMinutes, formatSpan } from '../../time.js';
import { policyPosition, slaItems, slaLabel, spanOf } from './sla-values.js';

const DAY = 1440;

const FROM: Record<string, string> = {
  month_end: 'the end of the month',
  incident: 'the incident',
  eligibility: 'the credit becomes due',
};

export const slaClaimWindowShort: Rule = {
  code: 'sla-claim-window-short',
  severity: 'warning',
  category: 'sla',
  protects: 'client',
  description: 'Service credits must be claimed so soon that a client can lose them before it has the figures to claim.',
  check({ config, contracts, report }) {
    const days = config.policy.minClaimWindowDays;
    for (const c of contracts) {
      for (const sla of c.slas) {
        for (const claim of slaItems(sla, 'claim')) {
          // `claim automatic` needs no claim at all.
          const within = fieldValue(claim.fields, 'within');
          const span = spanOf(within);
          if (!within || span === undefined) continue;
          // The client's worst case is the shortest placement: 1 month is 28 days in February.
          if (span.min >= days * DAY) continue;
          const from = FROM[fieldWord(claim.fields, 'from') ?? ''];
          const length = span.min === span.max ? '' : ` (as little as ${formatMinutes(span.min)}: ${formatSpan(span)})`;
          report({
            message: `${slaLabel(sla)} makes the client claim credits within ${within.text}${from ? ` of ${from}` : ''}${length}, below ${policyPosition(config, 'minClaimWindowDays', `${days} days`, 'minimum claim window')}: allow at least ${days} days, or make credits automatic with \`claim automatic\`.`,
            span: within.span,
            // The window is the parties' choice; the policy position is only the placeholder.
            fixes: [{ title: `Allow ${days} days to claim`, edits: [{ span: within.span, newText: `${days} days` }], snippet: `\${1:${days}} days`, preferred: false }],
          });
        }
      }
    }
  },
};
