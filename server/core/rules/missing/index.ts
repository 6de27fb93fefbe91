/** The rules of the "missing" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { missingPayment } from './missing-payment.js';

export const rules: Rule[] = [missingPayment];
