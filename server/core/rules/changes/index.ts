/** The rules of the "changes" family (RULES-V2.md), in catalogue order. */
import type { Rule } from '../../types.js';

export const rules: Rule[] = [];
