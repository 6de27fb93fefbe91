/**
 * family-party-mismatch: a child names a provider or client that is not a
 * party of its master, so the master's terms do not bind it.
 */
import type { PartyNode } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { refLabel, thisKind } from './shared.js';

function same(a: PartyNode, b: PartyNode): boolean {
  if (a.name && b.name && a.name.text.toLowerCase() === b.name.text.toLowerCase()) return true;
  const la = a.legalName?.value.trim().toLowerCase();
  return la !== undefined && la !== '' && la === b.legalName?.value.trim().toLowerCase();
}

export const familyPartyMismatch: Rule = {
  code: 'family-party-mismatch',
  severity: 'error',
  category: 'family',
  protects: 'both',
  description: 'A document under a master names a provider or client that is not a party of its master.',
  check({ family, report }) {
    if (!family) return;
    for (const f of family.list) {
      const master = f.master?.contract;
      if (f.status !== 'found' || !master) continue;
      for (const p of f.written.parties) {
        const role = p.role?.text;
        if (role !== 'provider' && role !== 'client') continue;
        const theirs = master.parties.filter((m) => m.role?.text === role);
        // A master naming nobody in that role has its own missing-party; nothing to compare with.
        if (theirs.length === 0 || theirs.some((m) => same(p, m))) continue;
        const names = theirs.map((m) => m.name?.text ?? m.legalName?.value ?? '?').join(', ');
        const who = p.name?.text ?? p.legalName?.value ?? 'this party';
        report({
          message: `The ${role} ${who} is not a party of the master ${refLabel(f.master!)}, whose ${role} is ${names}: name the master's ${role}, or leave the ${role} out to inherit it. ${thisKind(f)} is otherwise not bound by the master's terms.`,
          span: p.name?.span ?? p.stmt.lineSpan,
          data: { role, master: names },
        });
      }
    }
  },
};
