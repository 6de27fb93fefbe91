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

/** esbuild's `define` entries with the tables of the lexicon as it is in the working tree now: `full`, and `compact` for the bundles of the VS Code package. */
export async function lexiconDefine() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-lexicon-'));
  try {
    const outfile = path.join(dir, 'lexicon.mjs');
    await esbuild.build(nodeModuleOptions(path.join(root, 'server/core/lexicon.ts'), outfile));
    const { lexiconTables, builtLexiconTables } = await import(pathToFileURL(outfile).href);
    // `compact`: the needs without their covers, which the bundle works out again at load (prose/needs.ts,
    // withCovers: about 15 ms of the start) and the VS Code package does not carry (its size is limited).
    return {
      full: { __CLAUSEWISE_LEXICON_TABLES__: JSON.stringify(JSON.stringify(lexiconTables())) },
      compact: { __CLAUSEWISE_LEXICON_TABLES__: JSON.stringify(JSON.stringify(builtLexiconTables())) },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
