/** The rules of the "family" family (contract kinds and families, LANGUAGE-V2), in catalogue order. */
import type { Rule } from '../../types.js';
import { familyCurrencyMismatch } from './family-currency-mismatch.js';
import { familyKindMismatch } from './family-kind-mismatch.js';
import { familyMasterNotFound } from './family-master-not-found.js';
import { familyPartyMismatch } from './family-party-mismatch.js';
import { familyTermExceedsMaster } from './family-term-exceeds-master.js';

export const rules: Rule[] = [familyMasterNotFound, familyKindMismatch, familyPartyMismatch, familyTermExceedsMaster, familyCurrencyMismatch];
