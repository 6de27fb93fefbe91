/**
 * Code actions: every fix the core computed as a quick fix, "suppress on this
 * line" and "open documentation" for every code, and a `source.fixAll.clausewise`
 * action that applies all mechanical, non-overlapping fixes at once (a fix that
 * chooses a business value is never part of it; see the core's `Fix`).
 *
 * A fix that chooses values carries a snippet. When the client runs the
 * {@link SNIPPET_FIX_COMMAND} (it says so in its `experimental` capabilities),
 * the quick fix is that command, which inserts the snippet so that each chosen
 * value is a selected tab stop; other clients get the plain edit.
 */
import {
  CodeActionKind,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { ParseResult, Span, Statement } from '../../grammar/index.js';
import { plainText, type Diagnostic, type Fix } from '../core/index.js';
import { fixToTextEdits, readDiagnosticData, sameRange, singleDocumentEdit, SOURCE } from './convert.js';

/** The kind of the fix-all source action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.clausewise`;
/** The command that opens a rule's documentation page. */
export const OPEN_DOCS_COMMAND = 'clausewise.openDocumentation';
/** The client command that inserts a fix's snippet (arguments: one {@link SnippetFixArguments}). */
export const SNIPPET_FIX_COMMAND = 'clausewise.applySnippetFix';

/** What the {@link SNIPPET_FIX_COMMAND} is called with: the snippet replaces `range` of version `version` of `uri`. */
export interface SnippetFixArguments {
  uri: string;
  version: number;
  range: LspTextEdit['range'];
  snippet: string;
}

/**
 * True when the client declares, in `experimental.clausewise.snippetFixCommand`,
 * that it runs the {@link SNIPPET_FIX_COMMAND} (Clausewise's own VS Code client does).
 */
export function clientRunsSnippetFixes(capabilities: ClientCapabilities | undefined): boolean {
  const experimental = capabilities?.experimental as { clausewise?: { snippetFixCommand?: unknown } } | undefined;
  return experimental?.clausewise?.snippetFixCommand === true;
}

export interface CodeActionInput {
  uri: string;
  /** The parse of the document's current text. */
  parsed: ParseResult;
  version: number;
  /** The core diagnostics of the current version, when its analysis has finished. */
  current?: Diagnostic[];
  /** The diagnostics the client sent in the request context. */
  requested: readonly LspDiagnostic[];
  only?: readonly string[];
  /** True when the client runs the {@link SNIPPET_FIX_COMMAND}: fixes with a snippet are offered as that command. */
  snippetFixes?: boolean;
}

/** True when an action of kind `kind` is wanted by a request restricted to `only`. */
export function kindWanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => k === '' || kind === k || kind.startsWith(k + '.'));
}

/** The key under which a diagnostic's fixes are looked up: its code and range. */
function diagnosticKey(code: string, range: LspDiagnostic['range']): string {
  return `${code}|${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The first current diagnostic of each code and range, so that each requested one is looked up in constant time. */
function indexByKey(current: readonly Diagnostic[] | undefined): Map<string, Diagnostic> {
  const byKey = new Map<string, Diagnostic>();
  for (const d of current ?? []) {
    const key = diagnosticKey(d.code, d.range);
    if (!byKey.has(key)) byKey.set(key, d);
  }
  return byKey;
}

/** The fixes that apply to one requested diagnostic, taken from the current analysis or its data. */
function fixesFor(input: CodeActionInput, byKey: ReadonlyMap<string, Diagnostic>, diag: LspDiagnostic): Fix[] {
  const match = byKey.get(diagnosticKey(String(diag.code), diag.range));
  if (match && match.code === diag.code && sameRange(match.range, diag.range)) return match.fixes;
  const data = readDiagnosticData(diag.data);
  return data && data.version === input.version ? data.fixes : [];
}

/** A construct that spans line breaks: a block comment, or a string or text block with its statement. */
interface MultiLineConstruct {
  span: Span;
  stmt?: Statement;
}

/**
 * The multi-line constructs of a parse, found once per request and searched by
 * binary search: block comments, and the string and text block values of every
 * statement (they do not overlap one another, so each list is sorted by start).
 */
export class MultiLineConstructs {
  private readonly comments: MultiLineConstruct[] = [];
  private readonly values: MultiLineConstruct[] = [];

  constructor(parsed: ParseResult) {
    const spansLines = (span: Span) => parsed.lines.line(span.start) !== parsed.lines.line(span.end);
    for (const c of parsed.comments) if (spansLines(c.span)) this.comments.push({ span: c.span });
    // An explicit stack instead of recursion: the depth of the tree does not matter.
    const stack: (readonly Statement[])[] = [parsed.statements];
    for (let list = stack.pop(); list; list = stack.pop()) {
      for (const s of list) {
        for (const v of s.args) if ((v.kind === 'textblock' || v.kind === 'string') && spansLines(v.span)) this.values.push({ span: v.span, stmt: s });
        if (s.block) stack.push(s.block.statements);
      }
    }
    this.comments.sort((a, b) => a.span.start - b.span.start);
    this.values.sort((a, b) => a.span.start - b.span.start);
  }

  /** The multi-line comment, string or text block that covers the start of a line (strictly inside it), if any. */
  at(lineStart: number): MultiLineConstruct | undefined {
    return MultiLineConstructs.covering(this.comments, lineStart) ?? MultiLineConstructs.covering(this.values, lineStart);
  }

  /** The construct with the greatest start before `offset`, if `offset` lies strictly inside it. */
  private static covering(sorted: readonly MultiLineConstruct[], offset: number): MultiLineConstruct | undefined {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.span.start < offset) lo = mid + 1;
      else hi = mid;
    }
    const c = sorted[lo - 1];
    return c && offset < c.span.end ? c : undefined;
  }
}

const NEXT_LINE = /^(\s*)\/\/\s*contract-disable-next-line(?![\w-])(.*)$/;

/**
 * The edits that suppress `code` for the diagnostic starting on `line`. Pass
 * the document's {@link MultiLineConstructs} when suppressing many lines of one
 * parse, so that they are found once.
 */
export function suppressionEdits(
  parsed: ParseResult,
  code: string,
  line: number,
  constructs: MultiLineConstructs = new MultiLineConstructs(parsed),
): { title: string; edits: LspTextEdit[] } | undefined {
  const lines = parsed.lines;
  const eol = lineBreakOf(parsed);
  const lineStart = lines.starts[line] ?? parsed.text.length;
  const inside = constructs.at(lineStart);
  if (inside) {
    // A comment line inside a text block would become prose: wrap the statement in disable/enable instead.
    const first = lines.line(inside.stmt ? inside.stmt.lineSpan.start : inside.span.start);
    const last = lines.line(inside.stmt ? inside.stmt.lineSpan.end : inside.span.end);
    const indent = /^[ \t]*/.exec(lines.lineText(first))![0];
    const endOfLast = { line: last, character: lines.lineText(last).length };
    return {
      title: `Suppress ${code} in this statement`,
      edits: [
        { range: { start: { line: first, character: 0 }, end: { line: first, character: 0 } }, newText: `${indent}// contract-disable ${code}${eol}` },
        { range: { start: endOfLast, end: endOfLast }, newText: `${eol}${indent}// contract-enable ${code}` },
      ],
    };
  }
  const title = `Suppress ${code} on this line`;
  if (line > 0) {
    const above = lines.lineText(line - 1);
    const m = NEXT_LINE.exec(above);
    if (m) {
      const codes = (m[2] ?? '').split(/[,\s]+/).filter(Boolean);
      // A bare directive already suppresses every code on the next line.
      if (codes.length === 0 || codes.includes(code)) return undefined;
      const end = above.trimEnd().length;
      const at = { line: line - 1, character: end };
      return { title, edits: [{ range: { start: at, end: at }, newText: `, ${code}` }] };
    }
  }
  const indent = /^[ \t]*/.exec(lines.lineText(line))![0];
  const at = { line, character: 0 };
  return { title, edits: [{ range: { start: at, end: at }, newText: `${indent}// contract-disable-next-line ${code}${eol}` }] };
}

/** The line break a document uses (CRLF when it has any), computed once per parse. */
const LINE_BREAKS = new WeakMap<ParseResult, string>();
function lineBreakOf(parsed: ParseResult): string {
  let eol = LINE_BREAKS.get(parsed);
  if (eol === undefined) {
    eol = parsed.text.includes('\r\n') ? '\r\n' : '\n';
    LINE_BREAKS.set(parsed, eol);
  }
  return eol;
}

/**
 * The edits fix-all has taken so far, answering "does this span overlap one of
 * them?" in logarithmic time. Two non-empty spans overlap when each starts
 * before the other ends; an insertion (an empty span) overlaps a span that
 * holds it strictly inside, or another insertion at the same offset. The
 * starts of every span that may be added are given up front; two Fenwick trees
 * over them keep, for each prefix of starts, the greatest end of a taken
 * non-empty span and the greatest offset of a taken insertion.
 */
class TakenSpans {
  private readonly starts: number[];
  private readonly rangeEnds: number[];
  private readonly insertions: number[];
  private readonly insertionSet = new Set<number>();

  constructor(candidateStarts: readonly number[]) {
    this.starts = [...new Set(candidateStarts)].sort((a, b) => a - b);
    this.rangeEnds = new Array<number>(this.starts.length + 1).fill(-1);
    this.insertions = new Array<number>(this.starts.length + 1).fill(-1);
  }

  overlapsAny(span: Span): boolean {
    if (span.start === span.end) {
      // An insertion clashes with an insertion at the same place or a span around it.
      return this.insertionSet.has(span.start) || this.maxBefore(this.rangeEnds, span.start) > span.start;
    }
    // A span clashes with a span that starts before its end and ends after its start, or an insertion strictly inside it.
    return this.maxBefore(this.rangeEnds, span.end) > span.start || this.maxBefore(this.insertions, span.end) > span.start;
  }

  add(span: Span): void {
    const i = this.countBefore(span.start) + 1;
    const empty = span.start === span.end;
    if (empty) this.insertionSet.add(span.start);
    const tree = empty ? this.insertions : this.rangeEnds;
    const value = empty ? span.start : span.end;
    for (let j = i; j < tree.length; j += j & -j) if (tree[j]! < value) tree[j] = value;
  }

  /** The greatest value recorded for a span that starts before `offset` (-1 if none). */
  private maxBefore(tree: readonly number[], offset: number): number {
    let max = -1;
    for (let j = this.countBefore(offset); j > 0; j -= j & -j) if (tree[j]! > max) max = tree[j]!;
    return max;
  }

  /** How many of the known starts are less than `offset`. */
  private countBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The fix Fix all applies for a diagnostic: its first mechanical fix, if any. */
export function mechanicalFixOf(d: Diagnostic): Fix | undefined {
  return d.fixes.find((f) => f.mechanical === true && f.edits.length > 0);
}

/**
 * Chooses the mechanical fixes (one per diagnostic) that do not overlap, in
 * document order. O(n log n) in the number of edits.
 */
export function fixAllEdits(parsed: ParseResult, diagnostics: readonly Diagnostic[]): LspTextEdit[] {
  const candidates: Fix[] = [];
  const starts: number[] = [];
  for (const d of diagnostics) {
    const f = mechanicalFixOf(d);
    if (!f) continue;
    candidates.push(f);
    for (const e of f.edits) starts.push(e.span.start);
  }
  candidates.sort((a, b) => a.edits[0]!.span.start - b.edits[0]!.span.start);
  const taken = new TakenSpans(starts);
  const edits: { span: Span; newText: string }[] = [];
  const seen = new Set<string>();
  for (const fix of candidates) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (fix.edits.some((e) => taken.overlapsAny(e.span))) continue;
    for (const e of fix.edits) {
      taken.add(e.span);
      edits.push(e);
    }
  }
  return edits.sort((a, b) => a.span.start - b.span.start).map((e) => ({ range: parsed.lines.range(e.span), newText: e.newText }));
}

/** The arguments of the snippet command for a fix with a snippet (which has exactly one edit). */
function snippetFixArguments(input: CodeActionInput, fix: Fix): SnippetFixArguments | undefined {
  const edit = fix.edits[0];
  if (fix.snippet === undefined || fix.edits.length !== 1 || !edit) return undefined;
  return { uri: input.uri, version: input.version, range: input.parsed.lines.range(edit.span), snippet: fix.snippet };
}

/** Computes the code actions for a request. */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  const { uri, parsed } = input;
  if (kindWanted(CodeActionKind.QuickFix, input.only)) {
    // Everything looked up per diagnostic is indexed once, so the work grows linearly with the diagnostics.
    const byKey = indexByKey(input.current);
    let constructs: MultiLineConstructs | undefined;
    const seen = new Set<string>();
    for (const diag of input.requested) {
      if (diag.source !== SOURCE || typeof diag.code !== 'string') continue;
      const code = diag.code;
      for (const fix of fixesFor(input, byKey, diag)) {
        const action: CodeAction = { title: plainText(fix.title), kind: CodeActionKind.QuickFix, diagnostics: [diag] };
        const snippet = input.snippetFixes ? snippetFixArguments(input, fix) : undefined;
        if (snippet) action.command = { title: plainText(fix.title), command: SNIPPET_FIX_COMMAND, arguments: [snippet] };
        else action.edit = singleDocumentEdit(uri, fixToTextEdits(parsed.lines, fix));
        // Only a mechanical fix is the obvious one; a fix that chooses a value never is.
        if (fix.preferred && fix.mechanical) action.isPreferred = true;
        out.push(action);
      }
      const line = diag.range.start.line;
      const key = `${code}@${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      constructs ??= new MultiLineConstructs(parsed);
      const suppress = line < parsed.lines.lineCount ? suppressionEdits(parsed, code, line, constructs) : undefined;
      if (suppress) {
        out.push({ title: suppress.title, kind: CodeActionKind.QuickFix, diagnostics: [diag], edit: singleDocumentEdit(uri, suppress.edits) });
      }
      const href = diag.codeDescription?.href;
      if (href) {
        const title = `Open documentation for ${code}`;
        out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diag], command: { title, command: OPEN_DOCS_COMMAND, arguments: [href] } });
      }
    }
  }
  const explicitFixAll = !!input.only?.length && kindWanted(FIX_ALL_KIND, input.only);
  if (input.current && (explicitFixAll || !input.only?.length)) {
    const edits = fixAllEdits(parsed, input.current);
    if (edits.length) {
      out.push({ title: 'Fix all mechanical Clausewise problems', kind: FIX_ALL_KIND, edit: singleDocumentEdit(uri, edits) });
    }
  }
  return out;
}
