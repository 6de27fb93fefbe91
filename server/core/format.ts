/**
 * The canonical layout of a contract (docs/formatting.md). The formatter works
 * on the token stream, comments included, so it can only move whitespace: every
 * comment, string and text block survives, and the result is checked against
 * the input before it is returned. It refuses a document with syntax errors
 * rather than guess its structure. Editor-agnostic: no LSP types here.
 */
import type { IToken } from 'chevrotain';
import { parse } from '../../grammar/index.js';
import { contractLexer } from '../../grammar/tokens.js';
import { contentFingerprint, reindentTextBlock } from './format-tokens.js';

/** Options of {@link formatContract}. */
export interface FormatOptions {
  /** Spaces per block level (default 2). */
  indent?: number;
}

/** The result of {@link formatContract}: the formatted text, or the reason it was not formatted. */
export type FormatResult = { ok: true; text: string } | { ok: false; reason: string };

type ItemKind = 'code' | 'comma' | 'open' | 'close' | 'line-comment' | 'block-comment' | 'textblock';

interface Item {
  kind: ItemKind;
  text: string;
}

/** One output line before rendering. */
interface Line {
  /** Block depth, which sets the indentation. */
  depth: number;
  /** True for the continuation of a list broken after a comma. */
  continuation: boolean;
  items: Item[];
  /** Newlines in the source between the previous line and this one (2 or more means a blank line). */
  newlinesBefore: number;
  /** Set when a blank line must precede this line. */
  blankBefore: boolean;
}

const DIRECTIVE_NEXT_LINE = /^(?:\/\/|\/\*)\s*contract-disable-next-line(?![\w-])/;

function isComment(i: Item | undefined): boolean {
  return i?.kind === 'line-comment' || i?.kind === 'block-comment';
}

/** The last item of a line that is not a comment. */
function lastCode(line: Line): Item | undefined {
  for (let i = line.items.length - 1; i >= 0; i--) if (!isComment(line.items[i])) return line.items[i];
  return undefined;
}

/** True when the line opens a statement (as opposed to a comment, a closing brace or a continuation). */
function startsStatement(line: Line): boolean {
  // Only block comments can stand before the first value of a line, and they do not change what the line is.
  const first = line.items.find((i) => !isComment(i));
  return !line.continuation && first !== undefined && first.kind !== 'close';
}

function itemKind(t: IToken): ItemKind {
  switch (t.tokenType.name) {
    case 'LBrace':
      return 'open';
    case 'RBrace':
      return 'close';
    case 'Comma':
      return 'comma';
    case 'LineComment':
      return 'line-comment';
    case 'BlockComment':
      return 'block-comment';
    case 'TextBlock':
      return 'textblock';
    default:
      return 'code';
  }
}

/** Splits the token stream into output lines, tracking block depth. */
function buildLines(tokens: IToken[]): Line[] {
  const lines: Line[] = [];
  let depth = 0;
  let cur: Line | undefined;
  let newlines = 0;
  let continuationNext = false;
  /** After `{` or `}`, only comments may join the current line. */
  let closedForCode = false;

  const flush = () => {
    if (!cur) return;
    lines.push(cur);
    const last = lastCode(cur);
    continuationNext = last?.kind === 'comma';
    cur = undefined;
    closedForCode = false;
    newlines = 0;
  };
  const start = (d: number): Line => {
    cur = { depth: d, continuation: continuationNext, items: [], newlinesBefore: newlines, blankBefore: false };
    newlines = 0;
    return cur;
  };

  for (const t of tokens) {
    const name = t.tokenType.name;
    if (name === 'Newline') {
      if (cur) {
        const last = cur.items[cur.items.length - 1];
        // A break after a comma continues the list: it is dropped, unless a line comment ends the line.
        const soft = last?.kind !== 'line-comment' && lastCode(cur)?.kind === 'comma';
        if (!soft) flush();
        else continue;
      }
      newlines++;
      continue;
    }
    const kind = itemKind(t);
    if (kind === 'close') {
      flush();
      continuationNext = false;
      depth = Math.max(0, depth - 1);
      start(depth).items.push({ kind, text: '}' });
      closedForCode = true;
      continue;
    }
    if (cur && closedForCode && !isComment({ kind, text: '' })) flush();
    const line = cur ?? start(depth);
    // Spaces at the end of a line comment are layout, not content.
    line.items.push({ kind, text: kind === 'line-comment' ? t.image.trimEnd() : t.image });
    if (kind === 'open') {
      depth++;
      closedForCode = true;
      continuationNext = false;
    }
  }
  flush();
  return lines;
}

/** True when a line ends with a `contract-disable-next-line` comment, which applies to the line after it. */
function endsWithDirective(line: Line): boolean {
  const last = line.items[line.items.length - 1];
  return isComment(last) && DIRECTIVE_NEXT_LINE.test(last!.text);
}

/** Marks blank lines: the user's (collapsed to one), and the ones the layout requires. */
function markBlankLines(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1]!;
    const afterOpen = lastCode(prev)?.kind === 'open';
    const beforeClose = line.items[0]?.kind === 'close';
    // A blank line after a `contract-disable-next-line` comment stays: removing it would make the comment apply to another line.
    line.blankBefore = line.newlinesBefore >= 2 && ((!afterOpen && !beforeClose) || endsWithDirective(prev));
  }
  // Inside a contract (depth 1), a statement with a block is set apart from its neighbours by one blank line.
  let prevStmt: { hasBlock: boolean; endLine: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.depth === 0) {
      prevStmt = undefined;
      continue;
    }
    if (line.depth !== 1 || !startsStatement(line)) continue;
    const hasBlock = lastCode(line)?.kind === 'open';
    let endLine = i;
    if (hasBlock) {
      // The statement ends at the `}` that comes back to depth 1.
      for (let j = i + 1; j < lines.length; j++) {
        const l = lines[j]!;
        if (l.depth === 1 && l.items[0]?.kind === 'close') {
          endLine = j;
          break;
        }
      }
    } else {
      while (endLine + 1 < lines.length && lines[endLine + 1]!.continuation) endLine++;
    }
    if (prevStmt && (prevStmt.hasBlock || hasBlock)) {
      const target = lines[prevStmt.endLine + 1];
      // A `contract-disable-next-line` comment must stay directly above the line it applies to.
      if (target && !endsWithDirective(lines[prevStmt.endLine]!)) target.blankBefore = true;
    }
    prevStmt = { hasBlock, endLine };
  }
}

/** Joins the items of a line with single spaces (none before a comma). */
function joinItems(items: Item[], indent: string, unit: string, eol: string): string {
  let out = '';
  for (const item of items) {
    const text = item.kind === 'textblock' ? reindentTextBlock(item.text, indent, unit, eol) : item.text;
    if (out && item.kind !== 'comma') out += ' ';
    out += text;
  }
  return out;
}

/** Where a line's trailing comments start (the index of the first comment after the last code item), if it has any. */
function trailingStart(line: Line): number | undefined {
  let i = line.items.length;
  while (i > 0 && isComment(line.items[i - 1])) i--;
  return i > 0 && i < line.items.length ? i : undefined;
}

/** Renders the lines, aligning the trailing comments of consecutive lines. */
function render(lines: Line[], unit: string, eol: string): string {
  const rendered: { indent: string; code: string; comment?: string; line: Line }[] = lines.map((line) => {
    const indent = unit.repeat(line.depth + (line.continuation ? 1 : 0));
    const split = trailingStart(line);
    const code = joinItems(split === undefined ? line.items : line.items.slice(0, split), indent, unit, eol);
    const comment = split === undefined ? undefined : joinItems(line.items.slice(split), indent, unit, eol);
    return { indent, code, comment, line };
  });
  // Consecutive one-line rows with trailing comments at the same depth share a comment column.
  const width: number[] = rendered.map((r) => r.code.length);
  let i = 0;
  while (i < rendered.length) {
    const r = rendered[i]!;
    const alignable = (x: (typeof rendered)[number]) => x.comment !== undefined && !x.code.includes('\n') && !x.comment.includes('\n');
    if (!alignable(r)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < rendered.length && alignable(rendered[j]!) && !rendered[j]!.line.blankBefore && rendered[j]!.indent === r.indent) j++;
    const column = Math.max(...rendered.slice(i, j).map((x) => x.code.length));
    for (let k = i; k < j; k++) width[k] = column;
    i = j;
  }
  const out: string[] = [];
  rendered.forEach((r, k) => {
    if (r.line.blankBefore && out.length) out.push('');
    const text = r.comment === undefined ? r.code : `${r.code.padEnd(width[k]!)} ${r.comment}`;
    out.push(r.indent + text);
  });
  return out.map((l) => (l.includes('\n') ? l : l.trimEnd())).join(eol) + eol;
}

/**
 * Formats a contract into the canonical layout. Returns `ok: false` with a
 * plain-words reason when the document has syntax errors, or when the layout
 * could not be applied without changing the content.
 */
export function formatContract(text: string, options: FormatOptions = {}): FormatResult {
  const parsed = parse(text);
  if (parsed.issues.length > 0) {
    const first = parsed.issues[0]!;
    const line = parsed.lines.line(first.span.start) + 1;
    const count = parsed.issues.length;
    return {
      ok: false,
      reason: `The document was not formatted because it has ${count} syntax error${count === 1 ? '' : 's'} (the first on line ${line}: ${first.message}) Fix ${count === 1 ? 'it' : 'them'} first, so that the layout follows the structure you meant.`,
    };
  }
  const size = Math.max(0, Math.min(8, Math.floor(options.indent ?? 2)));
  const unit = ' '.repeat(size);
  const firstBreak = /\r\n|\r|\n/.exec(text)?.[0];
  const eol = firstBreak === '\r\n' ? '\r\n' : '\n';
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const lexed = contractLexer.tokenize(text);
  const tokens = [...lexed.tokens, ...(lexed.groups['comments'] ?? [])].sort((a, b) => a.startOffset - b.startOffset);
  const lines = buildLines(tokens);
  markBlankLines(lines);
  const body = lines.length ? render(lines, unit, eol) : '';
  const result = bom + body;
  // The layout only moves whitespace; make sure of it before handing the text back.
  const check = parse(result);
  if (check.issues.length > 0 || contentFingerprint(result).join('\u0000') !== contentFingerprint(text).join('\u0000')) {
    return {
      ok: false,
      reason: 'The document was not formatted: Clausewise could not lay it out without changing its content. Please report this document so the formatter can be fixed.',
    };
  }
  return { ok: true, text: result };
}
