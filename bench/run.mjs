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
// workspace_20000_s; the goals are for 5,000).
import { bundleTs } from '../scripts/bundle-ts.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const tmp = path.join(benchDir, '.tmp');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

/** The median of a list of numbers. */
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Times `fn` (sync or async): `warmup` untimed runs, then `reps` timed ones.
 * Returns the median wall time, every wall time, and the median CPU time of
 * this process (user + system, all threads), in milliseconds. On a machine
 * shared with other work the CPU time is the steadier of the two.
 */
async function measure(fn, { warmup = 3, reps = 10 } = {}) {
  if (quick) {
    warmup = Math.min(warmup, 1);
    reps = Math.min(reps, 3);
  }
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  const cpu = [];
  for (let i = 0; i < reps; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(times), times, cpuMedian: median(cpu) };
}

/** Bundles a TypeScript entry (relative to the repository root) into bench/.tmp as an ES module and returns its path. */
async function bundle(entry, name) {
  return bundleTs(path.join(root, entry), path.join(tmp, `${name}.mjs`));
}

const ctx = {
  root,
  tmp,
  quick,
  json: args.has('--json'),
  /** Prints one line of human-readable output. */
  log: (line = '') => console.log(line),
  median,
  measure,
  bundle,
  /** Formats a number with a fixed count of decimals. */
  fixed: (n, digits = 2) => Number(n.toFixed(digits)),
};

fs.mkdirSync(tmp, { recursive: true });

// `--only lsp,core`: just these modules (names without .bench.mjs), e.g. to look at one figure again.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean)) : undefined;
const nameOf = (file) => file.replace(/\.bench\.mjs$/, '');
const allModules = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
const modules = allModules.filter((f) => !only || only.has(nameOf(f)));
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
