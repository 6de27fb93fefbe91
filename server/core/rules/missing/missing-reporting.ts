/** missing-reporting: the contract sets up no reports or reviews through which the client monitors the provider. */
import { missingBlockRule } from './block-rule.js';
import { REPORTING_SKELETON } from './skeletons.js';

export const missingReporting = missingBlockRule({
  code: 'missing-reporting',
  severity: 'info',
  protects: 'client',
  keyword: 'reporting',
  description: 'The contract sets up no ongoing monitoring of the provider.',
  message:
    'This contract has no `reporting` block: the client gets no regular reports or reviews to check the provider against the SLAs. Add one, e.g. `reporting { report monthly "SLA performance" review quarterly }`.',
  fixTitle: 'Add a reporting block',
  skeleton: REPORTING_SKELETON,
  present: (c) => c.reportings.length > 0,
});
