// Bundles a TypeScript entry of this repository into one ES module for Node, as the benchmarks
// (bench/run.mjs) and the prose evaluation (scripts/eval.mjs) load the analysis core.
import * as esbuild from 'esbuild';
import { lexiconDefine } from './lexicon-tables.mjs';

/** esbuild's options for one ES module for Node made of `entry` and what it imports. */
export function nodeModuleOptions(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  };
}

/** Bundles `entry` (an absolute path) into `outfile` and returns `outfile`. */
export async function bundleTs(entry, outfile) {
  // The lexicon's tables, as in the built bundles (scripts/lexicon-tables.mjs).
  await esbuild.build({ ...nodeModuleOptions(entry, outfile), define: (await lexiconDefine()).full });
  return outfile;
}
