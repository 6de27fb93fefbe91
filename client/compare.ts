/**
 * "Clausewise: Compare with…" (issue 13 item 4): compares the contract in the
 * editor with its last commit (git HEAD), another contract file, or a saved
 * version, and shows two things side by side: VS Code's text diff
 * (`vscode.diff`) and a panel with the semantic diff (buckets, whom each
 * change favours, the numbers it moves, the problems that appeared or
 * disappeared); a click on a change reveals its line in the editor.
 *
 * The language server computes the diff (`clausewise/semanticDiff`, see
 * server/lsp/diff-request.ts), with the document's clausewise.json, so the
 * perspective is the same as on the command line. Git is read with `git show
 * HEAD:./FILE` in the file's folder, so this module belongs to the Node
 * (desktop and VS Code server) extension only; the web extension does not
 * register the command (package.json hides it there). The panel follows
 * edits of the new version.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../server/diff-protocol.js';
import { comparePageHtml, type FromComparePage } from './compare-page.js';
import { Debouncer } from './debounce.js';
import { registerTestCommand } from './test-mode.js';

/** The command ids. */
export const COMPARE_COMMANDS = {
  compareWith: 'clausewise.compareWith',
  /** Test only: what the compare panel last showed. */
  compareState: 'clausewise.test.compareState',
} as const;

/** The URI scheme of the old versions shown in the text diff. */
export const COMPARE_SCHEME = 'clausewise-compare';
const VIEW_TYPE = 'clausewise.compare';

/** What to compare with: the last commit, the file on disk, the version before the last save, or a file. */
export type CompareTarget = 'head' | 'saved' | 'previous' | { file: string };

/** What the panel showed, for the end-to-end test. */
export interface CompareState {
  uri: string;
  result?: CompareResult;
  /** The page's text, as it reported it. */
  shown?: string;
  reveals: number[];
}

function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads a file at git HEAD; rejects with a one-line reason. */
export function gitHeadText(fsPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-c', 'core.fsmonitor=false', 'show', `HEAD:./${path.basename(fsPath)}`], { cwd: path.dirname(fsPath), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout.replace(/^\uFEFF/, ''));
      const code = (error as NodeJS.ErrnoException).code;
      const detail = code === 'ENOENT' ? 'git is not installed or not on the PATH' : (String(stderr).split('\n').map((l) => l.replace(/^(fatal|error): /, '').trim()).find((l) => l) ?? error.message);
      reject(new Error(detail));
    });
  });
}

class ComparePanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly nonce = makeNonce();
  private readonly updates = new Debouncer(300);
  private readonly disposables: vscode.Disposable[] = [];
  state: CompareState;
  private disposed = false;

  constructor(
    private readonly client: () => BaseLanguageClient,
    readonly document: vscode.TextDocument,
    private readonly oldText: string,
    private readonly oldName: string,
    private readonly oldUri: vscode.Uri,
    private readonly onDispose: () => void,
  ) {
    this.state = { uri: document.uri.toString(), reveals: [] };
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, `Changes: ${path.basename(document.uri.path)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableForms: false,
      localResourceRoots: [],
      enableFindWidget: true,
    });
    this.panel.webview.onDidReceiveMessage((m: FromComparePage) => this.received(m), undefined, this.disposables);
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    vscode.workspace.onDidChangeTextDocument((e) => e.document === this.document && this.updates.schedule(() => void this.update()), undefined, this.disposables);
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Asks the server for the diff and shows it. */
  async update(): Promise<void> {
    const params: CompareParams = { uri: this.document.uri.toString(), oldText: this.oldText, newText: this.document.getText(), oldName: this.oldName, newName: path.basename(this.document.uri.path) };
    const result = await this.client().sendRequest<CompareResult>(COMPARE_REQUEST, params);
    if (this.disposed) return;
    this.state = { ...this.state, result, shown: undefined };
    this.panel.webview.html = comparePageHtml(result, this.nonce, this.panel.webview.cspSource);
  }

  private async received(m: FromComparePage): Promise<void> {
    if (m?.type === 'shown' && typeof m.text === 'string') this.state.shown = m.text;
    else if (m?.type === 'reveal' && Number.isInteger(m.line)) {
      this.state.reveals.push(m.line);
      const uri = m.side === 'old' ? this.oldUri : this.document.uri;
      const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      const doc = open?.document ?? (await vscode.workspace.openTextDocument(uri));
      const line = Math.min(m.line, doc.lineCount - 1);
      const range = doc.lineAt(line).range;
      await vscode.window.showTextDocument(doc, { viewColumn: open?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.updates.cancel();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

/** Registers "Clausewise: Compare with…", its text-diff content provider and the test command. */
export function registerCompare(context: vscode.ExtensionContext, client: () => BaseLanguageClient): void {
  const oldTexts = new Map<string, string>();
  /** The text each contract had on disk before its last save in this session. */
  const previousSaved = new Map<string, string>();
  const panels = new Map<string, ComparePanel>();
  let sequence = 0;

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(COMPARE_SCHEME, { provideTextDocumentContent: (uri) => oldTexts.get(uri.query) ?? '' }),
    vscode.workspace.onWillSaveTextDocument((e) => {
      if (e.document.languageId !== 'contract' || e.document.uri.scheme !== 'file') return;
      const key = e.document.uri.toString();
      e.waitUntil(
        Promise.resolve(vscode.workspace.fs.readFile(e.document.uri)).then(
          (bytes) => void previousSaved.set(key, new TextDecoder().decode(bytes)),
          () => undefined,
        ).then(() => []),
      );
    }),
    { dispose: () => [...panels.values()].forEach((p) => p.dispose()) },
  );

  const pickTarget = async (document: vscode.TextDocument): Promise<CompareTarget | undefined> => {
    const items: (vscode.QuickPickItem & { target: CompareTarget | 'file' })[] = [];
    if (document.uri.scheme === 'file') items.push({ label: '$(git-commit) Last commit (HEAD)', description: 'git', target: 'head' });
    items.push({ label: '$(file) Another contract file…', target: 'file' });
    if (document.isDirty) items.push({ label: '$(save) Saved version on disk', description: 'the unsaved changes', target: 'saved' });
    if (previousSaved.has(document.uri.toString())) items.push({ label: '$(history) Version before the last save', target: 'previous' });
    const picked = await vscode.window.showQuickPick(items, { title: 'Compare the contract with…', placeHolder: 'The older version' });
    if (!picked) return undefined;
    if (picked.target !== 'file') return picked.target;
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Contracts: ['contract'] }, openLabel: 'Compare with' });
    return files?.[0] ? { file: files[0].toString() } : undefined;
  };

  const compareWith = async (uriArg?: unknown, targetArg?: unknown): Promise<CompareState | undefined> => {
    const uri = uriArg instanceof vscode.Uri ? uriArg : typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showWarningMessage('Open a contract to compare it with another version.');
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const target = (targetArg as CompareTarget | undefined) ?? (await pickTarget(document));
    if (!target) return undefined;
    let oldText: string;
    let oldName: string;
    try {
      if (target === 'head') {
        if (document.uri.scheme !== 'file') throw new Error('only a file on disk has a git history');
        oldText = await gitHeadText(document.uri.fsPath);
        oldName = 'HEAD';
      } else if (target === 'saved') {
        oldText = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
        oldName = 'saved';
      } else if (target === 'previous') {
        const previous = previousSaved.get(document.uri.toString());
        if (previous === undefined) throw new Error('it has not been saved in this session');
        oldText = previous;
        oldName = 'before the last save';
      } else {
        const other = vscode.Uri.parse(target.file);
        oldText = new TextDecoder().decode(await vscode.workspace.fs.readFile(other));
        oldName = path.basename(other.path);
      }
    } catch (e) {
      void vscode.window.showErrorMessage(`Clausewise cannot compare ${path.basename(document.uri.path)}: ${(e as Error).message}.`);
      return undefined;
    }
    const id = String(++sequence);
    oldTexts.set(id, oldText.replace(/^\uFEFF/, ''));
    const oldUri = vscode.Uri.from({ scheme: COMPARE_SCHEME, path: `/${oldName}/${path.basename(document.uri.path)}`, query: id });
    const name = path.basename(document.uri.path);
    await vscode.commands.executeCommand('vscode.diff', oldUri, document.uri, `${name} (${oldName}) ↔ ${name}`, { preview: false });
    const key = document.uri.toString();
    panels.get(key)?.dispose();
    const panel = new ComparePanel(client, document, oldTexts.get(id)!, oldName, oldUri, () => {
      if (panels.get(key) === panel) panels.delete(key);
      oldTexts.delete(id);
    });
    panels.set(key, panel);
    try {
      await panel.update();
    } catch (e) {
      void vscode.window.showErrorMessage(`Clausewise could not compare ${name}: ${(e as Error).message}`);
    }
    return panel.state;
  };

  context.subscriptions.push(vscode.commands.registerCommand(COMPARE_COMMANDS.compareWith, compareWith));
  registerTestCommand(context, COMPARE_COMMANDS.compareState, (uri?: unknown) => {
    const key = typeof uri === 'string' ? uri : vscode.window.activeTextEditor?.document.uri.toString() ?? '';
    return panels.get(key)?.state;
  });
}
