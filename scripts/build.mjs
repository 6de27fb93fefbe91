// Builds the esbuild bundles. Usage: node scripts/build.mjs [--production]
// Every entry whose source exists is built; --production minifies.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

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

const builds = entries
  .filter(([src]) => fs.existsSync(path.join(root, src)))
  .map(([src, out, platform, format, external, define]) =>
    esbuild.build({
      entryPoints: [path.join(root, src)],
      outfile: path.join(root, out),
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
    }),
  );
await Promise.all(builds);
