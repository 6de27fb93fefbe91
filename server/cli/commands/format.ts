/**
 * `clausewise format [PATH|GLOB…] --check | --write`: lays contracts out in
 * the canonical layout of the editor's formatter (which only moves
 * whitespace, and refuses a contract with syntax errors). `--check` lists the
 * files that are not formatted and exits 1; `--write` rewrites them; without
 * either, one contract (or --stdin) is printed formatted. A file with syntax
 * errors is never written: it is named on stderr and the exit code is 1.
 */
import { formatContract } from '../../core/format.js';
import type { OptionSpec, ParsedArgs } from '../args.js';
import { ConfigResolver } from '../config-resolver.js';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { INPUT_OPTIONS, readInputs } from '../inputs.js';
import type { CliIo } from '../io.js';
import { writeFileSafely } from '../output-file.js';
import type { Command } from './command.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'check', description: 'List the contracts that are not formatted and exit with code 1 if there are any; change nothing.' },
  { name: 'write', alias: 'w', description: 'Rewrite the contracts that are not formatted (never one with syntax errors).' },
  { name: 'indent', value: 'N', description: 'Spaces per block level, 0 to 8 (default 2).' },
  { name: 'config', alias: 'c', value: 'FILE', description: 'Use this configuration file (for its ignores) instead of the nearest clausewise.json.' },
  ...INPUT_OPTIONS,
];

function indentOption(args: ParsedArgs): number {
  const raw = args.values.get('indent');
  if (raw === undefined) return 2;
  if (!/^\d$/.test(raw.trim()) || Number(raw) > 8) throw new CliError(`--indent needs a number of spaces from 0 to 8, not "${raw}"`);
  return Number(raw.trim());
}

/** The `format` sub-command. */
export const formatCommand: Command = {
  name: 'format',
  summary: 'Lay contracts out in the canonical layout (--check in CI, --write to fix); only whitespace changes.',
  usage: 'clausewise format [PATH|GLOB…] [--check | --write] [--indent N] [--ignore-pattern PATTERN] [--stdin [--stdin-filename NAME]]',
  details:
    'Formats contracts as the editor does: one statement per line, two spaces per block level, aligned trailing comments, blank lines kept; only whitespace changes, and the result is checked to parse to the same content. PATH, globs, ignores and --stdin select contracts as for clausewise lint. --check prints the name of every contract that is not formatted; --write rewrites those files in place (keeping line endings and a byte-order mark). Without --check or --write, one contract (a single file, or --stdin) is printed formatted on stdout. A contract with syntax errors is never written: its name and first error go to stderr.\n\nExit codes: 0 everything formatted (or written); 1 a contract is not formatted (--check) or has syntax errors; 2 the command could not do its job (bad option, unreadable file, unwritable file).',
  options: OPTIONS,
  run(args: ParsedArgs, io: CliIo): number {
    const check = args.flags.has('check');
    const write = args.flags.has('write');
    if (check && write) throw new CliError('--check and --write do not go together: --check only reports, --write rewrites');
    const indent = indentOption(args);
    const resolver = new ConfigResolver(io.cwd, args.values.get('config'));
    const stdin = args.flags.has('stdin');
    if (write && stdin) throw new CliError('--write cannot rewrite standard input: leave out --write to print the formatted contract');
    const inputs = readInputs(args, io, resolver, 'format');
    if (!check && !write && inputs.length !== 1) {
      throw new CliError(`format prints one contract, but ${inputs.length} were given: add --check to list those not formatted, or --write to rewrite them`);
    }
    let failed = false;
    let unformatted = 0;
    for (const input of inputs) {
      const result = formatContract(input.text, { indent });
      if (!result.ok) {
        failed = true;
        io.stderr(`clausewise: ${input.file.display}: ${result.reason}\n`);
        continue;
      }
      if (!check && !write) {
        io.stdout(result.text);
        continue;
      }
      if (result.text === input.text) continue;
      unformatted++;
      if (check) {
        io.stdout(`${input.file.display}\n`);
        continue;
      }
      try {
        writeFileSafely(input.file.absolute, (input.bom ? '\uFEFF' : '') + result.text);
      } catch (e) {
        throw new CliError(`cannot write ${input.file.display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
    if (check && unformatted) {
      io.stderr(`clausewise: ${unformatted} of ${inputs.length} contract${inputs.length === 1 ? '' : 's'} ${unformatted === 1 ? 'is' : 'are'} not formatted; run clausewise format --write to format ${unformatted === 1 ? 'it' : 'them'}\n`);
    }
    return failed || (check && unformatted > 0) ? EXIT_PROBLEMS : EXIT_OK;
  },
};
