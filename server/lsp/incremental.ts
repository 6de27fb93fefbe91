/**
 * Incremental re-parsing for the editor. Typing usually changes the inside of
 * one statement; re-lexing and re-parsing the whole document for every key
 * stroke is what makes large contracts slow. When an edit lies strictly inside
 * one statement of a document without syntax problems, only that statement's
 * text is parsed again, spliced into the previous tree, and the spans after it
 * are shifted; the typed AST is then rebuilt from the tree as usual. Whenever
 * that is not certainly equivalent to a full parse (the statement's new text
 * does not parse cleanly into exactly one statement, it ends in a comma, or it
 * is not followed by a plain delimiter) the full parser runs instead. A
 * document with a syntax problem anywhere is always parsed in full: the
 * parser's error recovery can shape the tree far from the problem, so a splice
 * would not be certain to match.
 *
 * The previous result is modified in place and must not be used afterwards.
 */
import { buildAst } from '../../grammar/build.js';
import { LineIndex, MAX_NESTING, parse, type Comment, type ParseResult, type Span, type Statement } from '../../grammar/index.js';
import { parseTokens } from '../../grammar/parser.js';
import { contractLexer, LBrace, RBrace } from '../../grammar/tokens.js';
import { buildTree } from '../../grammar/tree.js';

/** Counts how many parses took the incremental path (for tests and diagnostics). */
export const incrementalStats = { incremental: 0, full: 0 };

/** The changed region: old text [start, oldEnd) became new text [start, newEnd). */
interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
}

function diff(a: string, b: string): Change | undefined {
  if (a === b) return undefined;
  const min = Math.min(a.length, b.length);
  let p = 0;
  while (p < min && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < min - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

/** The innermost statement nested in a block whose span strictly contains the region, with its ancestors. */
function enclosing(statements: readonly Statement[], change: Change): { path: Statement[]; container: Statement[] } | undefined {
  let level: Statement[] = statements as Statement[];
  const path: Statement[] = [];
  let container: Statement[] | undefined;
  for (;;) {
    const s = level.find((x) => x.span.start < change.start && change.oldEnd < x.span.end);
    if (!s) break;
    path.push(s);
    container = level;
    if (!s.block) break;
    level = s.block.statements;
  }
  // The top-level statement (the contract) is never re-parsed alone: its block brace context matters.
  if (path.length < 2 || !container) return undefined;
  return { path, container };
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number' && Object.keys(v).length === 2;
}

/** Adds `delta` to every span inside a value (whatever its kind). */
function shiftValue(v: object, delta: number): void {
  for (const key of Object.keys(v)) {
    const field = (v as Record<string, unknown>)[key];
    if (isSpan(field)) {
      field.start += delta;
      field.end += delta;
    }
  }
}

/** Adds `delta` to every offset of a statement and everything nested in it. */
function shiftStatement(s: Statement, delta: number): void {
  shiftValue(s.head, delta);
  for (const a of s.args) shiftValue(a, delta);
  s.lineSpan.start += delta;
  s.lineSpan.end += delta;
  s.span.start += delta;
  s.span.end += delta;
  if (s.block) {
    s.block.span.start += delta;
    s.block.span.end += delta;
    s.block.open.start += delta;
    s.block.open.end += delta;
    if (s.block.close) {
      s.block.close.start += delta;
      s.block.close.end += delta;
    }
    for (const c of s.block.statements) shiftStatement(c, delta);
  }
}

/** Shifts every statement that starts at or after `from`, at every level. */
function shiftAfter(statements: readonly Statement[], from: number, delta: number, skip: Statement): void {
  for (const s of statements) {
    if (s === skip) continue;
    if (s.span.start >= from) shiftStatement(s, delta);
    else if (s.span.end >= from && s.block) {
      // An ancestor: its end moves, its start stays.
      s.span.end += delta;
      s.block.span.end += delta;
      if (s.block.close) {
        s.block.close.start += delta;
        s.block.close.end += delta;
      }
      shiftAfter(s.block.statements, from, delta, skip);
    }
  }
}

/**
 * Parses one statement's text alone, `depth` blocks deep in the document;
 * undefined unless it is exactly one clean statement covering the text, nested
 * no deeper than the full parse allows (past {@link MAX_NESTING} the full parse
 * drops the block, and the parser must never see deeper input).
 */
function parseAlone(text: string, depth: number): { statement: Statement; comments: Comment[] } | undefined {
  const lexed = contractLexer.tokenize(text);
  if (lexed.errors.length) return undefined;
  let level = depth;
  for (const t of lexed.tokens) {
    if (t.tokenType === LBrace && ++level > MAX_NESTING) return undefined;
    if (t.tokenType === RBrace) level--;
  }
  const comments: Comment[] = [];
  for (const t of lexed.groups['comments'] ?? []) {
    const block = t.tokenType.name === 'BlockComment';
    if (block && !(t.image.length >= 4 && t.image.endsWith('*/'))) return undefined;
    comments.push({ kind: block ? 'block' : 'line', text: t.image, span: { start: t.startOffset, end: t.startOffset + t.image.length }, terminated: true });
  }
  const { cst, errors } = parseTokens(lexed.tokens);
  if (errors.length) return undefined;
  const issues: { message: string; span: Span }[] = [];
  const statements = buildTree(cst, issues);
  if (issues.length || statements.length !== 1) return undefined;
  const statement = statements[0]!;
  if (statement.span.start !== 0 || statement.span.end !== text.length) return undefined;
  const unclosed = (s: Statement): boolean => !!s.block && (!s.block.close || s.block.statements.some(unclosed));
  if (unclosed(statement)) return undefined;
  // A trailing comma continues the statement on the next line in the full document.
  if (statement.args[statement.args.length - 1]?.kind === 'comma' && !statement.block) return undefined;
  return { statement, comments };
}

/** What may follow a statement for its extent not to depend on the text after it. */
function plainDelimiter(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '}';
}

/**
 * Parses `text`, reusing `previous` (the parse of an earlier text of the same
 * document) when the change allows it. The result equals `parse(text)`.
 */
export function reparse(previous: ParseResult | undefined, text: string): ParseResult {
  const result = previous ? tryIncremental(previous, text) : undefined;
  if (result) {
    incrementalStats.incremental++;
    return result;
  }
  incrementalStats.full++;
  return parse(text);
}

function tryIncremental(previous: ParseResult, text: string): ParseResult | undefined {
  if (previous.issues.length) return undefined;
  const change = diff(previous.text, text);
  if (!change) return previous;
  const found = enclosing(previous.statements, change);
  if (!found) return undefined;
  const target = found.path[found.path.length - 1]!;
  const delta = change.newEnd - change.oldEnd;
  const start = target.span.start;
  const end = target.span.end + delta;
  if (!plainDelimiter(text[end])) return undefined;
  // The target sits inside the blocks of its ancestors on the path.
  const alone = parseAlone(text.slice(start, end), found.path.length - 1);
  if (!alone) return undefined;
  const fresh = alone.statement;
  shiftStatement(fresh, start);
  // Splice the statement in, and move everything after it.
  const index = found.container.indexOf(target);
  if (index < 0) return undefined;
  shiftAfter(previous.statements, target.span.end, delta, target);
  found.container[index] = fresh;
  const comments: Comment[] = [];
  for (const c of previous.comments) {
    if (c.span.end <= target.span.start) comments.push(c);
    else if (c.span.start >= target.span.end) {
      c.span.start += delta;
      c.span.end += delta;
      comments.push(c);
    }
  }
  for (const c of alone.comments) {
    c.span.start += start;
    c.span.end += start;
    comments.push(c);
  }
  comments.sort((a, b) => a.span.start - b.span.start);
  const issues: { message: string; span: Span }[] = [];
  const ast = buildAst(previous.statements, issues);
  issues.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { text, statements: previous.statements, ast, comments, issues, lines: new LineIndex(text) };
}
