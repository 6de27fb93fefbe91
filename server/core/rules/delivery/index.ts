/** The rules of the "delivery" family (RULES-V2.md), in catalogue order. */
import type { Rule } from '../../types.js';
import { milestoneNoAcceptance } from './milestone-no-acceptance.js';
import { paymentBeforeAcceptance } from './payment-before-acceptance.js';

export const rules: Rule[] = [milestoneNoAcceptance, paymentBeforeAcceptance];
