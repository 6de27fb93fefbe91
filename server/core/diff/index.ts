/**
 * The semantic diff of two versions of a contract (issue 13): what changed in
 * meaning, not in text. Stable API, read by `clausewise diff`, the Word
 * export (server/cli/commands/diff-documents.ts) and the VS Code compare panel:
 *
 * ```ts
 * const result = semanticDiff(oldText, newText, config);
 * for (const c of result.changes) console.log(c.kind, c.path, c.bucket, c.favours, c.impact);
 * ```
 *
 * - Both texts are parsed and analysed with `config` (its `perspective`
 *   decides `againstUs`); statements are matched by place and keys, never by
 *   line (compare.ts); comments, layout and statement order make no change.
 * - Each change carries the statement's words before and after, its bucket
 *   and whom it favours (favour.ts, one entry per statement kind of the
 *   schema), and the numbers it moves (impact.ts).
 * - Diagnostics that appear or disappear are listed (matched by code and message).
 * - Never throws on any input text.
 *
 * docs/diff.md documents the buckets, the favour table and the JSON schema.
 */
import { parse, type BlockKind, type ContractNode, type ParseResult, type Statement } from '../../../grammar/index.js';
import { analyze } from '../analyze.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config.js';
import type { Diagnostic } from '../types.js';
import { itemsOf, matchItems, meaningsOf, statementWords, type Item, type Side } from './compare.js';
import { favourEntry, favourOf } from './favour.js';
import { impactOf } from './impact.js';
import type { Change, DiffResult, Favour } from './types.js';

export * from './types.js';
export { FAVOUR_TABLE, favourEntry, favourOf, type FavourEntry, type Measure, type StatementView } from './favour.js';
export { renderDiffMarkdown, renderDiffStylish, renderDiffJson, type DiffJson, type DiffReportOptions } from './report.js';

/** Options of {@link semanticDiff}. */
export interface DiffOptions {
  /** Leave out the diagnostics (no rules run; faster, for callers that do not show them). */
  diagnostics?: boolean;
}

/** Whether a change that favours `favours` goes against the reader of `perspective`. */
export function isAgainst(favours: Favour, perspective: ResolvedConfig['perspective']): boolean {
  return (perspective === 'client' && favours === 'provider') || (perspective === 'provider' && favours === 'client');
}

interface Walk {
  out: Change[];
  perspective: ResolvedConfig['perspective'];
}

function rangeOf(item: Item | undefined) {
  return item ? item.parse.lines.range(item.view.stmt.lineSpan) : undefined;
}

function emit(walk: Walk, path: string, before: Item | undefined, after: Item | undefined): void {
  const item = after ?? before!;
  const entry = favourEntry(item.view.block, item.view.keyword);
  const favours = favourOf(before?.view, after?.view);
  const impact = impactOf(before, after);
  const oldRange = rangeOf(before);
  const newRange = rangeOf(after);
  walk.out.push({
    kind: before && after ? 'changed' : before ? 'removed' : 'added',
    path,
    block: item.view.block,
    keyword: item.view.keyword,
    ...(before ? { before: before.words } : {}),
    ...(after ? { after: after.words } : {}),
    bucket: entry.bucket,
    favours,
    againstUs: isAgainst(favours, walk.perspective),
    ...(impact ? { impact } : {}),
    ...(oldRange ? { oldRange } : {}),
    ...(newRange ? { newRange } : {}),
  });
}

const join = (path: string, label: string) => (path ? `${path} › ${label}` : label);

/** Compares one level of blocks of the two versions, recursively. */
function level(
  walk: Walk,
  olds: readonly Statement[],
  news: readonly Statement[],
  kind: BlockKind,
  sides: { old: Side; new: Side },
  contracts: { old?: ContractNode; new?: ContractNode },
  path: string,
  prefix: string,
): void {
  const a = contracts.old ? itemsOf(olds, kind, sides.old, contracts.old, prefix) : [];
  const b = contracts.new ? itemsOf(news, kind, sides.new, contracts.new, prefix) : [];
  const matches = matchItems(a, b);
  // The order of the new version; what only the old one has, in its own order, after.
  const pos = (m: (typeof matches)[number]) => (m.after ? m.after.view.stmt.span.start : 1e15 + m.before!.view.stmt.span.start);
  matches.sort((x, y) => pos(x) - pos(y));
  for (const m of matches) {
    const item = m.after ?? m.before!;
    const label = m.loose ? item.looseLabel : item.label;
    const here = join(path, m.after && m.before && m.loose && item.opens ? item.label : label);
    if (!m.before || !m.after || m.before.canon !== m.after.canon) emit(walk, here, m.before, m.after);
    if (item.opens) {
      level(walk, m.before?.children ?? [], m.after?.children ?? [], item.opens, sides, { old: m.before?.contract, new: m.after?.contract }, here, item.key);
    }
  }
}

/** The contract statements of a file with their AST nodes. */
function contractsOf(parse: ParseResult): { stmt: Statement; node: ContractNode }[] {
  const byStmt = new Map(parse.ast.contracts.map((c) => [c.stmt, c]));
  return parse.statements.filter((s) => byStmt.has(s)).map((s) => ({ stmt: s, node: byStmt.get(s)! }));
}

/** How a contract is told apart in a file of several: its id, else its title. */
function contractKey(c: ContractNode): string {
  const id = c.id?.value;
  if (id) return `id:${id.kind === 'string' ? id.value : id.text}`;
  return `title:${c.title?.value ?? ''}`;
}

/** Diagnostics of `b` not in `a`, matched by code and message as a multiset. */
function missingFrom(a: readonly Diagnostic[], b: readonly Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of a) {
    const k = `${d.code}\u0000${d.message}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: Diagnostic[] = [];
  for (const d of b) {
    const k = `${d.code}\u0000${d.message}`;
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else out.push(d);
  }
  return out;
}

/**
 * The semantic diff of two versions of a contract: the statements added,
 * removed or changed, each with its bucket, whom it favours (and whether
 * that is against the configured perspective) and the numbers it moves, and
 * the diagnostics that appeared or disappeared. Never throws.
 */
export function semanticDiff(oldText: string, newText: string, config: ResolvedConfig = DEFAULT_CONFIG, options: DiffOptions = {}): DiffResult {
  const read = (text: string) => (options.diagnostics === false ? { parse: parse(text), diagnostics: [] } : analyze(text, config));
  const oldAnalysis = read(oldText);
  const newAnalysis = read(newText);
  const sides = {
    old: { parse: oldAnalysis.parse, meanings: meaningsOf(oldAnalysis.parse) },
    new: { parse: newAnalysis.parse, meanings: meaningsOf(newAnalysis.parse) },
  };
  const walk: Walk = { out: [], perspective: config.perspective };
  const olds = contractsOf(sides.old.parse);
  const news = contractsOf(sides.new.parse);
  // One contract on each side (the usual file) is the same contract whatever its id; several are matched by id or title.
  const several = olds.length > 1 || news.length > 1;
  const key = (c: ContractNode) => (several ? contractKey(c) : '');
  const oldByKey = new Map(olds.map((c) => [key(c.node), c] as const));
  const newByKey = new Map(news.map((c) => [key(c.node), c] as const));
  const keys = [...new Set([...newByKey.keys(), ...oldByKey.keys()])];
  for (const k of keys) {
    const o = oldByKey.get(k);
    const n = newByKey.get(k);
    const title = (n ?? o)!.node.title?.value ?? '';
    const path = several ? `contract ${JSON.stringify(title)}` : '';
    const fileItems = (c: { stmt: Statement; node: ContractNode } | undefined, side: Side) => (c ? itemsOf([c.stmt], 'file', side, c.node, '') : []);
    const [oi] = fileItems(o, sides.old);
    const [ni] = fileItems(n, sides.new);
    if (!oi && !ni) continue;
    if (!oi || !ni || oi.canon !== ni.canon) {
      walk.out.push(...collect(walk.perspective, (w) => emit(w, path || 'contract', oi, ni)));
    }
    level(walk, oi?.children ?? [], ni?.children ?? [], 'contract', sides, { old: o?.node, new: n?.node }, path, `c:${k}`);
  }
  return {
    changes: walk.out,
    diagnostics: { appeared: missingFrom(oldAnalysis.diagnostics, newAnalysis.diagnostics), disappeared: missingFrom(newAnalysis.diagnostics, oldAnalysis.diagnostics) },
    perspective: config.perspective,
  };
}

function collect(perspective: ResolvedConfig['perspective'], f: (w: Walk) => void): Change[] {
  const w: Walk = { out: [], perspective };
  f(w);
  return w.out;
}

/** The statement's line as the diff shows it (whitespace normalised, prose squashed). */
export { statementWords };
