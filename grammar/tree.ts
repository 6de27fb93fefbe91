/**
 * CST → syntax tree. Joins numbers with their units and currencies, decodes
 * strings and text blocks, and turns every lexical and parse problem into a
 * {@link SyntaxIssue} worded for a reader who is not a programmer.
 */
import type { CstNode, IToken } from 'chevrotain';
import {
  DURATION_UNITS,
  looksLikeCurrency,
  type Block,
  type Span,
  type Statement,
  type StringValue,
  type SyntaxIssue,
  type Value,
} from './syntax.js';
import {
  K_COMMA,
  K_COVERAGE,
  K_DATE,
  K_LBRACE,
  K_MULTIPLE,
  K_NAME,
  K_NEWLINE,
  K_NUMBER,
  K_PERCENT,
  K_RBRACE,
  K_STRING,
  K_TEXTBLOCK,
  K_UNKNOWN,
  scannedKind,
  type ScannedTokens,
} from './tokens.js';

const VALUE_NAMES: Record<string, string> = {
  string: 'a string in quotes',
  textblock: 'a text block',
  number: 'a number',
  percent: 'a percentage',
  date: 'a date',
  coverage: 'a coverage such as 24x7',
  duration: 'a duration',
  money: 'an amount of money',
  multiple: 'a multiple such as 10x',
  comma: 'a comma',
  unknown: 'an unexpected character',
};

/** Describes a value in words, for messages. */
export function describeValue(v: Value): string {
  if (v.kind === 'word') return `the word \`${v.text}\``;
  return VALUE_NAMES[v.kind] ?? v.kind;
}

function span(t: IToken): Span {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

function parseNumber(image: string): number {
  return Number(image.replace(/_/g, ''));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]!;
}

function decodeString(image: string, issues: SyntaxIssue[], s: Span): StringValue {
  const terminated = image.length >= 2 && image.endsWith('"') && !image.endsWith('\\"');
  const inner = image.slice(1, terminated ? -1 : undefined);
  // Most strings have no escapes: their value is their text, without copying it character by character.
  const escaped = inner.includes('\\');
  let value = escaped ? '' : inner;
  for (let i = 0; escaped && i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== '\\') {
      value += c;
      continue;
    }
    const n = inner[++i];
    if (n === 'n') value += '\n';
    else if (n === '"' || n === '\\') value += n;
    else {
      issues.push({
        message: `Unknown escape \`\\${n ?? ''}\` in a string: only \\" \\\\ and \\n are allowed.`,
        span: { start: s.start + i, end: s.start + 1 + i + 1 },
      });
      value += n ?? '';
    }
  }
  if (!terminated) {
    issues.push({ message: 'This string is never closed: add a closing `"` on the same line.', span: s });
  }
  return {
    kind: 'string',
    text: image,
    span: s,
    value,
    content: { start: s.start + 1, end: s.end - (terminated ? 1 : 0) },
    terminated,
  };
}

/** Strips the indentation common to all non-blank lines, and the first and last line when blank. */
export function dedent(raw: string): string {
  const lines = raw.includes('\r') ? raw.split(/\r\n|\r|\n/) : raw.split('\n');
  // A line's indentation is where its first character that `trim` keeps stands (\S: the same set), -1 when it has none.
  if (lines.length > 1 && NOT_BLANK.test(lines[0]!) === false) lines.shift();
  if (lines.length > 1 && NOT_BLANK.test(lines[lines.length - 1]!) === false) lines.pop();
  let common = Infinity;
  for (const line of lines) {
    const indent = line.search(NOT_BLANK);
    if (indent >= 0 && indent < common) common = indent;
  }
  if (!Number.isFinite(common) || common === 0) return lines.join('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.slice(common);
  return lines.join('\n');
}
const NOT_BLANK = /\S/;

function decodeTextBlock(image: string, issues: SyntaxIssue[], s: Span): StringValue {
  const terminated = image.length >= 6 && image.endsWith('"""');
  const inner = image.slice(3, terminated ? -3 : undefined);
  if (!terminated) {
    issues.push({
      message: 'This text block is never closed: add `"""` after its last line.',
      span: { start: s.start, end: s.start + 3 },
    });
  }
  return {
    kind: 'textblock',
    text: image,
    span: s,
    value: dedent(inner),
    content: { start: s.start + 3, end: s.end - (terminated ? 3 : 0) },
    terminated,
  };
}

/**
 * Turns the tokens `from`..`to` of one statement into values, joining numbers
 * with units and currencies. The tokens are numbers in arrays, as
 * {@link scanTokens} gives them; a newline among them (one only follows a
 * comma inside a statement) is skipped. A token's text is its slice of
 * `text`, or, without `text`, `images[i - from]`.
 */
function toValues(
  text: string | undefined,
  images: readonly string[] | undefined,
  kinds: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  from: number,
  to: number,
  issues: SyntaxIssue[],
): Value[] {
  const out: Value[] = [];
  for (let i = from; i < to; i++) {
    const kind = kinds[i]!;
    if (kind === K_NEWLINE) continue;
    const s: Span = { start: starts[i]!, end: ends[i]! };
    const image = text !== undefined ? text.slice(s.start, s.end) : images![i - from]!;
    if (kind === K_NAME) {
      out.push({ kind: 'word', text: image, span: s });
      continue;
    }
    switch (kind) {
      case K_STRING:
        out.push(decodeString(image, issues, s));
        break;
      case K_TEXTBLOCK:
        out.push(decodeTextBlock(image, issues, s));
        break;
      case K_PERCENT:
        out.push({ kind: 'percent', text: image, span: s, value: parseNumber(image.slice(0, -1)) });
        break;
      case K_DATE: {
        const year = Number(image.slice(0, 4));
        const month = Number(image.slice(5, 7));
        const day = Number(image.slice(8, 10));
        const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
        out.push({ kind: 'date', text: image, span: s, year, month, day, valid });
        break;
      }
      case K_COVERAGE:
        out.push({ kind: 'coverage', text: image, span: s });
        break;
      case K_MULTIPLE:
        out.push({ kind: 'multiple', text: image, span: s, value: parseNumber(image.slice(0, -1)) });
        break;
      case K_NUMBER: {
        const amount = parseNumber(image);
        if (i + 1 < to && kinds[i + 1] === K_NAME) {
          const ns: Span = { start: starts[i + 1]!, end: ends[i + 1]! };
          const next = text !== undefined ? text.slice(ns.start, ns.end) : images![i + 1 - from]!;
          const unit = DURATION_UNITS[next];
          if (unit) {
            out.push({ kind: 'duration', text: image + ' ' + next, span: { start: s.start, end: ns.end }, amount, unit, unitSpan: ns });
            i++;
            break;
          }
          // A code of four capitals (`USDD`, `EURO`) is a mistyped currency, not a new word: it stays part of the
          // amount, so that `unknown-currency` can name the code meant rather than the slot reading a stray word.
          if (looksLikeCurrency(next) || /^[A-Z]{4}$/.test(next)) {
            out.push({ kind: 'money', text: image + ' ' + next, span: { start: s.start, end: ns.end }, amount, currency: next, currencySpan: ns });
            i++;
            break;
          }
        }
        out.push({ kind: 'number', text: image, span: s, value: amount });
        break;
      }
      case K_COMMA:
        out.push({ kind: 'comma', text: image, span: s });
        break;
      default: {
        // A run of stray characters is one value and one issue, however long (a pasted binary, a line of `@`).
        const prev = out[out.length - 1];
        if (prev?.kind === 'unknown' && prev.span.end === s.start) {
          prev.text += image;
          prev.span.end = s.end;
          const issue = issues[issues.length - 1]!;
          issue.span.end = s.end;
          // The message quotes the first 20 characters: once longer, it no longer changes.
          if (prev.text.length <= 21) issue.message = `Remove the unexpected characters "${prev.text.length > 20 ? prev.text.slice(0, 20) + '…' : prev.text}", or put the prose in quotes: they have no meaning here.`;
          break;
        }
        const value = { kind: 'unknown' as const, text: image, span: s };
        issues.push({ message: `Remove the unexpected character "${image}", or put the prose in quotes: it has no meaning here.`, span: { ...s } });
        out.push(value);
      }
    }
  }
  return out;
}

/** The values of a statement's tokens (Chevrotain's token objects, in source order): {@link toValues} of the same tokens as numbers. */
function tokenValues(tokens: IToken[], issues: SyntaxIssue[]): Value[] {
  const n = tokens.length;
  const kinds = new Uint8Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const images: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // Only value tokens and commas stand in a statement; an unexpected type reads as a stray character, as before.
    const kind = scannedKind(t.tokenType);
    kinds[i] = kind === undefined || kind === K_NEWLINE ? K_UNKNOWN : kind;
    starts[i] = t.startOffset;
    ends[i] = t.startOffset + t.image.length;
    images[i] = t.image;
  }
  return toValues(undefined, images, kinds, starts, ends, 0, n, issues);
}

function tokensOf(node: CstNode, label: string): IToken[] {
  return (node.children[label] as IToken[] | undefined) ?? [];
}
function nodesOf(node: CstNode, label: string): CstNode[] {
  return (node.children[label] as CstNode[] | undefined) ?? [];
}

/** Orders statements by start offset; the parser emits them in order, so this only sorts when recovery did not. */
function inOrder(list: Statement[]): Statement[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.span.start < list[i - 1]!.span.start) return list.sort((a, b) => a.span.start - b.span.start);
  }
  return list;
}

/**
 * The real tokens of a statement in source order. The parser consumes tokens in
 * order, so the CST's array is used as it is unless error recovery inserted
 * virtual tokens (no offset) or disordered it; only then is a copy made.
 */
function statementTokens(raw: IToken[]): IToken[] {
  let prev = -1;
  for (let i = 0; i < raw.length; i++) {
    const o = raw[i]!.startOffset;
    if (Number.isNaN(o) || o < prev) {
      const tokens = raw.filter((t) => !Number.isNaN(t.startOffset));
      return tokens.sort((a, b) => a.startOffset - b.startOffset);
    }
    prev = o;
  }
  return raw;
}

function buildStatement(node: CstNode, issues: SyntaxIssue[]): Statement | undefined {
  const raw = node.children['values'] as IToken[] | undefined;
  if (!raw) return undefined;
  const tokens = statementTokens(raw);
  if (tokens.length === 0) return undefined;
  const values = tokenValues(tokens, issues);
  const head = values[0]!;
  const last = values[values.length - 1]!;
  // The values after the head are the arguments: drop the head in place rather than copying the rest.
  values.shift();
  const args = values;
  const lineSpan = { start: head.span.start, end: last.span.end };
  const blockNode = (node.children['block'] as CstNode[] | undefined)?.[0];
  const block = blockNode ? buildBlock(blockNode, issues) : undefined;
  const issue = headIssue(head);
  if (issue) issues.push(issue);
  return {
    head,
    keyword: head.kind === 'word' ? head.text : undefined,
    args,
    block,
    lineSpan,
    span: { start: head.span.start, end: block ? block.span.end : lineSpan.end },
  };
}

/**
 * Adds the statements of the items of a file or block to `out`: statements,
 * and the statements inside blocks that have no keyword before them (reported
 * once, at their `{`, and read as if the braces were not there, so what they
 * contain is still checked).
 */
function addItems(node: CstNode, out: Statement[], issues: SyntaxIssue[], inStray = false): void {
  const statements = nodesOf(node, 'statements');
  for (let i = 0; i < statements.length; i++) {
    const st = buildStatement(statements[i]!, issues);
    if (st) out.push(st);
    // The CST node (and the tokens it holds) is not needed again: let it be collected now.
    (statements as (CstNode | undefined)[])[i] = undefined;
  }
  for (const b of nodesOf(node, 'strayBlocks')) {
    const block = buildBlock(b, issues, true);
    // A run of stray braces (`{{{{`) is one mistake: reported once, at the outermost.
    if (!inStray) {
      const inner = strayBlocksWithin(b);
      issues.push({
        message: `This \`{\` opens a block without a keyword before it${inner ? ` (and so ${inner === 1 ? 'does the `{`' : `do the ${inner} \`{\``} inside it)` : ''}${block.close ? '' : ', and is never closed'}: start the line with the statement it belongs to (e.g. \`scope {\`), or remove the braces.`,
        span: block.open,
      });
    }
    for (const st of block.statements) out.push(st);
  }
}

/** How many blocks without a keyword stand directly, or through other such blocks, inside one. */
function strayBlocksWithin(node: CstNode): number {
  let count = 0;
  const pending = [...nodesOf(node, 'strayBlocks')];
  for (let b = pending.pop(); b; b = pending.pop()) {
    count++;
    for (const inner of nodesOf(b, 'strayBlocks')) pending.push(inner);
  }
  return count;
}

function buildBlock(node: CstNode, issues: SyntaxIssue[], stray = false): Block {
  const open = tokensOf(node, 'LBrace')[0]!;
  const closeTok = tokensOf(node, 'RBrace')[0];
  const close = closeTok && !Number.isNaN(closeTok.startOffset) && !closeTok.isInsertedInRecovery ? span(closeTok) : undefined;
  const statements: Statement[] = [];
  addItems(node, statements, issues, stray);
  inOrder(statements);
  const openSpan = span(open);
  const end = close ? close.end : statements.length ? statements[statements.length - 1]!.span.end : openSpan.end;
  return { span: { start: openSpan.start, end }, open: openSpan, close, statements };
}

/** Builds the top-level statements of a file from its CST. */
export function buildTree(cst: CstNode, issues: SyntaxIssue[]): Statement[] {
  const out: Statement[] = [];
  addItems(cst, out, issues);
  for (const t of tokensOf(cst, 'stray')) {
    if (Number.isNaN(t.startOffset)) continue;
    issues.push({ message: 'This `}` closes nothing: remove it, or add the `{` it belongs to.', span: span(t) });
  }
  return inOrder(out);
}

/** The issue of a statement whose first value is not a word: a statement starts with a keyword. */
function headIssue(head: Value): SyntaxIssue | undefined {
  // A stray character at the start of a line is reported as such already.
  if (head.kind === 'word' || head.kind === 'unknown') return undefined;
  return {
    message: `A statement starts with a keyword, but this line starts with ${describeValue(head)}. Start it with a keyword, or put prose in \`text "…"\`.`,
    span: head.span,
  };
}

/** A block being read by {@link buildTreeFromScan}: the statement that opened it and what waits for its `}`. */
interface OpenBlock {
  statement: Statement;
  /** The list the statement stands in. */
  list: Statement[];
  open: Span;
  statements: Statement[];
  /** The issue of the statement's head, reported after those of its block (as {@link buildStatement} does). */
  issue: SyntaxIssue | undefined;
}

/**
 * The statements of a document from its scanned tokens ({@link scanTokens}):
 * the tree {@link buildTree} builds from the CST the parser gives the same
 * tokens (grammar/parser.ts `fastCst`), with the same issues in the same
 * order, but in one loop over the tokens and without a token object or CST
 * node for each (the objects were a quarter of what analysing a document
 * allocated). Undefined for a document the fast CST declines (a `{` where a
 * statement should start, a `}` that closes nothing, a block never closed) and
 * for blocks nested deeper than `maxNesting`: `parse` gives those to the
 * parser. `test/unit/parser-fast-path.test.ts` compares the two.
 */
export function buildTreeFromScan(text: string, scanned: ScannedTokens, maxNesting: number, issues: SyntaxIssue[]): Statement[] | undefined {
  const { count, kinds, starts, ends } = scanned;
  const top: Statement[] = [];
  const open: OpenBlock[] = [];
  let list = top;
  /** The first token of the statement being read, or -1 between statements. */
  let first = -1;
  /** Reads the statement of the tokens `first`..`to` (a statement without a block, or before its `{`). */
  const statement = (to: number): { statement: Statement; issue: SyntaxIssue | undefined } => {
    const values = toValues(text, undefined, kinds, starts, ends, first, to, issues);
    const head = values[0]!;
    const last = values[values.length - 1]!;
    values.shift();
    const lineSpan = { start: head.span.start, end: last.span.end };
    return {
      statement: { head, keyword: head.kind === 'word' ? head.text : undefined, args: values, block: undefined, lineSpan, span: { start: head.span.start, end: lineSpan.end } },
      issue: headIssue(head),
    };
  };
  /** Ends the statement being read, which has no block. */
  const end = (to: number): void => {
    const read = statement(to);
    if (read.issue) issues.push(read.issue);
    list.push(read.statement);
    first = -1;
  };
  for (let i = 0; i < count; i++) {
    const kind = kinds[i]!;
    if (kind === K_NEWLINE) {
      if (first >= 0) end(i);
    } else if (kind === K_LBRACE) {
      // A block belongs to the statement on its line (or after its trailing comma); otherwise it is a stray block.
      if (first < 0 || open.length >= maxNesting) return undefined;
      const read = statement(i);
      const statements: Statement[] = [];
      open.push({ statement: read.statement, list, open: { start: starts[i]!, end: ends[i]! }, statements, issue: read.issue });
      list = statements;
      first = -1;
    } else if (kind === K_RBRACE) {
      if (first >= 0) end(i);
      const block = open.pop();
      if (!block) return undefined;
      const close = { start: starts[i]!, end: ends[i]! };
      const st = block.statement;
      st.block = { span: { start: block.open.start, end: close.end }, open: block.open, close, statements: block.statements };
      st.span.end = close.end;
      if (block.issue) issues.push(block.issue);
      list = block.list;
      list.push(st);
    } else if (first >= 0) {
      // A comma among the arguments carries the statement over line breaks.
      if (kind === K_COMMA) while (i + 1 < count && kinds[i + 1] === K_NEWLINE) i++;
    } else {
      // A value or a comma starts a statement (a comma as its head does not carry it over a line break).
      first = i;
    }
  }
  if (open.length) return undefined;
  if (first >= 0) end(count);
  return top;
}
