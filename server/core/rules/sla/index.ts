/** The rules of the "sla" family, in catalogue order. */
import type { Rule } from '../../types.js';

export const rules: Rule[] = [];
