/**
 * Completion, context-aware: at the start of a line, the statements valid in
 * the enclosing block (as snippets with tab stops, and a whole contract
 * skeleton at top level) and the clause snippets that belong there
 * (completion-clauses.ts); after a keyword, the values it takes; after `for` in
 * an `sla` line, the services. Every item carries documentation. Finding the
 * context costs a few binary searches (no re-parse, no scan of the document),
 * so it stays fast on very long contracts and works in broken ones.
 */
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { SCHEMA, type BlockKind, type ParseResult, type Statement } from '../../grammar/index.js';
import type { ResolvedConfig } from '../core/config.js';
import { clauseSnippetItems } from './completion-clauses.js';
import { commentAt, locate } from './completion-locate.js';
import { contractSkeleton, statementSnippet } from './completion-snippets.js';
import { tokenizeLine, valueCandidates, type LineToken, type ValueCandidate } from './completion-values.js';

/** Statements that may appear only once in their block; once written they sort last. */
const SINGLE = new Set([
  'id',
  'effective',
  'governing_law',
  'scope',
  'payment',
  'data_protection',
  'term',
  'termination',
  'reporting',
  'address',
  'notices',
  'hours',
  'channels',
  'measured_by',
  'credit_cap',
  'model',
  'invoice',
  'due',
  'late_fee',
  'expenses',
  'price_increase',
  'breach_notice',
  'access',
  'encryption',
  'location',
  'return_data',
  'initial',
  'renewal',
  'transition',
  'type',
  'window',
  'claim',
  'sole_remedy',
  'chronic_failure',
  'updates',
  'root_cause',
  'minimum',
  'suspension',
  'disputes',
  'subprocessors',
  'delete_data',
  'until_terminated',
  'liability',
  'changes',
  'milestones',
  'cap',
  'uncapped',
  'change_control',
]);

const KIND_OF: Record<ValueCandidate['kind'], CompletionItemKind> = {
  value: CompletionItemKind.EnumMember,
  unit: CompletionItemKind.Unit,
  currency: CompletionItemKind.Constant,
  keyword: CompletionItemKind.Keyword,
  reference: CompletionItemKind.Reference,
};

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

function markdown(value: string): { kind: typeof MarkupKind.Markdown; value: string } {
  return { kind: MarkupKind.Markdown, value };
}

/** True when the offset is inside a one-line string on the line prefix `before`. */
function insideString(before: string): boolean {
  let open = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (open && c === '\\') i++;
    else if (c === '"') open = !open;
  }
  return open;
}

/** The statements directly inside the block the cursor is in, to sort already written ones last. */
function siblings(parsed: ParseResult, blocks: readonly { stmt: Statement }[]): readonly Statement[] {
  const owner = blocks[blocks.length - 1]?.stmt;
  return owner ? (owner.block?.statements ?? []) : parsed.statements;
}

function statementItems(kind: BlockKind, present: ReadonlySet<string>, config: ResolvedConfig, range: { start: number; end: number }, parsed: ParseResult): CompletionItem[] {
  const edit = parsed.lines.range(range);
  const items: CompletionItem[] = SCHEMA[kind].map((spec, i) => {
    const snippet = statementSnippet(spec.keyword, config.defaultCurrency, kind);
    const written = SINGLE.has(spec.keyword) && present.has(spec.keyword);
    return {
      label: spec.keyword,
      kind: spec.opens ? CompletionItemKind.Module : CompletionItemKind.Keyword,
      detail: spec.signature,
      documentation: markdown(
        `${spec.doc}\n\n\`\`\`contract\n${spec.signature}\n\`\`\`${written ? `\n\nThis block already has a \`${spec.keyword}\`; it is usually written once.` : ''}`,
      ),
      sortText: `${written ? 1 : 0}${pad(i)}`,
      filterText: spec.keyword,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range: edit, newText: snippet ?? `${spec.keyword} ` },
    };
  });
  items.push(...clauseSnippetItems(kind, config.defaultCurrency, edit, (i) => `0${pad(SCHEMA[kind].length + 1 + i)}`));
  if (kind === 'file') {
    items.push({
      label: 'contract skeleton',
      kind: CompletionItemKind.Snippet,
      detail: 'A complete contract with every clause the checker expects',
      documentation: markdown(
        'Inserts a whole agreement: metadata, a provider and a client, scope, an SLA, payment, liability, data protection, term, termination and reporting, with tab stops on every value to fill in.',
      ),
      sortText: `0${pad(SCHEMA.file.length)}`,
      filterText: 'contract',
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range: edit, newText: contractSkeleton(config.defaultCurrency) },
    });
  }
  return items;
}

function valueItems(candidates: ValueCandidate[], range: { start: number; end: number }, parsed: ParseResult): CompletionItem[] {
  const edit = parsed.lines.range(range);
  return candidates.map((c) => ({
    label: c.label,
    kind: KIND_OF[c.kind],
    documentation: markdown(c.doc || `\`${c.label}\``),
    sortText: pad(c.rank),
    textEdit: { range: edit, newText: c.label },
  }));
}

/** The services named in the document, for `sla … for`. */
function documentServices(parsed: ParseResult): string[] {
  const out: string[] = [];
  for (const c of parsed.ast.contracts) for (const s of c.scopes) for (const svc of s.services) if (svc.name) out.push(svc.name.text);
  return out;
}

/** Computes the completion items at an offset. */
export function getCompletions(parsed: ParseResult, offset: number, config: ResolvedConfig, names: { services: string[]; parties: string[] }): CompletionItem[] {
  const text = parsed.text;
  const at = Math.max(0, Math.min(offset, text.length));
  if (commentAt(parsed.comments, at)) return [];
  const loc = locate(parsed, at);
  const v = loc.value;
  if (v && (v.kind === 'string' || v.kind === 'textblock') && at > v.span.start && (at < v.span.end || !v.terminated)) return [];
  const pos = parsed.lines.position(at);
  const lineStart = parsed.lines.starts[pos.line]!;
  let before = text.slice(lineStart, at);
  if (insideString(before)) return [];
  const word = /[A-Za-z_][A-Za-z0-9_]*$/.exec(before)?.[0] ?? '';
  let after = at;
  while (after < text.length && /[A-Za-z0-9_]/.test(text[after]!)) after++;
  const range = { start: at - word.length, end: after };
  before = before.slice(0, before.length - word.length);
  let tokens: LineToken[] = tokenizeLine(before);
  // A list broken after a comma goes on from the line above.
  if (tokens.length === 0 && pos.line > 0) {
    const above = parsed.lines.lineText(pos.line - 1).replace(/\/\/.*$/, '');
    if (above.trimEnd().endsWith(',')) tokens = tokenizeLine(above);
  }
  // Only what follows the last brace on the line belongs to the statement being typed.
  let brace = -1;
  tokens.forEach((t, i) => {
    if (t.kind === 'open' || t.kind === 'close') brace = i;
  });
  tokens = tokens.slice(brace + 1);
  const kind = loc.blockKind;
  if (tokens.length === 0) {
    if (!kind) return [];
    const present = new Set(siblings(parsed, loc.blocks).map((s) => s.keyword ?? ''));
    return statementItems(kind, present, config, range, parsed);
  }
  const head = tokens[0]!;
  if (head.kind !== 'word') return [];
  const services = [...new Set([...names.services, ...documentServices(parsed)])];
  const candidates = valueCandidates(head.text, tokens.slice(1), { defaultCurrency: config.defaultCurrency, services, block: kind });
  return valueItems(candidates, range, parsed);
}
