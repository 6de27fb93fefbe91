/** The rules of the "data-protection" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { dpBreachNoticeTooSlow } from './dp-breach-notice-too-slow.js';
import { dpNoAccessControl } from './dp-no-access-control.js';
import { dpNoAudit } from './dp-no-audit.js';
import { dpNoBreachNotice } from './dp-no-breach-notice.js';
import { dpNoDeletion } from './dp-no-deletion.js';
import { dpNoDataReturn } from './dp-no-data-return.js';
import { dpNoRegulation } from './dp-no-regulation.js';
import { dpNoSubprocessorControl } from './dp-no-subprocessor-control.js';
import { dpTransferUnstated } from './dp-transfer-unstated.js';

export const rules: Rule[] = [dpNoBreachNotice, dpBreachNoticeTooSlow, dpNoRegulation, dpNoAccessControl, dpNoDataReturn, dpNoSubprocessorControl, dpNoAudit, dpNoDeletion, dpTransferUnstated];
