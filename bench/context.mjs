// The `ctx` a benchmark module's `run(ctx)` receives (see run.mjs): the
// repository root, a scratch folder (ROOT/bench/.tmp, git-ignored), timing
// helpers and an esbuild bundler for the repository's TypeScript entries.
// module-runner.mjs makes one for another checkout of Clausewise (the baseline
// of `npm run bench -- --against REV`), so that both run under the same harness.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The median of a list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * A context for the checkout at `root`. `log` prints one line of
 * human-readable output. The bundler is `root`'s own scripts/bundle-ts.mjs
 * where it has one (it may define build-time tables, as ours does), else
 * esbuild with the options that file gives.
 */
export function makeContext({ root, quick = false, json = false, log = (line = '') => console.log(line) }) {
  const tmp = path.join(root, 'bench', '.tmp');
  fs.mkdirSync(tmp, { recursive: true });

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
    const outfile = path.join(tmp, `${name}.mjs`);
    const own = path.join(root, 'scripts', 'bundle-ts.mjs');
    if (fs.existsSync(own)) {
      const { bundleTs } = await import(pathToFileURL(own).href);
      return bundleTs(path.join(root, entry), outfile);
    }
    const { build } = await import(pathToFileURL(path.join(root, 'node_modules', 'esbuild', 'lib', 'main.js')).href);
    await build({ entryPoints: [path.join(root, entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', mainFields: ['module', 'main'] });
    return outfile;
  }

  return {
    root,
    tmp,
    quick,
    json,
    log,
    median,
    measure,
    bundle,
    /** Formats a number with a fixed count of decimals. */
    fixed: (n, digits = 2) => Number(n.toFixed(digits)),
  };
}
