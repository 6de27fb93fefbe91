/**
 * The language server, independent of its transport: the Node entry (stdio,
 * IPC) and the web-worker entry both call {@link startServer} with their
 * connection and an environment that says what the host can do (read files,
 * find `clausewise.json`, list the workspace's contracts).
 */
import {
  CodeActionKind,
  CompletionItemKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type SymbolInformation,
  type TextEdit as LspTextEdit,
  type WorkspaceDiagnosticReport,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, type ParseResult } from '../../grammar/index.js';
import { AnalysisCancelled, analysisFailure, type Diagnostic, type ResolvedConfig } from '../core/index.js';
import { formatContract } from '../core/format.js';
import { VERSION } from '../cli/version.js';
import { runRules } from './analysis.js';
import { clientRunsSnippetFixes, codeActions, FIX_ALL_KIND, OPEN_DOCS_COMMAND } from './code-actions.js';
import { getCompletions } from './completion.js';
import { CONFIG_FILE_NAME, Configuration, isConfigFile, type ConfigProblem, type FileConfig } from './configuration.js';
import { toLspDiagnostic } from './convert.js';
import { familyDocuments, underCompletions, underHover } from './cross-file.js';
import { registerDocumentViews } from './custom-requests.js';
import { registerNameRequests } from './name-requests.js';
import { registerDiffRequest } from './diff-request.js';
import { getHover } from './hover.js';
import { reparse } from './incremental.js';
import { isAutomaticCodeActionOnLarge, isLarge, isLargeText, noticeLargeDocument, runOffThread, type OffThreadAnalysis } from './large-documents.js';
import { collectNames, type NameOccurrence } from './names.js';
import { LEGEND, semanticTokens } from './semantic-tokens.js';
import { foldingRanges, selectionRanges } from './structure.js';
import { documentSymbols } from './symbols.js';
import { isContractFile, Workspace } from './workspace.js';
import { ResultIds, WorkspaceDiagnostics } from './workspace-diagnostics.js';

export type { ConfigProblem, FileConfig };

/** What the host offers the server. The browser host offers none of the optional parts. */
export interface ServerEnv {
  /** Finds and loads the `clausewise.json` that applies to a document; `cached`: a file that is not open (the host may cache folder lookups). */
  loadFileConfig?(documentUri: string, cached?: boolean): FileConfig;
  /** Lists the URIs of the `.contract` files under the workspace folders (server/node/contract-files.ts: node_modules, dot-folders, .gitignore and `ignores` skipped). */
  listContractFiles?(folderUris: readonly string[]): Promise<string[]>;
  /** True when the walker would leave a file out (for file-watcher events). */
  isIgnored?(uri: string): boolean;
  /** Reads a file by URI; undefined when it cannot be read. */
  readFile?(uri: string): Promise<string | undefined>;
  /** Analyses a large document away from the main thread (the Node server: a worker thread); see large-documents.ts. */
  analyzeOffThread?: OffThreadAnalysis;
  /** Forgets what the host cached about configuration files (a `clausewise.json` changed). */
  configFilesChanged?(): void;
}

/** How long after a file-watcher event its file is read again (see `rereadLater`), in milliseconds. */
const SETTLE_REREAD_MS = 300;
/** How long after the last one the workspace folders may be listed again for a master an open document is under but the model lacks (see `lookForMaster`), in milliseconds. */
const MASTER_RESCAN_MS = 30_000;
/** How long a `workspace/diagnostic` request waits for a change before it answers "unchanged" (the client asks again). */
const WORKSPACE_PULL_MAX_MS = 30_000;
/** While the workspace is being checked, a `workspace/diagnostic` request answers with what is ready after this long. */
const WORKSPACE_PULL_BATCH_MS = 1_500;

interface DocState {
  /** Incremented by every edit; an analysis started for an older generation is stale. */
  generation: number;
  timer?: { cancel(): void };
  /** True from an edit until its analysis has finished or was superseded (the background checker waits meanwhile). */
  pending?: boolean;
  parsed?: { version: number; result: ParseResult };
  analysis?: { version: number; diagnostics: Diagnostic[]; resultId: string; items: LspDiagnostic[] };
  names?: { version: number; names: NameOccurrence[] };
  /** The configuration of the latest analysis (file and settings layered), for hover and completion. */
  config?: ResolvedConfig;
  /** Set when a file this one depends on changed: a pull client is told to ask again (`workspace/diagnostic/refresh`). */
  refreshAfter?: boolean;
}

function schedule(ms: number, run: () => void): { cancel(): void } {
  // Web workers have no setImmediate; a zero timeout does there.
  if (ms <= 0 && typeof setImmediate === 'function') {
    const h = setImmediate(run);
    return { cancel: () => clearImmediate(h) };
  }
  const h = setTimeout(run, ms);
  return { cancel: () => clearTimeout(h) };
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** The answer to every request after `shutdown`, as the LSP specification asks. */
function refusedAfterShutdown(): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, 'The server has been shut down: it answers no more requests (send `exit`).');
}

/** Case-insensitive subsequence match for workspace symbol search. */
function fuzzyMatch(query: string, name: string): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let i = 0;
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

/** Resolves when the promise does, or when the request is cancelled (then with undefined). */
function unlessCancelled<T>(p: Promise<T>, token: CancellationToken): Promise<T | undefined> {
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      resolve(undefined);
    });
    p.then(
      (v) => {
        sub.dispose();
        resolve(v);
      },
      () => {
        sub.dispose();
        resolve(undefined);
      },
    );
  });
}

/** Starts the language server on a connection. Returns once the handlers are registered. */
export function startServer(connection: Connection, env: ServerEnv = {}): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const formatRefusals = new Map<string, string>();
  let capabilities: ClientCapabilities = {};
  let globalSettings: unknown = undefined;
  /** Set by the `shutdown` request: from then on requests are refused and notifications dropped. */
  let shutDown = false;
  /** True when the client pulls diagnostics (`textDocument/diagnostic`, `workspace/diagnostic`); else they are pushed. */
  let pull = false;

  const log = (message: string) => connection.console.log(message);
  const logError = (where: string, e: unknown) => connection.console.error(`Clausewise: ${where} failed: ${(e as Error)?.stack ?? String(e)}`);
  /** The refusal a request gets after `shutdown`, or undefined before it. */
  const refusal = (): ResponseError<void> | undefined => (shutDown ? refusedAfterShutdown() : undefined);

  /**
   * Starts work that nobody awaits (a message to the client, an index update):
   * a failure, thrown or rejected, is logged and never left unhandled.
   */
  function background(where: string, work: () => unknown): void {
    try {
      const r = work();
      if (r && typeof (r as PromiseLike<unknown>).then === 'function') Promise.resolve(r).catch((e) => logError(where, e));
    } catch (e) {
      logError(where, e);
    }
  }

  /** Runs a request handler guarded: it always answers, a cancelled request gets RequestCancelled. */
  function guard<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
      if (shutDown) return refusedAfterShutdown();
      if (token.isCancellationRequested) return cancelled();
      try {
        const result = await fn(params, token);
        if (token.isCancellationRequested) return cancelled();
        return result;
      } catch (e) {
        if (e instanceof ResponseError) return e as ResponseError<void>;
        logError(name, e);
        return fallback;
      }
    };
  }

  /** Runs a notification handler guarded, including the work it starts; after `shutdown` notifications are dropped. */
  function guardNotification<P>(name: string, fn: (params: P) => void | Promise<void>) {
    return (params: P) => {
      if (!shutDown) background(name, () => fn(params));
    };
  }

  // ---------------------------------------------------------------- configuration, workspace model, background checks

  const configuration = new Configuration({
    connection,
    capabilities: () => capabilities,
    globalSettings: () => globalSettings,
    ...(env.loadFileConfig ? { loadFileConfig: (uri: string, cached?: boolean) => env.loadFileConfig!(uri, cached) } : {}),
    ...(env.readFile ? { readFile: (uri: string) => env.readFile!(uri) } : {}),
    background,
    logError,
    publish: (uri, diagnostics) => publish(uri, undefined, diagnostics),
  });

  const workspace = new Workspace({
    ...(env.listContractFiles ? { listContractFiles: (folders: readonly string[]) => env.listContractFiles!(folders) } : {}),
    ...(env.readFile ? { readFile: (uri: string) => env.readFile!(uri) } : {}),
    ...(env.isIgnored ? { isIgnored: (uri: string) => env.isIgnored!(uri) } : {}),
    openDocument: (uri) => documents.get(uri),
    parsedOpen: (doc) => parsedOf(doc),
    log,
    logError,
  });

  /** True while an open document waits for or runs its check: background work waits meanwhile. */
  const busy = (): boolean => {
    for (const st of states.values()) if (st.pending) return true;
    return false;
  };

  const resultIds = new ResultIds();
  const checker = new WorkspaceDiagnostics(
    {
      workspace,
      keyOf: (uri) => `${configuration.generation}|${workspace.families.contextFor(uri).key}`,
      check: checkFile,
      busy,
      isOpen: (uri) => !!documents.get(uri),
      pulls: () => pull,
      publish: (uri, items) => publish(uri, undefined, items),
      logError,
    },
    resultIds,
  );

  /** Checks a contract that is not open (the background checker), with the family context of the workspace. */
  async function checkFile(uri: string, isStale: () => boolean): Promise<LspDiagnostic[] | undefined> {
    const text = workspace.text(uri);
    if (text === undefined) return undefined;
    const { config } = await configuration.configFor(uri, workspace.folderOf(uri) ?? uri, true);
    if (isStale()) return undefined;
    let diagnostics: Diagnostic[] | undefined;
    try {
      if (isLargeText(text) && env.analyzeOffThread) diagnostics = await runOffThread(env.analyzeOffThread, uri, text, config, isStale);
      else {
        const parsed = workspace.parsed(uri) ?? parse(text);
        diagnostics = await runRules(parsed, config, isStale, workspace.families.contextFor(uri), busy, Number.POSITIVE_INFINITY);
      }
    } catch (e) {
      if (e instanceof AnalysisCancelled) return undefined;
      logError(`analysing ${uri}`, e);
      diagnostics = [analysisFailure(e)];
    }
    if (!diagnostics || isStale()) return undefined;
    return diagnostics.map((d) => toLspDiagnostic(d, 0, false));
  }

  /** Files whose diagnostics may have changed because another file changed: open ones are checked again, the others queued first. */
  function affect(uris: readonly string[], except?: string): void {
    const closed: string[] = [];
    for (const uri of uris) {
      if (uri === except) continue;
      if (documents.get(uri)) {
        const st = stateOf(uri);
        st.refreshAfter = true;
        scheduleAnalysis(uri, true);
      } else closed.push(uri);
    }
    checker.enqueue(closed, true);
  }

  let refreshTimer: { cancel(): void } | undefined;
  /** Asks a pull client to pull again (diagnostics of open documents changed because of another file). */
  function refreshPull(): void {
    if (!pull || !capabilities.workspace?.diagnostics?.refreshSupport || refreshTimer) return;
    refreshTimer = schedule(20, () => {
      refreshTimer = undefined;
      background('asking the client to pull diagnostics again', () => connection.languages.diagnostics.refresh());
    });
  }

  // ---------------------------------------------------------------- documents and analysis

  /** Sends a document's diagnostics (with the version they belong to, if any); a failure to send is logged. */
  function publish(uri: string, version: number | undefined, diagnostics: LspDiagnostic[]): void {
    background(`publishing the diagnostics of ${uri}`, () => connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics }));
  }

  function stateOf(uri: string): DocState {
    let st = states.get(uri);
    if (!st) {
      st = { generation: 0 };
      states.set(uri, st);
    }
    return st;
  }

  /** The parse of a document's current text, cached per version. */
  function parsedOf(doc: TextDocument): ParseResult {
    const st = stateOf(doc.uri);
    // Reuse the previous version's tree where the edit allows (see incremental.ts).
    if (st.parsed?.version !== doc.version) st.parsed = { version: doc.version, result: reparse(st.parsed?.result, doc.getText()) };
    return st.parsed.result;
  }

  function namesOf(doc: TextDocument): NameOccurrence[] {
    const st = stateOf(doc.uri);
    if (st.names?.version !== doc.version) st.names = { version: doc.version, names: collectNames(parsedOf(doc)) };
    return st.names.names;
  }

  /** The core diagnostics of the document's current version, if its analysis has finished. */
  function currentDiagnostics(doc: TextDocument): Diagnostic[] | undefined {
    const a = states.get(doc.uri)?.analysis;
    return a && a.version === doc.version ? a.diagnostics : undefined;
  }

  /** Waiters for the analysis of a document version (pull clients' `textDocument/diagnostic`). */
  const analysisWaiters = new Map<string, (() => void)[]>();

  function analysisFinished(uri: string): void {
    const waiters = analysisWaiters.get(uri);
    if (!waiters) return;
    analysisWaiters.delete(uri);
    for (const w of waiters) w();
  }

  /** The analysis of a document's current version, once it has finished (undefined when the request is cancelled or the document closed). */
  async function analysisOf(uri: string, token: CancellationToken): Promise<DocState['analysis']> {
    for (;;) {
      const doc = documents.get(uri);
      const st = states.get(uri);
      if (!doc || !st || token.isCancellationRequested) return undefined;
      if (st.analysis?.version === doc.version && !st.pending) return st.analysis;
      if (!st.pending && !st.timer) scheduleAnalysis(uri, true);
      const next = new Promise<void>((resolve) => {
        const list = analysisWaiters.get(uri) ?? [];
        list.push(resolve);
        analysisWaiters.set(uri, list);
      });
      await unlessCancelled(next, token);
    }
  }

  function finish(uri: string, st: DocState, version: number, diagnostics: Diagnostic[], items: LspDiagnostic[]): void {
    const resultId = resultIds.assign(uri, items);
    const changed = st.analysis?.resultId !== resultId;
    st.analysis = { version, diagnostics, resultId, items };
    st.pending = false;
    if (!pull) publish(uri, version, items);
    else if (st.refreshAfter && changed) refreshPull();
    st.refreshAfter = false;
    analysisFinished(uri);
  }

  async function analyzeDocument(uri: string): Promise<void> {
    const st = states.get(uri);
    const doc = documents.get(uri);
    if (!st || !doc) return;
    const generation = st.generation;
    const version = doc.version;
    const isStale = () => states.get(uri) !== st || st.generation !== generation || documents.get(uri)?.version !== version;
    let diagnostics: Diagnostic[] = [];
    try {
      const { config } = await configuration.configFor(uri);
      st.config = config;
      if (isStale()) return;
      // Large documents: analysed off the main thread when the host can (large-documents.ts); never parsed here for it.
      if (isLarge(doc)) noticeLargeDocument(uri, doc, !!env.analyzeOffThread, log);
      if (env.analyzeOffThread && isLarge(doc)) {
        const offThread = await runOffThread(env.analyzeOffThread, uri, doc.getText(), config, isStale);
        if (!offThread || isStale()) return;
        return finish(uri, st, version, offThread, offThread.map((d) => toLspDiagnostic(d, version)));
      }
      const parsed = parsedOf(doc);
      // The workspace model learns the document's contracts; the files that depend on them are checked again after it.
      const dependents = workspace.documentParsed(doc, parsed);
      if (!workspace.familyReady(uri)) lookForMaster();
      try {
        diagnostics = await runRules(parsed, config, isStale, workspace.families.contextFor(uri));
      } finally {
        if (dependents.length) affect(dependents, uri);
      }
    } catch (e) {
      if (e instanceof AnalysisCancelled) return;
      // The failure replaces the previous version's diagnostics, which no longer fit the text.
      logError(`analysing ${uri} (version ${version})`, e);
      diagnostics = [analysisFailure(e)];
    }
    // Never publish a result for a version that is no longer current.
    if (isStale()) return;
    finish(uri, st, version, diagnostics, diagnostics.map((d) => toLspDiagnostic(d, version)));
  }

  function scheduleAnalysis(uri: string, immediately = false): void {
    const st = stateOf(uri);
    st.generation++;
    st.timer?.cancel();
    st.pending = true;
    const run = () => {
      st.timer = undefined;
      const generation = st.generation;
      analyzeDocument(uri)
        .catch((e) => logError(`analysing ${uri}`, e))
        .finally(() => {
          // Finished, failed or found stale without a newer edit: no longer holds up the background checks.
          if (st.generation === generation) st.pending = false;
        });
    };
    if (immediately) {
      st.timer = schedule(0, run);
      return;
    }
    void configuration
      .settingsFor(uri)
      .then((s) => {
        if (states.get(uri) !== st) return;
        st.timer?.cancel();
        st.timer = schedule(s.debounceMs, run);
      })
      .catch((e) => logError('scheduling an analysis', e));
  }

  /** The configuration changed: every open document is checked again, and every other file of the workspace. */
  function reanalyzeAll(): void {
    for (const doc of documents.all()) {
      // Not the document's own edit: a pull client is told to pull again when the result changes.
      stateOf(doc.uri).refreshAfter = true;
      scheduleAnalysis(doc.uri, true);
    }
    checker.enqueueAll();
  }

  documents.onDidOpen(
    guardNotification('didOpen', (e) => {
      checker.opened(e.document.uri);
      resultIds.forget(e.document.uri);
    }),
  );

  documents.onDidChangeContent(
    guardNotification('didChange', (e) => {
      workspace.documentChanged(e.document.uri);
      scheduleAnalysis(e.document.uri);
    }),
  );

  documents.onDidClose(
    guardNotification('didClose', async (e) => {
      const uri = e.document.uri;
      const st = states.get(uri);
      if (st) {
        st.generation++;
        st.timer?.cancel();
        st.pending = false;
      }
      states.delete(uri);
      formatRefusals.delete(uri);
      analysisFinished(uri);
      resultIds.forget(uri);
      // The model falls back to the file on disk when it is in the workspace; else the diagnostics are cleared.
      const changed = isContractFile(uri) ? await workspace.documentClosed(uri) : workspace.remove(uri);
      if (documents.get(uri)) return;
      if (!workspace.has(uri)) {
        if (!pull) publish(uri, undefined, []);
      }
      affect(changed);
    }),
  );

  // ---------------------------------------------------------------- lifecycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    if (shutDown) throw refusedAfterShutdown();
    capabilities = params.capabilities ?? {};
    workspace.folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    globalSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    // Diagnostics are pulled by a client that can (every contract of the workspace, open or not), else pushed.
    pull = !!capabilities.textDocument?.diagnostic;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ',', '"'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [OPEN_DOCS_COMMAND] },
        documentSymbolProvider: { label: 'Clausewise' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true, range: false },
        documentHighlightProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentFormattingProvider: true,
        inlayHintProvider: true,
        ...(pull ? { diagnosticProvider: { identifier: 'clausewise', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'clausewise-language-server', version: VERSION },
    };
  });

  /** Indexes the workspace, then checks every contract that is not open, in the background. */
  let masterTimer: { cancel(): void } | undefined;
  let lastMasterScan = Number.NEGATIVE_INFINITY;
  /**
   * An open document is under a master the model does not have: the folders
   * are listed again, soon, and only files not in the model yet are read.
   * File-watcher events can be lost, for a file written into a folder created
   * just before it, so a master on disk could stay unknown for good. At most
   * once every {@link MASTER_RESCAN_MS} ms (the master may truly not exist yet).
   */
  function lookForMaster(): void {
    if (!workspace.readsDisk || masterTimer || workspace.scanning || shutDown) return;
    const wait = Math.max(500, MASTER_RESCAN_MS - (Date.now() - lastMasterScan));
    masterTimer = schedule(wait, () => {
      masterTimer = undefined;
      lastMasterScan = Date.now();
      background('looking for new contract files', () => scanWorkspace());
    });
  }

  async function scanWorkspace(): Promise<void> {
    try {
      // Each file is checked as soon as it is read, while its parse is cached, unless a master it is under is still to come.
      await workspace.scan(workspace.folders, async (uri, affected) => {
        // An open document whose family this file completes (a master written after the document was checked) is checked again now.
        const open = affected.filter((u) => u !== uri && documents.get(u));
        if (open.length) affect(open);
        if (workspace.familyReady(uri)) await checker.checkNow(uri);
      });
      // The rest (children read before their master); files whose result is current are skipped.
      checker.enqueueAll();
    } finally {
      checker.settle();
    }
  }

  connection.onInitialized(
    guardNotification('initialized', async () => {
      // Subscribed first, so no folder change is lost; the notification comes only from a client that declared workspace folder support.
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guardNotification('didChangeWorkspaceFolders', async (event: WorkspaceFoldersChangeEvent) => {
            const { changed, dropped } = await workspace.changeFolders(
              event.added.map((f) => f.uri),
              event.removed.map((f) => f.uri),
            );
            for (const uri of dropped) checker.drop(uri);
            affect(changed);
            checker.settle();
          }),
        );
      }
      // Each step on its own: a client that refuses a registration still gets the other one and the workspace scan.
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client
          .register(DidChangeConfigurationNotification.type, { section: 'clausewise' })
          .catch((e: unknown) => logError('registering for configuration changes', e));
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client
          .register(DidChangeWatchedFilesNotification.type, {
            watchers: [{ globPattern: '**/*.contract' }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
          })
          .catch((e: unknown) => logError('registering the file watchers', e));
      }
      await scanWorkspace();
    }),
  );

  connection.onDidChangeConfiguration(
    guardNotification('didChangeConfiguration', (params) => {
      const s = (params.settings as { clausewise?: unknown } | undefined)?.clausewise;
      if (s !== undefined) globalSettings = s;
      configuration.settingsChanged();
      reanalyzeAll();
    }),
  );

  /**
   * Files a watcher event named, read again {@link SETTLE_REREAD_MS} ms later:
   * the event of a file being written can come before its text is all on disk,
   * and the client merges a creation and the change right after it into one
   * event, so the first read may be of an empty or partial file. The second
   * read costs nothing when the text is the same.
   */
  const settling = new Set<string>();
  let settleTimer: { cancel(): void } | undefined;
  function rereadLater(uri: string): void {
    settling.add(uri);
    settleTimer ??= schedule(SETTLE_REREAD_MS, () => {
      settleTimer = undefined;
      const uris = [...settling];
      settling.clear();
      background('reading changed contract files again', async () => {
        const changed = new Set<string>();
        for (const uri of uris) {
          if (documents.get(uri) || !workspace.has(uri)) continue;
          for (const u of await workspace.fileChanged(uri, false)) changed.add(u);
        }
        affect([...changed]);
      });
    });
  }

  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', async (params) => {
      let configChanged = false;
      const changed = new Set<string>();
      for (const change of params.changes) {
        if (isConfigFile(change.uri)) configChanged = true;
        else if (isContractFile(change.uri) && !documents.get(change.uri)) {
          const deleted = change.type === FileChangeType.Deleted;
          for (const u of await workspace.fileChanged(change.uri, deleted)) changed.add(u);
          if (!workspace.has(change.uri)) checker.drop(change.uri);
          else if (!deleted) rereadLater(change.uri);
        }
      }
      if (configChanged) {
        env.configFilesChanged?.();
        configuration.filesChanged();
        reanalyzeAll();
      }
      affect([...changed]);
    }),
  );

  connection.onShutdown(() => {
    // A second `shutdown` is a request after shutdown like any other.
    if (shutDown) throw refusedAfterShutdown();
    shutDown = true;
    settleTimer?.cancel();
    masterTimer?.cancel();
    masterTimer = undefined;
    settleTimer = undefined;
    for (const st of states.values()) {
      st.generation++;
      st.timer?.cancel();
    }
  });

  // ---------------------------------------------------------------- requests

  const docAt = (uri: string) => documents.get(uri);

  connection.onCodeAction(
    guard('codeAction', [], (params) => {
      const doc = docAt(params.textDocument.uri);
      if (!doc || isAutomaticCodeActionOnLarge(doc, params.context)) return [];
      return codeActions({
        uri: doc.uri,
        parsed: parsedOf(doc),
        version: doc.version,
        current: currentDiagnostics(doc),
        requested: params.context.diagnostics as LspDiagnostic[],
        only: params.context.only,
        snippetFixes: clientRunsSnippetFixes(capabilities),
      });
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', null, async (params) => {
      if (params.command !== OPEN_DOCS_COMMAND) return null;
      const href = params.arguments?.[0];
      if (typeof href !== 'string' || !/^https?:\/\//.test(href)) return null;
      if (capabilities.window?.showDocument?.support) await connection.window.showDocument({ uri: href, external: true });
      else background('showing the documentation link', () => connection.window.showInformationMessage(`The documentation of this check is at ${href}`));
      return null;
    }),
  );

  connection.onHover(
    guard('hover', null, (params) => {
      const doc = docAt(params.textDocument.uri);
      if (!doc) return null;
      const parsed = parsedOf(doc);
      const offset = parsed.lines.offset(params.position);
      // On the id after `under`: the master it names (cross-file.ts).
      const family = underHover(workspace, doc.uri, parsed, offset);
      if (family) return family;
      const config = states.get(doc.uri)?.config ?? configuration.fileConfigFor(doc.uri).config;
      return getHover(parsed, offset, currentDiagnostics(doc) ?? [], config);
    }),
  );

  connection.onCompletion(
    guard('completion', [], (params) => {
      const doc = docAt(params.textDocument.uri);
      if (!doc) return [];
      const parsed = parsedOf(doc);
      const offset = parsed.lines.offset(params.position);
      // After `under`: the ids of the workspace's masters.
      const masters = underCompletions(workspace, doc.uri, parsed, offset);
      if (masters) {
        return masters.map((m, i) => ({
          label: m.label,
          kind: CompletionItemKind.Reference,
          detail: m.detail,
          sortText: String(i).padStart(5, '0'),
          filterText: m.insertText,
          ...(m.range ? { textEdit: { range: m.range, newText: m.insertText } } : { insertText: m.insertText }),
        }));
      }
      const names = namesOf(doc).filter((n) => n.definition);
      const pick = (kind: NameOccurrence['kind']) => [...new Set(names.filter((n) => n.kind === kind).map((n) => n.name))];
      const config = states.get(doc.uri)?.config ?? configuration.fileConfigFor(doc.uri).config;
      return getCompletions(parsed, offset, config, { services: pick('service'), parties: pick('party') });
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', [], (params) => {
      const doc = docAt(params.textDocument.uri);
      return doc && !isLarge(doc) ? documentSymbols(parsedOf(doc)) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    guard('workspaceSymbol', [], (params) => {
      const out: SymbolInformation[] = [];
      for (const [uri, symbols] of workspace.symbolEntries()) {
        for (const s of symbols) {
          if (!fuzzyMatch(params.query, s.name)) continue;
          out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(s.containerName ? { containerName: s.containerName } : {}) });
          if (out.length >= 1000) return out;
        }
      }
      return out;
    }),
  );

  connection.onFoldingRanges(
    guard('foldingRanges', [], (params) => {
      const doc = docAt(params.textDocument.uri);
      return doc && !isLarge(doc) ? foldingRanges(parsedOf(doc)) : [];
    }),
  );

  connection.onSelectionRanges(
    guard('selectionRanges', [], (params) => {
      const doc = docAt(params.textDocument.uri);
      if (!doc) return [];
      const parsed = parsedOf(doc);
      return selectionRanges(
        parsed,
        params.positions.map((p) => parsed.lines.offset(p)),
      );
    }),
  );

  connection.languages.semanticTokens.on(
    guard('semanticTokens', { data: [] }, (params) => {
      const doc = docAt(params.textDocument.uri);
      return doc && !isLarge(doc) ? semanticTokens(parsedOf(doc)) : { data: [] };
    }),
  );

  // Highlight, definition, references and rename, across the files of a family too (name-requests.ts).
  registerNameRequests(connection, { guard, docAt, parsedOf, namesOf, workspace });

  connection.onDocumentFormatting(
    guard('formatting', [] as LspTextEdit[], (params) => {
      const doc = docAt(params.textDocument.uri);
      if (!doc) return [];
      const text = doc.getText();
      const result = formatContract(text, { indent: params.options.tabSize });
      if (!result.ok) {
        if (formatRefusals.get(doc.uri) !== result.reason) {
          formatRefusals.set(doc.uri, result.reason);
          background('showing why the document is not formatted', () => connection.window.showWarningMessage(result.reason));
        }
        return [];
      }
      formatRefusals.delete(doc.uri);
      if (result.text === text) return [];
      const lines = parsedOf(doc).lines;
      return [{ range: lines.range({ start: 0, end: text.length }), newText: result.text }];
    }),
  );

  // ---------------------------------------------------------------- pulled diagnostics (clients that declare textDocument.diagnostic)

  type PullHandler = Parameters<typeof connection.languages.diagnostics.on>[0];
  type WorkspacePullHandler = Parameters<typeof connection.languages.diagnostics.onWorkspace>[0];
  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, async (params: Parameters<PullHandler>[0], token): Promise<DocumentDiagnosticReport> => {
      const uri = params.textDocument.uri;
      let report: { resultId: string; items: LspDiagnostic[] } | undefined;
      if (documents.get(uri)) report = await analysisOf(uri, token);
      else {
        // A file that is not open: its background result (checked first if it has none yet).
        if (workspace.has(uri) && !checker.resultOf(uri)) {
          checker.enqueue([uri], true);
          while (!checker.resultOf(uri) && checker.pending && !token.isCancellationRequested) await unlessCancelled(checker.nextChange(1000), token);
        }
        report = checker.resultOf(uri);
      }
      // A cancelled request is answered RequestCancelled by guard().
      if (!report) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      if (params.previousResultId === report.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId, items: report.items };
    }) as unknown as PullHandler,
  );

  connection.languages.diagnostics.onWorkspace(
    guard('workspace/diagnostic', { items: [] } as WorkspaceDiagnosticReport, async (params: Parameters<WorkspacePullHandler>[0], token): Promise<WorkspaceDiagnosticReport> => {
      const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
      const started = Date.now();
      for (;;) {
        // While the workspace is being checked, answer every so often with what is ready; the client asks again.
        await unlessCancelled(Promise.race([checker.whenIdle(), new Promise<void>((r) => setTimeout(r, WORKSPACE_PULL_BATCH_MS))]), token);
        const { items, changed } = checker.reports(previous);
        if (changed || token.isCancellationRequested || Date.now() - started >= WORKSPACE_PULL_MAX_MS) return { items };
        // Nothing new: wait for a change (a long poll), so the client hears of it as soon as it happens.
        if (!checker.pending) await unlessCancelled(checker.nextChange(WORKSPACE_PULL_MAX_MS - (Date.now() - started)), token);
      }
    }) as unknown as WorkspacePullHandler,
  );

  // Preview, obligations view, calendar export and inlay hints (custom-requests.ts).
  registerDocumentViews(connection, {
    documents,
    parsed: parsedOf,
    diagnostics: currentDiagnostics,
    logError,
    refusal,
    family: (uri, parsed) => familyDocuments(workspace, uri, parsed),
    familyContext: (uri) => workspace.families.contextFor(uri),
    ...(env.readFile ? { readFile: (uri: string) => env.readFile!(uri) } : {}),
  });

  // The compare panel's semantic diff (diff-request.ts).
  registerDiffRequest(connection, { documents, configFor: async (uri) => (await configuration.configFor(uri)).config, logError, refusal });

  // Any other request: unknown before `shutdown` (MethodNotFound, as without this handler), refused after it.
  connection.onRequest((method: string) => refusal() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`));

  documents.listen(connection);
  connection.listen();
}
