/** agreement-to-agree: prose leaves a term open for later agreement, such as "to be agreed" or "TBD". */
import type { Rule } from '../../types.js';
import { quoted, reportLexicon } from './prose.js';

export const agreementToAgree: Rule = {
  code: 'agreement-to-agree',
  severity: 'error',
  category: 'language',
  protects: 'both',
  description: 'Prose leaves a term open for later agreement ("to be agreed", "TBD"), so the term is not binding.',
  check(ctx) {
    reportLexicon(
      ctx,
      'agreement-to-agree',
      (m, example) => `${quoted(m)} leaves this term open. ${m.entry.why} Settle it before signing and write it down, e.g. \`${example}\`.`,
    );
  },
};
