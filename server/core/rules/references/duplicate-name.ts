/** duplicate-name: two parties, services, SLAs or clauses of one kind share a name. */
import type { ContractNode, WordValue } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { choiceFix } from '../util.js';

type Kind = 'party' | 'service' | 'sla' | 'clause';

const PLURAL: Record<Kind, string> = { party: 'parties', service: 'services', sla: 'SLAs', clause: 'clauses' };
const ARTICLE: Record<Kind, string> = { party: 'a party', service: 'a service', sla: 'an SLA', clause: 'a clause' };

/** The names of each kind in a contract, in source order. */
function namesOf(c: ContractNode): [Kind, WordValue[]][] {
  const pick = <T extends { name?: WordValue }>(xs: T[]) => xs.map((x) => x.name).filter((n): n is WordValue => !!n);
  return [
    ['party', pick(c.parties)],
    ['service', pick(c.scopes.flatMap((s) => s.services))],
    ['sla', pick(c.slas)],
    ['clause', pick(c.clauses)],
  ];
}

export const duplicateName: Rule = {
  code: 'duplicate-name',
  severity: 'error',
  category: 'references',
  protects: 'both',
  description: 'Two parties, services, SLAs or clauses of one kind share a name.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      for (const [kind, names] of namesOf(c)) {
        const seen = new Map<string, WordValue>();
        const sorted = [...names].sort((a, b) => a.span.start - b.span.start);
        for (const n of sorted) {
          const first = seen.get(n.text);
          if (!first) {
            seen.set(n.text, n);
            continue;
          }
          const line = parse.lines.line(first.span.start) + 1;
          const taken = new Set(names.map((x) => x.text));
          let k = 2;
          while (taken.has(`${n.text}_${k}`)) k++;
          const fresh = `${n.text}_${k}`;
          report({
            message: `\`${n.text}\` is already the name of ${ARTICLE[kind]} on line ${line}: ${PLURAL[kind]} need names of their own, so that references to them are unambiguous. Rename this one, e.g. \`${fresh}\`${kind === 'service' ? ', and update the SLAs that cover it' : ''}.`,
            span: n.span,
            // Renaming is not preferred: the better name is the drafter's choice, so it is a tab stop.
            fixes: [choiceFix(`Rename to \`${fresh}\``, n.span, `\${1:${fresh}}`)],
            data: { kind, name: n.text, first: first.span },
          });
        }
      }
    }
  },
};
