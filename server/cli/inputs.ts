/**
 * The contracts a command works on: the files the paths, globs and ignore
 * rules select, or standard input (`--stdin`, named by `--stdin-filename` for
 * messages and for finding its clausewise.json). Shared by `lint` and `format`.
 */
import path from 'node:path';
import type { OptionSpec, ParsedArgs } from './args.js';
import { ConfigResolver } from './config-resolver.js';
import { CliError } from './errors.js';
import { collectFiles, readContractWithBom, readStdin, type TargetFile } from './files.js';
import { IgnoreRules } from './ignore.js';
import type { CliIo } from './io.js';

/** The options that choose the input, common to lint and format. */
export const INPUT_OPTIONS: readonly OptionSpec[] = [
  { name: 'ignore-pattern', value: 'PATTERN', description: 'Leave out files matching this gitignore-style pattern (relative to the current folder); may be given several times.' },
  { name: 'stdin', description: 'Read one contract from standard input instead of files.' },
  { name: 'stdin-filename', value: 'NAME', description: 'The name of the --stdin contract, for messages and to find its clausewise.json.' },
];

/** One contract to work on. */
export interface ContractInput {
  file: TargetFile;
  /** The text, without a byte-order mark. */
  text: string;
  /** Whether the file started with a byte-order mark (restored when it is written back). */
  bom: boolean;
  /** True for standard input, which is never written back. */
  stdin: boolean;
}

/** Reads the contracts the command line names; `configs` resolves their clausewise.json. */
export function readInputs(args: ParsedArgs, io: CliIo, configs: ConfigResolver, command: string): ContractInput[] {
  const stdin = args.flags.has('stdin');
  const stdinName = args.values.get('stdin-filename');
  if (!stdin && stdinName !== undefined) throw new CliError(`--stdin-filename names the contract read with --stdin: add --stdin, or pass ${stdinName} as a path`);
  if (stdin) {
    if (args.positionals.length) {
      throw new CliError(`--stdin reads one contract from standard input, but paths were given too (${args.positionals.join(', ')}): use one or the other`);
    }
    if (stdinName !== undefined && stdinName.trim() === '') throw new CliError('--stdin-filename needs a file name, e.g. --stdin-filename contracts/msa.contract');
    const display = stdinName ?? '<stdin>';
    const text = (io.readStdin ?? readStdin)();
    return [{ file: { display, absolute: path.resolve(io.cwd, stdinName ?? 'stdin.contract') }, text, bom: false, stdin: true }];
  }
  const rules = new IgnoreRules(io.cwd, args.lists.get('ignore-pattern') ?? [], configs);
  void command;
  return collectFiles(args.positionals, io.cwd, rules).map((file) => ({ file, ...readContractWithBom(file), stdin: false }));
}
