/**
 * "Clausewise: Export as Word document": writes the signing copy of a
 * contract as a .docx (numbered sections, the parties, a signature block for
 * every party), made by the language server (`clausewise/docx`, docx.ts), as
 * the preview's HTML is. Run from the preview's title bar it exports the
 * previewed contract; from an editor, the explorer or the palette, that
 * contract. It asks where to save, proposing a file next to the contract;
 * when no save dialog can be shown (under automated tests, or the dialog
 * fails) it writes that proposed file. A caller may pass the target file,
 * which skips the dialog. The file is written through `workspace.fs`. Desktop
 * only: the web server has no Word writer, and the command is hidden there.
 */
import * as vscode from 'vscode';
import { DOCX_REQUEST, type DocxParams, type DocxResult } from '../server/protocol.js';
import type { ClientAccess } from './client-access.js';
import { focusedPreviewDocument } from './preview.js';

/** The command id, as contributed in package.json. */
export const EXPORT_WORD_COMMAND = 'clausewise.exportWord';

/** The proposed file: the contract's name with `.docx` instead of `.contract`, in the same folder. */
export function wordUriFor(contract: vscode.Uri): vscode.Uri {
  const name = contract.path.split('/').pop() || 'contract';
  const base = name.replace(/\.contract$/i, '') || 'contract';
  return vscode.Uri.joinPath(contract, '..', `${base}.docx`);
}

/** Decodes base64 without Node's Buffer (the extension host may be a web worker). */
function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Asks where to save; the proposed file when no dialog can be shown; undefined when the reader cancels. */
async function chooseTarget(proposed: vscode.Uri, dialogs: boolean, log: (message: string) => void): Promise<vscode.Uri | undefined> {
  if (!dialogs) return proposed;
  try {
    return await vscode.window.showSaveDialog({
      defaultUri: proposed,
      filters: { 'Word documents': ['docx'] },
      title: 'Export the contract as a Word document',
      saveLabel: 'Export',
    });
  } catch (e) {
    log(`No save dialog could be shown (${e instanceof Error ? e.message : String(e)}); writing the Word document next to the contract.`);
    return proposed;
  }
}

/** The contract to export: the one given, else the focused preview's, else the active editor's. */
function sourceOf(given: vscode.Uri | undefined): vscode.Uri | undefined {
  if (given) return given;
  const previewed = focusedPreviewDocument();
  if (previewed) return previewed;
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'contract' ? editor.document.uri : undefined;
}

/** Exports the signing copy of a contract as a .docx and returns the file written, or undefined when nothing was written. */
export async function exportWord(
  client: ClientAccess,
  log: (message: string) => void,
  options: { source?: vscode.Uri; target?: vscode.Uri; dialogs?: boolean } = {},
): Promise<vscode.Uri | undefined> {
  const { target, dialogs = true } = options;
  const uri = sourceOf(options.source);
  let document: vscode.TextDocument | undefined;
  try {
    document = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
  } catch {
    document = undefined;
  }
  if (!uri || !document || document.languageId !== 'contract') {
    void vscode.window.showInformationMessage('Clausewise: open a .contract file or its preview first; the Word document is made from that contract.');
    return undefined;
  }
  const fileName = uri.path.split('/').pop() || 'contract';
  let result: DocxResult;
  try {
    // A4, as `clausewise render --format docx` without --paper.
    const params: DocxParams = { uri: uri.toString(), fileName, paper: 'a4' };
    result = await client().sendRequest<DocxResult>(DOCX_REQUEST, params);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    log(`The Word document of ${fileName} could not be made: ${reason}`);
    void vscode.window.showErrorMessage(`Clausewise could not make the Word document of ${fileName} (${reason}). Run "Clausewise: Restart language server" and try again.`);
    return undefined;
  }
  const proposed = uri.scheme === 'untitled' ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? uri, 'contract.docx') : wordUriFor(uri);
  const destination = target ?? (await chooseTarget(proposed, dialogs, log));
  if (!destination) return undefined;
  try {
    await vscode.workspace.fs.writeFile(destination, fromBase64(result.base64));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`Clausewise could not write the Word document to ${destination.fsPath || destination.toString()}: ${reason}. Choose another folder and export again.`);
    return undefined;
  }
  const saved = destination.path.split('/').pop();
  log(`Wrote the signing copy of ${fileName} as a Word document to ${destination.toString()}.`);
  if (result.errors > 0) {
    const n = result.errors;
    void vscode.window.showWarningMessage(
      `Saved ${saved}, but ${fileName} has ${n} error${n === 1 ? '' : 's'}: the document opens with a list of them and is not ready to sign. Correct them in the contract and export again.`,
    );
  } else {
    void vscode.window.showInformationMessage(`Saved the signing copy of ${fileName} as ${saved}.`);
  }
  return destination;
}

/** Registers the export command. Arguments (both optional): the contract's URI, and the file to write without asking. */
export function registerExportWordCommand(context: vscode.ExtensionContext, client: ClientAccess, log: (message: string) => void): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_WORD_COMMAND, (source?: unknown, target?: unknown) =>
      exportWord(client, log, {
        ...(source instanceof vscode.Uri ? { source } : {}),
        ...(target instanceof vscode.Uri ? { target } : {}),
        // Tests cannot answer a dialog: the document goes next to the contract.
        dialogs: context.extensionMode !== vscode.ExtensionMode.Test,
      }),
    ),
  );
}
