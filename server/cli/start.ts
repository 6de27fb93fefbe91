/**
 * The `clausewise` executable (dist/cli.js): it starts the command line
 * bundle (dist/cli-main.js, built from main.ts) from V8's code cache of it
 * when the build left one beside it (dist/cli-main.cache).
 *
 * A command line of 1.2 MB is compiled function by function as each is first
 * called, at every start: that cost `clausewise lint` of the bench's 1,000
 * files about 170 ms of its 1.9 s (medians of 9 alternating runs). The build
 * runs the bundle once on the examples and keeps V8's compiled code of what
 * that run called (`npm run build`, scripts/build.mjs); a start then reads it
 * instead of compiling again.
 *
 * The cache is used only for the very file it was made from (its size and
 * modification time head the cache: a rebuilt or copied bundle has others)
 * and only by the V8 that made it, with the same flags (V8 checks both and
 * rejects it otherwise): anything else compiles as usual. The file's SHA-256
 * headed the cache before; loading node:crypto and hashing took 7 to 20 ms of
 * every start. The npm package does not carry the cache, since it would only
 * fit the publisher's Node.js.
 */
// First, as in main.ts: the flags are part of what V8 checks before it accepts the cache.
import './tiering.js';
import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The environment variable with which the build has a run write the cache. */
const WRITE_CODE_CACHE = 'CLAUSEWISE_WRITE_CODE_CACHE';
/** The cache's header: the bundle's size and modification time (milliseconds), two doubles. */
const HEADER_BYTES = 16;

const main = path.join(__dirname, 'cli-main.js');
const cacheFile = path.join(__dirname, 'cli-main.cache');
const stat = fs.statSync(main);
const header = Buffer.alloc(HEADER_BYTES);
header.writeDoubleLE(stat.size, 0);
header.writeDoubleLE(stat.mtimeMs, 8);
const source = fs.readFileSync(main, 'utf8');

let cachedData: Buffer | undefined;
try {
  const file = fs.readFileSync(cacheFile);
  if (file.subarray(0, HEADER_BYTES).equals(header)) cachedData = file.subarray(HEADER_BYTES);
} catch {
  // No cache: compile as usual.
}

const script = new vm.Script(Module.wrap(source), { filename: main, cachedData });
if (process.env[WRITE_CODE_CACHE] === '1') {
  // After the run, so that the cache holds every function the run compiled.
  process.once('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([header, script.createCachedData()])));
}
const bundle = new Module(main, module);
bundle.filename = main;
const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
// The bundle's own file name is this one, so that its lint workers (parallel.ts) start here too, from the cache.
run(bundle.exports, createRequire(main), bundle, __filename, __dirname);
