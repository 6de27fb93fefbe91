/**
 * Bundles one of the project's entry points for a test, with the settings
 * scripts/build.mjs uses for its platform, into a file the test names (so that
 * parallel test files and other builds never race on dist/).
 */
import path from 'node:path';
import * as esbuild from 'esbuild';

/** The repository's root folder, against which entry points are named. */
const ROOT = path.resolve(__dirname, '../..');

/** Bundles `entry` (a path from the repository root) to `outfile`: CommonJS for Node 20, or an IIFE for a browser worker. */
export async function bundleEntry(entry: string, outfile: string, platform: 'node' | 'browser', logLevel: 'error' | 'silent' = 'error'): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform,
    format: platform === 'node' ? 'cjs' : 'iife',
    target: platform === 'node' ? 'node20' : 'es2022',
    logLevel,
    mainFields: platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'],
  });
}

/** Bundles a test's own server entry, given as TypeScript source that imports from the repository root (a server with host services that fail or wait on purpose), to `outfile`. */
export async function bundleSource(contents: string, sourcefile: string, outfile: string): Promise<void> {
  await esbuild.build({
    stdin: { contents, resolveDir: ROOT, sourcefile, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    mainFields: ['module', 'main'],
  });
}
