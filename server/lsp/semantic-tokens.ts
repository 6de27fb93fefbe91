/**
 * Semantic tokens: keywords, name definitions and references, strings, numbers
 * (multiples such as `10x` included), units (`seconds` too) and currencies,
 * dates, value words, comments and suppression comments. A word inside a
 * statement is a keyword when the statement's forms in the schema use it as
 * one of their own words (`within`, `over`, `downtime`, an option such as
 * `notice` or `cap`); a word of a closed set (`sole_remedy` aside, which is a
 * statement, `downtime_fees`, `future_invoices`, `scc`) is a value.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { SCHEMA, type BlockKind, type Part, type ParseResult, type Span, type Statement, type StatementSpec, type Value } from '../../grammar/index.js';
import { collectNames } from './names.js';

/** Token types, in legend order. */
export const TOKEN_TYPES = ['keyword', 'variable', 'string', 'number', 'type', 'enumMember', 'comment', 'macro'] as const;
/** Token modifiers, in legend order (bit 0 = declaration, bit 1 = date). */
export const TOKEN_MODIFIERS = ['declaration', 'date'] as const;

/** The legend the server declares in its capabilities. */
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
const TYPE_INDEX = new Map<TokenType, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const DECLARATION = 1;
const DATE = 2;

/** Words inside a statement that are part of its syntax rather than values, for the statements the tree builder reads itself. */
const CONNECTIVES = new Set(['for', 'within', 'respond', 'resolve', 'when', 'below', 'per', 'breach', 'notice', 'cure', 'fee', 'after', 'cap', 'ends']);

/** The block kind each block-opening keyword opens, wherever it stands. */
const OPENS = new Map<string, BlockKind>();
for (const specs of Object.values(SCHEMA)) for (const spec of specs) if (spec.opens) OPENS.set(spec.keyword, spec.opens);

const syntaxCache = new Map<StatementSpec, ReadonlySet<string>>();

/** The words a statement's forms use as their own: literal parts and option keywords. */
function syntaxWords(spec: StatementSpec | undefined): ReadonlySet<string> {
  if (!spec?.forms) return CONNECTIVES;
  let set = syntaxCache.get(spec);
  if (!set) {
    const out = new Set(CONNECTIVES);
    const parts = (list: readonly Part[]) => {
      for (const p of list) if (typeof p === 'string') out.add(p);
    };
    for (const form of spec.forms) {
      parts(form.head);
      for (const [key, opt] of Object.entries(form.options ?? {})) {
        out.add(key);
        if (Array.isArray(opt)) parts(opt as readonly Part[]);
        else for (const alt of (opt as { any: readonly (readonly Part[])[] }).any) parts(alt);
      }
    }
    set = out;
    syntaxCache.set(spec, set);
  }
  return set;
}

const SUPPRESSION = /^(?:\/\/|\/\*)\s*contract-(?:disable-next-line|disable|enable)(?![\w-])/;

interface RawToken {
  start: number;
  end: number;
  type: TokenType;
  modifiers: number;
}

/** Computes the semantic tokens of a document (one line per token; multi-line values are split). */
export function semanticTokens(parsed: ParseResult): SemanticTokens {
  const raw: RawToken[] = [];
  const names = new Map(collectNames(parsed).map((n) => [n.span.start, n]));
  const add = (span: Span, type: TokenType, modifiers = 0) => {
    if (span.end > span.start) raw.push({ start: span.start, end: span.end, type, modifiers });
  };
  const value = (v: Value, isHead: boolean, syntax: ReadonlySet<string>) => {
    switch (v.kind) {
      case 'word': {
        const n = names.get(v.span.start);
        if (n) add(v.span, 'variable', n.definition ? DECLARATION : 0);
        else add(v.span, isHead || syntax.has(v.text) ? 'keyword' : 'enumMember');
        break;
      }
      case 'string':
      case 'textblock':
        add(v.span, 'string');
        break;
      case 'number':
      case 'percent':
      case 'multiple':
        add(v.span, 'number');
        break;
      case 'date':
        add(v.span, 'number', DATE);
        break;
      case 'coverage':
        add(v.span, 'enumMember');
        break;
      case 'duration':
        add({ start: v.span.start, end: v.span.start + v.text.indexOf(' ') }, 'number');
        add(v.unitSpan, 'type');
        break;
      case 'money':
        add({ start: v.span.start, end: v.span.start + v.text.indexOf(' ') }, 'number');
        add(v.currencySpan, 'type');
        break;
      default:
        break;
    }
  };
  const walk = (statements: readonly Statement[], kind: BlockKind | undefined) => {
    for (const s of statements) {
      const spec = kind && s.keyword !== undefined ? SCHEMA[kind].find((x) => x.keyword === s.keyword) : undefined;
      const syntax = syntaxWords(spec);
      value(s.head, true, syntax);
      for (const a of s.args) value(a, false, syntax);
      // A block written in the wrong place still holds the statements of its own kind.
      if (s.block) walk(s.block.statements, spec?.opens ?? (s.keyword !== undefined ? OPENS.get(s.keyword) : undefined));
    }
  };
  walk(parsed.statements, 'file');
  for (const c of parsed.comments) add(c.span, SUPPRESSION.test(c.text) ? 'macro' : 'comment');
  raw.sort((a, b) => a.start - b.start);

  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const emit = (line: number, character: number, length: number, t: RawToken) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? character - prevChar : character, length, TYPE_INDEX.get(t.type)!, t.modifiers);
    prevLine = line;
    prevChar = character;
  };
  const lines = parsed.lines;
  for (const t of raw) {
    const start = lines.position(t.start);
    const end = lines.position(t.end);
    if (start.line === end.line) {
      emit(start.line, start.character, end.character - start.character, t);
      continue;
    }
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : lines.lineText(line).length;
      emit(line, from, to - from, t);
    }
  }
  return { data };
}
