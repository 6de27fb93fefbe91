// Bundles a TypeScript entry of this repository into one ES module for Node, as the benchmarks
// (bench/run.mjs) and the prose evaluation (scripts/eval.mjs) load the analysis core.
import * as esbuild from 'esbuild';

/** Bundles `entry` (an absolute path) into `outfile` and returns `outfile`. */
export async function bundleTs(entry, outfile) {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  });
  return outfile;
}
