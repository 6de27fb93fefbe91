/**
 * The workspace model of the language server: every `.contract` file of the
 * workspace folders, open in the editor or not, and every open contract
 * document, with
 * - the text each file has (an open document's text wins over the file on disk),
 * - the families its contracts belong to (server/core/family.ts `FamilyIndex`:
 *   which file defines each id, who is `under` whom),
 * - its workspace symbols (computed when a workspace symbol search first needs them).
 *
 * It is kept current from the open documents (opened, changed, closed), from
 * file-watcher events (`workspace/didChangeWatchedFiles`) and from workspace
 * folder changes. Every update returns the files whose diagnostics may change
 * because of it (the edited file's dependents: the children of a master), so
 * that the caller re-checks them. The host lists and reads files (the Node
 * server, through server/node/contract-files.ts, the walker the command line
 * uses too); the web-worker server has no file system, so there the model
 * holds the open documents only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, type ParseResult } from '../../grammar/index.js';
import { FamilyIndex, type FamilyMember } from '../core/family.js';
import { isLargeText } from './large-documents.js';
import { indexSymbols, type IndexedSymbol } from './symbols.js';

/** What the workspace model needs from the host and the server. */
export interface WorkspaceHost {
  /** Lists the URIs of the `.contract` files under the folders (the shared walker: node_modules, dot-folders, .gitignore and `ignores` skipped). */
  listContractFiles?(folderUris: readonly string[]): Promise<string[]>;
  /** Reads a file by URI; undefined when it cannot be read. */
  readFile?(uri: string): Promise<string | undefined>;
  /** True when the walker would leave this file out (for files reported by the file watcher). */
  isIgnored?(uri: string): boolean;
  /** The open document of a URI, if it is open. */
  openDocument(uri: string): TextDocument | undefined;
  /** The (cached) parse of an open document's current text. */
  parsedOpen(doc: TextDocument): ParseResult;
  log(message: string): void;
  logError(where: string, e: unknown): void;
}

/** One file of the model. */
interface FileEntry {
  /** The text on disk, for a file that is not open (undefined while it is open). */
  diskText?: string;
  /** Changes whenever the text the model holds for the file changes. */
  revision: number;
  symbols?: IndexedSymbol[];
  /** What other files' diagnostics depend on in this file (see {@link familySignature}). */
  familySig?: string;
}

/**
 * What other files' diagnostics depend on in a file: the ids, kinds, `under`
 * and titles of its contracts, and for a file with a master its whole text
 * (children inherit from it). An edit that leaves it alone re-checks no other file.
 */
function familySignature(families: FamilyIndex, uri: string, text: string): string {
  const members = families.membersOf(uri);
  if (!members.length) return '';
  let master = false;
  const parts: string[] = [];
  for (const m of members) {
    parts.push(`${m.id}\u0000${m.kind}\u0000${m.under ?? ''}\u0000${m.title}`);
    if (m.kind === 'master') master = true;
  }
  return master ? `${parts.join('\u0001')}\u0002${text}` : parts.join('\u0001');
}

/** Lets pending messages (a newer edit, a cancellation) be read before the work goes on. */
export function yieldToEventLoop(): Promise<void> {
  // setImmediate runs right after pending I/O; web workers only have timers.
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether a URI lies inside a folder (given by its URI). */
export function isUnder(uri: string, folder: string): boolean {
  const prefix = folder.endsWith('/') ? folder : folder + '/';
  return uri.startsWith(prefix);
}

export function isContractFile(uri: string): boolean {
  return uri.endsWith('.contract');
}

/** How many parses of closed files the model keeps (the features that look into the files of a family). */
const PARSE_CACHE = 32;

export class Workspace {
  /** The workspace folders, as URIs. */
  folders: string[] = [];
  /** Every contract of the model by family (ids, `under`, masters). */
  readonly families = new FamilyIndex();
  private readonly files = new Map<string, FileEntry>();
  private readonly parses = new Map<string, { revision: number; parsed: ParseResult }>();
  private clock = 0;
  /** Set while the workspace scan runs. */
  scanning = false;

  constructor(private readonly host: WorkspaceHost) {}

  /** Whether the host can list and read files (the Node server); the web worker cannot. */
  get readsDisk(): boolean {
    return !!this.host.listContractFiles && !!this.host.readFile;
  }

  /** Every file of the model (open or not), in no particular order. */
  uris(): string[] {
    return [...this.files.keys()];
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** The number of files of the model. */
  get size(): number {
    return this.files.size;
  }

  inFolders(uri: string): boolean {
    return this.folders.some((f) => isUnder(uri, f));
  }

  /** The workspace folder a file lies in (the innermost), or undefined. */
  folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) if (isUnder(uri, f) && (!best || f.length > best.length)) best = f;
    return best;
  }

  /** Changes whenever the text the model holds for the file changes (0: not in the model). */
  revision(uri: string): number {
    return this.files.get(uri)?.revision ?? 0;
  }

  /** The text of a file: the open document's, else the one read from disk. */
  text(uri: string): string | undefined {
    const doc = this.host.openDocument(uri);
    if (doc) return doc.getText();
    return this.files.get(uri)?.diskText;
  }

  /** The parse of a file: the open document's (cached per version), else of the text on disk (a few kept). */
  parsed(uri: string): ParseResult | undefined {
    const doc = this.host.openDocument(uri);
    if (doc) return this.host.parsedOpen(doc);
    const entry = this.files.get(uri);
    if (entry?.diskText === undefined) return undefined;
    const cached = this.parses.get(uri);
    if (cached && cached.revision === entry.revision) {
      // Most recently used last.
      this.parses.delete(uri);
      this.parses.set(uri, cached);
      return cached.parsed;
    }
    const parsed = parse(entry.diskText);
    this.parses.delete(uri);
    this.parses.set(uri, { revision: entry.revision, parsed });
    while (this.parses.size > PARSE_CACHE) this.parses.delete(this.parses.keys().next().value!);
    return parsed;
  }

  /**
   * An open document was opened or changed, and parsed: its families are
   * updated. Returns the other files whose diagnostics may change.
   */
  documentParsed(doc: TextDocument, parsed: ParseResult): string[] {
    let entry = this.files.get(doc.uri);
    if (!entry) this.files.set(doc.uri, (entry = { revision: 0 }));
    entry.diskText = undefined;
    entry.symbols = undefined;
    entry.revision = ++this.clock;
    this.parses.delete(doc.uri);
    return this.indexFamilies(doc.uri, entry, parsed, doc.getText());
  }

  /** Indexes a file's families; returns its dependents when what they depend on changed (else none). */
  private indexFamilies(uri: string, entry: FileEntry, parsed: ParseResult, text: string): string[] {
    const affected = this.families.set(uri, parsed);
    const sig = familySignature(this.families, uri, text);
    const before = entry.familySig;
    entry.familySig = sig;
    return before === sig ? [] : affected;
  }

  /** An open document changed and has not been parsed yet: its symbols are recomputed on demand. */
  documentChanged(uri: string): void {
    const entry = this.files.get(uri);
    if (entry) entry.symbols = undefined;
    else this.files.set(uri, { revision: ++this.clock });
  }

  /**
   * A document was closed: the model falls back to its file on disk when it
   * lies in a workspace folder (and is not ignored), and drops it otherwise.
   * Returns the files whose diagnostics may change (the file itself included
   * when it stays).
   */
  async documentClosed(uri: string): Promise<string[]> {
    if (this.readsDisk && this.inFolders(uri) && !this.host.isIgnored?.(uri)) return this.readFromDisk(uri);
    return this.remove(uri);
  }

  /**
   * Reads a file that is not open from disk and indexes it. Never throws: a
   * file that cannot be read is dropped. Returns the files whose diagnostics
   * may change (the file itself included when it is in the model).
   */
  async readFromDisk(uri: string): Promise<string[]> {
    if (this.host.openDocument(uri)) return [];
    let text: string | undefined;
    try {
      text = await this.host.readFile?.(uri);
    } catch (e) {
      this.host.logError(`indexing ${uri}`, e);
    }
    // The document may have been opened while the file was read: its text wins.
    if (this.host.openDocument(uri)) return [];
    if (text === undefined) return this.remove(uri);
    const existing = this.files.get(uri);
    if (existing?.diskText === text) return [];
    const entry: FileEntry = { diskText: text, revision: ++this.clock, ...(existing?.familySig !== undefined ? { familySig: existing.familySig } : {}) };
    this.files.set(uri, entry);
    this.parses.delete(uri);
    try {
      // A large file is not parsed here (large-documents.ts): it takes no part in families.
      if (isLargeText(text)) return [uri, ...this.families.delete(uri)];
      const parsed = parse(text);
      this.parses.set(uri, { revision: entry.revision, parsed });
      while (this.parses.size > PARSE_CACHE) this.parses.delete(this.parses.keys().next().value!);
      return [uri, ...this.indexFamilies(uri, entry, parsed, text)];
    } catch (e) {
      this.host.logError(`indexing ${uri}`, e);
      return [uri, ...this.families.delete(uri)];
    }
  }

  /** Drops a file (deleted on disk, or closed outside the workspace folders). Returns its dependents. */
  remove(uri: string): string[] {
    if (this.host.openDocument(uri)) return [];
    this.files.delete(uri);
    this.parses.delete(uri);
    return this.families.delete(uri);
  }

  /** Lists the contracts under some folders; a listing that fails is logged and yields none. */
  private async list(folders: readonly string[]): Promise<string[]> {
    try {
      return (await this.host.listContractFiles?.(folders)) ?? [];
    } catch (e) {
      this.host.logError(`listing the contracts in ${folders.join(', ')}`, e);
      return [];
    }
  }

  /**
   * Indexes every contract of the workspace folders (or of `folders`) that is
   * not in the model yet, yielding to the event loop as it goes; `onFile` runs
   * after each file is indexed, with the files whose diagnostics its reading
   * may change (the server checks the file then, while its parse is cached,
   * and re-checks the open documents among the others: a file written after
   * the server started can be read by the scan before its watcher event,
   * which then finds nothing new). Returns the files indexed and their
   * dependents.
   */
  async scan(folders: readonly string[] = this.folders, onFile?: (uri: string, affected: readonly string[]) => Promise<void>): Promise<string[]> {
    if (!this.readsDisk || !folders.length) return [];
    this.scanning = true;
    const changed = new Set<string>();
    try {
      const uris = await this.list(folders);
      let slice = Date.now();
      for (const uri of uris) {
        // A folder removed again while the scan ran is not indexed.
        if (this.files.has(uri) || !this.inFolders(uri)) continue;
        const affected = await this.readFromDisk(uri);
        for (const u of affected) changed.add(u);
        if (onFile && this.files.has(uri)) await onFile(uri, affected);
        if (Date.now() - slice > 8) {
          await yieldToEventLoop();
          slice = Date.now();
        }
      }
      this.host.log(`Clausewise indexed ${uris.length} contract file${uris.length === 1 ? '' : 's'} in ${folders.length === 1 ? 'the workspace folder' : `${folders.length} workspace folders`}.`);
    } finally {
      this.scanning = false;
    }
    return [...changed];
  }

  /**
   * Follows a change of the workspace folders: the contracts of added folders
   * are indexed, and those of removed folders are dropped unless they are open
   * in the editor or still lie inside a remaining folder. Returns the files
   * indexed, the files dropped and their dependents.
   */
  async changeFolders(added: readonly string[], removed: readonly string[]): Promise<{ changed: string[]; dropped: string[] }> {
    const gone = new Set(removed);
    this.folders = this.folders.filter((f) => !gone.has(f));
    for (const f of added) if (!this.folders.includes(f)) this.folders.push(f);
    const changed = new Set<string>();
    const dropped: string[] = [];
    for (const uri of [...this.files.keys()]) {
      if (this.host.openDocument(uri)) continue;
      if (removed.some((f) => isUnder(uri, f)) && !this.inFolders(uri)) {
        dropped.push(uri);
        for (const u of this.remove(uri)) changed.add(u);
      }
    }
    if (added.length) for (const u of await this.scan(added)) changed.add(u);
    return { changed: [...changed], dropped };
  }

  /** A file-watcher event for a contract that is not open. Returns the files whose diagnostics may change. */
  async fileChanged(uri: string, deleted: boolean): Promise<string[]> {
    if (this.host.openDocument(uri)) return [];
    if (deleted || !this.inFolders(uri) || this.host.isIgnored?.(uri)) return this.remove(uri);
    return this.readFromDisk(uri);
  }

  /** Every file's workspace symbols, computed for the files that have none yet. */
  symbolEntries(): [string, IndexedSymbol[]][] {
    const out: [string, IndexedSymbol[]][] = [];
    for (const [uri, entry] of this.files) {
      if (!entry.symbols) {
        // One document that cannot be indexed leaves the others' symbols alone.
        try {
          const parsed = this.parsed(uri);
          entry.symbols = parsed ? indexSymbols(parsed) : [];
        } catch (e) {
          entry.symbols = [];
          this.host.logError(`indexing ${uri}`, e);
        }
      }
      out.push([uri, entry.symbols]);
    }
    return out;
  }

  /** True when every id the file's contracts are `under` is defined by some file of the model (so far): it can be checked in its family. */
  familyReady(uri: string): boolean {
    for (const m of this.families.membersOf(uri)) if (m.under !== undefined && this.families.members(m.under).length === 0) return false;
    return true;
  }

  /** The master a contract id names (`under ID`): the masters with that id, in file order. */
  mastersWithId(id: string): FamilyMember[] {
    return this.families.members(id).filter((m) => m.kind === 'master');
  }
}
