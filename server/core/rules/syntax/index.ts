/** The rules of the "syntax" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { invalidDate } from './invalid-date.js';
import { invalidPercent } from './invalid-percent.js';
import { invalidValue } from './invalid-value.js';
import { missingUnit } from './missing-unit.js';
import { nestingTooDeep } from './nesting-too-deep.js';
import { syntaxError } from './syntax-error.js';
import { unknownCurrency } from './unknown-currency.js';
import { unknownStatement } from './unknown-statement.js';

export const rules: Rule[] = [syntaxError, unknownStatement, invalidValue, invalidDate, invalidPercent, unknownCurrency, missingUnit, nestingTooDeep];
