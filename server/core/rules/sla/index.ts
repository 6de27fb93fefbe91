/** The rules of the "sla" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { serviceWithoutSla } from './service-without-sla.js';
import { slaClaimWindowShort } from './sla-claim-window-short.js';
import { slaCreditBelowCommitment } from './sla-credit-below-commitment.js';
import { slaInconsistent } from './sla-inconsistent.js';
import { slaMaintenanceUncapped } from './sla-maintenance-uncapped.js';
import { slaMeasuredByProviderOnly } from './sla-measured-by-provider-only.js';
import { slaNoChronicFailure } from './sla-no-chronic-failure.js';
import { slaNoIncidentNotice } from './sla-no-incident-notice.js';
import { slaNoMeasurement } from './sla-no-measurement.js';
import { slaNoRemedy } from './sla-no-remedy.js';
import { slaNoTarget } from './sla-no-target.js';
import { slaNoWindow } from './sla-no-window.js';
import { slaSoleRemedyWeak } from './sla-sole-remedy-weak.js';
import { slaUnknownService } from './sla-unknown-service.js';
import { slaUnmeasurable } from './sla-unmeasurable.js';
import { slaUnrealistic } from './sla-unrealistic.js';
import { slaWindowLimited } from './sla-window-limited.js';

export const rules: Rule[] = [
  slaNoTarget,
  slaUnmeasurable,
  slaNoWindow,
  slaNoMeasurement,
  slaNoRemedy,
  slaUnrealistic,
  slaInconsistent,
  slaUnknownService,
  serviceWithoutSla,
  // Version 2 (RULES-V2.md, "Service levels").
  slaCreditBelowCommitment,
  slaSoleRemedyWeak,
  slaNoChronicFailure,
  slaClaimWindowShort,
  slaMaintenanceUncapped,
  slaMeasuredByProviderOnly,
  slaWindowLimited,
  slaNoIncidentNotice,
];
