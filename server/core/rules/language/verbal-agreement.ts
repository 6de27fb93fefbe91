/** verbal-agreement: prose relies on a promise or approval made only by word of mouth ("as verbally agreed", "approved on a call"). */
import type { Rule } from '../../types.js';
import { quoted, reportLexicon } from './prose.js';

export const verbalAgreement: Rule = {
  code: 'verbal-agreement',
  severity: 'error',
  category: 'language',
  protects: 'both',
  description: 'Prose relies on an oral promise or an informal approval ("as verbally agreed", "as discussed", "approved on a call") instead of writing the promise down.',
  check(ctx) {
    reportLexicon(ctx, 'verbal-agreement', (m) => `${quoted(m)} relies on a promise that is not in the contract: ${m.entry.advice}.`);
  },
};
