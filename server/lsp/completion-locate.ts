/**
 * Where an offset stands in the syntax tree: the chain of enclosing statements
 * (and so the kind of the block the cursor is in), the statement whose line the
 * cursor is on, and the value under the cursor. Statements are sorted by
 * offset, so every step is a binary search; a block that is never closed
 * (the user is still typing it) extends to the end of the document, and a
 * block in the wrong place (a `payment` inside `scope`, say, because a brace
 * is missing above) is still read as the kind of block it opens.
 * Shared by completion and hover.
 */
import { SCHEMA, type BlockKind, type Comment, type ParseResult, type Statement, type StatementSpec, type Value } from '../../grammar/index.js';

/** One statement on the way from the file down to the cursor. */
export interface Frame {
  stmt: Statement;
  /** The kind of the block this statement stands in (undefined inside a block the schema does not know). */
  in: BlockKind | undefined;
  /** The statement's spec, when it is valid where it stands. */
  spec?: StatementSpec;
}

/** The result of {@link locate}. */
export interface Location {
  /** Enclosing statements whose block contains the offset, outermost first. */
  blocks: Frame[];
  /** The kind of the innermost block containing the offset (`file` at top level; undefined inside an unknown statement's block). */
  blockKind: BlockKind | undefined;
  /** The statement whose line (keyword to last value) contains the offset. */
  line?: Frame;
  /** The value of that statement under the offset (a cursor just after a value counts). */
  value?: Value;
  /** True when `value` is the statement's keyword. */
  onKeyword: boolean;
}

/** Index of the last item whose start is at or before `offset`, or -1. */
export function lastStartingBefore<T>(items: readonly T[], offset: number, start: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]!) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The comment containing an offset (strictly inside, or at the end of a line comment). */
export function commentAt(comments: readonly Comment[], offset: number): Comment | undefined {
  const i = lastStartingBefore(comments, offset, (c) => c.span.start);
  const c = comments[i];
  if (!c || offset <= c.span.start) return undefined;
  return offset < c.span.end || (offset === c.span.end && (c.kind === 'line' || !c.terminated)) ? c : undefined;
}

/** The block kind each block-opening keyword opens, wherever it stands (for blocks typed in the wrong place). */
const OPENS = new Map<string, BlockKind>();
for (const specs of Object.values(SCHEMA)) for (const s of specs) if (s.opens) OPENS.set(s.keyword, s.opens);

function specFor(kind: BlockKind | undefined, keyword: string | undefined): StatementSpec | undefined {
  if (!kind || keyword === undefined) return undefined;
  return SCHEMA[kind].find((s) => s.keyword === keyword);
}

/** Finds the enclosing blocks, statement line and value at an offset. */
export function locate(parsed: ParseResult, offset: number): Location {
  const blocks: Frame[] = [];
  let list = parsed.statements;
  let kind: BlockKind | undefined = 'file';
  for (;;) {
    const i = lastStartingBefore(list, offset, (s) => s.span.start);
    const stmt = list[i];
    if (!stmt) break;
    const frame: Frame = { stmt, in: kind, spec: specFor(kind, stmt.keyword) };
    if (offset <= stmt.lineSpan.end) {
      const values = [stmt.head, ...stmt.args];
      const j = lastStartingBefore(values, offset, (v) => v.span.start);
      const v = values[j];
      const value = v && offset <= v.span.end ? v : undefined;
      return { blocks, blockKind: kind, line: frame, value, onKeyword: value !== undefined && value === stmt.head };
    }
    const b = stmt.block;
    if (!b || offset < b.open.end || (b.close && offset > b.close.start)) break;
    blocks.push(frame);
    // A block written in the wrong place still holds the statements of its own kind.
    kind = frame.spec?.opens ?? (stmt.keyword !== undefined ? OPENS.get(stmt.keyword) : undefined);
    list = b.statements;
  }
  return { blocks, blockKind: kind, onKeyword: false };
}
