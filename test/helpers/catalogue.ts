/**
 * The diagnostics catalogue, kept here so that a rule dropped from the
 * registry fails a test: version 1 (RULES.md), version 2 (RULES-V2.md) and
 * its family codes.
 */
export const CATALOGUE_V1: readonly string[] = [
  'syntax-error', 'unknown-statement', 'invalid-date', 'invalid-percent', 'unknown-currency', 'missing-unit',
  'missing-party', 'missing-scope', 'missing-sla', 'missing-payment', 'missing-data-protection', 'missing-term',
  'missing-termination', 'missing-reporting', 'missing-required-clause',
  'sla-no-target', 'sla-unmeasurable', 'sla-no-window', 'sla-no-measurement', 'sla-no-remedy', 'sla-unrealistic',
  'sla-inconsistent', 'sla-unknown-service', 'service-without-sla',
  'payment-no-amount', 'payment-no-currency', 'payment-no-due-date', 'payment-no-late-terms', 'payment-no-model',
  'payment-tm-no-rates', 'payment-uncapped-expenses', 'payment-uncapped-increase', 'payment-mixed-currency',
  'dp-no-breach-notice', 'dp-breach-notice-too-slow', 'dp-no-regulation', 'dp-no-access-control', 'dp-no-data-return',
  'renewal-no-notice', 'renewal-notice-too-long', 'termination-no-cause', 'termination-no-convenience',
  'termination-no-transition', 'termination-fee-unclear',
  'vague-term', 'agreement-to-agree', 'verbal-agreement', 'undefined-reference',
  'duplicate-name',
  'nesting-too-deep',
];

/** Version 2: the closed-slot check, and every non-family code of RULES-V2.md. */
export const CATALOGUE_V2: readonly string[] = [
  'invalid-value', 'conflicting-statements',
  'sla-credit-below-commitment', 'sla-sole-remedy-weak', 'sla-no-chronic-failure', 'sla-claim-window-short',
  'sla-maintenance-uncapped', 'sla-measured-by-provider-only', 'sla-window-limited', 'sla-no-incident-notice',
  'missing-liability', 'liability-cap-low', 'liability-no-carveout', 'indemnity-no-ip',
  'dp-no-subprocessor-control', 'dp-no-audit', 'dp-no-deletion', 'dp-transfer-unstated',
  'change-unilateral-no-exit', 'change-unilateral-no-notice', 'payment-index-uncapped', 'payment-suspension-no-notice',
  'payment-no-dispute-process', 'renewal-notice-trap', 'term-indefinite', 'termination-transition-unpriced',
  'milestone-no-acceptance', 'payment-before-acceptance', 'playbook-deviation',
  'number-mismatch',
];

/** Contract families (issue 12, RULES-V2.md "Families"): fixtures are folders, test/fixtures/families/. */
export const CATALOGUE_FAMILY: readonly string[] = [
  'family-master-not-found', 'family-kind-mismatch', 'family-party-mismatch', 'family-term-exceeds-master', 'family-currency-mismatch',
];

export const CATALOGUE: readonly string[] = [...CATALOGUE_V1, ...CATALOGUE_V2, ...CATALOGUE_FAMILY];
