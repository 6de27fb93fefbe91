/** The rules of the "language" family, in catalogue order. */
import type { Rule } from '../../types.js';

export const rules: Rule[] = [];
