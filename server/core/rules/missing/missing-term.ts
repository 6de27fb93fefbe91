/** missing-term: the contract does not say how long it runs or whether it renews. */
import { missingBlockRule } from './block-rule.js';
import { TERM_SKELETON } from './skeletons.js';

export const missingTerm = missingBlockRule({
  code: 'missing-term',
  severity: 'warning',
  protects: 'both',
  keyword: 'term',
  description: 'The contract does not say how long it runs or whether it renews.',
  message:
    'This contract has no `term` block: it does not say how long it runs or whether it renews. Add one, e.g. `term { initial 24 months renewal manual }`.',
  fixTitle: 'Add a term block',
  skeleton: TERM_SKELETON,
  present: (c) => c.terms.length > 0,
});
