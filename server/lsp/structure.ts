/**
 * Folding ranges (blocks, text blocks, runs of comments) and selection ranges
 * (value → statement → block → contract → document).
 */
import { FoldingRangeKind, type FoldingRange, type Range, type SelectionRange } from 'vscode-languageserver';
import type { ParseResult, Span, Statement } from '../../grammar/index.js';

/** The line that ends a folded region closed by a delimiter starting at `closeOffset`. */
function foldEndLine(parsed: ParseResult, closeOffset: number): number {
  const line = parsed.lines.line(closeOffset);
  const before = parsed.text.slice(parsed.lines.starts[line]!, closeOffset);
  // Keep a closing delimiter that stands on its own line visible.
  return before.trim() === '' ? line - 1 : line;
}

/** The folding ranges of a document. */
export function foldingRanges(parsed: ParseResult): FoldingRange[] {
  const out: FoldingRange[] = [];
  const push = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const walk = (statements: readonly Statement[]) => {
    for (const s of statements) {
      for (const v of s.args) {
        if (v.kind === 'textblock') {
          const endLine = v.terminated ? foldEndLine(parsed, v.span.end - 3) : parsed.lines.line(v.span.end);
          push(parsed.lines.line(v.span.start), endLine);
        }
      }
      if (s.block) {
        const startLine = parsed.lines.line(s.block.open.start);
        const endLine = s.block.close ? foldEndLine(parsed, s.block.close.start) : parsed.lines.line(s.block.span.end);
        push(startLine, endLine);
        walk(s.block.statements);
      }
    }
  };
  walk(parsed.statements);
  // Comments: a multi-line block comment, or a run of line comments each on its own line.
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0) push(runStart, runEnd, FoldingRangeKind.Comment);
    runStart = runEnd = -1;
  };
  for (const c of parsed.comments) {
    const line = parsed.lines.line(c.span.start);
    if (c.kind === 'block') {
      flush();
      push(line, parsed.lines.line(c.span.end), FoldingRangeKind.Comment);
      continue;
    }
    const alone = parsed.text.slice(parsed.lines.starts[line]!, c.span.start).trim() === '';
    if (!alone) {
      flush();
      continue;
    }
    if (runStart >= 0 && line === runEnd + 1) runEnd = line;
    else {
      flush();
      runStart = runEnd = line;
    }
  }
  flush();
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The chain of spans around an offset, outermost first. */
function spansAround(parsed: ParseResult, offset: number): Span[] {
  const chain: Span[] = [{ start: 0, end: parsed.text.length }];
  let level: readonly Statement[] = parsed.statements;
  for (;;) {
    const s = level.find((x) => contains(x.span, offset));
    if (!s) break;
    chain.push(s.span);
    if (contains(s.lineSpan, offset) && (!s.block || offset <= s.lineSpan.end || offset < s.block.open.start)) {
      chain.push(s.lineSpan);
      const v = [s.head, ...s.args].find((x) => contains(x.span, offset));
      if (v) {
        chain.push(v.span);
        if ((v.kind === 'string' || v.kind === 'textblock') && contains(v.content, offset)) chain.push(v.content);
      }
      break;
    }
    if (!s.block) break;
    chain.push(s.block.span);
    level = s.block.statements;
  }
  return chain;
}

/** Selection ranges for each position: value → statement → block → contract → document. */
export function selectionRanges(parsed: ParseResult, offsets: readonly number[]): SelectionRange[] {
  return offsets.map((offset) => {
    let current: SelectionRange | undefined;
    let last: Range | undefined;
    for (const span of spansAround(parsed, offset)) {
      const range = parsed.lines.range(span);
      if (last && range.start.line === last.start.line && range.start.character === last.start.character && range.end.line === last.end.line && range.end.character === last.end.character) continue;
      current = current ? { range, parent: current } : { range };
      last = range;
    }
    return current ?? { range: parsed.lines.range({ start: offset, end: offset }) };
  });
}
