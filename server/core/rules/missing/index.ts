/** The rules of the "missing" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { missingDataProtection } from './missing-data-protection.js';
import { missingParty } from './missing-party.js';
import { missingPayment } from './missing-payment.js';
import { missingReporting } from './missing-reporting.js';
import { missingRequiredClause } from './missing-required-clause.js';
import { missingScope } from './missing-scope.js';
import { missingSla } from './missing-sla.js';
import { missingTerm } from './missing-term.js';
import { missingTermination } from './missing-termination.js';

export const rules: Rule[] = [
  missingParty,
  missingScope,
  missingSla,
  missingPayment,
  missingDataProtection,
  missingTerm,
  missingTermination,
  missingReporting,
  missingRequiredClause,
];
