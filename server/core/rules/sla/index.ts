/** The rules of the "sla" family, in catalogue order. */
import type { Rule } from '../../types.js';
import { serviceWithoutSla } from './service-without-sla.js';
import { slaInconsistent } from './sla-inconsistent.js';
import { slaNoMeasurement } from './sla-no-measurement.js';
import { slaNoRemedy } from './sla-no-remedy.js';
import { slaNoTarget } from './sla-no-target.js';
import { slaNoWindow } from './sla-no-window.js';
import { slaUnknownService } from './sla-unknown-service.js';
import { slaUnmeasurable } from './sla-unmeasurable.js';
import { slaUnrealistic } from './sla-unrealistic.js';

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
];
