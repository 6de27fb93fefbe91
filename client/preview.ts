/**
 * The live preview: "Clausewise: Open preview to the side" shows the contract
 * as the document people sign, in a webview beside the editor. The language
 * server renders it (`clausewise/render`), so the desktop and the web
 * extension share one renderer and the client stays free of Node-only code.
 *
 * The page is loaded once; later renders are sent as messages and swapped in
 * by the page script, so the scroll position survives every keystroke. Its
 * Content-Security-Policy allows no source but the webview's own styles and
 * the per-panel nonce of its single inline script; the webview may load no
 * local resource at all. Scrolling and the cursor in the editor scroll the
 * preview to the matching `data-line` element; a click in the preview puts
 * the cursor on the clicked section's source line.
 *
 * {@link registerContractViews} is the single entry the extension calls: it
 * registers the preview, the obligations view and the calendar command.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ClientAccess } from './client-access.js';
import { escapeHtml } from '../server/core/render/escape.js';
import { registerCalendarCommand } from './calendar-command.js';
import { Debouncer } from './debounce.js';
import { registerObligationsView } from './obligations-view.js';
import { INLAY_HINTS_SETTING_CHANGED_NOTIFICATION, RENDER_REQUEST, type RenderParams, type RenderResult } from '../server/protocol.js';
import type { FromWebviewMessage, ToWebviewMessage } from './preview-protocol.js';
import { restoredDocumentUri, restoredSigning, withPageScript } from './preview-script.js';
import { registerTestCommand } from './test-mode.js';

/** The command ids of the document views. */
export const VIEW_COMMANDS = {
  openPreviewToSide: 'clausewise.openPreviewToSide',
  exportCalendar: 'clausewise.exportCalendar',
  /** Internal: reveals a source line (used by the obligations view and the preview). */
  revealSource: 'clausewise.revealSource',
  /** Test only: what the preview last rendered and what its page reported. */
  previewState: 'clausewise.test.previewState',
  /** Test only: restores a preview into a fresh panel through the panel serializer, as after a window reload. */
  restorePreview: 'clausewise.test.restorePreview',
  /** Test only: the obligations tree as plain data. */
  obligationsTree: 'clausewise.test.obligationsTree',
} as const;

/** The webview panel type of the preview. */
export const PREVIEW_VIEW_TYPE = 'clausewise.preview';

/** How long the preview waits after the last keystroke before rendering again. */
const RENDER_DEBOUNCE_MS = 200;

export type { ClientAccess };

/** What a preview has shown, as the test command reports it. */
export interface PreviewState {
  uri: string;
  /** The HTML of the latest render, as sent to the page. */
  html: string;
  /** The document version of that render. */
  version: number;
  /** How many renders were sent to the page. */
  renders: number;
  /** What the page reported after applying the latest render it received. */
  applied?: Extract<FromWebviewMessage, { type: 'applied' }>;
  /** Where the page last scrolled on the editor's request. */
  scrolled?: Extract<FromWebviewMessage, { type: 'scrolled' }>;
  /** The source lines the page asked to reveal, in order. */
  reveals: number[];
  /** The preview's view column. */
  viewColumn?: number;
  /** Whether it shows the signing copy (the page's toggle) rather than the review copy. */
  signing: boolean;
}

/** A nonce for the page's script and style elements: 32 random hex digits. */
function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The last path segment of a URI ("msa.contract"). */
export function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

/** The webview options of every preview: scripts run only with the page's nonce; no local file may be loaded. */
const PREVIEW_OPTIONS: vscode.WebviewPanelOptions & vscode.WebviewOptions = {
  enableScripts: true,
  enableForms: false,
  localResourceRoots: [],
  enableFindWidget: true,
  retainContextWhenHidden: false,
};

/** A page that says why the preview is empty; the reason is escaped. */
function messagePage(nonce: string, cspSource: string, reason: string, documentUri?: string): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
  return withPageScript(
    [
      '<!DOCTYPE html>',
      '<html lang="en">',
      `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
      `<style nonce="${escapeHtml(nonce)}">body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 1rem 1.5rem; }</style></head>`,
      `<body><p data-line="0">${escapeHtml(reason)}</p></body>`,
      '</html>',
    ].join('\n'),
    nonce,
    documentUri,
  );
}

/** The document of the preview that has the focus, if one has (for commands run from the preview's title bar). */
let focusedPreview: vscode.Uri | undefined;

/** The contract shown by the preview that has the focus, if one has. */
export function focusedPreviewDocument(): vscode.Uri | undefined {
  return focusedPreview;
}

/** One preview panel, showing one contract document. */
class Preview {
  readonly nonce = makeNonce();
  private readonly renderLater = new Debouncer(RENDER_DEBOUNCE_MS);
  private readonly scrollLater = new Debouncer(30);
  private loaded = false;
  private rendering = false;
  private again = false;
  /** Until this time (ms), editor scrolling does not scroll the preview. */
  private followEditorAfter = 0;
  readonly state: PreviewState;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private readonly client: ClientAccess,
    private readonly log: (message: string) => void,
  ) {
    this.state = { uri: uri.toString(), html: '', version: -1, renders: 0, reveals: [], signing: false };
    panel.webview.onDidReceiveMessage((m: FromWebviewMessage) => this.onMessage(m));
  }

  /** Renders again after the debounce delay. */
  schedule(): void {
    this.renderLater.schedule(() => void this.render());
  }

  /** Asks the server for the current render and shows it; one request at a time, the latest text wins. */
  async render(): Promise<void> {
    if (this.rendering) {
      this.again = true;
      return;
    }
    this.rendering = true;
    try {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
      if (!document) return;
      const params: RenderParams = {
        uri: this.uri.toString(),
        nonce: this.nonce,
        cspSource: this.panel.webview.cspSource,
        fileName: baseName(this.uri),
        signing: this.state.signing,
      };
      let result: RenderResult;
      try {
        result = await this.client().sendRequest<RenderResult>(RENDER_REQUEST, params);
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        this.log(`The preview of ${baseName(this.uri)} could not be rendered: ${reason}`);
        if (!this.loaded) {
          this.panel.webview.html = messagePage(
            this.nonce,
            this.panel.webview.cspSource,
            `The preview could not be shown because the Clausewise language server did not answer (${reason}). Edit the contract or run "Clausewise: Restart language server" to try again.`,
            this.state.uri,
          );
        }
        return;
      }
      // An answer for an older text than the editor holds is replaced by the next render.
      if (result.version < this.state.version) return;
      // An answer for the other copy (the toggle changed while it was on its way) is replaced by the next render.
      if (params.signing !== this.state.signing) return;
      this.state.html = result.html;
      this.state.version = result.version;
      this.state.renders++;
      if (!this.loaded) {
        this.loaded = true;
        this.panel.webview.html = withPageScript(result.html, this.nonce, this.state.uri);
      } else {
        this.post({ type: 'update', html: result.html, version: result.version });
      }
    } finally {
      this.rendering = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }

  /** Shows the signing copy (`true`) or the review copy, and renders again at once. */
  setSigning(on: boolean): void {
    if (this.state.signing === on) return;
    this.state.signing = on;
    void this.render();
  }

  /** Scrolls the preview to a source line; `mark` also highlights its element (the cursor line). */
  scrollTo(line: number, mark: boolean): void {
    // The editor scrolled because the reader clicked in the preview: the preview stays where it was clicked.
    if (Date.now() < this.followEditorAfter) return;
    this.scrollLater.schedule(() => this.post({ type: 'scrollTo', line, mark }));
  }

  private post(message: ToWebviewMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private onMessage(m: FromWebviewMessage): void {
    switch (m?.type) {
      case 'ready':
        // A page that loads again (after being hidden) gets the latest render at once.
        if (this.state.html) this.post({ type: 'update', html: this.state.html, version: this.state.version });
        break;
      case 'applied':
        this.state.applied = m;
        break;
      case 'scrolled':
        this.state.scrolled = m;
        break;
      case 'signing':
        if (typeof m.on === 'boolean') this.setSigning(m.on);
        break;
      case 'reveal':
        if (typeof m.line === 'number' && Number.isInteger(m.line) && m.line >= 0) {
          this.state.reveals.push(m.line);
          this.followEditorAfter = Date.now() + 600;
          void revealSource(this.uri, m.line, this.panel.viewColumn);
        }
        break;
    }
  }

  dispose(): void {
    this.renderLater.cancel();
    this.scrollLater.cancel();
  }
}

/**
 * Shows a source line of a document in an editor, with the cursor at its first
 * character that is not a space. Prefers an editor that already shows the
 * document, and never the column of the preview itself.
 */
export async function revealSource(uri: vscode.Uri, line: number, avoidColumn?: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const column = visible?.viewColumn ?? (avoidColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
  const l = Math.max(0, Math.min(line, document.lineCount - 1));
  const pos = new vscode.Position(l, document.lineAt(l).firstNonWhitespaceCharacterIndex);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The previews that are open, one per contract document. */
class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();
  private last: Preview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: ClientAccess,
    private readonly log: (message: string) => void,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.previews.get(e.document.uri.toString())?.schedule()),
      // The error banner follows the diagnostics, which arrive after the text.
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) this.previews.get(uri.toString())?.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const preview = this.previews.get(e.textEditor.document.uri.toString());
        const top = e.visibleRanges[0];
        if (preview && top) preview.scrollTo(top.start.line, false);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        // Only the reader's own cursor moves scroll the preview; edits and commands move it too.
        if (e.kind !== vscode.TextEditorSelectionChangeKind.Keyboard && e.kind !== vscode.TextEditorSelectionChangeKind.Mouse) return;
        const preview = this.previews.get(e.textEditor.document.uri.toString());
        const sel = e.selections[0];
        if (preview && sel) preview.scrollTo(sel.active.line, true);
      }),
    );
  }

  /** Opens (or reveals) the preview of a document beside its editor. */
  async open(target?: vscode.Uri): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const uri = target instanceof vscode.Uri ? target : editor?.document.uri;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
    if (!uri || !document || document.languageId !== 'contract') {
      void vscode.window.showInformationMessage('Clausewise: open a .contract file in the editor first; the preview shows the contract in the active editor.');
      return;
    }
    const key = uri.toString();
    const existing = this.previews.get(key);
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
      this.last = existing;
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Preview ${baseName(uri)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, PREVIEW_OPTIONS);
    await this.adopt(panel, uri);
  }

  /**
   * Restores a preview that was open when the window reloaded (the panel
   * serializer's deserialize): shows the document named in the page's saved
   * state in the panel VS Code recreated. A state without a document, or a
   * document that can no longer be opened, leaves a page that says so.
   * Returns whether the preview shows its document.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<boolean> {
    panel.webview.options = PREVIEW_OPTIONS;
    const saved = restoredDocumentUri(state);
    const explain = (reason: string) => {
      panel.webview.html = messagePage(makeNonce(), panel.webview.cspSource, reason, saved);
    };
    if (!saved) {
      explain('This preview could not be restored because it does not say which contract it showed. Close it, open the contract and run "Clausewise: Open preview to the side".');
      return false;
    }
    const uri = vscode.Uri.parse(saved);
    const existing = this.previews.get(uri.toString());
    if (existing) {
      // The document already has a preview (opened while the window was restoring): one preview per contract.
      panel.dispose();
      existing.panel.reveal(existing.panel.viewColumn, true);
      return true;
    }
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      if (document.languageId !== 'contract') throw new Error(`it is no longer a contract file (its language is ${document.languageId})`);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.log(`The preview of ${baseName(uri)} could not be restored: ${reason}`);
      explain(`The preview of ${baseName(uri)} could not be restored because the contract could not be opened (${reason}). If it was moved or renamed, open it and run "Clausewise: Open preview to the side".`);
      return false;
    }
    panel.title = `Preview ${baseName(uri)}`;
    await this.adopt(panel, uri, restoredSigning(state));
    return true;
  }

  /** Makes a panel the preview of a document and renders it. */
  private async adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, signing = false): Promise<void> {
    const key = uri.toString();
    const preview = new Preview(panel, uri, this.client, this.log);
    preview.state.signing = signing;
    this.previews.set(key, preview);
    this.last = preview;
    const track = () => {
      if (panel.active) focusedPreview = uri;
      else if (focusedPreview?.toString() === key) focusedPreview = undefined;
    };
    track();
    panel.onDidChangeViewState(track);
    panel.onDidDispose(() => {
      if (focusedPreview?.toString() === key) focusedPreview = undefined;
      preview.dispose();
      if (this.previews.get(key) === preview) this.previews.delete(key);
      if (this.last === preview) this.last = undefined;
    });
    await preview.render();
  }

  /** The state of the preview of `uri` (or of the last opened one), for tests. */
  state(uri?: unknown): PreviewState | undefined {
    const key = typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined;
    const preview = key ? this.previews.get(key) : this.last;
    return preview ? { ...preview.state, reveals: [...preview.state.reveals], viewColumn: preview.panel.viewColumn } : undefined;
  }

  dispose(): void {
    for (const p of this.previews.values()) p.panel.dispose();
    this.previews.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Registers the live preview, the obligations view, the calendar export and
 * the inlay-hint setting's refresh. Called once by each entry of the
 * extension after the language client has started; returns `api` unchanged.
 */
export function registerContractViews<T extends { client(): BaseLanguageClient; outputChannel: vscode.OutputChannel }>(context: vscode.ExtensionContext, api: T): T {
  const log = (message: string) => api.outputChannel.appendLine(message);
  const client: ClientAccess = () => api.client();
  const previews = new PreviewManager(client, log);
  context.subscriptions.push(
    previews,
    // Brings the previews back after a window reload (activation event `onWebviewPanel:clausewise.preview`).
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        await previews.restore(panel, state);
      },
    }),
    vscode.commands.registerCommand(VIEW_COMMANDS.openPreviewToSide, (uri?: unknown) => previews.open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(VIEW_COMMANDS.revealSource, async (uri: unknown, line: unknown) => {
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
      if (target && typeof line === 'number') await revealSource(target, line);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('clausewise.inlayHints.enabled')) return;
      client()
        .sendNotification(INLAY_HINTS_SETTING_CHANGED_NOTIFICATION)
        .catch((err: unknown) => log(`Could not tell the language server that the inlay hint setting changed: ${err instanceof Error ? err.message : String(err)}`));
    }),
  );
  // Test only: registered under a test harness only (client/test-mode.ts).
  registerTestCommand(context, VIEW_COMMANDS.restorePreview, (uri?: unknown) => {
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, PREVIEW_OPTIONS);
    return previews.restore(panel, typeof uri === 'string' ? { uri } : {});
  });
  registerTestCommand(context, VIEW_COMMANDS.previewState, (uri?: unknown) => previews.state(uri));
  registerObligationsView(context, client, log);
  registerCalendarCommand(context, client, log);
  return api;
}
