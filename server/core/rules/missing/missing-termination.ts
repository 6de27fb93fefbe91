/** missing-termination: the contract gives no way to end it and no exit assistance. */
import { missingBlockRule } from './block-rule.js';
import { TERMINATION_SKELETON } from './skeletons.js';

export const missingTermination = missingBlockRule({
  code: 'missing-termination',
  severity: 'warning',
  protects: 'both',
  keyword: 'termination',
  description: 'The contract does not say how either party can end it, or what exit assistance is owed.',
  message:
    'This contract has no `termination` block: it does not say how either party can end it, or how the provider hands over to a successor. Add one, e.g. `termination { for_cause either cure 30 days transition 60 days }`.',
  fixTitle: 'Add a termination block',
  skeleton: TERMINATION_SKELETON,
  present: (c) => c.terminations.length > 0,
});
