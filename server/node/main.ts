/**
 * The Node entry of the language server (dist/server.js): `--stdio` (our own
 * transport, stdio-transport.ts, which answers invalid messages as JSON-RPC
 * asks) or `--node-ipc`, `--socket`, `--pipe` (chosen by vscode-languageserver
 * from the command line). It adds what only Node can do: reading
 * `clausewise.json` from disk and indexing the workspace's `.contract` files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { ConfigError, DEFAULT_CONFIG } from '../core/index.js';
import { VERSION } from '../cli/version.js';
import { startServer, type FileConfig, type ServerEnv } from '../lsp/server.js';
import { findConfigFile, loadConfigFile } from './config-file.js';
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

/** Finds the `.contract` files under a folder, skipping node_modules and dot-folders. */
async function listContracts(dir: string, out: string[], limit: number): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.length >= limit) return;
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      await listContracts(path.join(dir, e.name), out, limit);
    } else if (e.isFile() && e.name.endsWith('.contract')) {
      out.push(path.join(dir, e.name));
    }
  }
}

/** The host services of the Node server. */
export const nodeEnv: ServerEnv = {
  loadFileConfig(documentUri: string): FileConfig {
    const file = toPath(documentUri);
    if (!file) return { config: DEFAULT_CONFIG };
    const configFile = findConfigFile(path.dirname(file));
    if (!configFile) return { config: DEFAULT_CONFIG };
    try {
      return { config: loadConfigFile(configFile), fileUri: toUri(configFile) };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      const fileUri = toUri(configFile);
      const issues = e.issues.map((i) => ({ key: i.key, message: `${i.key ? `"${i.key}" ` : ''}${i.detail}` }));
      return { config: DEFAULT_CONFIG, fileUri, problem: { fileUri, key: e.key, message: `${e.message}.`.replace(/\.\.$/, '.'), issues } };
    }
  },
  async listContractFiles(folderUris) {
    const out: string[] = [];
    for (const uri of folderUris) {
      const dir = toPath(uri);
      if (dir) await listContracts(dir, out, 20_000);
    }
    return out.map(toUri);
  },
  async readFile(uri) {
    const file = toPath(uri);
    if (!file) return undefined;
    try {
      return (await fs.promises.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
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

if (process.argv.slice(2).includes('--version')) {
  // `clausewise-language-server --version`: the package version, read from package.json at build time.
  process.stdout.write(`${VERSION}\n`);
} else {
  const connection = wantsStdio(process.argv.slice(2)) ? createStdioConnection() : createConnection(ProposedFeatures.all);
  logInsteadOfDying(connection);
  // Large documents are analysed in a worker thread (dist/analysis-worker.js beside this bundle; off-thread.ts). Without it, in-thread.
  const analyzeOffThread = createOffThreadAnalysis(path.join(__dirname, 'analysis-worker.js'));
  startServer(connection, analyzeOffThread ? { ...nodeEnv, analyzeOffThread } : nodeEnv);
}
