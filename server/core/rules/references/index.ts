/** The rules of the "references" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { conflictingStatements } from './conflicting-statements.js';
import { duplicateName } from './duplicate-name.js';

export const rules: Rule[] = [duplicateName, conflictingStatements];
