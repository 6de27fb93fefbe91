/**
 * missing-party: the contract names no provider or no client. A contract names
 * exactly one provider, so a second provider is reported here too, at its role.
 */
import type { ContractNode, ParseResult } from '../../../../grammar/index.js';
import { asks } from '../../family.js';
import type { Fix, Rule } from '../../types.js';
import { contractHeadSpan, indentAt, insertClauseFix, lineBreakOf, snippetToText } from '../util.js';
import { partySkeleton } from './skeletons.js';

/** Inserts a party skeleton: the provider before the first client, a client after the other parties. */
function addParty(parse: ParseResult, c: ContractNode, role: 'provider' | 'client'): Fix {
  const title = `Add the ${role}`;
  const firstClient = c.parties.find((p) => p.role?.text === 'client');
  if (role === 'client' || !firstClient) return insertClauseFix(parse, c, 'party', title, partySkeleton(role));
  const eol = lineBreakOf(parse);
  const indent = indentAt(parse, firstClient.stmt.span.start);
  const offset = parse.lines.starts[parse.lines.line(firstClient.stmt.span.start)]!;
  const snippet = partySkeleton(role)
    .split('\n')
    .map((l) => indent + l)
    .join(eol) + eol + eol;
  return { title, edits: [{ span: { start: offset, end: offset }, newText: snippetToText(snippet) }], snippet, preferred: false };
}

export const missingParty: Rule = {
  code: 'missing-party',
  severity: 'error',
  category: 'missing',
  protects: 'both',
  description: 'The contract does not name exactly one provider and at least one client.',
  check({ parse, contracts, family, report }) {
    for (const c of contracts) {
      // A contract without a body is a syntax error; listing every missing clause would only add noise.
      if (!c.stmt.block) continue;
      // A party without a role is a syntax error already; its role cannot be told, so do not guess.
      if (c.parties.some((p) => !p.role)) continue;
      const providers = c.parties.filter((p) => p.role?.text === 'provider');
      const clients = c.parties.filter((p) => p.role?.text === 'client');
      for (const role of ['provider', 'client'] as const) {
        if ((role === 'provider' ? providers : clients).length) continue;
        // A SOW, order, schedule or addendum takes its parties from its master (family-master-not-found says when it cannot).
        if (!asks(family, c, role)) continue;
        const who = role === 'provider' ? 'who delivers the services' : 'who receives and pays for the services';
        const example = role === 'provider' ? 'party provider acme "Acme Managed Services LLC"' : 'party client globex "Globex Corporation"';
        report({
          message: `This contract names no ${role}, so it does not say ${who}. Add a party statement: \`${example}\`.`,
          span: contractHeadSpan(c),
          fixes: [addParty(parse, c, role)],
          data: { missing: role },
        });
      }
      const first = providers[0];
      // Only the contract's own parties: an inherited provider is its master's, reported there.
      for (const extra of providers.slice(1)) {
        if (!c.stmt.block.statements.includes(extra.stmt)) continue;
        const firstName = first?.name ? `\`${first.name.text}\`` : 'another party';
        report({
          message: `A contract names exactly one provider, and ${firstName} is already the provider: make this party a \`client\`, or describe a subcontractor in a \`clause\` and keep one provider accountable.`,
          span: extra.role!.span,
          data: { extraProvider: extra.name?.text },
        });
      }
    }
  },
};
