// Writes the diagnostics baseline that test/unit/v1-compat.test.ts compares with.
// Usage: node scripts/v1-baseline.mjs [--root DIR] [-o FILE]
//
// Run it in a checkout of the last version-1 commit (0409aad):
//   git worktree add /tmp/pre-v2 0409aad && ln -s "$PWD/node_modules" /tmp/pre-v2/node_modules
//   cp scripts/v1-baseline.mjs /tmp/pre-v2/scripts/
//   node /tmp/pre-v2/scripts/v1-baseline.mjs -o test/fixtures/v1-baseline.json
//   git worktree remove --force /tmp/pre-v2
//
// It bundles that checkout's analysis core (server/core/index.ts) with esbuild, then analyses every
// test/fixtures/rules/**/*.contract, test/fixtures/parser/**/*.contract and examples/*.contract with
// the configuration of its `// fixture-config:` line (as test/helpers/fixtures.ts reads it), and writes,
// per file, its text and the sorted diagnostics (code, severity, range, message). The text is kept so
// that the comparison runs on the version-1 contract even after the fixture or example is rewritten.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
function option(name) {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined) {
    console.error(`v1-baseline: ${name} needs a value`);
    process.exit(2);
  }
  return v;
}
const root = path.resolve(option('--root') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const out = option('-o') ?? path.join(root, 'test/fixtures/v1-baseline.json');

const CONFIG = /^\s*\/\/\s*fixture-config:\s*(\{.*\})\s*$/;

/** Every `.contract` under dir (recursively), as sorted '/'-separated paths relative to root. */
function contracts(dir, recursive) {
  const found = [];
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && recursive) walk(p);
      else if (e.isFile() && e.name.endsWith('.contract')) found.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(path.join(root, dir));
  return found;
}

const files = [
  ...contracts('test/fixtures/rules', true),
  ...contracts('test/fixtures/parser', true),
  ...contracts('examples', false),
].sort();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'v1-baseline-'));
try {
  const bundle = path.join(tmp, 'core.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'server/core/index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const core = await import(pathToFileURL(bundle).href);
  const known = [...core.RULE_CODES, core.INTERNAL_ERROR];
  let commit;
  try {
    commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    commit = undefined;
  }
  const result = { commit, files: {} };
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    let config = core.DEFAULT_CONFIG;
    for (const line of text.split(/\r?\n/)) {
      const m = CONFIG.exec(line);
      if (m) config = core.parseConfigText(m[1], 'fixture-config', known);
    }
    const diagnostics = core.analyze(text, config).diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      message: d.message,
    }));
    diagnostics.sort(
      (a, b) =>
        a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.range[2] - b.range[2] || a.range[3] - b.range[3] ||
        a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
    );
    result.files[file] = { text, diagnostics };
  }
  const json = JSON.stringify(result, null, 1) + '\n';
  if (out === '-') process.stdout.write(json);
  else fs.writeFileSync(out, json);
  const count = Object.values(result.files).reduce((n, f) => n + f.diagnostics.length, 0);
  console.error(`v1-baseline: ${files.length} files, ${count} diagnostics${commit ? ` at ${commit.slice(0, 7)}` : ''} → ${out}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
