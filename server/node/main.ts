/**
 * The Node entry of the language server (dist/server.js): `--stdio` or
 * `--node-ipc` (the transport is chosen by vscode-languageserver from the
 * command line). It adds what only Node can do: reading `clausewise.json`
 * from disk and indexing the workspace's `.contract` files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ConfigError, DEFAULT_CONFIG } from '../core/index.js';
import { startServer, type FileConfig, type ServerEnv } from '../lsp/server.js';
import { findConfigFile, loadConfigFile } from './config-file.js';

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
      return { config: DEFAULT_CONFIG, fileUri: toUri(configFile), problem: { fileUri: toUri(configFile), key: e.key, message: `${e.message}.`.replace(/\.\.$/, '.') } };
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

startServer(createConnection(ProposedFeatures.all), nodeEnv);
