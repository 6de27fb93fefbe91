/**
 * Helpers shared by rules: describing values, computing where a missing clause
 * conventionally goes, and building fixes.
 */
import { CLAUSE_ORDER, describeValue, type ContractNode, type ParseResult, type Span, type Statement, type Value } from '../../../grammar/index.js';
import type { Fix, TextEdit } from '../types.js';
import { perParse } from './per-parse.js';

export { describeValue };

/** The line break the document uses (`\r\n` if it has any, else `\n`), found once per parse rather than per fix. */
export function lineBreakOf(parse: ParseResult): string {
  return perParse(parse, findLineBreak, () => findLineBreak(parse));
}

function findLineBreak(parse: ParseResult): string {
  return parse.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The indentation (spaces) of the line an offset is on. */
export function indentAt(parse: ParseResult, offset: number): string {
  const line = parse.lines.lineText(parse.lines.line(offset));
  return /^[ \t]*/.exec(line)![0];
}

/** The span of the keyword of a statement (the usual anchor of a diagnostic). */
export function keywordSpan(stmt: Statement): Span {
  return stmt.head.span;
}

/** The span of the contract's opening line, where "missing clause" diagnostics point. */
export function contractHeadSpan(c: ContractNode): Span {
  return c.stmt.lineSpan;
}

/**
 * Where a new top-level statement of kind `keyword` conventionally goes in a
 * contract: after the last statement of the same or an earlier kind in
 * CLAUSE_ORDER, otherwise before the closing brace.
 */
export function insertionOffset(parse: ParseResult, c: ContractNode, keyword: string): { offset: number; indent: string; atLineStart: boolean } {
  const rank = (k: string | undefined) => {
    const i = CLAUSE_ORDER.indexOf(k ?? '');
    return i < 0 ? CLAUSE_ORDER.length : i;
  };
  const myRank = rank(keyword);
  const body = c.stmt.block?.statements ?? [];
  const contractIndent = indentAt(parse, c.stmt.span.start);
  const indent = body.length ? indentAt(parse, body[0]!.span.start) : contractIndent + '  ';
  let after: Statement | undefined;
  for (const s of body) if (rank(s.keyword) <= myRank) after = s;
  if (after) {
    // Insert at the start of the line after the statement (and its trailing comment).
    const endLine = parse.lines.line(after.span.end);
    const offset = endLine + 1 < parse.lines.lineCount ? parse.lines.starts[endLine + 1]! : parse.text.length;
    return { offset, indent, atLineStart: endLine + 1 < parse.lines.lineCount };
  }
  const first = body[0];
  if (first) {
    const line = parse.lines.line(first.span.start);
    return { offset: parse.lines.starts[line]!, indent, atLineStart: true };
  }
  const close = c.stmt.block?.close;
  if (close) {
    const line = parse.lines.line(close.start);
    const lineStart = parse.lines.starts[line]!;
    const onOwnLine = parse.text.slice(lineStart, close.start).trim() === '';
    return onOwnLine ? { offset: lineStart, indent, atLineStart: true } : { offset: close.start, indent, atLineStart: false };
  }
  return { offset: parse.text.length, indent, atLineStart: false };
}

/**
 * A fix that inserts a clause skeleton at its conventional place. `snippet`
 * uses LSP snippet syntax (`${1:default}`) with lines separated by `\n` and
 * indented by two spaces per level; the plain edit uses the defaults. A
 * skeleton chooses values, so the fix is not preferred (see {@link Fix}).
 */
export function insertClauseFix(parse: ParseResult, c: ContractNode, keyword: string, title: string, snippet: string): Fix {
  const { offset, indent, atLineStart } = insertionOffset(parse, c, keyword);
  const eol = lineBreakOf(parse);
  const indented = snippet
    .split('\n')
    .map((l) => (l ? indent + l : l))
    .join(eol);
  const before = atLineStart ? '' : eol;
  const text = `${before}${eol}${indented}${eol}`;
  return { title, edits: [{ span: { start: offset, end: offset }, newText: snippetToText(text) }], snippet: text, preferred: false };
}

/**
 * A mechanical fix (see {@link Fix}): its result is fully determined by the
 * contract, so it is the preferred quick fix and Fix all applies it.
 */
export function mechanicalFix(title: string, edits: TextEdit[]): Fix {
  return { title, edits, mechanical: true, preferred: true };
}

/**
 * A fix that writes a value the drafter chooses: it replaces `span` with
 * `snippet` (tab stops in reading order), its plain edit holds the defaults,
 * and it is never preferred.
 */
export function choiceFix(title: string, span: Span, snippet: string): Fix {
  return { title, edits: [{ span, newText: snippetToText(snippet) }], snippet, preferred: false };
}

/** Replaces `${1:default}` and `$1` tab stops with their defaults, and `${1|a,b|}` choices with their first choice. */
export function snippetToText(snippet: string): string {
  // Fixes are built for every finding, so this runs often: one pass, and none for plain text.
  if (snippet.indexOf('$') < 0) return snippet;
  return expand(snippet, 0, false, false).text;
}

/**
 * A snippet as a quick-fix title shows it: the values the drafter is to
 * choose stay visibly open, so that the title never reads as a term Clausewise
 * chose. A number in a tab stop is `N` (`within N business days`), and a
 * choice lists its options (`business days/days/hours`, the first two and `…`
 * when there are more than three); words in a tab stop, a prompt for the
 * drafter's own wording, are kept.
 */
export function snippetTitle(snippet: string): string {
  if (snippet.indexOf('$') < 0) return snippet;
  return expand(snippet, 0, false, true).text;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Expands from `at` to the end, or (inside a placeholder's default) to its closing brace. */
function expand(s: string, at: number, inner: boolean, title: boolean): { text: string; end: number } {
  let out = '';
  let i = at;
  while (i < s.length) {
    const ch = s[i]!;
    if (inner && ch === '}') return { text: out, end: i + 1 };
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    // `$1`: a bare tab stop has no text.
    if (isDigit(s.charCodeAt(i + 1))) {
      i++;
      while (isDigit(s.charCodeAt(i))) i++;
      continue;
    }
    if (s[i + 1] === '{' && isDigit(s.charCodeAt(i + 2))) {
      let j = i + 2;
      while (isDigit(s.charCodeAt(j))) j++;
      const kind = s[j];
      if (kind === '}') {
        i = j + 1;
        continue;
      }
      if (kind === ':') {
        const inside = expand(s, j + 1, true, title);
        out += title && /^\d[\d.,]*$/.test(inside.text) ? 'N' : inside.text;
        i = inside.end;
        continue;
      }
      if (kind === '|') {
        const close = s.indexOf('|}', j + 1);
        if (close >= 0) {
          const choices = s.slice(j + 1, close);
          if (title) {
            const options = choices.split(',');
            out += options.length > 3 ? `${options.slice(0, 2).join('/')}/…` : options.join('/');
          } else {
            const cut = choices.search(/[,|]/);
            out += cut < 0 ? choices : choices.slice(0, cut);
          }
          i = close + 2;
          continue;
        }
      }
    }
    out += ch;
    i++;
  }
  return { text: out, end: i };
}

/** True for a value of the given kind. */
export function isKind<K extends Value['kind']>(v: Value | undefined, kind: K): v is Extract<Value, { kind: K }> {
  return v?.kind === kind;
}

/** The span from the start of the first to the end of the last of some spans. */
export function cover(...spans: (Span | undefined)[]): Span {
  const s = spans.filter((x): x is Span => !!x);
  return { start: Math.min(...s.map((x) => x.start)), end: Math.max(...s.map((x) => x.end)) };
}

/**
 * A fix that inserts a statement as a new line at the end of a block (before
 * its closing brace), indented one level deeper than the block's own line.
 * `snippet` uses LSP snippet syntax, like {@link insertClauseFix}.
 */
export function insertInBlockFix(parse: ParseResult, owner: Statement, title: string, snippet: string): Fix | undefined {
  const block = owner.block;
  if (!block) return undefined;
  const eol = lineBreakOf(parse);
  const ownerIndent = indentAt(parse, owner.span.start);
  const first = block.statements[0];
  const indent = first && parse.lines.line(first.span.start) !== parse.lines.line(block.open.start) ? indentAt(parse, first.span.start) : ownerIndent + '  ';
  const lines = snippet.split('\n').map((l) => (l ? indent + l : l));
  let offset: number;
  let text: string;
  const close = block.close;
  if (close) {
    const line = parse.lines.line(close.start);
    const lineStart = parse.lines.starts[line]!;
    const onOwnLine = parse.text.slice(lineStart, close.start).trim() === '' && line !== parse.lines.line(block.open.start);
    if (onOwnLine) {
      offset = lineStart;
      text = lines.join(eol) + eol;
    } else {
      offset = close.start;
      text = eol + lines.join(eol) + eol + ownerIndent;
    }
  } else {
    offset = block.span.end;
    text = eol + lines.join(eol);
  }
  return { title, edits: [{ span: { start: offset, end: offset }, newText: snippetToText(text) }], snippet: text, preferred: false };
}
