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

/** Writes the corpus once per version of the generator, in folders of 100 files. */

function corpus() {
  const dir = corpusDir();
  const stampFile = path.join(dir, '.stamp');
  const generator = fs.readFileSync(new URL('./generate.mjs', import.meta.url));
  const stamp = createHash('sha256').update(generator).update(`${FILES}:${LINES}`).digest('hex');
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
  // The command reports its own CPU time (user + system) on exit, through a preloaded
  // module, because wall time alone says little on a machine shared with other work.
  const cpuReport = path.join(ctx.tmp, 'cpu-report.cjs');
  fs.writeFileSync(cpuReport, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`cpu-us ${u.user + u.system}\\n`); });\n");
  let last;
  const cpu = [];
  const lint = () => {
    last = spawnSync(process.execPath, ['--require', cpuReport, cli, 'lint', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (last.status !== 0 && last.status !== 1) throw new Error(`clausewise lint failed with exit code ${last.status}: ${last.stderr}`);
    const m = /cpu-us (\d+)/.exec(last.stderr);
    if (m) cpu.push(Number(m[1]) / 1e6);
  };
  const time = await ctx.measure(lint, { warmup: 1, reps: 5 });
  const results = JSON.parse(last.stdout);
  const problems = results.reduce((n, f) => n + f.diagnostics.length, 0);
  const cpuMedian = ctx.median(cpu.slice(-time.times.length));
  ctx.log(`checked ${results.length} files, ${problems} problems reported`);
  ctx.log(`clausewise lint: median ${(time.median / 1000).toFixed(2)} s over ${time.times.length} runs (${time.times.map((t) => (t / 1000).toFixed(2)).join(', ')}) (goal < 3 s)`);
  ctx.log(`  CPU time of the command (user + system): median ${cpuMedian.toFixed(2)} s`);
  return { lint_1000_files_s: ctx.fixed(time.median / 1000, 3), lint_1000_files_cpu_s: ctx.fixed(cpuMedian, 3) };
}
