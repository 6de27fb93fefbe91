/**
 * `clausewise/semanticDiff` (server/diff-protocol.ts): the semantic diff of an
 * old text and a document, for the extension's compare panel. The server
 * answers it because it holds the document's text and its clausewise.json
 * (whose `perspective` decides what is against us); the core does the work
 * (server/core/diff). A failure is logged and answered with its reason.
 */
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../core/index.js';
import { renderDiffJson, semanticDiff } from '../core/diff/index.js';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../diff-protocol.js';
import { fileNameOf } from './custom-requests.js';

/** What the request needs from the server. */
export interface DiffRequestHost {
  documents: TextDocuments<TextDocument>;
  /** The configuration of a document (clausewise.json and settings). */
  configFor(uri: string): Promise<ResolvedConfig>;
  /** The error every request gets at the moment (after `shutdown`), if any. */
  refusal?(): ResponseError<void> | undefined;
  logError?(where: string, e: unknown): void;
}

/** Registers {@link COMPARE_REQUEST} on a connection. */
export function registerDiffRequest(connection: Connection, host: DiffRequestHost): void {
  connection.onRequest(COMPARE_REQUEST, async (params: CompareParams): Promise<CompareResult | ResponseError<void>> => {
    const refused = host.refusal?.();
    if (refused) return refused;
    try {
      if (typeof params?.uri !== 'string' || typeof params.oldText !== 'string') {
        return new ResponseError(ErrorCodes.InvalidParams, `${COMPARE_REQUEST} needs a uri and the old text`);
      }
      const newText = typeof params.newText === 'string' ? params.newText : (host.documents.get(params.uri)?.getText() ?? '');
      let config: ResolvedConfig = DEFAULT_CONFIG;
      try {
        config = await host.configFor(params.uri);
      } catch (e) {
        host.logError?.(`${COMPARE_REQUEST}: reading the configuration`, e);
      }
      const result = semanticDiff(params.oldText, newText, config);
      return renderDiffJson(result, { oldName: params.oldName ?? 'old', newName: params.newName ?? fileNameOf(params.uri) });
    } catch (e) {
      host.logError?.(COMPARE_REQUEST, e);
      return new ResponseError(ErrorCodes.InternalError, `Clausewise could not answer ${COMPARE_REQUEST}: ${(e as Error)?.message ?? String(e)}`);
    }
  });
}
