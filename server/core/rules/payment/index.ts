/** The rules of the "payment" family, in catalogue order. */
import type { Rule } from '../../types.js';

export const rules: Rule[] = [];
