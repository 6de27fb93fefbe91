/**
 * `clausewise lint [PATH…]`: checks contracts with the same rules and
 * configuration as the editor and prints the problems in the chosen format.
 * Exit code 0 when there are no errors and no more warnings than allowed, 1
 * otherwise, 2 when the command cannot do its job.
 */
import { LineIndex } from '../../../grammar/index.js';
import { nearest } from '../../../grammar/forms.js';
import { analysisFailure, type AnalysisResult, type Diagnostic, type ResolvedConfig } from '../../core/index.js';
import type { OptionSpec, ParsedArgs } from '../args.js';
import { ConfigResolver } from '../config-resolver.js';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { unifiedDiff } from '../diff.js';
import { analyzeFamilies, mayHaveFamily, type KeptFixes } from '../families.js';
import { collectFiles, readContract } from '../files.js';
import { fixText } from '../fix.js';
import { analyzeInParallel, concurrencyOption, threadsFor, type Concurrency } from '../parallel.js';
import { DEFAULT_FORMAT, FORMATTERS } from '../formatters/index.js';
import { INPUT_OPTIONS, readInputs, type ContractInput } from '../inputs.js';
import { colorEnabled, type CliIo } from '../io.js';
import { writeFileSafely } from '../output-file.js';
import { countProblems, plural, tooManyWarnings, type FileReport, type LintReport } from '../report.js';
import type { Command } from './command.js';

const FORMAT_NAMES = Object.keys(FORMATTERS);

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', alias: 'f', value: 'FORMAT', description: `Output format: ${FORMAT_NAMES.join(', ')} (default ${DEFAULT_FORMAT}).` },
  { name: 'config', alias: 'c', value: 'FILE', description: 'Use this configuration file for every contract instead of the nearest clausewise.json.' },
  { name: 'max-warnings', value: 'N', description: 'Exit with code 1 when there are more than N warnings (default: no limit).' },
  { name: 'quiet', alias: 'q', description: 'Report errors only: leave out warnings and information.' },
  { name: 'fix', description: 'Apply the mechanical fixes (those the contract itself determines) to the files, then report what is left; with --stdin, print the fixed text.' },
  { name: 'fix-dry-run', description: 'Print the diff --fix would apply, and change nothing.' },
  {
    name: 'concurrency',
    value: 'N',
    description: 'Threads that analyse files: auto (the default: one more per 200 files, up to the cores the load leaves idle), off, or a number. The output is the same.',
  },
  ...INPUT_OPTIONS,
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
  /**
   * The analysis to run on each file, one file at a time, when a test passes
   * one; without it, the files are analysed together, so that contract
   * families resolve among them (families.ts).
   */
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
  const inputs = files.map((file) => ({ file, text: readContract(file), bom: false, stdin: false }));
  return lintInputs(inputs, resolver, options);
}

/** The `lint` sub-command. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check contracts and report missing clauses, unmeasurable SLAs, vague language and renewal traps.',
  usage: 'clausewise lint [PATH|GLOB…] [--format stylish|json|sarif|github|gitlab] [--config FILE] [--max-warnings N] [--quiet] [--fix | --fix-dry-run] [--concurrency auto|off|N] [--ignore-pattern PATTERN] [--stdin [--stdin-filename NAME]]',
  details:
    'Checks every PATH: a .contract file, a folder searched recursively for .contract files (node_modules, folders whose name starts with a dot and files .gitignore leaves out are skipped), or a quoted glob such as contracts/**/*.contract. Without PATH, checks the current folder. Files matching ignores in clausewise.json or --ignore-pattern are left out. --stdin checks standard input instead, named by --stdin-filename. --fix applies the mechanical fixes (a misspelt keyword, a currency the contract already uses; never a value the drafter did not choose) until none is left, then reports the rest; --fix-dry-run prints the diff instead and changes nothing. Each file is checked once, even through links. Each contract uses the nearest clausewise.json above it, unless --config names one file for all. Many files are analysed in worker threads, on several cores (--concurrency; --fix works in one thread); the output is the same, in the same order. At most 1,000 problems are listed per file, the most severe first; the counts include the rest. A file Clausewise fails to check gets one internal-error and the other files are still checked.\n\nExit codes: 0 no errors (and no more warnings than --max-warnings), 1 problems found (an internal-error counts as an error), 2 the command could not do its job (bad option, unreadable file, bad configuration).',
  options: OPTIONS,
  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    const format = formatOption(args);
    const concurrency = concurrencyOption(args.values.get('concurrency'));
    const maxWarnings = maxWarningsOption(args);
    const quiet = args.flags.has('quiet');
    const fix = args.flags.has('fix');
    const dryRun = args.flags.has('fix-dry-run');
    if (fix && dryRun) throw new CliError('--fix and --fix-dry-run do not go together: use --fix-dry-run to see the changes, then --fix to make them');
    if (dryRun && args.values.has('format')) throw new CliError('--fix-dry-run prints a diff, not a report: leave out --format');
    const resolver = new ConfigResolver(io.cwd, args.values.get('config'));
    const inputs = readInputs(args, io, resolver, 'lint');
    if (fix && args.flags.has('stdin') && args.values.has('format')) throw new CliError('--fix with --stdin prints the fixed contract, not a report: leave out --format');
    if (!fix && !dryRun) {
      const report = await lintInputsParallel(inputs, resolver, { quiet, maxWarnings, concurrency, fixes: fixesPrinted(format) }, io);
      return printReport(report, format, io);
    }
    // --fix and --fix-dry-run: fix every input, then report what is left.
    const report: LintReport = { files: [], errorCount: 0, warningCount: 0, infoCount: 0, maxWarnings };
    let diff = '';
    let changedFiles = 0;
    let appliedFixes = 0;
    const left: FileReport[] = [];
    const fixed: { key: string; text: string; config: ResolvedConfig }[] = [];
    for (const input of inputs) {
      const outcome = fixText(input.text, resolver.forFile(input.file.absolute));
      const changed = outcome.text !== input.text;
      if (changed) {
        changedFiles++;
        appliedFixes += outcome.applied;
      }
      if (dryRun) diff += unifiedDiff(input.file.display.split('\\').join('/'), input.text, outcome.text);
      else if (input.stdin) io.stdout(outcome.text);
      else if (changed) {
        try {
          writeFileSafely(input.file.absolute, (input.bom ? '\uFEFF' : '') + outcome.text);
        } catch (e) {
          throw new CliError(`cannot write the fixes to ${input.file.display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; nothing else was changed in it`);
        }
      }
      left.push({ file: input.file, diagnostics: outcome.diagnostics, lines: outcome.result?.parse.lines ?? new LineIndex(outcome.text) });
      fixed.push({ key: input.file.absolute, text: outcome.text, config: resolver.forFile(input.file.absolute) });
    }
    // What is left is reported as lint reports it: with the families resolved among the fixed texts.
    const families = familyReports(fixed, left);
    for (const entry of families) addToReport(report, entry, quiet);
    if (dryRun) {
      if (diff) io.stdout(diff);
      io.stderr(`clausewise: ${appliedFixes} fix${appliedFixes === 1 ? '' : 'es'} would change ${plural(changedFiles, 'file')}; ${problemSummary(report)} would be left\n`);
    } else if (inputs.length === 1 && inputs[0]!.stdin) {
      // stdout holds the fixed text; what is left goes to stderr in one line.
      if (report.errorCount + report.warningCount + report.infoCount) io.stderr(`clausewise: ${problemSummary(report)} left after fixing; run clausewise lint --stdin to see them\n`);
    } else {
      printReport(report, format, io);
    }
    return report.errorCount > 0 || tooManyWarnings(report) ? EXIT_PROBLEMS : EXIT_OK;
  },
};

function problemSummary(report: LintReport): string {
  return `${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')} and ${report.infoCount} info`;
}

/** Adds one file's diagnostics (errors only with --quiet) to a report and its counts. */
function addToReport(report: LintReport, entry: FileReport, quiet: boolean): void {
  const diagnostics = quiet ? entry.diagnostics.filter((d) => d.severity === 'error') : entry.diagnostics;
  // A too-many-problems summary stands for the problems left out of the list: they count too.
  const counts = countProblems(entry.diagnostics, quiet);
  report.errorCount += counts.errors;
  report.warningCount += counts.warnings;
  report.infoCount += counts.infos;
  report.files.push({ ...entry, diagnostics });
}

/**
 * The reports of files analysed together (families resolved among them);
 * a file whose text has no `kind` or `under` and whose family nobody else
 * names keeps the report it has (`reports`), computed alone.
 */
function familyReports(inputs: readonly { key: string; text: string; config: ResolvedConfig }[], reports: FileReport[]): FileReport[] {
  if (!inputs.some((i) => mayHaveFamily(i.text))) return reports;
  const { results } = analyzeFamilies(inputs, { keepParses: false });
  return reports.map((r, i) => ({ ...r, diagnostics: results[i]!.diagnostics, lines: results[i]!.lines }));
}

/** What a report format prints of the fixes: SARIF the mechanical ones, the others none (see KeptFixes). */
function fixesPrinted(format: string): KeptFixes {
  return format === 'sarif' ? 'mechanical' : 'none';
}

/**
 * Checks contracts already read (files or standard input); without a test's `analyze`, families resolve among them.
 * `fixes` says what the report keeps of the fixes (default all).
 */
export function lintInputs(
  inputs: readonly ContractInput[],
  resolver: ConfigResolver,
  options: { quiet: boolean; maxWarnings: number; analyze?: LintOptions['analyze']; fixes?: KeptFixes },
): LintReport {
  const report: LintReport = { files: [], errorCount: 0, warningCount: 0, infoCount: 0, maxWarnings: options.maxWarnings };
  if (options.analyze) {
    for (const input of inputs) {
      const result = analyzeIsolated(input.text, resolver.forFile(input.file.absolute), options.analyze);
      addToReport(report, { file: input.file, diagnostics: result.diagnostics, lines: result.lines }, options.quiet);
    }
    return report;
  }
  const { results } = analyzeFamilies(
    inputs.map((input) => ({ key: input.file.absolute, text: input.text, config: resolver.forFile(input.file.absolute) })),
    { keepParses: false, fixes: options.fixes ?? 'all' },
  );
  inputs.forEach((input, i) => addToReport(report, { file: input.file, diagnostics: results[i]!.diagnostics, lines: results[i]!.lines }, options.quiet));
  return report;
}

/**
 * {@link lintInputs} on several threads when there are files enough
 * (parallel.ts): the same report. With CLAUSEWISE_TEST_LINT_WORKERS set (tests
 * only), one line on stderr tells how many files the workers analysed.
 */
async function lintInputsParallel(
  inputs: readonly ContractInput[],
  resolver: ConfigResolver,
  options: { quiet: boolean; maxWarnings: number; concurrency: Concurrency; fixes: KeptFixes },
  io: CliIo,
): Promise<LintReport> {
  const threads = threadsFor(options.concurrency, inputs.length);
  if (threads < 2) return lintInputs(inputs, resolver, options);
  const report: LintReport = { files: [], errorCount: 0, warningCount: 0, infoCount: 0, maxWarnings: options.maxWarnings };
  const note = process.env['CLAUSEWISE_TEST_LINT_WORKERS'] ? (line: string) => io.stderr(`${line}\n`) : undefined;
  const results = await analyzeInParallel(
    inputs.map((input) => ({ key: input.file.absolute, text: input.text, config: resolver.forFile(input.file.absolute) })),
    threads,
    options.fixes,
    note,
  );
  inputs.forEach((input, i) => addToReport(report, { file: input.file, diagnostics: results[i]!.diagnostics, lines: results[i]!.lines }, options.quiet));
  return report;
}

/** Prints a report in a format and returns the exit code it calls for. */
function printReport(report: LintReport, format: string, io: CliIo): number {
  const output = FORMATTERS[format]!(report, { cwd: io.cwd, color: format === 'stylish' && colorEnabled(io) });
  if (output) io.stdout(output);
  const overLimit = tooManyWarnings(report);
  if (overLimit && format !== 'stylish') {
    // Machine formats keep stdout to one document; the reason for exit code 1 goes to stderr.
    io.stderr(`clausewise: ${report.warningCount} warnings, more than --max-warnings ${report.maxWarnings} allows\n`);
  }
  return report.errorCount > 0 || overLimit ? EXIT_PROBLEMS : EXIT_OK;
}
