/**
 * The language server, independent of its transport: the Node entry (stdio,
 * IPC) and the web-worker entry both call {@link startServer} with their
 * connection and an environment that says what the host can do (read files,
 * find `clausewise.json`, list the workspace's contracts).
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentHighlightKind,
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
  type InitializeParams,
  type InitializeResult,
  type Location,
  type SymbolInformation,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, parse, type ParseResult } from '../../grammar/index.js';
import {
  AnalysisCancelled,
  analysisFailure,
  analyzeParsed,
  capDiagnostics,
  compareDiagnostics,
  DEFAULT_CONFIG,
  ConfigError,
  plainText,
  RULES,
  type Diagnostic,
  type ResolvedConfig,
} from '../core/index.js';
import { formatContract } from '../core/format.js';
import { VERSION } from '../cli/version.js';
import { clientRunsSnippetFixes, codeActions, FIX_ALL_KIND, OPEN_DOCS_COMMAND } from './code-actions.js';
import { getCompletions } from './completion.js';
import { SOURCE, toLspDiagnostic } from './convert.js';
import { getHover } from './hover.js';
import { collectNames, KIND_WORDS, NAME_PATTERN, occurrenceAt, relatedOccurrences, type NameOccurrence } from './names.js';
import { reparse } from './incremental.js';
import { isAutomaticCodeActionOnLarge, isLarge, isLargeText, noticeLargeDocument, runOffThread, type OffThreadAnalysis } from './large-documents.js';
import { LEGEND, semanticTokens } from './semantic-tokens.js';
import { layerSettings, readSettings, type EditorSettings } from './settings.js';
import { foldingRanges, selectionRanges } from './structure.js';
import { documentSymbols, indexSymbols, type IndexedSymbol } from './symbols.js';
import { registerDocumentViews } from './custom-requests.js';
import { registerDiffRequest } from './diff-request.js';
import { CONFIG_STATUS_NOTIFICATION, type ConfigStatusParams } from '../protocol.js';

/** A configuration problem, located in the file (or settings) it comes from. */
export interface ConfigProblem {
  /** The URI of the faulty `clausewise.json`, or undefined for a problem in the settings. */
  fileUri?: string;
  key: string;
  /** Every problem, in one message. */
  message: string;
  /** Each problem on its own ("\"rules.x\" is not a rule code …"), when the host lists them. */
  issues?: { key: string; message: string }[];
}

/** The `clausewise.json` configuration that applies to one document. */
export interface FileConfig {
  config: ResolvedConfig;
  /** The URI of the file it was read from, when there is one. */
  fileUri?: string;
  /** Set when the file exists but is invalid; `config` is then the defaults. */
  problem?: ConfigProblem;
}

/** What the host offers the server. The browser host offers none of the optional parts. */
export interface ServerEnv {
  /** Finds and loads the `clausewise.json` that applies to a document. */
  loadFileConfig?(documentUri: string): FileConfig;
  /** Lists the URIs of the `.contract` files under the workspace folders (skipping node_modules and dot-folders). */
  listContractFiles?(folderUris: readonly string[]): Promise<string[]>;
  /** Reads a file by URI; undefined when it cannot be read. */
  readFile?(uri: string): Promise<string | undefined>;
  /** Analyses a large document away from the main thread (the Node server: a worker thread); see large-documents.ts. */
  analyzeOffThread?: OffThreadAnalysis;
}

/** The file name whose changes reload the configuration. */
const CONFIG_FILE_NAME = 'clausewise.json';
/** An analysis yields to the event loop after this many milliseconds, so that a newer edit can cancel it. */
const SLICE_MS = 8;
/** Rules run in chunks of this many between checks for a newer edit (each chunk sets up suppressions once). */
const RULES_PER_CHUNK = 8;

interface DocState {
  /** Incremented by every edit; an analysis started for an older generation is stale. */
  generation: number;
  timer?: { cancel(): void };
  parsed?: { version: number; result: ParseResult };
  analysis?: { version: number; diagnostics: Diagnostic[] };
  names?: { version: number; names: NameOccurrence[] };
  /** The configuration of the latest analysis (file and settings layered), for hover and completion. */
  config?: ResolvedConfig;
}

interface IndexEntry {
  symbols?: IndexedSymbol[];
  /** Computes the symbols lazily (open documents). */
  compute?: () => IndexedSymbol[];
}

/** Lets pending messages (a newer edit, a cancellation) be read before the work goes on. */
function yieldToEventLoop(): Promise<void> {
  // setImmediate runs right after pending I/O; web workers only have timers.
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => setTimeout(resolve, 0));
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

function isConfigFile(uri: string): boolean {
  return uri.endsWith('/' + CONFIG_FILE_NAME) || uri === CONFIG_FILE_NAME;
}

function isContractFile(uri: string): boolean {
  return uri.endsWith('.contract');
}

/** Starts the language server on a connection. Returns once the handlers are registered. */
export function startServer(connection: Connection, env: ServerEnv = {}): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const index = new Map<string, IndexEntry>();
  const fileConfigs = new Map<string, FileConfig>();
  const settingsCache = new Map<string, Promise<EditorSettings>>();
  const reportedProblems = new Set<string>();
  const problemUris = new Set<string>();
  const formatRefusals = new Map<string, string>();
  /** The configuration status last sent for each document (as JSON), so that only a change is sent. */
  const sentConfigStatus = new Map<string, string>();
  let capabilities: ClientCapabilities = {};
  let workspaceFolders: string[] = [];
  let globalSettings: unknown = undefined;
  /** Set by the `shutdown` request: from then on requests are refused and notifications dropped. */
  let shutDown = false;

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

  // ---------------------------------------------------------------- configuration

  function reportProblem(p: ConfigProblem): void {
    const text = p.fileUri ? p.message : `Clausewise ${p.message}`;
    const key = `${p.fileUri ?? 'settings'}|${p.message}`;
    if (reportedProblems.has(key)) return;
    reportedProblems.add(key);
    background('showing a configuration problem', () =>
      connection.window.showErrorMessage(
        // A notification shows plain text.
        plainText(
          p.fileUri
            ? `${text} Until this is corrected, Clausewise checks with the default configuration.`
            : `${text} Until this is corrected, Clausewise checks with clausewise.json (or the defaults) and ignores its VS Code settings.`,
        ),
      ),
    );
    if (!p.fileUri) return;
    const uri = p.fileUri;
    problemUris.add(uri);
    background('reporting a configuration problem', async () => {
      // Point at the offending key when it can be found in the file, else at its start.
      const content = (await env.readFile?.(uri)) ?? '';
      const leaf = p.key.split('.').pop() ?? '';
      const at = leaf ? content.indexOf(`"${leaf}"`) : -1;
      const lines = new LineIndex(content);
      const range = at >= 0 ? lines.range({ start: at, end: at + leaf.length + 2 }) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      await connection.sendDiagnostics({
        uri,
        diagnostics: [{ range, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'config-error', message: plainText(p.message) }],
      });
    });
  }

  function fileConfigFor(uri: string): FileConfig {
    let fc = fileConfigs.get(uri);
    if (!fc) {
      fc = env.loadFileConfig ? env.loadFileConfig(uri) : { config: DEFAULT_CONFIG };
      fileConfigs.set(uri, fc);
    }
    return fc;
  }

  function settingsFor(uri: string): Promise<EditorSettings> {
    let s = settingsCache.get(uri);
    if (!s) {
      s = (async () => {
        if (capabilities.workspace?.configuration) {
          try {
            return readSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'clausewise' }));
          } catch (e) {
            logError('reading the settings', e);
          }
        }
        return readSettings(globalSettings);
      })();
      settingsCache.set(uri, s);
    }
    return s;
  }

  async function configFor(uri: string): Promise<{ config: ResolvedConfig; settings: EditorSettings }> {
    const fc = fileConfigFor(uri);
    if (fc.problem) reportProblem(fc.problem);
    const settings = await settingsFor(uri);
    try {
      const config = layerSettings(fc.config, settings);
      sendConfigStatus(uri, fc);
      return { config, settings };
    } catch (e) {
      if (e instanceof ConfigError) {
        reportProblem({ key: e.key, message: e.message });
        sendConfigStatus(uri, fc, e.message);
        return { config: fc.config, settings };
      }
      throw e;
    }
  }

  /**
   * Tells a client that asked for it (`experimental.clausewise.configStatus`)
   * which configuration a document is checked with, when that changes.
   */
  function sendConfigStatus(uri: string, fc: FileConfig, settingsProblem?: string): void {
    const experimental = capabilities.experimental as { clausewise?: { configStatus?: unknown } } | undefined;
    if (experimental?.clausewise?.configStatus !== true) return;
    const params: ConfigStatusParams = { uri };
    if (fc.fileUri) params.configUri = fc.fileUri;
    if (fc.problem) params.configProblems = fc.problem.issues?.map((i) => plainText(i.message)) ?? [plainText(fc.problem.message)];
    if (settingsProblem) params.settingsProblem = plainText(settingsProblem);
    const key = JSON.stringify(params);
    if (sentConfigStatus.get(uri) === key) return;
    sentConfigStatus.set(uri, key);
    background('sending the configuration status', () => connection.sendNotification(CONFIG_STATUS_NOTIFICATION, params));
  }

  function clearConfigProblems(): void {
    reportedProblems.clear();
    for (const uri of problemUris) publish(uri, undefined, []);
    problemUris.clear();
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

  async function analyzeDocument(uri: string): Promise<void> {
    const st = states.get(uri);
    const doc = documents.get(uri);
    if (!st || !doc) return;
    const generation = st.generation;
    const version = doc.version;
    const isStale = () => states.get(uri) !== st || st.generation !== generation || documents.get(uri)?.version !== version;
    const cancel = { isCancelled: isStale };
    let diagnostics: Diagnostic[] = [];
    try {
      const { config } = await configFor(uri);
      st.config = config;
      if (isStale()) return;
      // Large documents: analysed off the main thread when the host can (large-documents.ts); never parsed here for it.
      if (isLarge(doc)) noticeLargeDocument(uri, doc, !!env.analyzeOffThread, log);
      if (env.analyzeOffThread && isLarge(doc)) {
        const offThread = await runOffThread(env.analyzeOffThread, uri, doc.getText(), config, isStale);
        if (!offThread || isStale()) return;
        st.analysis = { version, diagnostics: offThread };
        return publish(uri, version, offThread.map((d) => toLspDiagnostic(d, version)));
      }
      const parsed = parsedOf(doc);
      let sliceStart = Date.now();
      for (let i = 0; i < RULES.length; i += RULES_PER_CHUNK) {
        if (Date.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
        if (isStale()) return;
        // One push per diagnostic: spreading a chunk into push() overflows the stack on a document with very many problems.
        for (const d of analyzeParsed(parsed, config, cancel, RULES.slice(i, i + RULES_PER_CHUNK))) diagnostics.push(d);
      }
      // The same list as the command line: sorted, at most MAX_DIAGNOSTICS and one that counts the rest.
      diagnostics = capDiagnostics(diagnostics.sort(compareDiagnostics));
    } catch (e) {
      if (e instanceof AnalysisCancelled) return;
      // The failure replaces the previous version's diagnostics, which no longer fit the text.
      logError(`analysing ${uri} (version ${version})`, e);
      diagnostics = [analysisFailure(e)];
    }
    // Never publish a result for a version that is no longer current.
    if (isStale()) return;
    st.analysis = { version, diagnostics };
    publish(uri, version, diagnostics.map((d) => toLspDiagnostic(d, version)));
  }

  function scheduleAnalysis(uri: string, immediately = false): void {
    const st = stateOf(uri);
    st.generation++;
    st.timer?.cancel();
    const run = () => {
      st.timer = undefined;
      analyzeDocument(uri).catch((e) => logError(`analysing ${uri}`, e));
    };
    if (immediately) {
      st.timer = schedule(0, run);
      return;
    }
    void settingsFor(uri)
      .then((s) => {
        if (states.get(uri) !== st) return;
        st.timer?.cancel();
        st.timer = schedule(s.debounceMs, run);
      })
      .catch((e) => logError('scheduling an analysis', e));
  }

  function reanalyzeAll(): void {
    for (const doc of documents.all()) scheduleAnalysis(doc.uri, true);
  }

  documents.onDidChangeContent(
    guardNotification('didChange', (e) => {
      const uri = e.document.uri;
      index.set(uri, { compute: () => indexSymbols(parsedOf(e.document)) });
      scheduleAnalysis(uri);
    }),
  );

  documents.onDidClose(
    guardNotification('didClose', (e) => {
      const uri = e.document.uri;
      const st = states.get(uri);
      if (st) {
        st.generation++;
        st.timer?.cancel();
      }
      states.delete(uri);
      formatRefusals.delete(uri);
      publish(uri, undefined, []);
      // The index falls back to the file on disk, if it is in the workspace.
      index.delete(uri);
      if (isContractFile(uri) && env.readFile) background(`indexing ${uri} from disk`, () => indexFromDisk(uri));
    }),
  );

  // ---------------------------------------------------------------- workspace index

  /**
   * Indexes a contract that is not open from its file on disk. Never throws: a
   * file that cannot be read or indexed is logged and left out of the index,
   * so a scan goes on with the next file.
   */
  async function indexFromDisk(uri: string): Promise<void> {
    try {
      if (documents.get(uri)) return;
      const text = await env.readFile?.(uri);
      if (documents.get(uri)) return;
      if (text === undefined) {
        index.delete(uri);
        return;
      }
      // A large file is parsed only when a workspace symbol search needs it (large-documents.ts).
      index.set(uri, isLargeText(text) ? { compute: () => indexSymbols(parse(text)) } : { symbols: indexSymbols(parse(text)) });
    } catch (e) {
      if (!documents.get(uri)) index.delete(uri);
      logError(`indexing ${uri}`, e);
    }
  }

  /** Lists the contracts under some folders; a listing that fails is logged and yields none. */
  async function listContracts(folders: readonly string[]): Promise<string[]> {
    try {
      return (await env.listContractFiles?.(folders)) ?? [];
    } catch (e) {
      logError(`listing the contracts in ${folders.join(', ')}`, e);
      return [];
    }
  }

  async function scanWorkspace(): Promise<void> {
    if (!env.listContractFiles || !workspaceFolders.length) return;
    const uris = await listContracts(workspaceFolders);
    for (const uri of uris) {
      if (index.has(uri)) continue;
      await indexFromDisk(uri);
      await yieldToEventLoop();
    }
    log(`Clausewise indexed ${uris.length} contract file${uris.length === 1 ? '' : 's'} in the workspace.`);
  }

  /** Whether a URI lies inside a folder (given by its URI). */
  function isUnder(uri: string, folder: string): boolean {
    const prefix = folder.endsWith('/') ? folder : folder + '/';
    return uri.startsWith(prefix);
  }

  /**
   * Follows a change of the workspace folders: the contracts of added folders
   * are indexed, and those of removed folders are dropped unless they are open
   * in the editor or still lie inside a remaining folder.
   */
  async function changeWorkspaceFolders(added: readonly string[], removed: readonly string[]): Promise<void> {
    const gone = new Set(removed);
    workspaceFolders = workspaceFolders.filter((f) => !gone.has(f));
    for (const f of added) if (!workspaceFolders.includes(f)) workspaceFolders.push(f);
    for (const uri of [...index.keys()]) {
      if (documents.get(uri)) continue;
      if (removed.some((f) => isUnder(uri, f)) && !workspaceFolders.some((f) => isUnder(uri, f))) index.delete(uri);
    }
    if (!env.listContractFiles || !added.length) return;
    const uris = await listContracts(added);
    for (const uri of uris) {
      // A folder removed again while the scan ran is not indexed.
      if (index.has(uri) || !workspaceFolders.some((f) => isUnder(uri, f))) continue;
      await indexFromDisk(uri);
      await yieldToEventLoop();
    }
    log(`Clausewise indexed ${uris.length} contract file${uris.length === 1 ? '' : 's'} in the added workspace folder${added.length === 1 ? '' : 's'}.`);
  }

  function indexEntries(): [string, IndexedSymbol[]][] {
    const out: [string, IndexedSymbol[]][] = [];
    for (const [uri, entry] of index) {
      if (!entry.symbols && entry.compute) {
        const compute = entry.compute;
        entry.compute = undefined;
        // One document that cannot be indexed leaves the others' symbols alone.
        try {
          entry.symbols = compute();
        } catch (e) {
          entry.symbols = [];
          logError(`indexing ${uri}`, e);
        }
      }
      out.push([uri, entry.symbols ?? []]);
    }
    return out;
  }

  // ---------------------------------------------------------------- lifecycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    if (shutDown) throw refusedAfterShutdown();
    capabilities = params.capabilities ?? {};
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    globalSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ','], resolveProvider: false },
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
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'clausewise-language-server', version: VERSION },
    };
  });

  connection.onInitialized(
    guardNotification('initialized', async () => {
      // Subscribed first, so no folder change is lost; the notification comes only from a client that declared workspace folder support.
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guardNotification('didChangeWorkspaceFolders', (event: WorkspaceFoldersChangeEvent) =>
            changeWorkspaceFolders(
              event.added.map((f) => f.uri),
              event.removed.map((f) => f.uri),
            ),
          ),
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
      settingsCache.clear();
      clearConfigProblems();
      reanalyzeAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', async (params) => {
      let configChanged = false;
      for (const change of params.changes) {
        if (isConfigFile(change.uri)) configChanged = true;
        else if (isContractFile(change.uri) && !documents.get(change.uri)) {
          if (change.type === FileChangeType.Deleted) index.delete(change.uri);
          else await indexFromDisk(change.uri);
        }
      }
      if (configChanged) {
        fileConfigs.clear();
        clearConfigProblems();
        reanalyzeAll();
      }
    }),
  );

  connection.onShutdown(() => {
    // A second `shutdown` is a request after shutdown like any other.
    if (shutDown) throw refusedAfterShutdown();
    shutDown = true;
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
      const config = states.get(doc.uri)?.config ?? fileConfigFor(doc.uri).config;
      return getHover(parsed, offset, currentDiagnostics(doc) ?? [], config);
    }),
  );

  connection.onCompletion(
    guard('completion', [], (params) => {
      const doc = docAt(params.textDocument.uri);
      if (!doc) return [];
      const parsed = parsedOf(doc);
      const offset = parsed.lines.offset(params.position);
      const names = namesOf(doc).filter((n) => n.definition);
      const pick = (kind: NameOccurrence['kind']) => [...new Set(names.filter((n) => n.kind === kind).map((n) => n.name))];
      const config = states.get(doc.uri)?.config ?? fileConfigFor(doc.uri).config;
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
      for (const [uri, symbols] of indexEntries()) {
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

  /** The name occurrence under a position, with the document it is in. */
  function nameAt(uri: string, position: { line: number; character: number }) {
    const doc = docAt(uri);
    if (!doc) return undefined;
    const parsed = parsedOf(doc);
    const names = namesOf(doc);
    const occ = occurrenceAt(names, parsed.lines.offset(position));
    return occ ? { doc, parsed, names, occ } : undefined;
  }

  connection.onDocumentHighlight(
    guard('documentHighlight', [], (params) => {
      if (isLarge(docAt(params.textDocument.uri))) return [];
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) return [];
      return relatedOccurrences(at.names, at.occ).map((n) => ({
        range: at.parsed.lines.range(n.span),
        kind: n.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }),
  );

  connection.onDefinition(
    guard('definition', [] as Location[], (params) => {
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) return [];
      return relatedOccurrences(at.names, at.occ)
        .filter((n) => n.definition)
        .map((n) => ({ uri: at.doc.uri, range: at.parsed.lines.range(n.span) }));
    }),
  );

  connection.onReferences(
    guard('references', [] as Location[], (params) => {
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) return [];
      return relatedOccurrences(at.names, at.occ)
        .filter((n) => params.context.includeDeclaration || !n.definition)
        .map((n) => ({ uri: at.doc.uri, range: at.parsed.lines.range(n.span) }));
    }),
  );

  connection.onPrepareRename(
    guard('prepareRename', null, (params) => {
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) {
        throw new ResponseError(
          LSPErrorCodes.RequestFailed,
          'Only the name of a party, service, SLA or clause can be renamed here. Place the cursor on such a name, for example `acme` in `party provider acme "…"`.',
        );
      }
      return { range: at.parsed.lines.range(at.occ.span), placeholder: at.occ.name };
    }),
  );

  connection.onRenameRequest(
    guard('rename', null as WorkspaceEdit | null, (params) => {
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, 'Nothing to rename here: place the cursor on the name of a party, service, SLA or clause.');
      }
      const { occ } = at;
      const newName = params.newName.trim();
      const what = KIND_WORDS[occ.kind];
      if (!NAME_PATTERN.test(newName)) {
        throw new ResponseError(
          LSPErrorCodes.RequestFailed,
          `"${params.newName}" cannot be the name of a ${what}: a name starts with a letter or underscore and contains only letters, digits and underscores (for example \`${occ.name}_2\`).`,
        );
      }
      if (newName === occ.name) return { changes: {} };
      const clash = at.names.find((n) => n.contract === occ.contract && n.kind === occ.kind && n.definition && n.name === newName);
      if (clash) {
        const line = at.parsed.lines.line(clash.span.start) + 1;
        throw new ResponseError(
          LSPErrorCodes.RequestFailed,
          `This contract already has a ${what} named \`${newName}\` (line ${line}); names of ${what}s must be unique. Choose another name, or rename that ${what} first.`,
        );
      }
      const edits: LspTextEdit[] = relatedOccurrences(at.names, occ).map((n) => ({ range: at.parsed.lines.range(n.span), newText: newName }));
      return { changes: { [at.doc.uri]: edits } };
    }),
  );

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

  // Preview, obligations view, calendar export and inlay hints (custom-requests.ts).
  registerDocumentViews(connection, {
    documents,
    parsed: parsedOf,
    diagnostics: currentDiagnostics,
    logError,
    refusal,
    ...(env.readFile ? { readFile: (uri: string) => env.readFile!(uri) } : {}),
  });

  // The compare panel's semantic diff (diff-request.ts).
  registerDiffRequest(connection, { documents, configFor: async (uri) => (await configFor(uri)).config, logError, refusal });

  // Any other request: unknown before `shutdown` (MethodNotFound, as without this handler), refused after it.
  connection.onRequest((method: string) => refusal() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`));

  documents.listen(connection);
  connection.listen();
}
