/** The rules of the "term" family, in catalogue order. */
import type { Rule } from '../../types.js';

export const rules: Rule[] = [];
