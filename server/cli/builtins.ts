/**
 * Node's built-in modules that only some commands use, loaded on first use:
 * a `require` at the top of a module runs at every start of the command line,
 * and these cost it about 140 M instructions together (node:child_process
 * 55 M, node:crypto 50 M, node:worker_threads 37 M; `clausewise lint` of one
 * file spends about 650 M on its own work). Loaded with require, which the
 * CommonJS bundle keeps as it is and which caches the module.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

/** node:child_process: `diff` runs git. */
export function childProcess(): typeof import('node:child_process') {
  return require('node:child_process') as typeof import('node:child_process');
}

/** node:crypto: the temporary file of a written document, and GitLab fingerprints. */
export function nodeCrypto(): typeof import('node:crypto') {
  return require('node:crypto') as typeof import('node:crypto');
}

/** node:worker_threads: lint's worker threads, and a worker itself. */
export function workerThreads(): typeof import('node:worker_threads') {
  return require('node:worker_threads') as typeof import('node:worker_threads');
}
