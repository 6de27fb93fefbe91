/**
 * family-master-not-found: `under ID` names no contract among the files
 * checked. The child is then checked on its own, for what its kind must
 * contain, and this one diagnostic says why.
 */
import { KIND_WORDS } from '../../family.js';
import type { Rule } from '../../types.js';
import { underSpan } from './shared.js';

export const familyMasterNotFound: Rule = {
  code: 'family-master-not-found',
  severity: 'warning',
  category: 'family',
  protects: 'both',
  description: '`under` names a master that is not among the files checked.',
  check({ family, report }) {
    if (!family) return;
    for (const f of family.list) {
      if (f.status !== 'not-found') continue;
      const kind = KIND_WORDS[f.kind];
      report({
        message: `No contract with the id "${f.under}" is among the files checked: correct the id, or check this file with the folder that holds its master. Until then this ${kind} inherits nothing and is checked only for what its kind must contain.`,
        span: underSpan(f.written),
        data: { under: f.under },
      });
    }
  },
};
