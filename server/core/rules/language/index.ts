/** The rules of the "language" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { agreementToAgree } from './agreement-to-agree.js';
import { numberMismatch } from './number-mismatch.js';
import { undefinedReference } from './undefined-reference.js';
import { vagueTerm } from './vague-term.js';
import { verbalAgreement } from './verbal-agreement.js';

export const rules: Rule[] = [vagueTerm, agreementToAgree, verbalAgreement, undefinedReference, numberMismatch];
