/**
 * What the desktop (Node) and the web entry of the extension share: the
 * client options, the commands, the language status item and the output channel.
 * Each entry only knows how to start its own kind of language server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, ClientCapabilities, FeatureState, LanguageClientOptions, StaticFeature } from 'vscode-languageclient';
import { docsUrl } from '../server/core/types.js';
import { answerConfigurationItem } from './settings.js';
import { ContractLanguageStatus } from './language-status.js';
import { quietRequestedStop } from './quiet-stop.js';
import type { StatusView } from './status-text.js';
import { templateTitle, TEMPLATES } from './templates.js';

/** The language id of `.contract` files. */
export const LANGUAGE_ID = 'contract';
/** The client id; vscode-languageclient reads `<id>.trace.server` for tracing. */
export const CLIENT_ID = 'clausewise';
/** The client's display name, also the name of the output channel. */
export const CLIENT_NAME = 'Clausewise';

/** Command ids, as contributed in package.json. */
export const COMMANDS = {
  newContract: 'clausewise.newContract',
  restartServer: 'clausewise.restartServer',
  openRuleDocumentation: 'clausewise.openRuleDocumentation',
  showOutput: 'clausewise.showOutput',
  /** Internal: run by quick fixes that choose a value (see server/lsp/code-actions.ts, SNIPPET_FIX_COMMAND). */
  applySnippetFix: 'clausewise.applySnippetFix',
} as const;

/** What the server sends with a snippet quick fix: the snippet replaces `range` of version `version` of `uri`. */
interface SnippetFixArguments {
  uri: string;
  version: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  snippet: string;
}

function isPosition(p: unknown): p is { line: number; character: number } {
  const x = p as { line?: unknown; character?: unknown } | null;
  return typeof x === 'object' && x !== null && Number.isInteger(x.line) && Number.isInteger(x.character);
}

function isSnippetFixArguments(a: unknown): a is SnippetFixArguments {
  const x = a as Partial<SnippetFixArguments> | null;
  return (
    typeof x === 'object' && x !== null && typeof x.uri === 'string' && typeof x.version === 'number' && typeof x.snippet === 'string' &&
    typeof x.range === 'object' && x.range !== null && isPosition(x.range.start) && isPosition(x.range.end)
  );
}

/**
 * Applies a quick fix that chooses values as a snippet: the editor of the
 * document inserts it, the first chosen value is selected, and Tab moves
 * through the others in reading order. Refuses (with a message) when the
 * document changed since the fix was computed.
 */
async function applySnippetFix(args: unknown): Promise<boolean> {
  if (!isSnippetFixArguments(args)) return false;
  const target = args.uri;
  const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target);
  const document = open?.document ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(target)));
  if (document.version !== args.version) {
    void vscode.window.showWarningMessage('The contract changed after this quick fix was computed, so it was not applied: open the quick fixes again.');
    return false;
  }
  // Focus the editor so that Tab moves between the placeholders.
  const editor = await vscode.window.showTextDocument(document, { viewColumn: open?.viewColumn, preserveFocus: false });
  const { start, end } = args.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  // The server indented every line of the snippet already.
  return editor.insertSnippet(new vscode.SnippetString(args.snippet), range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
}

/**
 * Tells the server, in `experimental.clausewise`, that this client runs the
 * snippet fix command and wants to know the configuration of each document
 * (`clausewise/configStatus`, for the language status item).
 */
const clausewiseFeature: StaticFeature = {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const experimental = (capabilities.experimental ??= {}) as Record<string, unknown>;
    experimental['clausewise'] = { ...(experimental['clausewise'] as object | undefined), snippetFixCommand: true, configStatus: true };
  },
  initialize(): void {},
  getState(): FeatureState {
    return { kind: 'static' };
  },
  clear(): void {},
};

/** What `activate` returns, so that tests and other extensions can inspect the client. */
export interface ClausewiseApi {
  /** The running language client. */
  client(): BaseLanguageClient;
  /** The output channel the client and server log to. */
  outputChannel: vscode.OutputChannel;
  /** What the language status item shows now. */
  languageStatus(): StatusView;
  /** The lines logged to the output channel at error level since activation (the last 100). */
  loggedErrors(): readonly string[];
}

/**
 * The output channel, keeping the lines logged at error level (vscode-languageclient
 * writes them as `[Error - time] …`, the server's console.error as `[Error …]`).
 */
function recordingChannel(channel: vscode.OutputChannel, errors: string[]): vscode.OutputChannel {
  const keep = (text: string) => {
    if (!/^\[Error\b/m.test(text)) return;
    errors.push(text);
    if (errors.length > 100) errors.shift();
  };
  return new Proxy(channel, {
    get(target, prop, receiver) {
      if (prop === 'append' || prop === 'appendLine') {
        return (text: string) => {
          keep(text);
          target[prop](text);
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}


/** Options for the language client, the same on desktop and web. */
export function clientOptions(outputChannel: vscode.OutputChannel, fileEvents: vscode.FileSystemWatcher[]): LanguageClientOptions {
  return {
    // Any scheme: files, untitled documents and virtual workspaces alike.
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel,
    traceOutputChannel: outputChannel,
    synchronize: { fileEvents },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answers = params.items.map((item) => answerConfigurationItem(item.section, item.scopeUri));
          if (answers.every((a) => a !== undefined)) return answers;
          const fromNext = await next(params, token);
          if (!Array.isArray(fromNext)) return fromNext;
          return answers.map((a, i) => (a === undefined ? fromNext[i] : a));
        },
      },
    },
  };
}

/** A file name from a contract title: characters no file system takes become spaces. */
export function contractFileName(title: string, n = 1): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim() || 'Contract';
  return `${base}${n === 1 ? '' : ` ${n}`}.contract`;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens an empty document for a new contract, named after it. In a workspace
 * folder on disk (or on a VS Code server) it is an untitled document with the
 * path `<folder>/<title>.contract` (a number added when that file exists or is
 * open): the tab shows that name and Save writes that file. Elsewhere it is a
 * plain untitled document, which VS Code names after its first line, the
 * `contract "…"` line.
 */
async function openNewContractDocument(title: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file' || f.uri.scheme === 'vscode-remote');
  if (folder) {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (let n = 1; n < 100; n++) {
      const target = vscode.Uri.joinPath(folder.uri, contractFileName(title, n));
      const untitled = target.with({ scheme: 'untitled' });
      if (open.has(untitled.toString()) || open.has(target.toString()) || (await exists(target))) continue;
      try {
        const document = await vscode.workspace.openTextDocument(untitled);
        return document.languageId === LANGUAGE_ID ? document : await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
      } catch {
        break; // A host that refuses untitled documents with a path: fall back to a plain one.
      }
    }
  }
  return vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
}

/** Opens a new contract named after the chosen template's title and expands the template in it. */
async function newContract(): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    TEMPLATES.map((t) => ({ label: t.label, detail: t.detail, template: t })),
    { title: 'New contract from template', placeHolder: 'Choose what kind of agreement to start from' },
  );
  if (!picked) return;
  const document = await openNewContractDocument(templateTitle(picked.template));
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(picked.template.snippet), new vscode.Position(0, 0));
}

/** The codes whose documentation ships with the extension (docs/rules/<code>.md). */
async function bundledRuleCodes(extensionUri: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extensionUri, 'docs', 'rules'));
    return entries
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md') && name !== 'README.md')
      .map(([name]) => name.slice(0, -3))
      .sort();
  } catch {
    return [];
  }
}

/** The Clausewise codes of the diagnostics under the cursor of the active editor. */
function codesAtCursor(): string[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  const codes = new Set<string>();
  for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
    if (d.source !== CLIENT_ID || !d.range.contains(editor.selection.active)) continue;
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    if (code !== undefined) codes.add(String(code));
  }
  return [...codes];
}

/**
 * Opens the documentation of a rule: the page shipped with the extension in
 * the Markdown preview when there is one (it works offline and on the web),
 * otherwise the page on the project's site.
 */
async function openRuleDocumentation(extensionUri: vscode.Uri, code?: unknown): Promise<void> {
  let chosen = typeof code === 'string' && /^[a-z0-9-]+$/.test(code) ? code : undefined;
  if (!chosen) {
    const here = codesAtCursor();
    if (here.length === 1) chosen = here[0];
    else {
      const all = [...new Set([...here, ...(await bundledRuleCodes(extensionUri))])];
      if (all.length === 0) {
        void vscode.window.showInformationMessage(
          'Clausewise: there is no problem under the cursor. Put the cursor on an underlined word, or run the command from a problem\'s quick-fix menu.',
        );
        return;
      }
      const picked = await vscode.window.showQuickPick(
        all.map((c) => ({ label: c, description: here.includes(c) ? 'under the cursor' : undefined })),
        { title: 'Open rule documentation', placeHolder: 'Which check do you want explained?' },
      );
      chosen = picked?.label;
    }
  }
  if (!chosen) return;
  const local = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${chosen}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreview', local);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(docsUrl(chosen)));
  }
}

/** A started or startable client, plus how to release what it runs in. */
export interface ClientHandle {
  client: BaseLanguageClient;
  /** Releases the server's process or worker after the client has stopped. */
  release?: () => void;
}

/**
 * Activates the extension: creates and starts the client made by
 * `createClient`, and registers the commands and the language status item.
 * Restarting replaces the client with a fresh one (a new server process or
 * worker), because a stopped web-worker server cannot be started again.
 */
export async function activateCommon(
  context: vscode.ExtensionContext,
  createClient: (options: LanguageClientOptions) => ClientHandle,
  fileEvents: vscode.FileSystemWatcher[] = [],
): Promise<ClausewiseApi> {
  const errors: string[] = [];
  const channel = vscode.window.createOutputChannel(CLIENT_NAME);
  context.subscriptions.push(channel, ...fileEvents);
  const outputChannel = recordingChannel(channel, errors);
  const options = clientOptions(outputChannel, fileEvents);
  const status = new ContractLanguageStatus(LANGUAGE_ID, COMMANDS.restartServer);
  context.subscriptions.push(status);
  /** The clients stopped on request (a restart, the extension's end); none of them is started again. */
  const stoppedOnRequest = new WeakSet<BaseLanguageClient>();
  const create = (): ClientHandle => {
    const made = createClient(options);
    made.client.registerFeature(clausewiseFeature);
    quietRequestedStop(made.client, () => stoppedOnRequest.has(made.client));
    status.attach(made.client);
    return made;
  };
  let handle = create();

  const start = async (): Promise<void> => {
    try {
      await handle.client.start();
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      status.setState('stopped');
      outputChannel.appendLine(`The language server did not start: ${reason}`);
      void vscode.window
        .showErrorMessage(
          `Clausewise could not start its language server (${reason}), so contracts are not checked. Run "Clausewise: Restart language server", or see the Clausewise output for details.`,
          'Show output',
        )
        .then((choice) => choice && outputChannel.show());
    }
  };
  const stop = async (): Promise<void> => {
    const old = handle;
    stoppedOnRequest.add(old.client);
    try {
      await old.client.dispose(5000);
    } catch (e) {
      outputChannel.appendLine(`The language server did not stop cleanly: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      old.release?.();
    }
  };
  context.subscriptions.push({ dispose: () => void stop() });

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.newContract, newContract),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      outputChannel.appendLine('Restarting the Clausewise language server on request.');
      await stop();
      handle = create();
      await start();
      void vscode.window.setStatusBarMessage('$(check) Clausewise language server restarted', 3000);
    }),
    vscode.commands.registerCommand(COMMANDS.openRuleDocumentation, (code?: unknown) => openRuleDocumentation(context.extensionUri, code)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => outputChannel.show(true)),
    vscode.commands.registerCommand(COMMANDS.applySnippetFix, applySnippetFix),
  );

  outputChannel.appendLine(
    `Clausewise ${String(context.extension.packageJSON.version)} starting (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, VS Code ${vscode.version}).`,
  );
  await start();
  return { client: () => handle.client, outputChannel, languageStatus: () => status.view, loggedErrors: () => [...errors] };
}
