/**
 * The one place where the core's plain data becomes LSP data: severities,
 * ranges, diagnostics with their docs link and fixes, and fixes as edits.
 */
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { LineIndex, Span } from '../../grammar/index.js';
import { plainText, type Diagnostic, type Fix, type Severity } from '../core/index.js';

/** The `source` of every diagnostic the server publishes. */
export const SOURCE = 'clausewise';

/** What a published diagnostic carries in `data`, so that code actions can rebuild its fixes. */
export interface DiagnosticData {
  /** The document version the fixes were computed for (their spans are offsets into that text). */
  version: number;
  fixes: Fix[];
  /** Rule-specific extras from the core (e.g. the suggested word of a "did you mean"). */
  extra?: Record<string, unknown>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Maps a core severity to the LSP one. */
export function toLspSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s];
}

/** Converts a span of the given text to an LSP range. */
export function toRange(lines: LineIndex, span: Span): LspRange {
  return lines.range(span);
}

/** Maps one core diagnostic to an LSP diagnostic with code, docs link, source and (unless `withFixes` is false) fixes. */
export function toLspDiagnostic(d: Diagnostic, version: number, withFixes = true): LspDiagnostic {
  // Without fixes (files that are not open): code actions come once the file is opened and checked as a document.
  const data: DiagnosticData = { version, fixes: withFixes ? d.fixes : [] };
  if (d.data) data.extra = d.data;
  return {
    range: d.range,
    severity: toLspSeverity(d.severity),
    code: d.code,
    codeDescription: { href: d.docs },
    source: SOURCE,
    // The Problems panel and the hover's problem section show plain text.
    message: plainText(d.message),
    data,
  };
}

/** Converts the edits of a fix into LSP text edits against the text they were computed for. */
export function fixToTextEdits(lines: LineIndex, fix: Fix): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: lines.range(e.span), newText: e.newText }));
}

/** A workspace edit changing one document. */
export function singleDocumentEdit(uri: string, edits: LspTextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

/** True when two LSP ranges are equal. */
export function sameRange(a: LspRange, b: LspRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Reads the {@link DiagnosticData} back from a diagnostic a client sent, if it is well formed. */
export function readDiagnosticData(data: unknown): DiagnosticData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<DiagnosticData>;
  if (typeof d.version !== 'number' || !Array.isArray(d.fixes)) return undefined;
  return d as DiagnosticData;
}
