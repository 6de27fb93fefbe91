/**
 * The one kind of failure the command line reports with exit code 2: the
 * command could not do its job (a bad option, a file it cannot read, a bad
 * configuration). The message is printed as one line on stderr.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes, as documented in docs/cli.md. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;
