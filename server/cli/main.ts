/**
 * The `clausewise` executable (bundled to dist/cli.js). It sets the exit code
 * rather than calling process.exit, so that large outputs piped to another
 * program are written in full.
 */
import { runCli } from './cli.js';

void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
