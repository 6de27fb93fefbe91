// Builds the esbuild bundles. Usage: node scripts/build.mjs [--production] [--package] [--out DIR]
// Every entry whose source exists is built; --production minifies. --package
// builds only what the npm package runs (the command line, the language server
// and its analysis worker), as `npm pack` does through the prepack script.
// --out DIR writes the bundles under DIR instead of the repository (DIR/dist/…),
// for tests that pack a copy without touching dist/.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';
import { lexiconDefine } from './lexicon-tables.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const packageOnly = process.argv.includes('--package');
const outIndex = process.argv.indexOf('--out');
const outRoot = outIndex > 0 && process.argv[outIndex + 1] ? path.resolve(process.argv[outIndex + 1]) : root;

/** [source, output, platform, format, external, define?] */
const entries = [
  // The executable starts the command line from V8's code cache of it (server/cli/start.ts; the cache is written below).
  ['server/cli/start.ts', 'dist/cli.js', 'node', 'cjs', []],
  ['server/cli/main.ts', 'dist/cli-main.js', 'node', 'cjs', []],
  // What the command line loads on demand (ON_DEMAND below): the Word writer, and tinyglobby for glob patterns.
  ['server/core/render/docx.ts', 'dist/cli-docx.js', 'node', 'cjs', []],
  ['node_modules/tinyglobby/dist/index.cjs', 'dist/cli-glob.js', 'node', 'cjs', []],
  ['server/node/main.ts', 'dist/server.js', 'node', 'cjs', []],
  ['server/browser/main.ts', 'dist/browser-server.js', 'browser', 'iife', []],
  ['client/extension.ts', 'dist/extension.js', 'node', 'cjs', ['vscode']],
  ['client/browser-extension.ts', 'dist/browser-extension.js', 'browser', 'cjs', ['vscode']],
  ['test/e2e/suite/index.ts', 'out/e2e/suite/index.js', 'node', 'cjs', ['vscode', 'mocha']],
  // The same suite for the web-worker extension host; Mocha's browser build refers to Node's `global`. Node-host tests load
  // Node's fs lazily (`await import('node:fs')`), which the web host never runs.
  ['test/e2e/web/index.ts', 'out/e2e/web/index.js', 'browser', 'cjs', ['vscode', 'node:fs', 'node:path'], { global: 'globalThis' }],
];

/** The bundles whose lexicon tables leave out what can be worked out again at load (scripts/lexicon-tables.mjs): the needs' covers, or all the needs. */
const COMPACT_LEXICON = ['dist/server.js'];
const LEAN_LEXICON = ['dist/browser-server.js'];

/** The bundles the npm package runs (see .npmignore): every runtime dependency is inside them. */
const PACKAGE_BUNDLES = ['dist/cli.js', 'dist/cli-main.js', 'dist/cli-docx.js', 'dist/cli-glob.js', 'dist/server.js'];

/**
 * Modules that dist/cli-main.js loads on demand from a bundle of their own beside
 * it, so that `clausewise lint` does not read and compile them at every start:
 * the Word writer and the `docx` library (half a megabyte; only `render
 * --format docx` and `diff --format docx` use it), and tinyglobby (only a glob
 * pattern on the command line uses it). Together they cost `lint` about 100 M
 * instructions of its 1,200 M at start. The source imports them as usual
 * (`await import('…/docx.js')`, `require('tinyglobby')` when first needed), so
 * tests run it as it is; in the bundle, that import becomes a require() of the
 * bundle found beside the running file. [source or package name, bundle]
 */
const ON_DEMAND = [
  ['server/core/render/docx.ts', 'dist/cli-docx.js'],
  ['tinyglobby', 'dist/cli-glob.js'],
];

/** Replaces the imports of the ON_DEMAND modules by a require() of their bundle, at run time. */
const onDemand = {
  name: 'on-demand',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.importer.includes('node_modules')) return undefined;
      const source = args.path.startsWith('.') ? path.relative(root, path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))).split(path.sep).join('/') : args.path;
      const entry = ON_DEMAND.find(([src]) => src === source);
      return entry ? { path: entry[1], namespace: 'on-demand' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
      contents: `module.exports = require(require('node:path').join(__dirname, ${JSON.stringify(path.basename(args.path))}));`,
      loader: 'js',
    }));
  },
};

/**
 * An ON_DEMAND bundle takes only what its module uses: the project's modules are
 * marked free of side effects, so that the Word writer does not carry the parser
 * (grammar/index.ts builds it on import) for the one constant it reads beside it.
 */
const onlyWhatIsUsed = {
  name: 'only-what-is-used',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData?.resolved || args.importer.includes('node_modules')) return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolved: true } });
      return result.errors.length ? undefined : { ...result, sideEffects: false };
    });
  },
};

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

// The lexicon's tables, worked out once here rather than at each start (scripts/lexicon-tables.mjs).
const lexicon = await lexiconDefine();
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
      // The language servers start once per editor session and ship in the size-limited VS Code package: smaller tables.
      define: { ...define, ...(LEAN_LEXICON.includes(out) ? lexicon.lean : COMPACT_LEXICON.includes(out) ? lexicon.compact : lexicon.full) },
      target: platform === 'node' ? 'node20' : 'es2022',
      minify: production,
      sourcemap: !production,
      logLevel: 'warning',
      mainFields: platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'],
      plugins: platform === 'browser' ? [noWordWriter] : out === 'dist/cli-main.js' ? [onDemand] : ON_DEMAND.some(([, bundle]) => bundle === out) ? [onlyWhatIsUsed] : [],
    }),
  );
await Promise.all(builds);

// Every bundle as ASCII text, with the same meaning (scripts/ascii-only.mjs): V8 then holds it as a one-byte string. A
// character changed there moves the columns after it on its line, in the source map too: only lines of the lexicon's patterns.
for (const [src, out] of entries) {
  const file = path.join(outRoot, out);
  if (!fs.existsSync(path.join(root, src)) || (packageOnly && !PACKAGE_BUNDLES.includes(out)) || !fs.existsSync(file)) continue;
  const code = fs.readFileSync(file, 'utf8');
  const ascii = asciiOnly(code, out);
  if (ascii !== code) fs.writeFileSync(file, ascii);
}

/**
 * V8's code cache of the command line (server/cli/start.ts), made by one run of
 * `lint` on the examples: what CI runs. Not for the npm package, which would
 * carry a cache that fits only the publisher's Node.js.
 */
const cli = path.join(outRoot, 'dist/cli.js');
if (!packageOnly && fs.existsSync(cli)) {
  const cache = path.join(outRoot, 'dist/cli-main.cache');
  fs.rmSync(cache, { force: true });
  const run = spawnSync(process.execPath, [cli, 'lint', path.join(root, 'examples'), '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, CLAUSEWISE_WRITE_CODE_CACHE: '1' },
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the run that makes the code cache failed (exit ${run.status}): ${run.stderr}`);
  if (!fs.existsSync(cache)) throw new Error('the run that makes the code cache wrote none');
}
