/** verbal-agreement: prose relies on a promise that was only made orally, such as "as verbally agreed". */
import type { Rule } from '../../types.js';
import { quoted, reportLexicon } from './prose.js';

export const verbalAgreement: Rule = {
  code: 'verbal-agreement',
  severity: 'error',
  category: 'language',
  protects: 'both',
  description: 'Prose relies on an oral promise ("as verbally agreed", "as discussed") instead of writing the promise down.',
  check(ctx) {
    reportLexicon(
      ctx,
      'verbal-agreement',
      (m, example) => `${quoted(m)} relies on a promise that is not in the contract. ${m.entry.why} Write the promise into the contract itself, e.g. \`${example}\`.`,
    );
  },
};
