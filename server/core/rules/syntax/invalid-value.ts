/** invalid-value: a word outside the set a statement's slot allows (`late_fee 1% fortnightly`), with "did you mean". */
import { INVALID_VALUE } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { mechanicalFix } from '../util.js';

export const invalidValue: Rule = {
  code: INVALID_VALUE,
  severity: 'error',
  category: 'syntax',
  protects: 'both',
  description: 'A word that the statement does not take in that place (a period, a kind, a mode), with the nearest word it does take.',
  check({ parse, report }) {
    for (const issue of parse.issues) {
      if (issue.code !== INVALID_VALUE) continue;
      const s = issue.suggestion;
      // Replacing a misspelt word by the one word it is closest to is mechanical; a choice among several is not offered.
      report({
        message: issue.message,
        span: issue.span,
        fixes: s !== undefined ? [mechanicalFix(`Change to \`${s}\``, [{ span: issue.span, newText: s }])] : [],
        data: s !== undefined ? { suggestion: s } : undefined,
      });
    }
  },
};
