/**
 * Contracts created inside a folder that was itself just created.
 *
 * VS Code's recursive file watcher on Linux (the inotify backend of
 * @parcel/watcher) watches a new folder only once it has heard of it; a file
 * written into the folder before then raises no event. Saving a contract into
 * a new folder, unpacking or checking out a folder of contracts, or
 * `workspace.fs.writeFile` (which makes the parent folders first) can all do
 * that, and the server would never index those contracts: no problems in the
 * Problems panel, no master for their orders, until the file changed again.
 *
 * This watcher hears the creation of folders (any created path that is a
 * folder) and reports a creation for every `.contract` file found in them, to
 * the server like any other watcher event. A contract the `**\/*.contract`
 * watcher did report is reported twice; the server reads it again and finds
 * it unchanged. Folders in `node_modules` and dot-folders are not looked into,
 * as the server's own scan skips them.
 */
import * as vscode from 'vscode';

/** How long created paths are collected before they are looked at, in milliseconds (a checkout creates many at once). */
export const NEW_FOLDER_SETTLE_MS = 250;

/** The file-system operations the watcher needs (VS Code's, or a test's). */
export interface FolderProbe<U> {
  /** True when the URI is a folder now (false when it is a file or is gone). */
  isFolder(uri: U): Promise<boolean>;
  /** The `.contract` files under a folder, at any depth. */
  contractsUnder(folder: U): Promise<U[]>;
  /** The URI's path relative to its workspace folder, `/`-separated; undefined outside the workspace folders. */
  pathOf(uri: U): string | undefined;
}

/** True when a relative path lies in a folder the server's scan does not look into: node_modules or a dot-folder. */
export function inSkippedFolder(relativePath: string): boolean {
  const folders = relativePath.split('/').slice(0, -1);
  return folders.some((segment) => segment === 'node_modules' || (segment.startsWith('.') && segment !== '.' && segment !== '..'));
}

/** True for a created path worth looking at: not a contract (its own watcher reports it), not in a skipped folder, not itself one. */
function mayBeNewFolder(relativePath: string): boolean {
  return !/\.contract$/i.test(relativePath) && !inSkippedFolder(`${relativePath}/x`);
}

/**
 * Collects created paths and, after a pause, reports the contracts of those
 * that are folders. Only the outermost of nested new folders is searched.
 */
export class NewFolderContracts<U> {
  private pending = new Map<string, U>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly probe: FolderProbe<U>,
    private readonly report: (contract: U) => void,
    private readonly onError: (message: string) => void,
    private readonly settleMs = NEW_FOLDER_SETTLE_MS,
  ) {}

  /** A path was created. */
  created(uri: U): void {
    if (this.disposed) return;
    const path = this.probe.pathOf(uri);
    if (path === undefined || !mayBeNewFolder(path)) return;
    this.pending.set(path, uri);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.settleMs);
  }

  /** Looks at what was collected (exposed for tests; the timer calls it). */
  async flush(): Promise<void> {
    this.timer = undefined;
    const batch = [...this.pending];
    this.pending.clear();
    const paths = batch.map(([p]) => p);
    const outermost = batch.filter(([p]) => !paths.some((q) => q !== p && p.startsWith(`${q}/`)));
    for (const [path, uri] of outermost) {
      if (this.disposed) return;
      try {
        if (!(await this.probe.isFolder(uri))) continue;
        for (const contract of await this.probe.contractsUnder(uri)) {
          if (this.disposed) return;
          const at = this.probe.pathOf(contract);
          if (at !== undefined && !inSkippedFolder(at)) this.report(contract);
        }
      } catch (e) {
        this.onError(`Looking for contracts in the new folder ${path} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.pending.clear();
  }
}

/**
 * A file-system watcher for the language client's `synchronize.fileEvents`:
 * it fires `onDidCreate` for the contracts of new folders, and nothing else.
 */
export function newFolderContractsWatcher(onError: (message: string) => void): vscode.FileSystemWatcher {
  const created = new vscode.EventEmitter<vscode.Uri>();
  const never = new vscode.EventEmitter<vscode.Uri>();
  // Creations only: changes and deletions of folders are of no interest here.
  const all = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
  const collector = new NewFolderContracts<vscode.Uri>(
    {
      isFolder: async (uri) => {
        try {
          return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
        } catch {
          return false;
        }
      },
      contractsUnder: async (folder) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.contract'), '**/node_modules/**'),
      pathOf: (uri) => {
        const folder = vscode.workspace.getWorkspaceFolder(uri);
        if (!folder) return undefined;
        const root = folder.uri.path.replace(/\/$/, '');
        return uri.path.startsWith(`${root}/`) ? uri.path.slice(root.length + 1) : undefined;
      },
    },
    (contract) => created.fire(contract),
    onError,
  );
  const subscription = all.onDidCreate((uri) => collector.created(uri));
  return {
    ignoreCreateEvents: false,
    ignoreChangeEvents: true,
    ignoreDeleteEvents: true,
    onDidCreate: created.event,
    onDidChange: never.event,
    onDidDelete: never.event,
    dispose: () => {
      subscription.dispose();
      all.dispose();
      collector.dispose();
      created.dispose();
      never.dispose();
    },
  };
}
