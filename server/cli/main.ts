/**
 * The `clausewise` executable (bundled to dist/cli.js). It sets the exit code
 * rather than calling process.exit, so that large outputs piped to another
 * program are written in full.
 */
// First: V8's tiering for a short-lived command applies to everything loaded after it.
import './tiering.js';
import { runCli } from './cli.js';
import { isLintWorker, runLintWorker } from './parallel.js';

if (isLintWorker()) {
  // A worker thread of `clausewise lint --concurrency` (parallel.ts), started from this same file.
  runLintWorker();
} else {
  // A reader that stops early (`clausewise lint | head`) closes the pipe: the
  // rest of the output is dropped quietly and the exit code is kept, instead of
  // a crash with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });

  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdout: (text) => void process.stdout.write(text),
    stdoutBytes: (data) => void process.stdout.write(data),
    stderr: (text) => void process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
