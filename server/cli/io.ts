/**
 * What a command may touch of the outside world. `main.ts` passes the real
 * process; tests may pass their own.
 */
export interface CliIo {
  /** The folder that relative paths are resolved against. */
  cwd: string;
  /** Environment variables (NO_COLOR is read from here). */
  env: Record<string, string | undefined>;
  /** True when stdout is an interactive terminal. */
  stdoutIsTTY: boolean;
  stdout(text: string): void;
  /** Writes bytes to stdout (a binary document such as a .docx piped to a file); absent where stdout takes only text. */
  stdoutBytes?(data: Uint8Array): void;
  stderr(text: string): void;
  /** Reads all of standard input (for --stdin); the process's standard input when absent. */
  readStdin?(): string;
}

/** True when output to stdout may carry ANSI colours: a terminal, and NO_COLOR unset or empty. */
export function colorEnabled(io: Pick<CliIo, 'env' | 'stdoutIsTTY'>): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.stdoutIsTTY && (noColor === undefined || noColor === '');
}
