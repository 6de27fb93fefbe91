/**
 * Code actions: every fix the core computed as a quick fix, "suppress on this
 * line" and "open documentation" for every code, and a `source.fixAll.clausewise`
 * action that applies all preferred, non-overlapping fixes at once.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { ParseResult, Span, Statement } from '../../grammar/index.js';
import type { Diagnostic, Fix } from '../core/index.js';
import { fixToTextEdits, readDiagnosticData, sameRange, singleDocumentEdit, SOURCE } from './convert.js';

/** The kind of the fix-all source action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.clausewise`;
/** The command that opens a rule's documentation page. */
export const OPEN_DOCS_COMMAND = 'clausewise.openDocumentation';

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
}

/** True when an action of kind `kind` is wanted by a request restricted to `only`. */
export function kindWanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => k === '' || kind === k || kind.startsWith(k + '.'));
}

function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** The fixes that apply to one requested diagnostic, taken from the current analysis or its data. */
function fixesFor(input: CodeActionInput, diag: LspDiagnostic): Fix[] {
  const match = input.current?.find((d) => d.code === diag.code && sameRange(d.range, diag.range));
  if (match) return match.fixes;
  const data = readDiagnosticData(diag.data);
  return data && data.version === input.version ? data.fixes : [];
}

/** The multi-line string, text block or block comment that covers the start of a line, if any. */
function multiLineConstructAt(parsed: ParseResult, lineStart: number): { span: Span; stmt?: Statement } | undefined {
  for (const c of parsed.comments) {
    if (c.span.start < lineStart && lineStart < c.span.end) return { span: c.span };
  }
  let found: { span: Span; stmt?: Statement } | undefined;
  const walk = (statements: readonly Statement[], top: Statement | undefined) => {
    for (const s of statements) {
      if (s.span.end < lineStart || s.span.start > lineStart) continue;
      for (const v of s.args) {
        if ((v.kind === 'textblock' || v.kind === 'string') && v.span.start < lineStart && lineStart < v.span.end) found = { span: v.span, stmt: s };
      }
      if (s.block) walk(s.block.statements, top ?? s);
    }
  };
  walk(parsed.statements, undefined);
  return found;
}

const NEXT_LINE = /^(\s*)\/\/\s*contract-disable-next-line(?![\w-])(.*)$/;

/** The edits that suppress `code` for the diagnostic starting on `line`. */
export function suppressionEdits(parsed: ParseResult, code: string, line: number): { title: string; edits: LspTextEdit[] } | undefined {
  const lines = parsed.lines;
  const eol = parsed.text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = lines.starts[line] ?? parsed.text.length;
  const inside = multiLineConstructAt(parsed, lineStart);
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

/** Chooses the preferred fixes that do not overlap, in document order. */
export function fixAllEdits(parsed: ParseResult, diagnostics: readonly Diagnostic[]): LspTextEdit[] {
  const candidates = diagnostics.flatMap((d) => d.fixes.filter((f) => f.preferred && f.edits.length));
  candidates.sort((a, b) => a.edits[0]!.span.start - b.edits[0]!.span.start);
  const taken: { span: Span; newText: string }[] = [];
  const seen = new Set<string>();
  for (const fix of candidates) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (fix.edits.some((e) => taken.some((t) => overlaps(t.span, e.span)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.span.start - b.span.start).map((e) => ({ range: parsed.lines.range(e.span), newText: e.newText }));
}

/** Computes the code actions for a request. */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  const { uri, parsed } = input;
  if (kindWanted(CodeActionKind.QuickFix, input.only)) {
    const seen = new Set<string>();
    for (const diag of input.requested) {
      if (diag.source !== SOURCE || typeof diag.code !== 'string') continue;
      const code = diag.code;
      for (const fix of fixesFor(input, diag)) {
        const action: CodeAction = {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag],
          edit: singleDocumentEdit(uri, fixToTextEdits(parsed.lines, fix)),
        };
        if (fix.preferred) action.isPreferred = true;
        out.push(action);
      }
      const line = diag.range.start.line;
      const key = `${code}@${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const suppress = line < parsed.lines.lineCount ? suppressionEdits(parsed, code, line) : undefined;
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
      out.push({ title: 'Fix all auto-fixable Clausewise problems', kind: FIX_ALL_KIND, edit: singleDocumentEdit(uri, edits) });
    }
  }
  return out;
}
