/**
 * liability-no-carveout: the contract handles personal data but a data breach, or a breach of
 * confidentiality, stays under the general cap (neither `uncapped` nor under a higher `super_cap`).
 */
import type { ContractNode, Meaning } from '../../../../grammar/index.js';
import { capAmount } from '../../facts.js';
import type { Fix, Rule } from '../../types.js';
import { addToLiability, appendTo, claimsOf, generalCap, months, written, type Cap } from './shared.js';

/** The two exposures that a contract handling personal data must take out of the general cap, and the claim words that cover each. */
const TOPICS = [
  { key: 'data_breach', words: ['data_breach', 'data_protection'], label: 'a data breach' },
  { key: 'confidentiality', words: ['confidentiality'], label: 'a breach of confidentiality' },
] as const;

type Topic = (typeof TOPICS)[number];

/** How a topic is carved out, or why a super cap written for it does not count. */
function carveOut(c: ContractNode, cap: Cap, topic: Topic): { covered: boolean; lowSuper?: Meaning } {
  const has = (claims: string[]) => claims.some((w) => (topic.words as readonly string[]).includes(w));
  if (claimsOf(c, 'uncapped').some((u) => has(u.claims))) return { covered: true };
  let lowSuper: Meaning | undefined;
  for (const s of claimsOf(c, 'super_cap')) {
    if (!has(s.claims)) continue;
    const amount = capAmount(s.m);
    const superMonths = amount && months(c, amount);
    const general = months(c, cap.amount);
    // A super cap that cannot be compared with the general cap gets the benefit of the doubt.
    if (superMonths === undefined || general === undefined || superMonths > general + 1e-9) return { covered: true };
    lowSuper ??= s.m;
  }
  return { covered: false, lowSuper };
}

export const liabilityNoCarveout: Rule = {
  code: 'liability-no-carveout',
  severity: 'warning',
  category: 'liability',
  description:
    'The contract handles personal data (`data_protection`), but a data breach or a breach of confidentiality (either one) stays under the general cap: neither `uncapped` nor under a higher `super_cap`.',
  protects: 'client',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      if (!c.dataProtections.length) continue;
      // No cap, or `cap unlimited`: nothing limits these claims, so there is nothing to carve out of.
      const cap = generalCap(c);
      if (!cap) continue;
      const results = TOPICS.map((t) => ({ t, ...carveOut(c, cap, t) }));
      const missing = results.filter((r) => !r.covered);
      if (!missing.length) continue;
      const what = missing.map((r) => r.t.label).join(' and ');
      const keys = missing.map((r) => r.t.key);
      const lowNote = missing.some((r) => r.lowSuper !== undefined)
        ? ' A `super_cap` that is not above the general cap takes nothing out of it.'
        : '';
      const uncapped = claimsOf(c, 'uncapped')[0];
      const list = keys.join(', ');
      // A super cap written too low is raised in place (a second one for the same claim would contradict it);
      // otherwise a new one is added. Its size is the parties' choice: a tab stop, three times the general cap when known.
      const general = months(c, cap.amount);
      const suggested = general !== undefined && Number.isFinite(general) ? Math.ceil(general * 3) : 36;
      const low = missing.map((r) => r.lowSuper).find((m) => m !== undefined);
      const lowAmount = low && capAmount(low);
      const raise: Fix | undefined =
        low && lowAmount && lowAmount.kind !== 'unlimited' && missing.every((r) => r.lowSuper === low)
          ? {
              title: `Raise the higher cap for ${what}`,
              edits: [{ span: lowAmount.value.span, newText: `${suggested} months${lowAmount.kind === 'money' ? ' fees' : ''}` }],
              snippet: `\${1:${suggested}} months${lowAmount.kind === 'money' ? ' fees' : ''}`,
              preferred: false,
            }
          : undefined;
      const fresh = missing.filter((r) => r.lowSuper === undefined);
      const freshWhat = fresh.map((r) => r.t.label).join(' and ');
      const freshList = fresh.map((r) => r.t.key).join(', ');
      const addSuper = raise ?? (fresh.length ? addToLiability(parse, c, `Put ${freshWhat} under a higher cap`, `super_cap \${1:${freshList}} \${2:${suggested}} months fees`)[0] : undefined);
      report({
        message: `This contract handles personal data, but ${what} ${missing.length > 1 ? 'fall' : 'falls'} under the general cap \`${written(parse, cap.m.stmt)}\`: take ${missing.length > 1 ? 'them' : 'it'} out of the cap, e.g. \`uncapped ${list}\`, or give ${missing.length > 1 ? 'them' : 'it'} a higher cap, e.g. \`super_cap ${list} ${suggested} months fees\`.${lowNote}`,
        span: cap.m.stmt.lineSpan,
        // Whether to uncap or super-cap, which claims, and how high, is negotiated: offered as choices whose
        // claims and amount are tab stops, never applied by "fix all".
        fixes: [
          uncapped
            ? appendTo(uncapped.m.stmt, `Leave ${what} uncapped`, `, \${1:${list}}`)
            : addToLiability(parse, c, `Leave ${what} uncapped`, `uncapped \${1:${list}}`)[0],
          addSuper,
        ].filter((f): f is Fix => f !== undefined),
        data: { missing: keys },
      });
    }
  },
};
