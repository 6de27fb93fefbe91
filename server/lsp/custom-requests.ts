/**
 * The server side of the document views: `clausewise/render` (the live
 * preview's HTML), `clausewise/obligations` (the obligations view) and
 * `clausewise/calendar` (the calendar export), plus inlay hints. The extension
 * asks the server instead of running the core itself, so the desktop and the
 * web extension share one implementation and the client bundle stays small.
 * The handlers read the open document the server already holds; a request for
 * a document the server does not have fails with a message saying so.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CALENDAR_REQUEST,
  OBLIGATIONS_REQUEST,
  RENDER_REQUEST,
  type CalendarResult,
  type ContractObligations,
  type DocumentParams,
  type ObligationsResult,
  type RenderParams,
  type RenderResult,
  type SourceRange,
} from '../../client/preview-protocol.js';
import type { ParseResult, Span } from '../../grammar/index.js';
import { renderCalendar } from '../core/calendar.js';
import { analyzeParsed, DEFAULT_CONFIG, formatDate, type Diagnostic } from '../core/index.js';
import { obligationsByParty } from '../core/obligations.js';
import { renderHtml } from '../core/render/index.js';
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

/** The obligations of every contract in a parsed file, as the obligations view shows them. */
export function obligationsOf(parsed: ParseResult): ContractObligations[] {
  return parsed.ast.contracts.map((contract) => ({
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
  const documentOf = (uri: unknown): TextDocument => {
    const doc = typeof uri === 'string' ? host.documents.get(uri) : undefined;
    if (!doc) {
      throw new Error(`Clausewise has no open contract at ${String(uri)}: open the .contract file in the editor, then try again.`);
    }
    return doc;
  };

  connection.onRequest(RENDER_REQUEST, (params: RenderParams): RenderResult => {
    const doc = documentOf(params?.uri);
    const parsed = host.parsed(doc);
    // Until the analysis of this version has finished, the banner uses the default severities.
    const diagnostics = host.diagnostics?.(doc) ?? analyzeParsed(parsed, DEFAULT_CONFIG);
    const html = renderHtml(parsed, {
      forPreview: true,
      nonce: params.nonce,
      ...(params.cspSource ? { cspSource: params.cspSource } : {}),
      diagnostics,
      fileName: params.fileName ?? fileNameOf(doc.uri),
    });
    return { uri: doc.uri, version: doc.version, html };
  });

  connection.onRequest(OBLIGATIONS_REQUEST, (params: DocumentParams): ObligationsResult => {
    const doc = documentOf(params?.uri);
    return { uri: doc.uri, version: doc.version, contracts: obligationsOf(host.parsed(doc)) };
  });

  connection.onRequest(CALENDAR_REQUEST, (params: DocumentParams): CalendarResult => {
    const doc = documentOf(params?.uri);
    const ics = renderCalendar(host.parsed(doc), { fileName: params.fileName ?? fileNameOf(doc.uri) });
    const events = ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length;
    return { uri: doc.uri, version: doc.version, ics, events };
  });

  registerInlayHints(connection, host);
}
