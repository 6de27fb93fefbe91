/**
 * The rule registry: every rule of RULES.md and RULES-V2.md, in catalogue order. Each rule is a
 * file named after its code, listed in its family's index.
 */
import type { Rule } from '../types.js';
import { rules as syntax } from './syntax/index.js';
import { rules as missing } from './missing/index.js';
import { rules as sla } from './sla/index.js';
import { rules as payment } from './payment/index.js';
import { rules as dataProtection } from './data-protection/index.js';
import { rules as term } from './term/index.js';
import { rules as language } from './language/index.js';
import { rules as references } from './references/index.js';
import { rules as liability } from './liability/index.js';
import { rules as changes } from './changes/index.js';
import { rules as delivery } from './delivery/index.js';
import { rules as playbook } from './playbook/index.js';
import { rules as family } from './family/index.js';

export const RULES: readonly Rule[] = [
  ...syntax,
  ...missing,
  ...sla,
  ...payment,
  ...dataProtection,
  ...term,
  ...language,
  ...references,
  ...liability,
  ...changes,
  ...delivery,
  ...playbook,
  ...family,
];
