/**
 * The web entry of the extension (VS Code for the Web and the web-worker
 * extension host): runs the same language server, bundled as
 * `dist/browser-server.js`, in a web worker.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { activateCommon, CLIENT_ID, CLIENT_NAME, type ClausewiseApi } from './common.js';
import { registerContractViews } from './preview.js';

/** Activates Clausewise in a web extension host. */
export function activate(context: vscode.ExtensionContext): Promise<ClausewiseApi> {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js');
  return activateCommon(context, (options: LanguageClientOptions) => {
    const worker = new Worker(serverUrl.toString(true));
    return { client: new LanguageClient(CLIENT_ID, CLIENT_NAME, options, worker), release: () => worker.terminate() };
  }).then((api) => registerContractViews(context, api));
}

/** Nothing to do: the client is stopped through the extension's subscriptions. */
export function deactivate(): void {}
