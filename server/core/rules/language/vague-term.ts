/** vague-term: prose uses a standard that cannot be checked, such as "best efforts" or "promptly". */
import type { Rule } from '../../types.js';
import { quoted, reportLexicon } from './prose.js';

export const vagueTerm: Rule = {
  code: 'vague-term',
  severity: 'warning',
  category: 'language',
  protects: 'both',
  description: 'Prose uses a standard that nobody can check, such as "best efforts", "promptly" or "as needed".',
  check(ctx) {
    reportLexicon(ctx, 'vague-term', (m, example) => `${quoted(m)} cannot be checked. ${m.entry.why} Write a measurable commitment instead, e.g. \`${example}\`.`);
  },
};
