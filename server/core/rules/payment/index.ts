/** The rules of the "payment" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { paymentIndexUncapped } from './payment-index-uncapped.js';
import { paymentNoDisputeProcess } from './payment-no-dispute-process.js';
import { paymentSuspensionNoNotice } from './payment-suspension-no-notice.js';
import { paymentMixedCurrency } from './payment-mixed-currency.js';
import { paymentNoAmount } from './payment-no-amount.js';
import { paymentNoCurrency } from './payment-no-currency.js';
import { paymentNoDueDate } from './payment-no-due-date.js';
import { paymentNoLateTerms } from './payment-no-late-terms.js';
import { paymentNoModel } from './payment-no-model.js';
import { paymentTmNoRates } from './payment-tm-no-rates.js';
import { paymentUncappedExpenses } from './payment-uncapped-expenses.js';
import { paymentUncappedIncrease } from './payment-uncapped-increase.js';

export const rules: Rule[] = [
  paymentNoAmount,
  paymentNoCurrency,
  paymentNoDueDate,
  paymentNoLateTerms,
  paymentNoModel,
  paymentTmNoRates,
  paymentUncappedExpenses,
  paymentUncappedIncrease,
  paymentMixedCurrency,
  paymentIndexUncapped,
  paymentSuspensionNoNotice,
  paymentNoDisputeProcess,
];
