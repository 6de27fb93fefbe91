/**
 * Large documents (large-file mode). A document of more than
 * {@link LARGE_DOCUMENT_CHARS} characters takes seconds to parse and analyse;
 * done on the server's one thread, that work would hold up every other open
 * document. So, above the threshold:
 *
 * - The analysis runs off the main thread when the host can
 *   (`ServerEnv.analyzeOffThread`; the Node server uses a worker thread,
 *   server/node/off-thread.ts). The web-worker server has no threads of its own
 *   and keeps analysing in-thread.
 * - The requests an editor sends by itself for every open document, on opening
 *   it, on every edit or on every cursor move, answer empty instead of parsing
 *   the document on the main thread ({@link LIMITED_FEATURES}), as VS Code itself
 *   turns features off for large files.
 * - What the user asks for in the large document (hover, completion,
 *   definition, references, rename, selection ranges, code actions invoked by
 *   hand, formatting, the document views) still works: it parses the document
 *   on the main thread on demand, once per version.
 *
 * This module is host-independent (no Node built-ins): the web-worker bundle
 * imports it too.
 */
import { CodeActionTriggerKind, type CodeActionContext } from 'vscode-languageserver';
import type { ResolvedConfig } from '../core/config.js';
import { analysisFailure } from '../core/analyze.js';
import type { Diagnostic } from '../core/types.js';

/** Documents longer than this many characters (about 25,000 lines of a typical contract) are large. */
export const LARGE_DOCUMENT_CHARS = 1_000_000;

/**
 * The LSP requests that answer empty for a large document: the ones editors
 * send automatically. Code actions only when the editor asks by itself
 * (`CodeActionTriggerKind.Automatic`, the light bulb on every cursor move); a
 * code action the user invokes is computed.
 */
export const LIMITED_FEATURES: readonly string[] = [
  'textDocument/semanticTokens/full',
  'textDocument/inlayHint',
  'textDocument/foldingRange',
  'textDocument/documentSymbol',
  'textDocument/documentHighlight',
  'textDocument/codeAction (automatic)',
];

/** Whether a document is large ({@link LARGE_DOCUMENT_CHARS}); false for no document. */
export function isLarge(doc: { getText(): string } | undefined): boolean {
  return !!doc && doc.getText().length > LARGE_DOCUMENT_CHARS;
}

/** Whether a code action request is one the editor sent by itself for a large document (answered empty). */
export function isAutomaticCodeActionOnLarge(doc: { getText(): string }, context: CodeActionContext): boolean {
  return context.triggerKind === CodeActionTriggerKind.Automatic && isLarge(doc);
}

/** The URIs whose large-file mode has been logged (once per document and server process). */
const noticed = new Set<string>();

/** Logs, the first time a document is analysed as large, what large-file mode means for it. */
export function noticeLargeDocument(uri: string, doc: { getText(): string }, offThread: boolean, log: (message: string) => void): void {
  if (noticed.has(uri)) return;
  noticed.add(uri);
  const chars = doc.getText().length.toLocaleString('en-US');
  log(
    `Clausewise: ${uri} has ${chars} characters (more than ${LARGE_DOCUMENT_CHARS.toLocaleString('en-US')}): large-file mode. ` +
      `It is checked ${offThread ? 'in a worker thread' : "on the server's thread"}; semantic tokens, inlay hints, folding, the outline, highlights and automatic code actions are off for it.`,
  );
}

/** The same test on a text (a file read from disk). */
export function isLargeText(text: string): boolean {
  return text.length > LARGE_DOCUMENT_CHARS;
}

/**
 * What a host offers to analyse a document away from the server's main
 * thread: the core diagnostics of `analyze(text, config)` (sorted and capped)
 * for the document `uri`, or undefined when `isStale()` became true before
 * they were ready (the host polls it and may abandon the work). Rejects when
 * the analysis failed as a whole (the worker crashed or threw). The host may
 * keep the last parse of `uri` to re-parse its next version incrementally.
 */
export type OffThreadAnalysis = (uri: string, text: string, config: ResolvedConfig, isStale: () => boolean) => Promise<Diagnostic[] | undefined>;

/**
 * Runs an off-thread analysis; a failure becomes the one `internal-error`
 * diagnostic of {@link analysisFailure}, so the caller publishes it for the
 * version like any result. Undefined when the result is stale.
 */
export async function runOffThread(run: OffThreadAnalysis, uri: string, text: string, config: ResolvedConfig, isStale: () => boolean): Promise<Diagnostic[] | undefined> {
  try {
    return await run(uri, text, config, isStale);
  } catch (e) {
    return isStale() ? undefined : [analysisFailure(e)];
  }
}
