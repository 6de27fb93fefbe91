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
import { Comma, DateLit, Coverage, Multiple, NumberLit, Name, Percent, StringLit, TextBlock } from './tokens.js';

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
  const lines = raw.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[0]!.trim() === '') lines.shift();
  if (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  let common = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    common = Math.min(common, line.length - line.trimStart().length);
  }
  if (!Number.isFinite(common)) common = 0;
  return lines.map((l) => l.slice(common)).join('\n');
}

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

/** Turns the tokens of one statement into values, joining numbers with units and currencies. */
function toValues(tokens: IToken[], issues: SyntaxIssue[]): Value[] {
  const out: Value[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s = span(t);
    const image = t.image;
    // Token types are compared by identity, which is cheaper than comparing their names.
    const type = t.tokenType;
    if (type === Name) {
      out.push({ kind: 'word', text: image, span: s });
      continue;
    }
    switch (type) {
      case StringLit:
        out.push(decodeString(image, issues, s));
        break;
      case TextBlock:
        out.push(decodeTextBlock(image, issues, s));
        break;
      case Percent:
        out.push({ kind: 'percent', text: image, span: s, value: parseNumber(image.slice(0, -1)) });
        break;
      case DateLit: {
        const year = Number(image.slice(0, 4));
        const month = Number(image.slice(5, 7));
        const day = Number(image.slice(8, 10));
        const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
        out.push({ kind: 'date', text: image, span: s, year, month, day, valid });
        break;
      }
      case Coverage:
        out.push({ kind: 'coverage', text: image, span: s });
        break;
      case Multiple:
        out.push({ kind: 'multiple', text: image, span: s, value: parseNumber(image.slice(0, -1)) });
        break;
      case NumberLit: {
        const next = tokens[i + 1];
        const amount = parseNumber(image);
        if (next && next.tokenType === Name) {
          const unit = DURATION_UNITS[next.image];
          const ns = span(next);
          if (unit) {
            out.push({ kind: 'duration', text: image + ' ' + next.image, span: { start: s.start, end: ns.end }, amount, unit, unitSpan: ns });
            i++;
            break;
          }
          // A code of four capitals (`USDD`, `EURO`) is a mistyped currency, not a new word: it stays part of the
          // amount, so that `unknown-currency` can name the code meant rather than the slot reading a stray word.
          if (looksLikeCurrency(next.image) || /^[A-Z]{4}$/.test(next.image)) {
            out.push({ kind: 'money', text: image + ' ' + next.image, span: { start: s.start, end: ns.end }, amount, currency: next.image, currencySpan: ns });
            i++;
            break;
          }
        }
        out.push({ kind: 'number', text: image, span: s, value: amount });
        break;
      }
      case Comma:
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
  const values = toValues(tokens, issues);
  const head = values[0]!;
  const last = values[values.length - 1]!;
  // The values after the head are the arguments: drop the head in place rather than copying the rest.
  values.shift();
  const args = values;
  const lineSpan = { start: head.span.start, end: last.span.end };
  const blockNode = (node.children['block'] as CstNode[] | undefined)?.[0];
  const block = blockNode ? buildBlock(blockNode, issues) : undefined;
  // A stray character at the start of a line is reported as such already.
  if (head.kind !== 'word' && head.kind !== 'unknown') {
    issues.push({
      message: `A statement starts with a keyword, but this line starts with ${describeValue(head)}. Start it with a keyword, or put prose in \`text "…"\`.`,
      span: head.span,
    });
  }
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
