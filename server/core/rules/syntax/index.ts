/** The rules of the "syntax" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { syntaxError } from './syntax-error.js';

export const rules: Rule[] = [syntaxError];
