/** sla-unknown-service: `sla … for X` names a service that the contract's scope does not define. */
import { editDistance, type ContractNode, type ParseResult, type ServiceNode, type Span } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { choiceFix, indentAt, insertClauseFix, insertInBlockFix, lineBreakOf, mechanicalFix, snippetToText } from '../util.js';

/** The names of all services in a contract's scope blocks. */
export function serviceNames(c: ContractNode): string[] {
  return c.scopes.flatMap((s) => s.services.map((sv) => sv.name?.text).filter((n): n is string => !!n));
}

/** Up to three service names close enough to `word` to be a likely typo, nearest first, with their distances. */
function suggestions(word: string, names: readonly string[]): { n: string; d: number }[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return [...new Set(names)]
    .map((n) => ({ n, d: editDistance(word.toLowerCase(), n.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.n.localeCompare(b.n))
    .slice(0, 3);
}

/** `word` with two neighbouring letters swapped somewhere, once. */
function isTransposition(word: string, name: string): boolean {
  if (word.length !== name.length) return false;
  const diff = [...word].flatMap((ch, i) => (ch === name[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && word[diff[0]!] === name[diff[1]!] && word[diff[1]!] === name[diff[0]!];
}

/**
 * A clear typo: the one close name, and only a slip away (one letter added,
 * dropped or changed, or two neighbours swapped) in a name long enough that a
 * slip is not another word (`api` is not a misspelt `app`). Then the contract
 * itself says which service was meant, and the correction is mechanical.
 */
function clearTypo(word: string, near: readonly { n: string; d: number }[]): string | undefined {
  if (near.length !== 1 || word.length < 4) return undefined;
  const { n, d } = near[0]!;
  const w = word.toLowerCase();
  return d === 1 || isTransposition(w, n.toLowerCase()) ? n : undefined;
}

/** The statement after which a new service goes: the scope's last service, so that it stands before any `exclude`. */
function afterLastService(parse: ParseResult, services: readonly ServiceNode[]): Span | undefined {
  const last = services[services.length - 1];
  if (!last) return undefined;
  const endLine = parse.lines.line(last.stmt.span.end);
  return endLine + 1 < parse.lines.lineCount ? { start: parse.lines.starts[endLine + 1]!, end: parse.lines.starts[endLine + 1]! } : undefined;
}

/**
 * "Add `service X` to the scope": what the service is, is the drafter's to
 * write, so the description is a tab stop and the fix is never preferred.
 */
function addToScope(parse: ParseResult, c: ContractNode, name: string, unknown: readonly string[]): Fix | undefined {
  const title = `Add \`service ${name}\` to the scope`;
  const line = `service ${name} "\${1:Description of the ${name} service}"`;
  const scope = c.scopes[0];
  if (!scope) {
    // A new scope lists every service the SLAs name: with one alone, the others would become unknown services.
    const all = [name, ...unknown.filter((n) => n !== name)];
    const lines = all.map((n, i) => `  service ${n} "\${${i + 1}:Description of the ${n} service}"`);
    const many = all.length > 1 ? `Add a scope with the services the SLAs name (${all.map((n) => `\`${n}\``).join(', ')})` : title;
    return insertClauseFix(parse, c, 'scope', many, `scope {\n${lines.join('\n')}\n}`);
  }
  const at = afterLastService(parse, scope.services);
  if (at) {
    const text = `${indentAt(parse, scope.services[scope.services.length - 1]!.stmt.span.start)}${line}${lineBreakOf(parse)}`;
    return { title, edits: [{ span: at, newText: snippetToText(text) }], snippet: text, preferred: false };
  }
  return insertInBlockFix(parse, scope.stmt, title, line);
}

export const slaUnknownService: Rule = {
  code: 'sla-unknown-service',
  severity: 'error',
  category: 'sla',
  protects: 'both',
  description: 'An SLA covers a service that the scope of services does not define.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const names = serviceNames(c);
      // A long contract has hundreds of services and SLAs: look names up in a set.
      const known = new Set(names);
      const unknown = [...new Set(c.slas.flatMap((sla) => sla.services.map((s) => s.text)).filter((n) => !known.has(n)))];
      for (const sla of c.slas) {
        for (const svc of sla.services) {
          if (known.has(svc.text)) continue;
          const near = suggestions(svc.text, names);
          const typo = clearTypo(svc.text, near);
          // A clear typo is corrected mechanically; otherwise which service was meant is the drafter's choice.
          const fixes: Fix[] = typo
            ? [mechanicalFix(`Change to \`${typo}\``, [{ span: svc.span, newText: typo }])]
            : near.map(({ n }) => choiceFix(`Change to \`${n}\``, svc.span, `\${1:${n}}`));
          const add = addToScope(parse, c, svc.text, unknown);
          if (add) fixes.push(add);
          const hint = near.length
            ? `Did you mean \`${near[0]!.n}\`?`
            : names.length
              ? `Use one of the services in \`scope\` (${names.map((n) => `\`${n}\``).join(', ')}), or add \`service ${svc.text} "…"\` to the scope.`
              : `Add \`service ${svc.text} "…"\` to a \`scope\` block.`;
          report({
            message: `The SLA covers \`${svc.text}\`, but no service of that name is defined in \`scope\`, so it is unclear what the SLA applies to. ${hint}`,
            span: svc.span,
            fixes,
            data: { suggestions: near.map((x) => x.n) },
          });
        }
      }
    }
  },
};
