// `npm run bench`: runs every benchmark module in bench/ (files named
// `*.bench.mjs`, in name order) and prints their figures. With `--json` the
// last line of the output is one JSON object with every module's figures
// merged, e.g. {"core_mb_s":…, "json_mb_s":…, "ratio":…, "lint_1000_files_s":…}.
//
// A benchmark module exports:
//   export async function run(ctx) → object of figures (keys in snake_case)
//   export const goals = [{ key, label, target, met(value) → boolean }]   (optional)
// `ctx` offers the repository root, a scratch folder (bench/.tmp, git-ignored),
// timing helpers and an esbuild bundler for TypeScript entries; see below.
//
// Options: --json (machine-readable last line), --quick (fewer repetitions,
// for trying the benchmark itself out; not for reporting figures),
// --only NAMES (comma-separated module names, e.g. --only lsp,core: just those),
// --workspace-size N (workspace.bench.mjs: a generated workspace of N
// contracts instead of 5,000; its keys then name the size, e.g.
// workspace_20000_s; the goals are for 5,000),
// --against REV (this checkout against commit REV, side by side, turn about:
// lint of each build's 1,000 files and the core ratio; see against.mjs. Only
// that comparison runs, and the modules --only names.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareAgainst, goals as againstGoals, resolveCommit } from './against.mjs';
import { makeContext } from './context.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const ctx = makeContext({ root, quick, json: args.has('--json') });

// `--only lsp,core`: just these modules (names without .bench.mjs), e.g. to look at one figure again.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean)) : undefined;
const nameOf = (file) => file.replace(/\.bench\.mjs$/, '');
const allModules = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
// `--against REV`: the side-by-side comparison with an earlier commit, instead of every module.
const againstAt = process.argv.indexOf('--against');
let against;
if (againstAt >= 0) {
  const rev = process.argv[againstAt + 1];
  against = resolveCommit(root, rev);
  if (!against) {
    console.error(rev === undefined || rev.startsWith('-') ? 'bench: --against needs a commit, e.g. --against 0409aad' : `bench: --against ${rev}: no commit of this repository has that name`);
    process.exit(2);
  }
}
const modules = allModules.filter((f) => (only ? only.has(nameOf(f)) : !against));
if (only && modules.length !== only.size) {
  console.error(`bench: --only names a module that does not exist; the modules are ${allModules.map(nameOf).join(', ')}`);
  process.exit(2);
}
ctx.log(`Clausewise benchmarks: Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'})${quick ? ', --quick' : ''}`);
const figures = {};
const goals = [];
const failed = [];
for (const file of modules) {
  ctx.log('');
  ctx.log(`== ${nameOf(file)}`);
  try {
    const mod = await import(pathToFileURL(path.join(benchDir, file)).href);
    goals.push(...(mod.goals ?? []));
    Object.assign(figures, await mod.run(ctx));
  } catch (e) {
    // One failing module must not hide the figures of the others; the run still fails at the end.
    ctx.log(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
    failed.push(file);
    process.exitCode = 1;
  }
}
if (against) {
  ctx.log('');
  ctx.log(`== against ${against.slice(0, 12)}`);
  goals.push(...againstGoals);
  try {
    Object.assign(figures, await compareAgainst(ctx, against));
  } catch (e) {
    ctx.log(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
    failed.push('against');
    process.exitCode = 1;
  }
}

ctx.log('');
ctx.log('== goals');
let missed = 0;
for (const goal of goals) {
  const value = figures[goal.key];
  const met = value !== undefined && goal.met(value);
  if (!met) missed++;
  ctx.log(`  ${met ? 'met   ' : 'MISSED'}  ${goal.label}: ${value ?? 'not measured'} (goal ${goal.target})`);
}
figures.goals_missed = missed;
if (failed.length) {
  figures.failed_modules = failed;
  ctx.log(`${failed.length} module(s) failed: ${failed.join(', ')}`);
}
if (ctx.json) console.log(JSON.stringify(figures));
