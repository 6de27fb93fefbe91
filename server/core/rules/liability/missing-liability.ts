/** missing-liability: the contract has no `liability` block, so nothing limits or allocates either party's liability. */
import type { ContractNode } from '../../../../grammar/index.js';
import { asks } from '../../family.js';
import type { Rule } from '../../types.js';
import { contractHeadSpan, insertClauseFix, snippetToText } from '../util.js';
import { softwareServices } from './shared.js';

/** The skeleton to insert: every value a placeholder; the lines a contract of this kind is checked for. */
export function liabilitySkeleton(c: ContractNode, minMonths: number): string {
  const lines = ['liability {', `  cap \${1:${minMonths}} months fees`, '  exclude ${2:indirect, consequential, lost_profits}'];
  let n = 3;
  if (c.dataProtections.length) lines.push(`  uncapped \${${n++}:confidentiality, data_breach}`);
  if (softwareServices(c).length) lines.push(`  indemnify provider for \${${n++}:ip_infringement}`);
  lines.push('}');
  return lines.join('\n');
}

export const missingLiability: Rule = {
  code: 'missing-liability',
  severity: 'warning',
  category: 'liability',
  description: 'The contract has no `liability` block: no cap, no excluded losses, nothing carved out.',
  // A cap protects the provider; exclusions, carve-outs and indemnities protect the client: both need the block.
  protects: 'both',
  check({ parse, config, contracts, family, report }) {
    const required = config.requiredClauses.some((n) => n.toLowerCase() === 'liability');
    for (const c of contracts) {
      // A contract without a body is a syntax error; listing every missing clause would only add noise.
      if (!c.stmt.block || c.liabilities.length) continue;
      // A member of a family is asked only what its kind is for; a master's liability terms are inherited.
      if (!asks(family, c, 'liability')) continue;
      const prose = c.clauses.find((cl) => /liabilit/i.test(cl.name?.text ?? ''));
      // `requiredClauses: ["liability"]` makes `missing-required-clause` report the same gap at the same place.
      if (required && !c.clauses.some((cl) => cl.name?.text.toLowerCase() === 'liability')) continue;
      const min = config.policy.minLiabilityCapMonths;
      const body = liabilitySkeleton(c, min);
      const example = snippetToText(body).split('\n').map((l) => l.trim()).join(' ');
      const why = prose
        ? `The clause \`${prose.name!.text}\` is prose the checker cannot read: state its terms in a \`liability\` block`
        : `This contract has no \`liability\` block: add one`;
      const fix = insertClauseFix(parse, c, 'liability', 'Add a liability block', body);
      report({
        message: `${why}, e.g. \`${example}\`.`,
        span: contractHeadSpan(c),
        // Every figure and word of it is negotiated: the skeleton's values are placeholders, never applied by "fix all".
        fixes: [{ ...fix, preferred: false }],
        data: { missing: 'liability' },
      });
    }
  },
};
