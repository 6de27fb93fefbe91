/** dp-no-regulation: the data-protection terms name no regulation or standard the provider complies with. */
import { REGULATION_IDS } from '../../regulations.js';
import type { Rule } from '../../types.js';
import { addToDataProtection } from './shared.js';

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
        fixes: addToDataProtection(parse, c, 'Add the regulations the provider complies with', `comply \${1|${REGULATION_IDS.join(',')}|}`, false),
      });
    }
  },
};
