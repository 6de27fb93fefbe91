/**
 * The language status item of `.contract` files (the `{}` entry of the status
 * bar): whether the language server runs, which `clausewise.json` the active
 * contract is checked with, and what is wrong with it or with the settings.
 * It does not count problems: VS Code's own Problems indicator does.
 * What it says is worked out by {@link describeStatus}, which needs no editor.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { CONFIG_STATUS_NOTIFICATION, type ConfigStatusParams } from '../server/protocol.js';
import { describeStatus, type ServerState, type StatusView } from './status-text.js';

const SEVERITY: Record<StatusView['severity'], vscode.LanguageStatusSeverity> = {
  information: vscode.LanguageStatusSeverity.Information,
  warning: vscode.LanguageStatusSeverity.Warning,
  error: vscode.LanguageStatusSeverity.Error,
};

/** The language status item and what it knows: the server's state and each document's configuration. */
export class ContractLanguageStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly configs = new Map<string, ConfigStatusParams>();
  private state: ServerState = 'starting';
  private readonly subscriptions: vscode.Disposable[] = [];
  private clientSubscriptions: vscode.Disposable[] = [];
  /** What the item shows now (for tests, through the extension's API). */
  view: StatusView;

  constructor(
    languageId: string,
    private readonly restartCommand: string,
  ) {
    this.item = vscode.languages.createLanguageStatusItem('clausewise.status', { language: languageId });
    this.item.name = 'Clausewise';
    this.view = this.render();
    this.update();
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
  }

  /** Follows a (new) language client: its state, and the configuration it reports for each document. */
  attach(client: BaseLanguageClient): void {
    for (const d of this.clientSubscriptions) d.dispose();
    this.configs.clear();
    this.setState(client.state === State.Running ? 'running' : 'starting');
    this.clientSubscriptions = [
      client.onDidChangeState((e) => this.setState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped')),
      client.onNotification(CONFIG_STATUS_NOTIFICATION, (params: ConfigStatusParams) => {
        if (typeof params?.uri !== 'string') return;
        this.configs.set(params.uri, params);
        this.update();
      }),
    ];
  }

  /** Sets the server's state (also used when it failed to start: the client then stays in its starting state). */
  setState(state: ServerState): void {
    this.state = state;
    this.update();
  }

  private render(): StatusView {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const config = active ? this.configs.get(active) : undefined;
    // Relative to the workspace folder; the folder's name is added only in a multi-root workspace.
    const relative = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
    return describeStatus(this.state, config, relative);
  }

  private update(): void {
    const view = this.render();
    this.view = view;
    const item = this.item;
    item.text = view.text;
    item.detail = view.detail;
    item.severity = SEVERITY[view.severity];
    item.busy = view.busy;
    item.accessibilityInformation = { label: `${view.text}. ${view.detail}` };
    switch (view.action?.kind) {
      case 'open':
        item.command = { title: view.action.title, command: 'vscode.open', arguments: [vscode.Uri.parse(view.action.uri)] };
        break;
      case 'restart':
        item.command = { title: view.action.title, command: this.restartCommand };
        break;
      case 'settings':
        item.command = { title: view.action.title, command: 'workbench.action.openSettings', arguments: ['clausewise'] };
        break;
      default:
        item.command = undefined;
    }
  }

  dispose(): void {
    for (const d of [...this.clientSubscriptions, ...this.subscriptions]) d.dispose();
    this.item.dispose();
  }
}
