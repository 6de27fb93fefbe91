/** The rules of the "references" family, in catalogue order. */
import type { Rule } from '../../types.js';

export const rules: Rule[] = [];
