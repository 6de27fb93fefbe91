/** unknown-statement: a statement that does not belong in the block it stands in. */
import { nearest, SCHEMA, type BlockKind, type ContractNode, type ParseResult, type Statement } from '../../../../grammar/index.js';
import type { Finding, Fix, Rule } from '../../types.js';
import { insertClauseFix, insertInBlockFix, mechanicalFix } from '../util.js';

/** How each block kind is named in messages. */
const BLOCK_NAMES: Record<BlockKind, string> = {
  file: 'the top level of the file',
  contract: 'a `contract` block',
  party: 'a `party` block',
  scope: 'a `scope` block',
  service: 'a `service` block',
  sla: 'an `sla` block',
  payment: 'a `payment` block',
  data_protection: 'a `data_protection` block',
  term: 'a `term` block',
  termination: 'a `termination` block',
  reporting: 'a `reporting` block',
  liability: 'a `liability` block',
  changes: 'a `changes` block',
  milestones: 'a `milestones` block',
  clause: 'a `clause` block',
};

/** The block kinds (other than `here`) whose statements include `keyword`, excluding `text`, which is everywhere. */
function homesOf(keyword: string, here: BlockKind): BlockKind[] {
  if (keyword === 'text') return here === 'file' ? ['contract'] : [];
  return (Object.keys(SCHEMA) as BlockKind[]).filter((k) => k !== here && SCHEMA[k].some((s) => s.keyword === keyword));
}

/** The statements of a contract that open a block of the given kind. */
function blocksOf(c: ContractNode, kind: BlockKind): Statement[] {
  const nodes: Record<string, { stmt: Statement }[]> = {
    party: c.parties,
    scope: c.scopes,
    sla: c.slas,
    payment: c.payments,
    data_protection: c.dataProtections,
    term: c.terms,
    termination: c.terminations,
    reporting: c.reportings,
    clause: c.clauses,
  };
  return (nodes[kind] ?? []).map((n) => n.stmt);
}

/**
 * A fix that moves a one-line statement to the block it belongs in: the
 * contract itself, or the only block of the right kind in the contract.
 */
function moveFix(parse: ParseResult, contracts: ContractNode[], stmt: Statement, homes: BlockKind[]): Fix | undefined {
  if (stmt.block) return undefined;
  const c = contracts.find((x) => x.stmt.span.start <= stmt.span.start && stmt.span.end <= x.stmt.span.end);
  if (!c || c.stmt === stmt) return undefined;
  const SENTINEL = '\u0000';
  let target: Fix | undefined;
  let where = '';
  if (homes.includes('contract')) {
    target = insertClauseFix(parse, c, stmt.keyword ?? '', '', SENTINEL);
    where = 'the contract';
  } else {
    const candidates = homes.flatMap((h) => blocksOf(c, h).map((b) => ({ h, b })));
    if (candidates.length !== 1) return undefined;
    target = insertInBlockFix(parse, candidates[0]!.b, '', SENTINEL);
    where = `the \`${candidates[0]!.h}\` block`;
  }
  const insert = target?.edits[0];
  if (!target || !insert) return undefined;
  const source = parse.text.slice(stmt.lineSpan.start, stmt.lineSpan.end);
  // Delete the whole line when the statement stands alone on it.
  const line = parse.lines.line(stmt.lineSpan.start);
  const lineStart = parse.lines.starts[line]!;
  const nextStart = line + 1 < parse.lines.lineCount ? parse.lines.starts[line + 1]! : parse.text.length;
  const rest = parse.lines.lineText(line).slice(stmt.lineSpan.end - lineStart).trim();
  const alone = parse.text.slice(lineStart, stmt.lineSpan.start).trim() === '' && (rest === '' || rest.startsWith('//'));
  const remove = alone ? { start: lineStart, end: nextStart } : stmt.lineSpan;
  if (insert.span.start > remove.start && insert.span.start < remove.end) return undefined;
  return {
    title: `Move \`${stmt.keyword}\` to ${where}`,
    edits: [
      { span: remove, newText: '' },
      // A one-line statement joins the contract's lines without the blank line that separates blocks.
      { span: insert.span, newText: (homes.includes('contract') ? insert.newText.replace(/^\r?\n/, '') : insert.newText).replace(SENTINEL, source) },
    ],
    // Moving a line to the one block it belongs in changes nothing it says.
    mechanical: true,
    preferred: true,
  };
}

function list(words: string[]): string {
  const quoted = words.map((w) => `\`${w}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export const unknownStatement: Rule = {
  code: 'unknown-statement',
  severity: 'error',
  category: 'syntax',
  protects: 'both',
  description: 'A statement that does not belong in the block it stands in.',
  check({ parse, contracts, report }) {
    for (const m of parse.ast.misplaced) {
      const keyword = m.stmt.keyword;
      if (keyword === undefined) continue;
      const span = m.stmt.head.span;
      const here = BLOCK_NAMES[m.block];
      const valid = SCHEMA[m.block].map((s) => s.keyword);
      const homes = homesOf(keyword, m.block);
      if (homes.length) {
        const where = homes.map((h) => BLOCK_NAMES[h]);
        const finding: Finding = {
          message: `\`${keyword}\` belongs inside ${where.slice(0, 2).join(' or ')}, not in ${here}: move this line there${
            m.block === 'file' ? ', inside `contract "Title" { … }`' : ''
          }.`,
          span,
          data: { keyword, block: m.block, belongsIn: homes },
        };
        const move = moveFix(parse, contracts, m.stmt, homes);
        if (move) finding.fixes = [move];
        report(finding);
        continue;
      }
      const suggestion = nearest(keyword, valid);
      if (suggestion) {
        report({
          message: `\`${keyword}\` is not a statement of ${here}: did you mean \`${suggestion}\`?`,
          span,
          fixes: [mechanicalFix(`Change to \`${suggestion}\``, [{ span, newText: suggestion }])],
          data: { keyword, block: m.block, suggestion },
        });
        continue;
      }
      // Perhaps a typo of a statement that belongs in another block.
      const elsewhere = (Object.keys(SCHEMA) as BlockKind[]).flatMap((k) => SCHEMA[k].map((s) => s.keyword)).filter((k) => k !== 'text');
      const far = nearest(keyword, elsewhere);
      const farHome = far ? homesOf(far, m.block)[0] : undefined;
      const hint = far && farHome ? ` (it resembles \`${far}\`, which belongs in ${BLOCK_NAMES[farHome]})` : '';
      report({
        message:
          m.block === 'file'
            ? `\`${keyword}\` cannot stand outside a contract${hint}: a file holds \`contract "Title" { … }\` blocks, and everything else goes inside one.`
            : valid.length > 1
              ? `\`${keyword}\` is not a statement of ${here}${hint}: use one of ${list(valid.filter((k) => k !== 'text'))}, or put prose in \`text "…"\`.`
              : `\`${keyword}\` is not a statement of ${here}${hint}: its body holds prose only, written as \`text """…"""\`.`,
        span,
        data: { keyword, block: m.block },
      });
    }
  },
};
