/** missing-data-protection: the contract says nothing about protecting the client's data. */
import { missingBlockRule } from './block-rule.js';
import { DATA_PROTECTION_SKELETON } from './skeletons.js';

export const missingDataProtection = missingBlockRule({
  code: 'missing-data-protection',
  severity: 'warning',
  protects: 'client',
  keyword: 'data_protection',
  description: "The contract has no terms on protecting the client's data.",
  message:
    "This contract has no `data_protection` block: add one, e.g. `data_protection { comply GDPR breach_notice within 48 hours … }`.",
  fixTitle: 'Add a data protection block',
  skeleton: DATA_PROTECTION_SKELETON,
  present: (c) => c.dataProtections.length > 0,
});
