/** sla-measured-by-provider-only: only the provider measures the SLA, so the client cannot verify a breach. */
import { fieldWord } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';
import { slaItems, slaLabel } from './sla-values.js';

export const slaMeasuredByProviderOnly: Rule = {
  code: 'sla-measured-by-provider-only',
  severity: 'info',
  category: 'sla',
  protects: 'client',
  description: 'Only the provider measures the service level, so the client has no evidence of its own when it claims a breach.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        const measures = slaItems(sla, 'measured_by');
        const byProvider = measures.filter((m) => fieldWord(m.fields, 'who') === 'provider');
        // A `measured_by "…"` that names nobody (version 1) says nothing about who measures.
        if (!byProvider.length || measures.some((m) => fieldWord(m.fields, 'who') !== 'provider')) continue;
        const first = byProvider[0]!;
        const fix = insertInBlockFix(parse, sla.stmt, 'Add a measurement the client can check', 'measured_by ${1|independent,client|} "${2:How it is measured}"');
        if (fix) fix.preferred = false;
        report({
          message: `Only the provider measures ${slaLabel(sla, true)}: add a measurement the client can check, e.g. \`measured_by independent "External probe every 60 seconds from two regions"\` or \`measured_by client "…"\`, or let the client's records count.`,
          span: first.stmt.lineSpan,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
