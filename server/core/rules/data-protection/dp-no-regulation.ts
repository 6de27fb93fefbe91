/** dp-no-regulation: the data-protection terms name no regulation or standard the provider complies with. */
import { REGULATION_IDS } from '../../regulations.js';
import type { ContractNode } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { addToDataProtection, dpStatements } from './shared.js';

/** Whether the block already says who audits and how subprocessors are controlled. */
function missingTerms(c: ContractNode): { audit: boolean; subprocessors: boolean } {
  return { audit: !dpStatements(c, 'audit').length, subprocessors: !dpStatements(c, 'subprocessors').length };
}

function title(c: ContractNode): string {
  const m = missingTerms(c);
  const extra = [m.audit ? 'an audit right' : '', m.subprocessors ? 'control of subprocessors' : ''].filter(Boolean).join(' and ');
  return `Add the regulations the provider complies with${extra ? `, with ${extra}` : ''}`;
}

function snippet(c: ContractNode): string {
  const m = missingTerms(c);
  const lines = [`comply \${1|${REGULATION_IDS.join(',')}|}`];
  let n = 2;
  if (m.audit) lines.push(`audit \${${n++}|client,reports|} \${${n++}|yearly,quarterly|}`);
  if (m.subprocessors) lines.push(`subprocessors \${${n++}|approval client,notify objection,flow_down|}`);
  return lines.join('\n');
}

export const dpNoRegulation: Rule = {
  code: 'dp-no-regulation',
  severity: 'info',
  category: 'data-protection',
  protects: 'client',
  description: 'The data-protection terms name no regulation or standard (GDPR, HIPAA, …) that the provider complies with.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.dataProtections[0];
      if (!first || c.dataProtections.some((d) => d.comply.length)) continue;
      report({
        message: `The data-protection terms name no law or standard the provider must comply with, so the client cannot hold it to one: add the ones that apply, e.g. \`comply GDPR\` (accepted: ${REGULATION_IDS.join(', ')}).`,
        span: first.stmt.lineSpan,
        // Which law applies is a legal decision, so the fix offers a choice and is not applied by "fix all".
        // The first choice, GDPR, requires an audit right and control of subprocessors: the fix adds the
        // missing ones as choices too, so that accepting it as it stands raises no new problem.
        fixes: addToDataProtection(parse, c, title(c), snippet(c)),
      });
    }
  },
};
