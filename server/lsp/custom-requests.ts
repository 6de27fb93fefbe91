/**
 * The server side of the document views: `clausewise/render` (the live
 * preview's HTML), `clausewise/obligations` (the obligations view) and
 * `clausewise/calendar` (the calendar export), plus inlay hints. The extension
 * asks the server instead of running the core itself, so the desktop and the
 * web extension share one implementation and the client bundle stays small.
 * The handlers read the open document the server already holds; a document that
 * is not open is read from disk when the host can (the Node server), and
 * otherwise answered as an empty document: an unknown document is not an error.
 */
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CALENDAR_REQUEST,
  DOCX_REQUEST,
  OBLIGATIONS_REQUEST,
  RENDER_REQUEST,
  type CalendarResult,
  type ContractObligations,
  type DocumentParams,
  type DocxParams,
  type DocxResult,
  type ObligationsResult,
  type RenderParams,
  type RenderResult,
  type SourceRange,
} from '../protocol.js';
import { parse, type ParseResult, type Span } from '../../grammar/index.js';
import { renderCalendar } from '../core/calendar.js';
import { analyzeParsed, capDiagnostics, DEFAULT_CONFIG, formatDate, type Diagnostic } from '../core/index.js';
import { obligationsByParty } from '../core/obligations.js';
import { resolveFamilies, type FamilyContext } from '../core/family.js';
import { buildDocument, renderHtml } from '../core/render/index.js';
import { registerInlayHints } from './inlay-hints.js';

/** What the document views need from the server. */
export interface DocumentViewsHost {
  documents: TextDocuments<TextDocument>;
  /** The (cached) parse of a document's current text. */
  parsed(doc: TextDocument): ParseResult;
  /** The diagnostics of the document's current version, when its analysis has finished. */
  diagnostics?(doc: TextDocument): Diagnostic[] | undefined;
  /** Reports a failure to the server's log. */
  logError?(where: string, e: unknown): void;
  /** Reads a file by URI (undefined when it cannot be read); without it, a document that is not open is answered as empty. */
  readFile?(uri: string): Promise<string | undefined>;
  /** The error every request gets at the moment (after `shutdown`), if any. */
  refusal?(): ResponseError<void> | undefined;
  /** The other files of the family a file's contracts belong to (the workspace model; see cross-file.ts), for the obligations view. */
  /** The family context of a file (the workspace's FamilyIndex), so that a child's obligations include what it inherits. */
  familyContext?(uri: string): FamilyContext;
  family?(uri: string, parsed: ParseResult): { id: string; documents: { uri: string; file: string; relation: 'master' | 'child'; parsed: ParseResult; contracts: number[] }[] } | undefined;
}

/** The text a view shows: the open document, or else its file on disk, or else an empty document. */
interface ViewSource {
  uri: string;
  /** The open document's version; 0 for a file read from disk or an empty document. */
  version: number;
  parsed: ParseResult;
  /** The open document, when the text comes from one. */
  doc?: TextDocument;
}

/** The last path segment of a URI, decoded ("msa.contract"). */
export function fileNameOf(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function rangeOf(parsed: ParseResult, span: Span): SourceRange {
  return parsed.lines.range(span);
}

/**
 * The obligations of every contract in a parsed file, as the obligations view
 * shows them. With its family context, a child's obligations include what it
 * inherits from its master (a SOW that states a fee and no payment deadline
 * owes it within the master's deadline).
 */
export function obligationsOf(parsed: ParseResult, family?: FamilyContext): ContractObligations[] {
  const contracts = (family && resolveFamilies(parsed, family)?.effectiveContracts()) || parsed.ast.contracts;
  return contracts.map((contract) => ({
    title: contract.title?.value || 'Untitled contract',
    range: rangeOf(parsed, contract.stmt.lineSpan),
    parties: obligationsByParty(contract).map((group) => ({
      role: group.role,
      label: group.label,
      ...(group.span ? { range: rangeOf(parsed, group.span) } : {}),
      obligations: group.obligations.map((o) => ({
        kind: o.kind,
        what: o.what,
        when: o.when,
        ...(o.date ? { date: formatDate(o.date) } : {}),
        keyword: o.keyword,
        range: rangeOf(parsed, o.span),
      })),
    })),
  }));
}

/** Registers the render, obligations and calendar requests and the inlay hints on a connection. */
export function registerDocumentViews(connection: Connection, host: DocumentViewsHost): void {
  const sourceOf = async (uri: unknown): Promise<ViewSource> => {
    const key = typeof uri === 'string' ? uri : '';
    const doc = key ? host.documents.get(key) : undefined;
    if (doc) return { uri: doc.uri, version: doc.version, parsed: host.parsed(doc), doc };
    const text = key && host.readFile ? await host.readFile(key) : undefined;
    // The document may have been opened while the file was read; its text then wins.
    const opened = key ? host.documents.get(key) : undefined;
    if (opened) return { uri: opened.uri, version: opened.version, parsed: host.parsed(opened), doc: opened };
    return { uri: key, version: 0, parsed: parse(text ?? '') };
  };

  /** Registers one view request: refused after `shutdown`, and a failure is logged and answered with its reason. */
  const handle = <P, R>(method: string, view: (params: P) => Promise<R>) => {
    connection.onRequest(method, async (params: P): Promise<R | ResponseError<void>> => {
      const refused = host.refusal?.();
      if (refused) return refused;
      try {
        return await view(params);
      } catch (e) {
        host.logError?.(method, e);
        return new ResponseError(ErrorCodes.InternalError, `Clausewise could not answer ${method}: ${(e as Error)?.message ?? String(e)}`);
      }
    });
  };

  handle(RENDER_REQUEST, async (params: RenderParams): Promise<RenderResult> => {
    const source = await sourceOf(params?.uri);
    // Until the analysis of this version has finished (or for a document that is not open), the banner uses the default severities.
    const diagnostics = (source.doc && host.diagnostics?.(source.doc)) || capDiagnostics(analyzeParsed(source.parsed, DEFAULT_CONFIG));
    const html = renderHtml(source.parsed, {
      forPreview: true,
      nonce: params?.nonce,
      ...(params?.cspSource ? { cspSource: params.cspSource } : {}),
      diagnostics,
      fileName: params?.fileName ?? fileNameOf(source.uri),
      signing: params?.signing === true,
    });
    return { uri: source.uri, version: source.version, html };
  });

  handle(OBLIGATIONS_REQUEST, async (params: DocumentParams): Promise<ObligationsResult> => {
    const source = await sourceOf(params?.uri);
    const result: ObligationsResult = { uri: source.uri, version: source.version, contracts: obligationsOf(source.parsed, source.uri ? host.familyContext?.(source.uri) : undefined) };
    // A family's obligations: those of its master and of the other contracts under it, grouped by document.
    const family = source.uri ? host.family?.(source.uri, source.parsed) : undefined;
    if (family && family.documents.length) {
      result.family = {
        id: family.id,
        documents: family.documents.map((d) => {
          const all = obligationsOf(d.parsed, host.familyContext?.(d.uri));
          return { uri: d.uri, file: d.file, relation: d.relation, contracts: d.contracts.map((i) => all[i]!).filter(Boolean) };
        }),
      };
    }
    return result;
  });

  handle(CALENDAR_REQUEST, async (params: DocumentParams): Promise<CalendarResult> => {
    const source = await sourceOf(params?.uri);
    // Exported from the editor, the document may have unsaved changes: the export's time is its revision time (SEQUENCE).
    const ics = renderCalendar(source.parsed, { fileName: params?.fileName ?? fileNameOf(source.uri), revised: new Date() });
    const events = ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length;
    return { uri: source.uri, version: source.version, ics, events };
  });

  handle(DOCX_REQUEST, async (params: DocxParams): Promise<DocxResult> => {
    const source = await sourceOf(params?.uri);
    const diagnostics = (source.doc && host.diagnostics?.(source.doc)) || capDiagnostics(analyzeParsed(source.parsed, DEFAULT_CONFIG));
    // The Word writer is loaded on the first export; the web server's bundle has a stand-in that refuses (build.mjs).
    const { documentDocxBase64 } = await import('../core/render/docx.js');
    const base64 = await documentDocxBase64(buildDocument(source.parsed, diagnostics, { signing: true }), {
      paper: params?.paper === 'letter' ? 'letter' : 'a4',
      fileName: params?.fileName ?? fileNameOf(source.uri),
    });
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return { uri: source.uri, version: source.version, base64, errors };
  });

  registerInlayHints(connection, host);
}
