// Wall time of `node dist/cli.js lint DIR` over 1,000 generated contracts of
// about 200 lines: process start, file walk, configuration lookup, analysis
// and output, as a CI job sees it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generateContract } from './generate.mjs';
import { scratchDir } from './scratch.mjs';

const FILES = 1000;
const LINES = 200;

export const goals = [{ key: 'lint_1000_files_s', label: `clausewise lint, ${FILES} files`, target: '< 3 s', met: (v) => v < 3 }];

/** The corpus folder, outside the repository (scratch.mjs). */
export function corpusDir() {
  return scratchDir(`lint-${FILES}`);
}

/**
 * Writes FILES contracts of LINES lines made by `generateContract(lines, seed)`
 * into `dir`, in folders of 100 files, unless `dir` already holds the corpus of
 * the same generator (its source, `generatorSource`, is hashed into a stamp).
 * Returns `dir`. `npm run bench -- --against REV` writes the baseline's corpus
 * with the baseline's own generator.
 */
export function writeCorpus(dir, generateContract, generatorSource) {
  const stampFile = path.join(dir, '.stamp');
  const stamp = createHash('sha256').update(generatorSource).update(`${FILES}:${LINES}`).digest('hex');
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < FILES; i++) {
    const sub = path.join(dir, `team-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `contract-${String(i).padStart(4, '0')}.contract`), generateContract(LINES, 1000 + i));
  }
  fs.writeFileSync(stampFile, stamp);
  return dir;
}

/** This checkout's corpus, written once per version of the generator. */
export function corpus() {
  return writeCorpus(corpusDir(), generateContract, fs.readFileSync(new URL('./generate.mjs', import.meta.url)));
}

/**
 * A module to preload into the command: it prints the process's own CPU time
 * (user + system) on exit, because wall time alone says little on a machine
 * shared with other work. Written into `tmp`; returns its path.
 */
export function cpuReporter(tmp) {
  const file = path.join(tmp, 'cpu-report.cjs');
  fs.writeFileSync(file, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`cpu-us ${u.user + u.system}\\n`); });\n");
  return file;
}

/**
 * Runs `node CLI lint DIR --format json` once, with `cpuReport` preloaded.
 * Returns its output, its wall time in seconds and its CPU time in seconds
 * (NaN when it did not report one). Exit codes other than 0 and 1 throw.
 */
export function lintOnce(cli, dir, cpuReport) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', cpuReport, cli, 'lint', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallSeconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`clausewise lint (${cli}) failed with exit code ${r.status}: ${r.stderr}`);
  const m = /cpu-us (\d+)/.exec(r.stderr);
  return { stdout: r.stdout, wallSeconds, cpuSeconds: m ? Number(m[1]) / 1e6 : NaN };
}

/** Runs the command-line benchmark and returns lint_1000_files_s. */
export async function run(ctx) {
  const cli = path.join(ctx.root, 'dist/cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm run bench does)');
  const dir = corpus();
  let bytes = 0;
  let lines = 0;
  for (const sub of fs.readdirSync(dir).filter((d) => d.startsWith('team-'))) {
    for (const f of fs.readdirSync(path.join(dir, sub))) {
      const text = fs.readFileSync(path.join(dir, sub, f), 'utf8');
      bytes += text.length;
      lines += text.split('\n').length;
    }
  }
  ctx.log(`corpus: ${FILES} files, ${Math.round(lines / FILES)} lines each on average, ${(bytes / 1e6).toFixed(2)} MB`);
  const cpuReport = cpuReporter(ctx.tmp);
  let last;
  const cpu = [];
  const lint = () => {
    last = lintOnce(cli, dir, cpuReport);
    cpu.push(last.cpuSeconds);
  };
  const time = await ctx.measure(lint, { warmup: 1, reps: 5 });
  const results = JSON.parse(last.stdout);
  const problems = results.reduce((n, f) => n + f.diagnostics.length, 0);
  const cpuMedian = ctx.median(cpu.slice(-time.times.length).filter(Number.isFinite));
  ctx.log(`checked ${results.length} files, ${problems} problems reported`);
  ctx.log(`clausewise lint: median ${(time.median / 1000).toFixed(2)} s over ${time.times.length} runs (${time.times.map((t) => (t / 1000).toFixed(2)).join(', ')}) (goal < 3 s)`);
  ctx.log(`  CPU time of the command (user + system): median ${cpuMedian.toFixed(2)} s`);
  return { lint_1000_files_s: ctx.fixed(time.median / 1000, 3), lint_1000_files_cpu_s: ctx.fixed(cpuMedian, 3) };
}
