// The lexicon's tables (server/core/lexicon.ts, lexiconTables): how its rows are grouped into
// expressions, the anchor expressions, and what a match of each expression must contain. Worked
// out once per build and written into every bundle as the constant __CLAUSEWISE_LEXICON_TABLES__
// (a JSON string), so that no process works them out at start.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeModuleOptions } from './bundle-ts.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild's `define` entries with the tables of the lexicon as it is in the working tree now: `full`, and `compact` and `lean` for the two language servers of the VS Code package. */
export async function lexiconDefine() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-lexicon-'));
  try {
    const outfile = path.join(dir, 'lexicon.mjs');
    await esbuild.build(nodeModuleOptions(path.join(root, 'server/core/lexicon.ts'), outfile));
    const { lexiconTables, builtLexiconTables, leanLexiconTables } = await import(pathToFileURL(outfile).href);
    // The VS Code package's size is limited and it carries two language servers.
    // `compact` (Node): the needs without their covers, which the bundle works out again at load
    // (prose/needs.ts, withCovers: about 15 ms of the start).
    // `lean` (web): no needs at all, worked out at load (lexicon.ts, loadTables: about 150 ms more, once per
    // editor session in vscode.dev).
    const define = (tables) => ({ __CLAUSEWISE_LEXICON_TABLES__: JSON.stringify(JSON.stringify(tables)) });
    return { full: define(lexiconTables()), compact: define(builtLexiconTables()), lean: define(leanLexiconTables()) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
