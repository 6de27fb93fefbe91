/** The rules of the "playbook" family (RULES-V2.md), in catalogue order. */
import type { Rule } from '../../types.js';
import { playbookDeviation } from './playbook-deviation.js';

export const rules: Rule[] = [playbookDeviation];
