/** The rules of the "term" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { renewalNoNotice } from './renewal-no-notice.js';
import { renewalNoticeTooLong } from './renewal-notice-too-long.js';
import { renewalNoticeTrap } from './renewal-notice-trap.js';
import { termIndefinite } from './term-indefinite.js';
import { terminationFeeUnclear } from './termination-fee-unclear.js';
import { terminationNoCause } from './termination-no-cause.js';
import { terminationNoConvenience } from './termination-no-convenience.js';
import { terminationNoTransition } from './termination-no-transition.js';
import { terminationTransitionUnpriced } from './termination-transition-unpriced.js';

export const rules: Rule[] = [
  renewalNoNotice,
  renewalNoticeTooLong,
  terminationNoCause,
  terminationNoConvenience,
  terminationNoTransition,
  terminationFeeUnclear,
  renewalNoticeTrap,
  termIndefinite,
  terminationTransitionUnpriced,
];
