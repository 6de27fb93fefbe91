/** The rules of the "changes" family (RULES-V2.md), in catalogue order. */
import type { Rule } from '../../types.js';
import { changeUnilateralNoExit } from './change-unilateral-no-exit.js';
import { changeUnilateralNoNotice } from './change-unilateral-no-notice.js';

export const rules: Rule[] = [changeUnilateralNoExit, changeUnilateralNoNotice];
