/**
 * Command dispatch: `clausewise COMMAND [ARGS…]`, plus `--help` and
 * `--version` on their own. Returns the exit code instead of exiting, so that
 * it can be tested and so that pending output is flushed before the process ends.
 */
import { nearest } from '../../grammar/forms.js';
import { describeOptions, parseArgs } from './args.js';
import { COMMANDS, type Command } from './commands/index.js';
import { CliError, EXIT_FAILURE, EXIT_OK } from './errors.js';
import type { CliIo } from './io.js';
import { maxOf, oneLine } from './text.js';
import { VERSION } from './version.js';

/** The help text of `clausewise --help`. */
export function generalHelp(): string {
  const width = maxOf(COMMANDS, (c) => c.name.length);
  return [
    `Clausewise ${VERSION}: IT service contracts as code.`,
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '  clausewise --help | --version',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    describeOptions([]),
    '',
    'Run `clausewise COMMAND --help` for the options of a command.',
    '',
  ].join('\n');
}

/** The help text of `clausewise COMMAND --help`. */
export function commandHelp(command: Command): string {
  return [`Usage: ${command.usage}`, '', command.summary, '', command.details, '', 'Options:', describeOptions(command.options), ''].join('\n');
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const guess = nearest(name, COMMANDS.map((c) => c.name));
  throw new CliError(
    `unknown command ${name}${guess ? ` (did you mean ${guess}?)` : ''}: the commands are ${COMMANDS.map((c) => c.name).join(', ')}; run clausewise --help for more`,
  );
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const first = argv[0];
    if (first === undefined) {
      throw new CliError('no command given: run clausewise lint to check the contracts in this folder, or clausewise --help for all commands');
    }
    if (first.startsWith('-')) {
      // Only the global options may come before a command.
      const args = parseArgs(argv, []);
      if (args.flags.has('help')) io.stdout(generalHelp());
      else if (args.flags.has('version')) io.stdout(`${VERSION}\n`);
      else findCommand(args.positionals[0] ?? '');
      return EXIT_OK;
    }
    const command = findCommand(first);
    const args = parseArgs(argv.slice(1), command.options);
    if (args.flags.has('help')) {
      io.stdout(commandHelp(command));
      return EXIT_OK;
    }
    if (args.flags.has('version')) {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`clausewise: ${oneLine(e.message)}\n`);
      return EXIT_FAILURE;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(`clausewise: internal error (${oneLine(detail)}); please report this\n`);
    return EXIT_FAILURE;
  }
}
