// Builds the esbuild bundles. Usage: node scripts/build.mjs [--production] [--package] [--out DIR]
// Every entry whose source exists is built; --production minifies. --package
// builds only what the npm package runs (the command line, the language server
// and its analysis worker), as `npm pack` does through the prepack script.
// --out DIR writes the bundles under DIR instead of the repository (DIR/dist/…),
// for tests that pack a copy without touching dist/.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const packageOnly = process.argv.includes('--package');
const outIndex = process.argv.indexOf('--out');
const outRoot = outIndex > 0 && process.argv[outIndex + 1] ? path.resolve(process.argv[outIndex + 1]) : root;

/** [source, output, platform, format, external, define?] */
const entries = [
  ['server/cli/main.ts', 'dist/cli.js', 'node', 'cjs', []],
  ['server/node/main.ts', 'dist/server.js', 'node', 'cjs', []],
  // The worker thread dist/server.js starts for large documents (found beside it at run time).
  ['server/node/analysis-worker.ts', 'dist/analysis-worker.js', 'node', 'cjs', []],
  ['server/browser/main.ts', 'dist/browser-server.js', 'browser', 'iife', []],
  ['client/extension.ts', 'dist/extension.js', 'node', 'cjs', ['vscode']],
  ['client/browser-extension.ts', 'dist/browser-extension.js', 'browser', 'cjs', ['vscode']],
  ['test/e2e/suite/index.ts', 'out/e2e/suite/index.js', 'node', 'cjs', ['vscode', 'mocha']],
  // The same suite for the web-worker extension host; Mocha's browser build refers to Node's `global`.
  ['test/e2e/web/index.ts', 'out/e2e/web/index.js', 'browser', 'cjs', ['vscode'], { global: 'globalThis' }],
];

/** The bundles the npm package runs (see .npmignore): every runtime dependency is inside them. */
const PACKAGE_BUNDLES = ['dist/cli.js', 'dist/server.js', 'dist/analysis-worker.js'];

/**
 * The web builds take the stand-in of the Word writer (server/core/render/docx-unavailable.ts):
 * VS Code for the Web has no Word export, and the `docx` library stays out of its bundles.
 */
const noWordWriter = {
  name: 'no-word-writer',
  setup(build) {
    build.onResolve({ filter: /(^|\/)render\/docx\.js$|^\.\/docx\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}server${path.sep}`) ? { path: path.join(root, 'server/core/render/docx-unavailable.ts') } : undefined,
    );
  },
};

const builds = entries
  .filter(([src, out]) => fs.existsSync(path.join(root, src)) && (!packageOnly || PACKAGE_BUNDLES.includes(out)))
  .map(([src, out, platform, format, external, define]) =>
    esbuild.build({
      entryPoints: [path.join(root, src)],
      outfile: path.join(outRoot, out),
      bundle: true,
      platform,
      format,
      external,
      define,
      target: platform === 'node' ? 'node20' : 'es2022',
      minify: production,
      sourcemap: !production,
      logLevel: 'warning',
      mainFields: platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'],
      plugins: platform === 'browser' ? [noWordWriter] : [],
    }),
  );
await Promise.all(builds);
