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
 * The cache is used only for the very bundle it was made from (its SHA-256
 * heads the file) and only by the V8 that made it, with the same flags (V8
 * checks both and rejects it otherwise): anything else compiles as usual. The
 * npm package does not carry it, since it would only fit the publisher's
 * Node.js.
 */
// First, as in main.ts: the flags are part of what V8 checks before it accepts the cache.
import './tiering.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The environment variable with which the build has a run write the cache. */
const WRITE_CODE_CACHE = 'CLAUSEWISE_WRITE_CODE_CACHE';
const HASH_BYTES = 32;

const main = path.join(__dirname, 'cli-main.js');
const cacheFile = path.join(__dirname, 'cli-main.cache');
// The file's bytes are hashed, not the string: hashing a 1.3 MB string encodes it again (about 15 ms against 2).
const bytes = fs.readFileSync(main);
const source = bytes.toString('utf8');
const hash = createHash('sha256').update(bytes).digest();

let cachedData: Buffer | undefined;
try {
  const file = fs.readFileSync(cacheFile);
  if (file.subarray(0, HASH_BYTES).equals(hash)) cachedData = file.subarray(HASH_BYTES);
} catch {
  // No cache: compile as usual.
}

const script = new vm.Script(Module.wrap(source), { filename: main, cachedData });
if (process.env[WRITE_CODE_CACHE] === '1') {
  // After the run, so that the cache holds every function the run compiled.
  process.once('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([hash, script.createCachedData()])));
}
const bundle = new Module(main, module);
bundle.filename = main;
const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
// The bundle's own file name is this one, so that its lint workers (parallel.ts) start here too, from the cache.
run(bundle.exports, createRequire(main), bundle, __filename, __dirname);
