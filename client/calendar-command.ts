/**
 * "Clausewise: Export calendar (.ics)": writes the RFC 5545 calendar of the
 * dates the active contract creates (effective date, end of the initial term,
 * notice deadlines, renewals, reports and reviews), as the language server
 * computes it (`clausewise/calendar`). It asks where to save, proposing a
 * file next to the contract; when no save dialog can be shown (the extension
 * runs under automated tests, or the dialog fails), it writes that proposed file. A caller may also pass the
 * target file, which skips the dialog.
 */
import * as vscode from 'vscode';
import { CALENDAR_REQUEST, type CalendarResult, type DocumentParams } from '../server/protocol.js';
import type { ClientAccess } from './client-access.js';

/** The command id, as contributed in package.json. */
export const EXPORT_CALENDAR_COMMAND = 'clausewise.exportCalendar';

/** The proposed calendar file: the contract's name with `.ics` instead of `.contract`, in the same folder. */
export function calendarUriFor(contract: vscode.Uri): vscode.Uri {
  const name = contract.path.split('/').pop() || 'contract';
  const base = name.replace(/\.contract$/i, '') || 'contract';
  return vscode.Uri.joinPath(contract, '..', `${base}.ics`);
}

/** Asks where to save; the proposed file when no dialog can be shown; undefined when the reader cancels. */
async function chooseTarget(proposed: vscode.Uri, dialogs: boolean, log: (message: string) => void): Promise<vscode.Uri | undefined> {
  if (!dialogs) return proposed;
  try {
    return await vscode.window.showSaveDialog({
      defaultUri: proposed,
      filters: { 'iCalendar files': ['ics'] },
      title: 'Export the contract dates as a calendar',
      saveLabel: 'Export calendar',
    });
  } catch (e) {
    log(`No save dialog could be shown (${e instanceof Error ? e.message : String(e)}); writing the calendar next to the contract.`);
    return proposed;
  }
}

/**
 * Exports the calendar of a contract (the active editor's by default) and
 * returns the file written, or undefined when nothing was written.
 */
export async function exportCalendar(
  client: ClientAccess,
  log: (message: string) => void,
  options: { source?: vscode.Uri; target?: vscode.Uri; dialogs?: boolean } = {},
): Promise<vscode.Uri | undefined> {
  const { source, target, dialogs = true } = options;
  const uri = source ?? vscode.window.activeTextEditor?.document.uri;
  const document = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
  if (!uri || !document || document.languageId !== 'contract') {
    void vscode.window.showInformationMessage('Clausewise: open a .contract file in the editor first; the calendar is made from the contract in the active editor.');
    return undefined;
  }
  const fileName = uri.path.split('/').pop() || 'contract';
  let result: CalendarResult;
  try {
    const params: DocumentParams = { uri: uri.toString(), fileName };
    result = await client().sendRequest<CalendarResult>(CALENDAR_REQUEST, params);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    log(`The calendar of ${fileName} could not be made: ${reason}`);
    void vscode.window.showErrorMessage(`Clausewise could not make the calendar of ${fileName} because the language server did not answer (${reason}). Run "Clausewise: Restart language server" and try again.`);
    return undefined;
  }
  if (result.events === 0) {
    void vscode.window.showWarningMessage(
      `${fileName} creates no calendar dates yet, so no calendar was written. Add \`effective YYYY-MM-DD\` to the contract and a \`term\` block with \`initial\` (and \`renewal\` or \`reporting\` for more dates), then export again.`,
    );
    return undefined;
  }
  const proposed = uri.scheme === 'untitled' ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? uri, 'contract.ics') : calendarUriFor(uri);
  const destination = target ?? (await chooseTarget(proposed, dialogs, log));
  if (!destination) return undefined;
  try {
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.ics));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`Clausewise could not write the calendar to ${destination.fsPath || destination.toString()}: ${reason}. Choose another folder and export again.`);
    return undefined;
  }
  const n = result.events;
  log(`Wrote ${n} calendar event${n === 1 ? '' : 's'} of ${fileName} to ${destination.toString()}.`);
  void vscode.window.showInformationMessage(
    `Saved ${n} date${n === 1 ? '' : 's'} from ${fileName} to ${destination.path.split('/').pop()}. Import that file into your calendar application to be reminded of them.`,
  );
  return destination;
}

/** Registers the export command. Arguments (both optional): the contract's URI, and the file to write without asking. */
export function registerCalendarCommand(context: vscode.ExtensionContext, client: ClientAccess, log: (message: string) => void): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_CALENDAR_COMMAND, (source?: unknown, target?: unknown) =>
      exportCalendar(client, log, {
        ...(source instanceof vscode.Uri ? { source } : {}),
        ...(target instanceof vscode.Uri ? { target } : {}),
        // Tests cannot answer a dialog: the calendar goes next to the contract.
        dialogs: context.extensionMode !== vscode.ExtensionMode.Test,
      }),
    ),
  );
}
