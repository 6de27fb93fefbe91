/**
 * The desktop entry of the extension: starts the bundled language server
 * (`dist/server.js`) as a Node process over IPC.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { activateCommon, CLIENT_ID, CLIENT_NAME, type ClausewiseApi } from './common.js';
import { registerExportWordCommand } from './export-word.js';
import { registerCompare } from './compare.js';
import { registerContractViews } from './preview.js';
import { registerTasks } from './tasks.js';
import { newFolderContractsWatcher } from './new-folder-watcher.js';

/** Activates Clausewise on desktop VS Code and on a VS Code server. */
export function activate(context: vscode.ExtensionContext): Promise<ClausewiseApi> {
  registerTasks(context);
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // The server re-reads clausewise.json and re-indexes contracts when they change.
  // The contracts of a new folder are reported by a watcher of their own (new-folder-watcher.ts): the file watcher misses them on Linux.
  let log: (message: string) => void = () => undefined;
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.contract'),
    vscode.workspace.createFileSystemWatcher('**/clausewise.json'),
    newFolderContractsWatcher((message) => log(message)),
  ];
  return activateCommon(
    context,
    (options: LanguageClientOptions) => ({ client: new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options) }),
    watchers,
  ).then((api) => {
    log = (message) => api.outputChannel.appendLine(message);
    // Desktop only: the Word writer runs in the Node server (the web server has none).
    registerExportWordCommand(context, () => api.client(), (message) => api.outputChannel.appendLine(message));
    // Compare with… (git HEAD, another file, a saved version): the text diff and the semantic diff side by side.
    registerCompare(context, () => api.client());
    return registerContractViews(context, api);
  });
}

/** Nothing to do: the client is stopped through the extension's subscriptions. */
export function deactivate(): void {}
