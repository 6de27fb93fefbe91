/** invalid-percent: a percentage outside 0–100 where a share is meant. */
import type { Rule } from '../../types.js';
import { valuesOfKind } from './walk.js';

export const invalidPercent: Rule = {
  code: 'invalid-percent',
  severity: 'error',
  category: 'syntax',
  protects: 'both',
  description: 'A percentage above 100% (or below 0%), which cannot be a share of anything.',
  check({ parse, report }) {
    for (const v of valuesOfKind(parse, 'percent')) {
      if (v.value >= 0 && v.value <= 100) continue;
      report({
        message: `\`${v.text}\` is not a possible share: write a percentage between 0% and 100%, e.g. \`99.9%\` rather than \`999%\`.`,
        span: v.span,
        data: { value: v.value },
      });
    }
  },
};
