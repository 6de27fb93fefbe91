/** The rules of the "liability" family (RULES-V2.md), in catalogue order. */
import type { Rule } from '../../types.js';
import { indemnityNoIp } from './indemnity-no-ip.js';
import { liabilityCapLow } from './liability-cap-low.js';
import { liabilityNoCarveout } from './liability-no-carveout.js';
import { missingLiability } from './missing-liability.js';

export const rules: Rule[] = [missingLiability, liabilityCapLow, liabilityNoCarveout, indemnityNoIp];
