/**
 * Helpers for the end-to-end suite that runs inside a real VS Code extension
 * host (Node or web worker). Everything waits by polling a condition; nothing
 * sleeps for a fixed time to wait for a result.
 */
import * as vscode from 'vscode';

/** The extension's id (publisher.name in package.json). */
export const EXTENSION_ID = 'clausewise.clausewise';

/** Where the suite runs: the Node extension host or the web-worker one. */
export type HostKind = 'node' | 'web';

/** Resolves after `ms` milliseconds; only used between polls. */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it returns something other than undefined/false, or
 * throws after `timeoutMs` with `what` and the last value seen.
 */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await pause(50);
  }
}

/** The single workspace folder the runner opened. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The end-to-end suite needs a workspace folder; open the runner-prepared folder.');
  return folder.uri;
}

/** A file of the workspace folder. */
export function workspaceFile(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...parts);
}

/** Reads a workspace file as UTF-8 (through VS Code, so it works in the web host too). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Writes a workspace file as UTF-8. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Activates (or waits for) the extension and returns it. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`Extension ${EXTENSION_ID} is not installed in this window.`);
  await waitFor('the extension to activate', () => ext.isActive, 30_000);
  return ext;
}

/** Opens a workspace file in an editor. */
export async function open(...parts: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(...parts));
  return vscode.window.showTextDocument(doc);
}

/** A diagnostic as `clausewise lint --format json` prints it. */
export interface PlainDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message?: string;
}

const SEVERITY: Record<number, PlainDiagnostic['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'info',
};

/** The Clausewise diagnostics of a document, as plain data sorted by position then code. */
export function plainDiagnostics(uri: vscode.Uri, withMessage = false): PlainDiagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'clausewise')
    .map((d) => ({
      code: String(typeof d.code === 'object' ? d.code.value : d.code),
      severity: SEVERITY[d.severity]!,
      range: {
        start: { line: d.range.start.line, character: d.range.start.character },
        end: { line: d.range.end.line, character: d.range.end.character },
      },
      ...(withMessage ? { message: d.message } : {}),
    }))
    .sort(compareDiagnostics);
}

/** Orders plain diagnostics by start position, then end, then code. */
export function compareDiagnostics(a: PlainDiagnostic, b: PlainDiagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** The expected lint output the runner computed with `node dist/cli.js lint --format json`. */
export async function expectedLint(): Promise<Map<string, PlainDiagnostic[]>> {
  const raw = JSON.parse(await readText(workspaceFile('.e2e', 'expected-lint.json'))) as { file: string; diagnostics: PlainDiagnostic[] }[];
  const out = new Map<string, PlainDiagnostic[]>();
  for (const entry of raw) {
    const name = entry.file.replace(/^.*[\\/]/, '');
    out.set(
      name,
      entry.diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range })).sort(compareDiagnostics),
    );
  }
  return out;
}

/** The text of a hover result, all parts joined. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Waits until the hover providers answer at `at` with some text (named `what` in the timeout error), and returns it. */
export function waitForHover(doc: vscode.TextDocument, at: vscode.Position, what: string): Promise<string> {
  return waitFor(what, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const t = hoverText(hovers ?? []);
    return t.length > 0 ? t : undefined;
  });
}

/** The position of the first occurrence of `needle` in a document (plus `delta` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" does not occur in ${doc.uri.toString()}`);
  return doc.positionAt(offset + delta);
}

/** Closes every editor without saving (reverting changes first). */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
