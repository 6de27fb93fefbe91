// `npm run bench -- --against REV`: this checkout against an earlier commit,
// measured side by side in one run, turn about, so that a busy machine slows
// both alike. The goals of issue 9 are relative ("no regression beyond 10% in
// `ratio` and `lint_1000_files_s`"); on a shared machine only figures taken in
// the same minutes compare.
//
// The baseline is extracted with `git archive` into the system's temporary
// folder (scratch.mjs), given this checkout's node_modules when its lockfile
// asks for nothing else (else `npm ci --ignore-scripts` of its own), and built
// with its own build script. Each build lints its own generator's corpus (the
// generator changed with language version 2), and runs its own core module
// through module-runner.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './context.mjs';
import { corpus, cpuReporter, lintOnce, writeCorpus } from './lint.bench.mjs';
import { scratchDir } from './scratch.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** The full hash of the commit `rev` names in the repository at `root`, or undefined. */
export function resolveCommit(root, rev) {
  if (!rev || rev.startsWith('-')) return undefined;
  const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The median and the quartiles of `heads[i] / bases[i]`, the runs taken in the same turn paired. */
export function pairwiseRatio(heads, bases) {
  const ratios = heads.map((h, i) => h / bases[i]).sort((a, b) => a - b);
  const at = (p) => ratios[Math.floor(p * (ratios.length - 1))];
  return { median: median(ratios), q1: at(0.25), q3: at(0.75) };
}

/**
 * The packages of lockfile `base` (package-lock.json text, lockfileVersion 2
 * or 3) that lockfile `head` does not have at the same version: when there are
 * none, the baseline can run on this checkout's node_modules.
 */
export function missingPackages(base, head) {
  const theirs = JSON.parse(base).packages ?? {};
  const ours = JSON.parse(head).packages ?? {};
  return Object.entries(theirs)
    .filter(([name, p]) => name !== '' && ours[name]?.version !== p.version)
    .map(([name, p]) => `${name.replace(/^node_modules\//, '')}@${p.version}`);
}

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit code ${r.status}): ${(r.stderr || r.stdout || '').trim().split('\n').slice(-5).join(' / ')}`);
  return r;
}

/** What the baseline must have: its build script, its corpus generator and its core benchmark. */
const NEEDED = ['scripts/build.mjs', 'bench/generate.mjs', 'bench/core.bench.mjs'];

/** Extracts, installs and builds commit `sha` once, and returns its folder. */
function prepareBaseline(ctx, sha) {
  const dir = scratchDir(`baseline-${sha.slice(0, 12)}`);
  const ready = path.join(dir, '.clausewise-bench-ready');
  if (fs.existsSync(ready) && fs.readFileSync(ready, 'utf8') === sha) {
    ctx.log(`baseline ${sha.slice(0, 12)}: built before, in ${dir}`);
    return dir;
  }
  const files = run('git', ['ls-tree', '-r', '--name-only', sha], { cwd: ctx.root }).stdout.split('\n');
  const lacking = NEEDED.filter((f) => !files.includes(f));
  if (lacking.length) throw new Error(`${sha.slice(0, 12)} has no ${lacking.join(', ')}, which --against runs: compare with a later commit`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const archive = run('git', ['archive', '--format=tar', sha], { cwd: ctx.root, encoding: 'buffer' }).stdout;
  run('tar', ['-x', '-C', dir], { input: archive });
  const lock = path.join(dir, 'package-lock.json');
  const missing = fs.existsSync(lock) ? missingPackages(fs.readFileSync(lock, 'utf8'), fs.readFileSync(path.join(ctx.root, 'package-lock.json'), 'utf8')) : ['(no package-lock.json)'];
  if (missing.length === 0 && fs.existsSync(path.join(ctx.root, 'node_modules'))) {
    ctx.log(`baseline ${sha.slice(0, 12)}: every package its lockfile names is installed here at the same version; using this checkout's node_modules`);
    fs.symlinkSync(path.join(ctx.root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  } else {
    ctx.log(`baseline ${sha.slice(0, 12)}: installing its own packages (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''} differ)`);
    run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir });
  }
  ctx.log(`baseline ${sha.slice(0, 12)}: building`);
  run(process.execPath, ['scripts/build.mjs'], { cwd: dir });
  if (!fs.existsSync(path.join(dir, 'dist', 'cli.js'))) throw new Error(`the build of ${sha.slice(0, 12)} wrote no dist/cli.js`);
  fs.writeFileSync(ready, sha);
  return dir;
}

/** One run of benchmark module `name` of the checkout at `root`, in its own process. */
function moduleFigures(ctx, root, name) {
  const r = run(process.execPath, [path.join(benchDir, 'module-runner.mjs'), root, name, ...(ctx.quick ? ['--quick'] : [])], { cwd: root });
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const f3 = (n) => n.toFixed(3);

/**
 * Measures this checkout (`ctx.root`, already built) against commit `sha`
 * and returns the figures; logs a table as it goes.
 */
export async function compareAgainst(ctx, sha) {
  const short = sha.slice(0, 12);
  const base = prepareBaseline(ctx, sha);
  const generatorFile = path.join(base, 'bench', 'generate.mjs');
  const { generateContract } = await import(pathToFileURL(generatorFile).href);
  const builds = [
    { label: short, root: base, corpus: writeCorpus(scratchDir(`lint-1000-${short}`), generateContract, fs.readFileSync(generatorFile)) },
    { label: 'this checkout', root: ctx.root, corpus: corpus() },
  ];
  const turns = (n) => Array.from({ length: n }, (_, k) => (k % 2 ? [1, 0] : [0, 1]));

  // The core module's `ratio` (analysis against a JSON parser, in one process) of each build.
  const corePairs = ctx.quick ? 1 : 5;
  const core = builds.map(() => ({ ratio: [], ratio_cpu: [], core_mb_s: [] }));
  for (const order of turns(corePairs)) {
    for (const i of order) {
      const figures = moduleFigures(ctx, builds[i].root, 'core');
      for (const key of Object.keys(core[i])) core[i][key].push(figures[key]);
    }
  }
  const med = ctx.median;
  ctx.log(`core (${corePairs} runs each, turn about): ratio ${builds.map((b, i) => `${b.label} ${med(core[i].ratio).toFixed(2)}`).join(', ')}; by CPU time ${builds.map((b, i) => `${b.label} ${med(core[i].ratio_cpu).toFixed(2)}`).join(', ')}`);

  // Lint of each build's 1,000 files, turn about after one untimed run each.
  const pairs = ctx.quick ? 5 : 15;
  const cpuReport = cpuReporter(ctx.tmp);
  const wall = [[], []];
  const cpu = [[], []];
  const files = builds.map((b) => JSON.parse(lintOnce(path.join(b.root, 'dist', 'cli.js'), b.corpus, cpuReport).stdout).length);
  for (const order of turns(pairs)) {
    for (const i of order) {
      const r = lintOnce(path.join(builds[i].root, 'dist', 'cli.js'), builds[i].corpus, cpuReport);
      wall[i].push(r.wallSeconds);
      cpu[i].push(r.cpuSeconds);
    }
  }
  const lint = pairwiseRatio(wall[1], wall[0]);
  const lintCpu = pairwiseRatio(cpu[1], cpu[0]);
  for (const [i, b] of builds.entries()) ctx.log(`lint ${files[i]} files, ${b.label}: median ${f3(med(wall[i]))} s, CPU ${f3(med(cpu[i]))} s (${b.corpus})`);
  ctx.log(`lint, this checkout / ${short} (${pairs} pairs, turn about): x${f3(lint.median)} (quartiles ${f3(lint.q1)} and ${f3(lint.q3)}); CPU time x${f3(lintCpu.median)}`);
  const ratioChange = med(core[1].ratio) / med(core[0].ratio);
  ctx.log(`core ratio, this checkout / ${short}: x${f3(ratioChange)}`);
  return {
    against: short,
    against_core_ratio_base: ctx.fixed(med(core[0].ratio)),
    against_core_ratio_head: ctx.fixed(med(core[1].ratio)),
    against_core_ratio_change: ctx.fixed(ratioChange, 3),
    against_lint_base_s: ctx.fixed(med(wall[0]), 3),
    against_lint_head_s: ctx.fixed(med(wall[1]), 3),
    against_lint_ratio: ctx.fixed(lint.median, 3),
    against_lint_ratio_q1: ctx.fixed(lint.q1, 3),
    against_lint_ratio_q3: ctx.fixed(lint.q3, 3),
    against_lint_cpu_ratio: ctx.fixed(lintCpu.median, 3),
  };
}

/** The goals of issue 9, relative to the baseline. */
export const goals = [
  { key: 'against_lint_ratio', label: 'lint of 1,000 files, against the baseline (pairwise median)', target: '≤ 1.10', met: (v) => v <= 1.1 },
  { key: 'against_core_ratio_change', label: 'core / JSON ratio, against the baseline', target: '≥ 0.90', met: (v) => v >= 0.9 },
];
