/**
 * A small command-line option parser: long options (`--format json` and
 * `--format=json`), one-letter aliases (`-h`), flags, and positional
 * arguments; `--` ends the options. Every mistake becomes a {@link CliError}
 * that says what is wrong and what would be right.
 */
import { nearest } from '../../grammar/forms.js';
import { CliError } from './errors.js';
import { maxOf } from './text.js';

/** One option a command accepts. */
export interface OptionSpec {
  /** The long name, without dashes: `format` for `--format`. */
  name: string;
  /** A one-letter alias, without the dash: `h` for `-h`. */
  alias?: string;
  /** The placeholder of the option's value (`FILE`, `N`); absent for a flag. */
  value?: string;
  /** One line for `--help`. */
  description: string;
}

/** The result of parsing: flags that were given, the last value of each option, and the positional arguments. */
export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  /** Every value of each option, in order (for options that may be given several times, such as --ignore-pattern). */
  lists: Map<string, string[]>;
  positionals: string[];
}

/** Options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', alias: 'h', description: 'Show this help and exit.' },
  { name: 'version', alias: 'v', description: 'Print the version of Clausewise and exit.' },
];

function looksLikeOption(arg: string): boolean {
  // A negative number such as `-1` is a value, not an option.
  return arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg);
}

/** Parses `argv` (without the command name) against the options of one command. */
export function parseArgs(argv: readonly string[], options: readonly OptionSpec[]): ParsedArgs {
  const specs = [...options, ...GLOBAL_OPTIONS];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byAlias = new Map(specs.filter((s) => s.alias).map((s) => [s.alias!, s]));
  const out: ParsedArgs = { flags: new Set(), values: new Map(), lists: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      // One by one: spreading a long argument list into push() can overflow the stack.
      for (let j = i + 1; j < argv.length; j++) out.positionals.push(argv[j]!);
      break;
    }
    if (!looksLikeOption(arg)) {
      out.positionals.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      shown = `--${name}`;
      spec = byName.get(name);
      if (!spec) {
        const guess = nearest(name, specs.map((s) => s.name));
        throw new CliError(`unknown option ${shown}${guess ? ` (did you mean --${guess}?)` : ''}: run with --help to see the options`);
      }
    } else {
      shown = arg.slice(0, 2);
      spec = byAlias.get(arg.slice(1, 2));
      if (!spec) throw new CliError(`unknown option ${shown}: run with --help to see the options`);
      if (arg.length > 2) inline = arg.slice(2);
    }
    if (!spec.value) {
      if (inline !== undefined) throw new CliError(`option ${shown} takes no value: write ${shown} alone`);
      out.flags.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || looksLikeOption(next)) {
        throw new CliError(`option --${spec.name} needs a value: write --${spec.name} ${spec.value}`);
      }
      value = next;
      i++;
    }
    out.values.set(spec.name, value);
    const list = out.lists.get(spec.name);
    if (list) list.push(value);
    else out.lists.set(spec.name, [value]);
  }
  return out;
}

/** Formats the option list of a help text, one option per line, descriptions aligned. */
export function describeOptions(options: readonly OptionSpec[]): string {
  const all = [...options, ...GLOBAL_OPTIONS];
  const left = all.map((o) => `${o.alias ? `-${o.alias}, ` : '    '}--${o.name}${o.value ? ` ${o.value}` : ''}`);
  const width = maxOf(left, (l) => l.length);
  return all.map((o, i) => `  ${left[i]!.padEnd(width)}  ${o.description}`).join('\n');
}
