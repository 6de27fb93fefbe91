/**
 * The Node entry of the language server (dist/server.js): `--stdio` (our own
 * transport, stdio-transport.ts, which answers invalid messages as JSON-RPC
 * asks) or `--node-ipc`, `--socket`, `--pipe` (chosen by vscode-languageserver
 * from the command line). It adds what only Node can do: reading
 * `clausewise.json` from disk and listing the workspace's `.contract` files
 * with the walker the command line uses (contract-files.ts).
 */
// First: regular expressions are compiled to machine code on first use (see regexp-tiering.ts).
import './regexp-tiering.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { ConfigError, DEFAULT_CONFIG } from '../core/index.js';
import { VERSION } from '../cli/version.js';
import { startServer, type FileConfig, type ServerEnv } from '../lsp/server.js';
import { findConfigFile, loadConfigFile } from './config-file.js';
import { IgnoreRules, walkContracts, type FoundContract, type IgnoresLookup } from './contract-files.js';
import { isAnalysisWorkerData, runAnalysisWorker } from './analysis-worker.js';
import { createOffThreadAnalysis } from './off-thread.js';
import { createStdioConnection } from './stdio-transport.js';

function toPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function toUri(file: string): string {
  return pathToFileURL(file).toString();
}

/** The most contracts the workspace index takes from disk. */
const MAX_WORKSPACE_FILES = 50_000;

/**
 * What the Node host caches about configuration files: each file's content
 * (read again when its size or modification time changes, so an edit is seen
 * even without a file-watcher event) and the ignore rules of each workspace
 * folder. Forgotten when a configuration file changes.
 */
class DiskConfig implements IgnoresLookup {
  private loaded = new Map<string, { stamp: string; fc: FileConfig }>();
  private rules = new Map<string, IgnoreRules>();
  /** Folder → the configuration file that applies there (null: none), for the files of the workspace scan and background checks. */
  private folderFile = new Map<string, string | null>();

  clear(): void {
    this.loaded.clear();
    this.rules.clear();
    this.folderFile.clear();
  }

  /** The configuration file that applies in a folder; `cached`: looked up once per folder until a configuration file changes. */
  private fileFor(dir: string, cached: boolean): string | undefined {
    if (!cached) return findConfigFile(dir);
    let found = this.folderFile.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir) ?? null;
      this.folderFile.set(dir, found);
    }
    return found ?? undefined;
  }

  /**
   * The configuration of a contract file (the defaults when there is none; an
   * invalid one with its problem). `cached`: the folder lookup is cached (the
   * thousands of files of a workspace); an open document looks again, so a
   * clausewise.json created without a file-watcher event is still found.
   */
  forFile(file: string, cached = false): FileConfig {
    const configFile = this.fileFor(path.dirname(file), cached);
    if (!configFile) return { config: DEFAULT_CONFIG };
    const known = this.loaded.get(configFile);
    // The workspace's files trust the cache (cleared when a configuration file changes); an open document checks the file's stamp.
    if (known && cached) return known.fc;
    let stamp = '';
    try {
      const st = fs.statSync(configFile);
      stamp = `${st.size}:${st.mtimeMs}`;
    } catch {
      // Read below, which reports the problem.
    }
    if (known && known.stamp === stamp && stamp) return known.fc;
    let fc: FileConfig;
    try {
      fc = { config: loadConfigFile(configFile), fileUri: toUri(configFile) };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      const fileUri = toUri(configFile);
      const issues = e.issues.map((i) => ({ key: i.key, message: `${i.key ? `"${i.key}" ` : ''}${i.detail}` }));
      fc = { config: DEFAULT_CONFIG, fileUri, problem: { fileUri, key: e.key, message: `${e.message}.`.replace(/\.\.$/, '.'), issues } };
    }
    this.loaded.set(configFile, { stamp, fc });
    return fc;
  }

  /** The `ignores` of the clausewise.json that applies to a file (none when it is invalid). */
  ignoresFor(absoluteFile: string): { base: string; patterns: string[] } | undefined {
    const fc = this.forFile(absoluteFile, true);
    const patterns = fc.problem || !fc.fileUri ? undefined : fc.config.ignores;
    return patterns?.length ? { base: path.dirname(toPath(fc.fileUri!)!), patterns } : undefined;
  }

  /** The ignore rules of a workspace folder (.gitignore from the repository root, `ignores`), as the command line applies them to a folder. */
  rulesFor(folder: string): IgnoreRules {
    let r = this.rules.get(folder);
    if (!r) {
      r = new IgnoreRules(folder, [], this);
      this.rules.set(folder, r);
    }
    return r;
  }
}

const disk = new DiskConfig();
/** The workspace folders last listed (paths), for the ignore rules of file-watcher events. */
let listedFolders: string[] = [];

/** The host services of the Node server. */
export const nodeEnv: ServerEnv = {
  loadFileConfig(documentUri: string, cached?: boolean): FileConfig {
    const file = toPath(documentUri);
    return file ? disk.forFile(file, cached) : { config: DEFAULT_CONFIG };
  },
  configFilesChanged() {
    disk.clear();
  },
  async listContractFiles(folderUris) {
    // The walker of the command line (server/node/contract-files.ts): node_modules, dot-folders, .gitignore and `ignores` skipped.
    const out: FoundContract[] = [];
    const seen = new Set<string>();
    for (const uri of folderUris) {
      const dir = toPath(uri);
      if (!dir) continue;
      if (!listedFolders.includes(dir)) listedFolders.push(dir);
      walkContracts(dir, '', out, { seen, ignored: 0, rules: disk.rulesFor(dir), limit: MAX_WORKSPACE_FILES });
    }
    return out.map((f) => toUri(f.absolute));
  },
  isIgnored(uri) {
    const file = toPath(uri);
    if (!file) return false;
    const folder = listedFolders.filter((f) => file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
    return folder ? disk.rulesFor(folder).ignoredWithFolders(file) : false;
  },
  async readFile(uri) {
    const file = toPath(uri);
    if (!file) return undefined;
    try {
      // Read at once: a contract is small, and the promise-based read costs several times the CPU (five system calls, each a round trip) on a scan of thousands of files.
      return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  },
};

/** True when the first transport argument on the command line is `--stdio` (vscode-languageserver takes the first one too). */
function wantsStdio(argv: readonly string[]): boolean {
  const transport = argv.find((a) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(a));
  return transport === '--stdio';
}

/**
 * The last line of defence: an error that escaped every guard is logged to
 * the client instead of ending the process. The handlers are guarded one by
 * one (server/lsp/server.ts); reaching this is a bug worth reporting.
 */
function logInsteadOfDying(connection: Connection): void {
  let reporting = false;
  const report = (what: string, e: unknown) => {
    // An error while reporting (the connection itself failing) must not report itself again.
    if (reporting) return;
    reporting = true;
    try {
      connection.console.error(`Clausewise: ${what}; the server keeps running. Please report this: ${(e as Error)?.stack ?? String(e)}`);
    } catch {
      // With the connection gone there is nowhere left to report to.
    } finally {
      reporting = false;
    }
  };
  process.on('unhandledRejection', (reason) => report('a promise was rejected and nothing handled it', reason));
  process.on('uncaughtException', (e) => report('an exception was not caught', e));
}

if (!isMainThread && parentPort && isAnalysisWorkerData(workerData)) {
  // This bundle in the worker thread the server starts for large documents (off-thread.ts): the analysis, no server.
  runAnalysisWorker(parentPort, workerData);
} else if (process.argv.slice(2).includes('--version')) {
  // `clausewise-language-server --version`: the package version, read from package.json at build time.
  process.stdout.write(`${VERSION}\n`);
} else {
  const connection = wantsStdio(process.argv.slice(2)) ? createStdioConnection() : createConnection(ProposedFeatures.all);
  logInsteadOfDying(connection);
  // Large documents are analysed in a worker thread running this bundle (off-thread.ts, analysis-worker.ts). Without one, in-thread.
  const analyzeOffThread = createOffThreadAnalysis(__filename);
  startServer(connection, analyzeOffThread ? { ...nodeEnv, analyzeOffThread } : nodeEnv);
}
