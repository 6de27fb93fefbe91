/**
 * family-kind-mismatch: the family is built wrong. `under` names a contract
 * that is not a `master` (a child under a child), a `master` is itself
 * `under` something, the `under` links go round in a cycle, or two masters
 * share an id (each gets the error: `under` cannot tell which one is meant).
 */
import { KIND_WORDS } from '../../family.js';
import type { Rule } from '../../types.js';
import { fileLabel, refLabel, underSpan } from './shared.js';

export const familyKindMismatch: Rule = {
  code: 'family-kind-mismatch',
  severity: 'error',
  category: 'family',
  protects: 'both',
  description: '`under` names a contract that is not a master, a master is under another contract, `under` goes round in a cycle, or two masters share an id.',
  check({ family, report }) {
    if (!family) return;
    for (const f of family.list) {
      const c = f.written;
      if (f.status === 'cycle') {
        const chain = f.chain!.map((id) => `"${id}"`).join(' under ');
        report({
          message: `The under links go round in a circle (${chain}): make one contract of the circle the master (kind master, no under) and put the others under it.`,
          span: underSpan(c),
          data: { chain: f.chain },
        });
      } else if (f.status === 'master-under') {
        report({
          message: `A master is not under another contract: remove under "${f.under}", or give this contract the kind of document it is (kind sow, order, schedule, addendum, dpa or baa).`,
          span: c.under!.stmt.lineSpan,
          data: { under: f.under },
        });
      } else if (f.status === 'not-master') {
        const t = f.target!;
        const what = t.kind === 'agreement' ? 'a standalone agreement' : `a ${KIND_WORDS[t.kind]}`;
        report({
          message: `This contract is under ${refLabel(t)}, which is ${what}, not a master: name the master of the family instead, or make ${t.id} a master with kind master. Every document of a family sits directly under its master.`,
          span: underSpan(c),
          data: { under: f.under, targetKind: t.kind },
        });
      }
      if (f.kind === 'master' && f.duplicates.length && c.id?.value) {
        const others = f.duplicates.map((d) => `${d.title}${d.uri !== undefined ? ` in ${fileLabel(d.uri)}` : ' in this file'}`).join('; ');
        report({
          message: `Another master has the id "${f.duplicates[0]!.id}" (${others}): give each master its own id, so that under names one of them. Until then the documents under this id cannot tell which master they belong to.`,
          span: c.id.value.span,
          data: { duplicates: f.duplicates.map((d) => d.uri ?? '') },
        });
      }
    }
  },
};
