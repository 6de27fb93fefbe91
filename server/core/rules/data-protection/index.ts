/** The rules of the "data-protection" family, in catalogue order. */
import type { Rule } from '../../types.js';

export const rules: Rule[] = [];
