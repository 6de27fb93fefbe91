/** syntax-error: the text does not parse; the message says what was expected, in plain words. */
import type { Rule } from '../../types.js';

export const syntaxError: Rule = {
  code: 'syntax-error',
  severity: 'error',
  category: 'syntax',
  protects: 'both',
  description: 'The text does not follow the contract language, so part of it cannot be read.',
  check({ parse, report }) {
    for (const issue of parse.issues) if (!issue.code) report({ message: issue.message, span: issue.span });
  },
};
