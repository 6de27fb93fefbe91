/**
 * The grammar's public face: `parse(text)` turns any text into a (possibly
 * partial) typed AST plus syntax issues. It never throws.
 */
import type { IRecognitionException } from 'chevrotain';
import { buildAst } from './build.js';
import { LineIndex } from './lines.js';
import { parseTokens } from './parser.js';
import type { Block, Comment, Span, Statement, SyntaxIssue } from './syntax.js';
import type { FileAst } from './ast.js';
import { contractLexer, LBrace, RBrace, scannedTokens, scanTokens } from './tokens.js';
import type { IToken } from 'chevrotain';
import { buildTree, buildTreeFromScan } from './tree.js';

export * from './ast.js';
export * from './syntax.js';
export * from './schema.js';
export * from './forms.js';
export { LineIndex, type Position, type Range } from './lines.js';
export { daysInMonth, isLeapYear, dedent, describeValue } from './tree.js';

export interface ParseResult {
  text: string;
  /** The top-level statements (the syntax tree). */
  statements: Statement[];
  ast: FileAst;
  comments: Comment[];
  /** Syntax problems, in document order. */
  issues: SyntaxIssue[];
  lines: LineIndex;
}

function unclosedBlocks(statements: Statement[], out: Block[] = []): Block[] {
  for (const s of statements) {
    if (s.block) {
      if (!s.block.close) out.push(s.block);
      unclosedBlocks(s.block.statements, out);
    }
  }
  return out;
}

/**
 * Where a missing `}` most likely belongs. When a block inside `outer` is
 * closed by a `}` indented less than the line that opened it, that `}` was
 * meant for an enclosing block, so the inner block is the one left open (the
 * first such `}` in the document is the one taken); otherwise `outer` itself.
 */
function likelyUnclosed(outer: Block, lines: LineIndex): Block {
  const indent = (offset: number) => {
    const line = lines.lineText(lines.line(offset));
    return line.length - line.trimStart().length;
  };
  let best: Block | undefined;
  const visit = (statements: Statement[]) => {
    for (const s of statements) {
      const b = s.block;
      if (!b) continue;
      if (b.close) {
        const col = lines.position(b.close.start).character;
        const alone = col === indent(b.close.start);
        if (alone && col < indent(s.span.start) && (!best || b.close.start < best.close!.start)) best = b;
      }
      visit(b.statements);
    }
  };
  visit(outer.statements);
  return best ?? outer;
}

/**
 * Recovery from a missing `}`: the parser nests everything after an unclosed
 * block inside it. Where the document is indented, a statement indented no
 * deeper than the line that opened a block cannot belong to that block, so it
 * and the statements after it move out to the enclosing list, and a `}` indented
 * less than the opening line is handed to the enclosing block. A block whose
 * first statement is not indented deeper is left alone (no layout to go by).
 * Returns a `}` that closed nothing at this level, for the caller to adopt.
 */
function renest(list: Statement[], lines: LineIndex, indent: (offset: number) => number): Span | undefined {
  let orphan: Span | undefined;
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const b = s.block;
    if (!b) continue;
    const own = indent(s.span.start);
    const children = b.statements;
    const deeper = children.length > 0 && indent(children[0]!.span.start) > own;
    const k = deeper ? children.findIndex((c) => indent(c.span.start) <= own) : -1;
    const childOrphan = renest(b.statements, lines, indent);
    if (childOrphan && !b.close && lines.position(childOrphan.start).character === own) b.close = childOrphan;
    if (k > 0) {
      const moved = b.statements.splice(k);
      list.splice(i + 1, 0, ...moved);
      if (b.close && lines.position(b.close.start).character < own) {
        orphan = b.close;
        b.close = undefined;
      }
      const last = b.statements[b.statements.length - 1];
      b.span = { start: b.span.start, end: b.close ? b.close.end : last ? last.span.end : b.open.end };
      s.span = { start: s.span.start, end: b.span.end };
    }
  }
  return orphan;
}

function translate(e: IRecognitionException, text: string): SyntaxIssue {
  const t = e.token;
  const start = Number.isNaN(t.startOffset) ? text.length : t.startOffset;
  const end = Number.isNaN(t.startOffset) ? text.length : t.startOffset + t.image.length;
  const found = t.tokenType?.name === 'EOF' || Number.isNaN(t.startOffset) ? 'the end of the file' : `\`${t.image}\``;
  return { message: `Unexpected ${found} here: check the braces and line breaks around it.`, span: { start, end } };
}

/**
 * The deepest nesting of blocks that is parsed. Real contracts nest four or
 * five blocks deep; the limit keeps every recursive stage after the lexer (the
 * parser, recovery, the tree and AST builders, rules, formatter, render,
 * symbols, folding) far from the call-stack limit on any input.
 */
export const MAX_NESTING = 64;

/** The code of the issue that marks a block nested deeper than {@link MAX_NESTING}. */
export const NESTING_TOO_DEEP = 'nesting-too-deep';

/**
 * Drops the tokens of blocks nested deeper than {@link MAX_NESTING}: from the
 * `{` that opens level MAX_NESTING + 1 to its matching `}` (or the end of the
 * file when it is never closed). Each dropped region is reported once; the
 * statement that opened it keeps its line, and the rest is analysed as usual.
 * Returns the tokens unchanged (the same array) when nothing is too deep.
 */
function limitNesting(tokens: IToken[], text: string, issues: SyntaxIssue[]): IToken[] {
  let depth = 0;
  let deepest = 0;
  for (const t of tokens) {
    if (t.tokenType === LBrace) deepest = Math.max(deepest, ++depth);
    else if (t.tokenType === RBrace && depth > 0) depth--;
  }
  if (deepest <= MAX_NESTING) return tokens;
  const kept: IToken[] = [];
  depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenType === RBrace && depth > 0) depth--;
    else if (t.tokenType === LBrace && depth === MAX_NESTING) {
      // Skip to the matching `}`, counting the braces in between.
      const start = t.startOffset;
      let inner = 0;
      let end = text.length;
      let j = i;
      for (; j < tokens.length; j++) {
        const u = tokens[j]!;
        if (u.tokenType === LBrace) inner++;
        else if (u.tokenType === RBrace && --inner === 0) {
          end = u.startOffset + u.image.length;
          break;
        }
      }
      issues.push({
        code: NESTING_TOO_DEEP,
        message: `Move the inner statements up: blocks are nested more than ${MAX_NESTING} deep here, so this block${end === text.length ? ', never closed, and everything after it,' : ''} is not checked. A contract needs only a few levels (contract, scope, service).`,
        span: { start, end },
      });
      i = j;
      continue;
    } else if (t.tokenType === LBrace) depth++;
    kept.push(t);
  }
  return kept;
}

/** Parses a contract document. Never throws; every stage works on partial trees. */
export function parse(text: string): ParseResult {
  const issues: SyntaxIssue[] = [];
  // Most documents: every character is one a token takes (scanned into arrays of numbers) and every brace matches,
  // so the tree is built from the scan directly. The others go to the Chevrotain lexer and parser, and their recovery.
  const scanned = scanTokens(text);
  const lexed = scanned ? undefined : contractLexer.tokenize(text);
  const comments: Comment[] = [];
  for (const t of scanned ? scanned.comments : (lexed!.groups['comments'] ?? [])) {
    const block = t.tokenType.name === 'BlockComment';
    const terminated = !block || (t.image.length >= 4 && t.image.endsWith('*/'));
    const span = { start: t.startOffset, end: t.startOffset + t.image.length };
    comments.push({ kind: block ? 'block' : 'line', text: t.image, span, terminated });
    if (!terminated) issues.push({ message: 'This comment is never closed: add `*/` where it ends.', span: { start: span.start, end: span.start + 2 } });
  }
  for (const e of lexed?.errors ?? []) {
    const bad = text.slice(e.offset, e.offset + Math.max(1, e.length));
    issues.push({
      message: `Remove the unexpected character${bad.length > 1 ? 's' : ''} "${bad}", or put the prose in quotes: outside quotes only keywords, names, numbers, dates and punctuation of the language may stand.`,
      span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
    });
  }
  const before = issues.length;
  let statements = scanned ? buildTreeFromScan(text, scanned, MAX_NESTING, issues) : undefined;
  let errors: IRecognitionException[] = [];
  if (!statements) {
    // The issues of a tree the scan could not finish are those the parser's tree has again.
    issues.length = before;
    const parsed = parseTokens(limitNesting(lexed ? lexed.tokens : scannedTokens(text, scanned!), text, issues));
    errors = parsed.errors;
    // From here on the tokens live only in the CST, which the tree builder frees
    // statement by statement: a large document's tokens and CST are not all kept
    // until its tree is complete.
    if (lexed) lexed.tokens = [];
    statements = buildTree(parsed.cst, issues);
  }
  const lines = new LineIndex(text);
  let unclosed = unclosedBlocks(statements);
  if (unclosed.length) {
    const indent = (offset: number) => {
      const line = lines.lineText(lines.line(offset));
      return line.length - line.trimStart().length;
    };
    renest(statements, lines, indent);
    // Renesting moves statements and closing braces between blocks: look again.
    unclosed = unclosedBlocks(statements);
  }
  for (const b of unclosed) {
    issues.push({ message: 'This `{` is never closed: add the matching `}` where the block ends.', span: likelyUnclosed(b, lines).open });
  }
  for (const e of errors) {
    // A missing `}` is reported once, at the brace that opened the block.
    if (unclosed.length && (e.token.tokenType?.name === 'EOF' || Number.isNaN(e.token.startOffset))) continue;
    if (e.name === 'MismatchedTokenException' && unclosed.length && e.message.includes('RBrace')) continue;
    issues.push(translate(e, text));
  }
  const ast = buildAst(statements, issues);
  issues.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { text, statements, ast, comments, issues, lines };
}
