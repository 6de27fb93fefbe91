/** sla-unknown-service: `sla … for X` names a service that the contract's scope does not define. */
import { editDistance, type ContractNode } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { choiceFix, mechanicalFix } from '../util.js';

/** The names of all services in a contract's scope blocks. */
export function serviceNames(c: ContractNode): string[] {
  return c.scopes.flatMap((s) => s.services.map((sv) => sv.name?.text).filter((n): n is string => !!n));
}

/** Up to three service names close enough to `word` to be a likely typo, nearest first. */
function suggestions(word: string, names: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return [...new Set(names)]
    .map((n) => ({ n, d: editDistance(word.toLowerCase(), n.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.n.localeCompare(b.n))
    .slice(0, 3)
    .map((x) => x.n);
}

export const slaUnknownService: Rule = {
  code: 'sla-unknown-service',
  severity: 'error',
  category: 'sla',
  protects: 'both',
  description: 'An SLA covers a service that the scope of services does not define.',
  check({ contracts, report }) {
    for (const c of contracts) {
      const names = serviceNames(c);
      for (const sla of c.slas) {
        for (const svc of sla.services) {
          if (names.includes(svc.text)) continue;
          const near = suggestions(svc.text, names);
          // One service spelt nearly the same is a typo corrected mechanically; between several, the drafter chooses.
          const fixes: Fix[] =
            near.length === 1 ? [mechanicalFix(`Change to \`${near[0]}\``, [{ span: svc.span, newText: near[0]! }])] : near.map((n) => choiceFix(`Change to \`${n}\``, svc.span, `\${1:${n}}`));
          const hint = near.length
            ? `Did you mean \`${near[0]}\`?`
            : names.length
              ? `Use one of the services in \`scope\` (${names.map((n) => `\`${n}\``).join(', ')}), or add \`service ${svc.text} "…"\` to the scope.`
              : `Add \`service ${svc.text} "…"\` to a \`scope\` block.`;
          report({
            message: `The SLA covers \`${svc.text}\`, but no service of that name is defined in \`scope\`, so it is unclear what the SLA applies to. ${hint}`,
            span: svc.span,
            fixes,
            data: { suggestions: near },
          });
        }
      }
    }
  },
};
