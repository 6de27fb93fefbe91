/**
 * `clausewise lint [PATH…]`: checks contracts with the same rules and
 * configuration as the editor and prints the problems in the chosen format.
 * Exit code 0 when there are no errors and no more warnings than allowed, 1
 * otherwise, 2 when the command cannot do its job.
 */
import { LineIndex } from '../../../grammar/index.js';
import { nearest } from '../../../grammar/forms.js';
import { analysisFailure, analyze, type AnalysisResult, type Diagnostic, type ResolvedConfig } from '../../core/index.js';
import type { OptionSpec, ParsedArgs } from '../args.js';
import { ConfigResolver } from '../config-resolver.js';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { collectFiles, readContract } from '../files.js';
import { DEFAULT_FORMAT, FORMATTERS } from '../formatters/index.js';
import { colorEnabled, type CliIo } from '../io.js';
import { countProblems, tooManyWarnings, type FileReport, type LintReport } from '../report.js';
import type { Command } from './command.js';

const FORMAT_NAMES = Object.keys(FORMATTERS);

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', alias: 'f', value: 'FORMAT', description: `Output format: ${FORMAT_NAMES.join(', ')} (default ${DEFAULT_FORMAT}).` },
  { name: 'config', alias: 'c', value: 'FILE', description: 'Use this configuration file for every contract instead of the nearest clausewise.json.' },
  { name: 'max-warnings', value: 'N', description: 'Exit with code 1 when there are more than N warnings (default: no limit).' },
  { name: 'quiet', alias: 'q', description: 'Report errors only: leave out warnings and information.' },
];

function wordList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Reads `--format`, refusing a name that is not a format. */
function formatOption(args: ParsedArgs): string {
  const format = args.values.get('format') ?? DEFAULT_FORMAT;
  if (!FORMATTERS[format]) {
    const guess = nearest(format, FORMAT_NAMES);
    throw new CliError(`unknown format "${format}" for --format${guess ? ` (did you mean ${guess}?)` : ''}: use ${wordList(FORMAT_NAMES)}`);
  }
  return format;
}

/** Reads `--max-warnings`: a whole number, 0 or more (or -1 for no limit, as in ESLint). */
function maxWarningsOption(args: ParsedArgs): number {
  const raw = args.values.get('max-warnings');
  if (raw === undefined) return -1;
  if (!/^(?:-1|\d+)$/.test(raw.trim())) {
    throw new CliError(`--max-warnings needs a whole number of warnings, 0 or more, not "${raw}"`);
  }
  return Number(raw.trim());
}

/** What {@link lint} needs besides the paths. */
export interface LintOptions {
  /** The folder that relative paths are resolved against. */
  cwd: string;
  /** The `--config` file, relative to `cwd`; without it each contract uses the nearest clausewise.json. */
  config?: string;
  /** `--quiet`: report errors only. */
  quiet: boolean;
  /** The `--max-warnings` limit; -1 means no limit. */
  maxWarnings: number;
  /** The analysis to run on each file; the core's `analyze` unless a test passes another. */
  analyze?: (text: string, config: ResolvedConfig) => AnalysisResult;
}

/**
 * Analyses one file's text. Anything that escapes the analysis becomes the one
 * `internal-error` diagnostic of the file, so that the other files are still
 * checked and reported; it counts as an error.
 */
function analyzeIsolated(text: string, config: ResolvedConfig, run: NonNullable<LintOptions['analyze']>): { diagnostics: Diagnostic[]; lines: LineIndex } {
  try {
    const result = run(text, config);
    return { diagnostics: result.diagnostics, lines: result.parse.lines };
  } catch (e) {
    return { diagnostics: [analysisFailure(e)], lines: new LineIndex(text) };
  }
}

/**
 * Checks the contracts and builds the report; throws CliError before printing
 * anything when it cannot (a bad path, an unreadable file, a bad configuration).
 * A file whose analysis fails is reported with one `internal-error` and the run
 * goes on.
 */
export function lint(paths: readonly string[], options: LintOptions): LintReport {
  const resolver = new ConfigResolver(options.cwd, options.config);
  const files = collectFiles(paths, options.cwd);
  const run = options.analyze ?? analyze;
  const report: LintReport = { files: [], errorCount: 0, warningCount: 0, infoCount: 0, maxWarnings: options.maxWarnings };
  for (const file of files) {
    const config = resolver.forFile(file.absolute);
    const text = readContract(file);
    const result = analyzeIsolated(text, config, run);
    const diagnostics = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    // A too-many-problems summary stands for the problems left out of the list: they count too.
    const counts = countProblems(diagnostics, options.quiet);
    report.errorCount += counts.errors;
    report.warningCount += counts.warnings;
    report.infoCount += counts.infos;
    const entry: FileReport = { file, diagnostics, lines: result.lines };
    report.files.push(entry);
  }
  return report;
}

/** The `lint` sub-command. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check contracts and report missing clauses, unmeasurable SLAs, vague language and renewal traps.',
  usage: 'clausewise lint [PATH…] [--format stylish|json|sarif|github|gitlab] [--config FILE] [--max-warnings N] [--quiet]',
  details:
    'Checks every PATH: a .contract file, or a folder searched recursively for .contract files (node_modules and folders whose name starts with a dot are skipped). Without PATH, checks the current folder. Each file is checked once, even through links. Each contract uses the nearest clausewise.json above it, unless --config names one file for all. At most 1,000 problems are listed per file, the most severe first; the counts include the rest. A file Clausewise fails to check gets one internal-error and the other files are still checked.\n\nExit codes: 0 no errors (and no more warnings than --max-warnings), 1 problems found (an internal-error counts as an error), 2 the command could not do its job (bad option, unreadable file, bad configuration).',
  options: OPTIONS,
  run(args: ParsedArgs, io: CliIo): number {
    const format = formatOption(args);
    const maxWarnings = maxWarningsOption(args);
    const quiet = args.flags.has('quiet');
    const report = lint(args.positionals, { cwd: io.cwd, config: args.values.get('config'), quiet, maxWarnings });
    const output = FORMATTERS[format]!(report, { cwd: io.cwd, color: format === 'stylish' && colorEnabled(io) });
    if (output) io.stdout(output);
    const overLimit = tooManyWarnings(report);
    if (overLimit && format !== 'stylish') {
      // Machine formats keep stdout to one document; the reason for exit code 1 goes to stderr.
      io.stderr(`clausewise: ${report.warningCount} warnings, more than --max-warnings ${maxWarnings} allows\n`);
    }
    return report.errorCount > 0 || overLimit ? EXIT_PROBLEMS : EXIT_OK;
  },
};
