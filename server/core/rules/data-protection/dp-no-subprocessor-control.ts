/** dp-no-subprocessor-control: GDPR, UK GDPR or HIPAA applies and nothing controls who else the provider lets handle the data. */
import type { Rule } from '../../types.js';
import { addToDataProtection, appliedRegulations, dpStatements } from './shared.js';

/** Where each regulation requires control of subprocessors (the requirement itself is on the rule's page). */
const REQUIRES: Record<string, string> = {
  GDPR: 'GDPR Art. 28(2) and (4)',
  UK_GDPR: 'UK GDPR Art. 28(2) and (4)',
  HIPAA: 'HIPAA (45 CFR 164.502(e))',
};

/** The sources of the named regulations' requirements; the GDPR and UK GDPR say the same, once. */
function requirements(regs: readonly string[]): string {
  const both = regs.includes('GDPR') && regs.includes('UK_GDPR');
  return regs
    .filter((r) => !(both && r === 'UK_GDPR'))
    .map((r) => (both && r === 'GDPR' ? REQUIRES.GDPR!.replace('GDPR Art.', 'GDPR and UK GDPR Art.') : REQUIRES[r]!))
    .join(' and ');
}

export const dpNoSubprocessorControl: Rule = {
  code: 'dp-no-subprocessor-control',
  severity: 'warning',
  category: 'data-protection',
  description: "GDPR, UK GDPR or HIPAA applies and nothing controls the provider's subprocessors (no `subprocessors` term, or `subprocessors free`).",
  // The regulations bind both sides: a processor (or business associate) that engages subprocessors without the required terms is itself in breach.
  protects: 'both',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const first = c.dataProtections[0];
      if (!first) continue;
      const regs = appliedRegulations(c).filter((r) => r in REQUIRES);
      if (!regs.length) continue;
      const stated = dpStatements(c, 'subprocessors');
      // Any regime but `free` is control (approval, notice, flow-down); a misspelt regime is `invalid-value`'s.
      const controlled = stated.some((m) => {
        const v = m.stmt.args.find((a) => a.kind !== 'comma');
        return v !== undefined && !(v.kind === 'word' && v.text === 'free');
      });
      if (controlled) continue;
      const free = stated.find((m) => m.stmt.args.length > 0) ?? stated[0];
      const why = requirements(regs);
      const what = free
        ? `\`${parse.text.slice(free.stmt.lineSpan.start, free.stmt.lineSpan.end)}\` lets the provider hand the client's data to other suppliers without the client's approval or notice`
        : "Nothing says whether the provider may hand the client's data to other suppliers (subprocessors)";
      const hipaaOnly = regs.length === 1 && regs[0] === 'HIPAA';
      const example = hipaaOnly ? '`subprocessors flow_down`' : '`subprocessors approval client` or `subprocessors notify 30 days objection`';
      const choices = hipaaOnly ? 'flow_down,approval client,notify objection' : 'approval client,notify objection,flow_down';
      const title = 'Control subprocessors';
      report({
        message: `${what} (${why}): say how the client controls subprocessors, e.g. ${example}.`,
        span: free ? free.stmt.lineSpan : first.stmt.lineSpan,
        // Which regime is the parties' choice, so the fix offers them and is never preferred.
        fixes: free
          ? [{ title, edits: [{ span: free.stmt.lineSpan, newText: `subprocessors ${choices.split(',')[0]}` }], snippet: `subprocessors \${1|${choices}|}`, preferred: false }]
          : addToDataProtection(parse, c, title, `subprocessors \${1|${choices}|}`),
      });
    }
  },
};
