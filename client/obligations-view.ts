/**
 * The obligations view: a tree in the explorer listing, per party, what it
 * owes and by when (response and resolution times, reports, notices,
 * payments, …), asked of the language server (`clausewise/obligations`).
 * It shows the contract of the active editor, or the last active contract
 * while another kind of file has the focus, and refreshes as the contract is
 * edited. Clicking an item puts the cursor on the statement that creates it.
 * A contract of a family (a master and the SOWs, orders and addenda under it,
 * in any file) also lists, under "Family", the obligations of the family's
 * other documents, each under its title and file.
 */
import * as vscode from 'vscode';
import { Debouncer } from './debounce.js';
import {
  OBLIGATIONS_REQUEST,
  type ContractObligations,
  type DocumentParams,
  type FamilyDocumentObligations,
  type ObligationItem,
  type ObligationsResult,
  type PartyItem,
} from '../server/protocol.js';
import type { ClientAccess } from './client-access.js';
import type { ObligationKind } from '../server/core/obligations.js';
import { registerTestCommand } from './test-mode.js';

/** The view id, as contributed in package.json (`views.explorer`). */
export const OBLIGATIONS_VIEW_ID = 'clausewise.obligations';
/** The context key that shows the view while a contract is open. */
export const OBLIGATIONS_CONTEXT_KEY = 'clausewise.obligationsAvailable';

const REFRESH_DEBOUNCE_MS = 300;
const LANGUAGE_ID = 'contract';

/** A node of the tree. */
type Node =
  | { kind: 'contract'; uri: vscode.Uri; contract: ContractObligations }
  | { kind: 'party'; uri: vscode.Uri; party: PartyItem }
  | { kind: 'obligation'; uri: vscode.Uri; party: PartyItem; item: ObligationItem }
  | { kind: 'message'; text: string }
  /** The family the shown contract belongs to: its master and the other contracts under it, in other files. */
  | { kind: 'family'; id: string; documents: FamilyDocumentObligations[] }
  | { kind: 'familyDocument'; document: FamilyDocumentObligations };

/** The icon of each kind of duty (every ObligationKind of server/core/obligations.ts). */
const ICONS: Record<ObligationKind, string> = {
  availability: 'pulse',
  respond: 'comment',
  resolve: 'tools',
  target: 'target',
  'service-credit': 'credit-card',
  invoice: 'file-text',
  payment: 'credit-card',
  'late-payment': 'warning',
  report: 'graph',
  review: 'organization',
  'breach-notice': 'shield',
  'data-return': 'database',
  'renewal-notice': 'calendar',
  'termination-notice': 'calendar',
  'termination-fee': 'credit-card',
  cure: 'wrench',
  transition: 'arrow-swap',
  'credit-claim': 'credit-card',
  'maintenance-notice': 'tools',
  answer: 'call-incoming',
  'outage-notice': 'bell',
  'incident-update': 'comment-discussion',
  'root-cause': 'search',
  'subprocessor-notice': 'bell',
  'subprocessor-approval': 'pass',
  'audit-notice': 'calendar',
  'audit-report': 'checklist',
  'data-deletion': 'trash',
  'price-increase-notice': 'arrow-up',
  'suspension-notice': 'debug-pause',
  'invoice-dispute': 'question',
  'change-notice': 'edit',
  'extension-notice': 'calendar',
  milestone: 'milestone',
  acceptance: 'check',
};

/** A plain, serialisable copy of a tree item, for the test command. */
export interface PlainTreeItem {
  label: string;
  description?: string;
  tooltip?: string;
  /** The revealed line (0-based) when the item is clicked. */
  line?: number;
  command?: { command: string; arguments: unknown[] };
  children: PlainTreeItem[];
}

/** The data behind the obligations view. */
export class ObligationsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: ObligationsResult | undefined;
  private uri: vscode.Uri | undefined;
  private problem: string | undefined;
  private readonly refreshLater = new Debouncer(REFRESH_DEBOUNCE_MS);
  private generation = 0;
  /** Resolves when the refresh that is under way (if any) has finished. */
  settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: ClientAccess,
    private readonly log: (message: string) => void,
  ) {}

  /** The document the view shows. */
  get documentUri(): vscode.Uri | undefined {
    return this.uri;
  }

  /** Shows a document's obligations (or nothing, with `undefined`) and fetches them now. */
  show(uri: vscode.Uri | undefined): Promise<void> {
    this.uri = uri;
    this.result = undefined;
    this.problem = undefined;
    return this.refresh();
  }

  /** Fetches again after the debounce delay (while the reader types). */
  schedule(): void {
    this.refreshLater.schedule(() => void this.refresh());
  }

  /** Fetches the obligations of the shown document from the server. */
  refresh(): Promise<void> {
    const generation = ++this.generation;
    const uri = this.uri;
    const run = async () => {
      if (!uri) {
        this.changed.fire(undefined);
        return;
      }
      try {
        const params: DocumentParams = { uri: uri.toString() };
        const result = await this.client().sendRequest<ObligationsResult>(OBLIGATIONS_REQUEST, params);
        if (generation !== this.generation) return;
        this.result = result;
        this.problem = undefined;
      } catch (e) {
        if (generation !== this.generation) return;
        const reason = e instanceof Error ? e.message : String(e);
        this.log(`The obligations of ${uri.path.split('/').pop()} could not be listed: ${reason}`);
        this.problem = 'The obligations could not be listed because the Clausewise language server did not answer. Edit the contract or restart the language server to try again.';
      }
      this.changed.fire(undefined);
    };
    this.settled = run();
    return this.settled;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'message': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.tooltip = node.text;
        return item;
      }
      case 'contract': {
        const item = new vscode.TreeItem(node.contract.title, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('law');
        item.command = revealCommand(node.uri, node.contract.range.start.line, node.contract.title);
        return item;
      }
      case 'family': {
        const item = new vscode.TreeItem(`Family ${node.id}`, vscode.TreeItemCollapsibleState.Collapsed);
        const n = node.documents.length;
        item.description = `${n} other document${n === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon('files');
        item.tooltip = `The obligations of the other documents of the family of ${node.id}: its master agreement and the contracts under it.`;
        return item;
      }
      case 'familyDocument': {
        const d = node.document;
        const title = d.contracts.map((c) => c.title).join(', ') || d.file;
        const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${d.relation === 'master' ? 'master' : 'under the master'} · ${d.file}`;
        item.iconPath = new vscode.ThemeIcon(d.relation === 'master' ? 'law' : 'file-text');
        const first = d.contracts[0];
        if (first) item.command = revealCommand(vscode.Uri.parse(d.uri), first.range.start.line, title);
        return item;
      }
      case 'party': {
        const p = node.party;
        const item = new vscode.TreeItem(p.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${node.uri.toString()}#${p.role}:${p.range?.start.line ?? 'undeclared'}`;
        const n = p.obligations.length;
        item.description = n === 0 ? 'owes nothing in this contract' : `${n} obligation${n === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon(p.role === 'provider' ? 'server-process' : 'account');
        item.tooltip = p.range ? `${p.label}: declared on line ${p.range.start.line + 1}.` : `${p.label}: no party with this role is declared yet; add a 'party ${p.role} NAME "Legal name"' line.`;
        if (p.range) item.command = revealCommand(node.uri, p.range.start.line, p.label);
        return item;
      }
      case 'obligation': {
        const o = node.item;
        const item = new vscode.TreeItem(o.what, vscode.TreeItemCollapsibleState.None);
        item.description = o.when;
        item.iconPath = new vscode.ThemeIcon(ICONS[o.kind as ObligationKind] ?? 'circle-small');
        const tip = new vscode.MarkdownString();
        tip.appendText(`${o.what}, ${o.when}.`);
        tip.appendMarkdown('\n\n');
        tip.appendText(`Owed by ${node.party.label}. Created by the '${o.keyword}' statement on line ${o.range.start.line + 1}; click to go there.`);
        item.tooltip = tip;
        item.command = revealCommand(node.uri, o.range.start.line, o.what);
        item.contextValue = `obligation.${o.kind}`;
        return item;
      }
    }
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (!this.uri) return [{ kind: 'message', text: 'Open a .contract file to see what each party owes and by when.' }];
      if (this.problem) return [{ kind: 'message', text: this.problem }];
      const result = this.result;
      if (!result) return [];
      const uri = this.uri;
      if (result.contracts.length === 0) return [{ kind: 'message', text: 'This file has no contract yet: start it with contract "Title" { … }.' }];
      const family: Node[] = result.family?.documents.length ? [{ kind: 'family', id: result.family.id, documents: result.family.documents }] : [];
      if (result.contracts.length === 1) return [...result.contracts[0]!.parties.map((party): Node => ({ kind: 'party', uri, party })), ...family];
      return [...result.contracts.map((contract): Node => ({ kind: 'contract', uri, contract })), ...family];
    }
    switch (node.kind) {
      case 'family':
        return node.documents.map((document) => ({ kind: 'familyDocument', document }));
      case 'familyDocument': {
        const docUri = vscode.Uri.parse(node.document.uri);
        if (node.document.contracts.length === 1) return node.document.contracts[0]!.parties.map((party) => ({ kind: 'party', uri: docUri, party }));
        return node.document.contracts.map((contract) => ({ kind: 'contract', uri: docUri, contract }));
      }
      case 'contract':
        return node.contract.parties.map((party) => ({ kind: 'party', uri: node.uri, party }));
      case 'party':
        return node.party.obligations.map((item) => ({ kind: 'obligation', uri: node.uri, party: node.party, item }));
      default:
        return [];
    }
  }

  /** The whole tree as plain data, as the view would show it (for tests). */
  plainTree(node?: Node): PlainTreeItem[] {
    return this.getChildren(node).map((child) => {
      const item = this.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const tooltip = typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value;
      const plain: PlainTreeItem = { label, children: this.plainTree(child) };
      if (typeof item.description === 'string') plain.description = item.description;
      if (tooltip) plain.tooltip = tooltip;
      if (item.command) {
        const args = item.command.arguments ?? [];
        plain.command = { command: item.command.command, arguments: args.map((a) => (a instanceof vscode.Uri ? a.toString() : a)) };
        if (typeof args[1] === 'number') plain.line = args[1];
      }
      return plain;
    });
  }

  dispose(): void {
    this.refreshLater.cancel();
    this.changed.dispose();
  }
}

function revealCommand(uri: vscode.Uri, line: number, title: string): vscode.Command {
  return { command: 'clausewise.revealSource', title: `Go to ${title}`, arguments: [uri, line] };
}

/** Registers the view, keeps it on the active contract, and the test-only command that returns its tree. */
export function registerObligationsView(context: vscode.ExtensionContext, client: ClientAccess, log: (message: string) => void): ObligationsProvider {
  const provider = new ObligationsProvider(client, log);
  const view = vscode.window.createTreeView(OBLIGATIONS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  const isContract = (d: vscode.TextDocument | undefined) => d?.languageId === LANGUAGE_ID;
  const follow = (editor: vscode.TextEditor | undefined) => {
    // Another kind of file keeps the last contract in view.
    if (!isContract(editor?.document)) return;
    const uri = editor!.document.uri;
    if (provider.documentUri?.toString() !== uri.toString()) {
      view.description = uri.path.split('/').pop();
      void provider.show(uri);
    }
  };
  const updateContext = () => {
    const open = vscode.workspace.textDocuments.some(isContract);
    void vscode.commands.executeCommand('setContext', OBLIGATIONS_CONTEXT_KEY, open);
    // The shown contract was closed: show the active one, or nothing.
    const shown = provider.documentUri?.toString();
    if (shown && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === shown)) {
      const active = vscode.window.activeTextEditor;
      if (isContract(active?.document)) follow(active);
      else {
        view.description = undefined;
        void provider.show(undefined);
      }
    }
  };

  context.subscriptions.push(
    provider,
    view,
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === provider.documentUri?.toString()) provider.schedule();
    }),
    vscode.workspace.onDidOpenTextDocument(updateContext),
    vscode.workspace.onDidCloseTextDocument(updateContext),
  );
  // Test only: registered under a test harness only (client/test-mode.ts).
  registerTestCommand(context, 'clausewise.test.obligationsTree', async () => {
    follow(vscode.window.activeTextEditor);
    await provider.settled;
    return { uri: provider.documentUri?.toString(), items: provider.plainTree() };
  });
  updateContext();
  follow(vscode.window.activeTextEditor);
  return provider;
}
