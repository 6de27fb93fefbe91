/** dp-no-audit: the GDPR (or UK GDPR) applies and the client has no way to audit the provider's processing. */
import type { Rule } from '../../types.js';
import { addToDataProtection, appliedRegulations, dpStatements } from './shared.js';

const AUDIT_LAWS: Record<string, string> = { GDPR: 'GDPR Art. 28(3)(h)', UK_GDPR: 'UK GDPR Art. 28(3)(h)' };

export const dpNoAudit: Rule = {
  code: 'dp-no-audit',
  severity: 'warning',
  category: 'data-protection',
  description: 'The GDPR or UK GDPR applies and the client has no audit right: neither `audit client` nor `audit reports …` (Art. 28(3)(h)).',
  // Art. 28(3) says what the contract must contain; a processor that signs one without it is in breach too.
  protects: 'both',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.dataProtections[0];
      if (!first) continue;
      const laws = appliedRegulations(c).filter((r) => r in AUDIT_LAWS);
      if (!laws.length) continue;
      // `audit client` and `audit reports …` both satisfy it; any other word is `invalid-value`'s, reported once there.
      const audits = dpStatements(c, 'audit');
      if (audits.some((m) => m.stmt.args.some((a) => a.kind !== 'comma'))) continue;
      const bare = audits[0];
      const names = laws.join(' and ');
      const sources = laws.map((l) => AUDIT_LAWS[l]).join(', ');
      report({
        message: `${names} ${laws.length > 1 ? 'apply' : 'applies'}, but the client has no way to check the provider's processing (${sources}): ${bare ? 'say who audits, e.g. ' : 'add an audit right, e.g. '}\`audit client yearly notice 30 days\`, or independent reports, e.g. \`audit reports "SOC 2 Type II" yearly\`.`,
        span: bare ? bare.stmt.lineSpan : first.stmt.lineSpan,
        // Own audits or reports, and how often, are the parties' choice: a snippet, never preferred.
        fixes: bare
          ? [{ title: 'Add an audit right', edits: [{ span: bare.stmt.lineSpan, newText: 'audit client yearly' }], snippet: 'audit ${1|client,reports|} ${2|yearly,quarterly|}', preferred: false }]
          : addToDataProtection(parse, c, 'Add an audit right', 'audit ${1|client,reports|} ${2|yearly,quarterly|}'),
      });
    }
  },
};
