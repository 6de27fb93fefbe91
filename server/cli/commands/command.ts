/** The shape of a sub-command (`clausewise lint`, …). */
import type { OptionSpec, ParsedArgs } from '../args.js';
import type { CliIo } from '../io.js';

/** A sub-command: its name, its help text and what it does. */
export interface Command {
  /** The word after `clausewise`, e.g. `lint`. */
  name: string;
  /** One line for the command list in `clausewise --help`. */
  summary: string;
  /** The usage line(s), e.g. `clausewise lint [PATH…] [--format stylish|json|sarif]`. */
  usage: string;
  /** What the command does, in a few sentences, for `clausewise NAME --help`. */
  details: string;
  options: readonly OptionSpec[];
  /** Runs the command and returns its exit code; throws CliError when it cannot do its job. */
  run(args: ParsedArgs, io: CliIo): Promise<number> | number;
}
