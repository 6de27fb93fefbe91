/**
 * The web entry of the extension (VS Code for the Web and the web-worker
 * extension host): runs the same language server, bundled as
 * `dist/browser-server.js`, in a web worker.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { activateCommon, CLIENT_ID, CLIENT_NAME, type ClausewiseApi } from './common.js';
import { registerContractViews } from './preview.js';

/**
 * The URL to start the server worker from. The web extension host refuses to
 * start workers from `vscode-remote:` URLs (an extension served by a VS Code
 * server to the browser), so there the script is read through the file system
 * API and started from a blob URL of the same origin.
 */
async function serverWorkerUrl(context: vscode.ExtensionContext): Promise<string> {
  const uri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js');
  if (uri.scheme !== 'vscode-remote') return uri.toString(true);
  const bytes = await vscode.workspace.fs.readFile(uri);
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/javascript' }));
}

/** Activates Clausewise in a web extension host. */
export async function activate(context: vscode.ExtensionContext): Promise<ClausewiseApi> {
  const serverUrl = await serverWorkerUrl(context);
  return activateCommon(context, (options: LanguageClientOptions) => {
    const worker = new Worker(serverUrl);
    return { client: new LanguageClient(CLIENT_ID, CLIENT_NAME, options, worker), release: () => worker.terminate() };
  }).then((api) => registerContractViews(context, api));
}

/** Nothing to do: the client is stopped through the extension's subscriptions. */
export function deactivate(): void {}
