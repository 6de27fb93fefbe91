/** nesting-too-deep: blocks nested past the parser's limit; the block is reported once and skipped, the rest is checked. */
import { NESTING_TOO_DEEP } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';

export const nestingTooDeep: Rule = {
  code: NESTING_TOO_DEEP,
  severity: 'error',
  category: 'syntax',
  protects: 'both',
  description: 'Blocks are nested so deep that the innermost cannot be checked; they are skipped and the rest of the contract is checked.',
  check({ parse, report }) {
    for (const issue of parse.issues) if (issue.code === NESTING_TOO_DEEP) report({ message: issue.message, span: issue.span });
  },
};
